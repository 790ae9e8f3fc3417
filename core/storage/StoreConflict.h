// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cb {

/** One field that differs between the stored record and the copy being saved. */
struct ConflictField
{
    QString label;  ///< translated field name
    QString stored; ///< the value someone else saved
    QString yours;  ///< the value this save would have written
};

/**
 * The outcome of a version-checked update that found a newer version: another officer (or window) saved the record
 * since it was loaded, and nothing was written. message() is the translated text for the user: it names the record
 * and shows, field by field, the stored value and the one being saved, so the officer can decide what to keep.
 */
struct StoreConflict
{
    QString record; ///< e.g. "Puebla" or "the partnership Luoyang – Puebla"
    int storedVersion = 0;
    int yourVersion = 0;
    QList<ConflictField> fields;

    /** Adds the field when the two values differ. */
    void compare(const QString& label, const QString& stored, const QString& yours);
    QString message() const;
};

} // namespace cb
