// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editing/ValidationResult.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace cb::ui {

/**
 * The small red labels under the fields of a form, one per validation field. show() puts each message of a
 * ValidationResult under its field and returns the ones no field of this form displays.
 */
class FieldErrors
{
public:
    /** A hidden error label for fieldName, to place under its widget (see underField()). */
    QLabel* make(const QString& fieldName, QWidget* parent);
    /** Clears every label, then shows result's messages; returns the messages that have no label here. */
    QStringList show(const ValidationResult& result);
    void clear();
    /** The message shown for a field, or an empty string. */
    QString text(const QString& fieldName) const;
    QLabel* label(const QString& fieldName) const { return m_labels.value(fieldName); }

    /** Shows text in a form's status line, in the error colour when error is true; empty text hides it. */
    static void setStatus(QLabel* status, const QString& text, bool error);
    /** A widget holding field with error below it, for a form row. */
    static QWidget* underField(QWidget* field, QLabel* error);

private:
    QHash<QString, QLabel*> m_labels;
};

} // namespace cb::ui
