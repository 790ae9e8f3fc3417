// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QTableView;

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/**
 * Fills the choice lists of the editors from a workspace snapshot, names in the data language, sorted with the
 * locale's collation. Each item's data is the stored key or id; the current choice is kept when it still exists.
 * Long lists are editable with a contains-completer, so typing part of a name finds it.
 */
class EditorCombos
{
    Q_DECLARE_TR_FUNCTIONS(cb::ui::EditorCombos)

public:
    /** Countries by name; the item data is the ISO code. withNone adds an empty first choice. */
    static void fillCountries(QComboBox* combo, const WorkspaceData& data, bool withNone);
    /** Cities and institutions by name (with their country); the item data is the actor id. */
    static void fillActors(QComboBox* combo, const WorkspaceData& data);
    /** Themes under their clusters; clusters themselves cannot be chosen. */
    static void fillThemes(QComboBox* combo, const WorkspaceData& data);
    /** Sources, newest first, with their date; withNone adds an empty first choice. */
    static void fillSources(QComboBox* combo, const WorkspaceData& data, bool withNone);
    /** Stored keys with translated labels (label(key) gives the text). */
    static void fillKeys(QComboBox* combo, const QStringList& keys, QString (*label)(const QString&));
    /** All IANA time zones the system knows, editable. */
    static void fillTimeZones(QComboBox* combo);

    /** Makes an editable combo complete on any part of an item's text, and not invent new items. */
    static void makeSearchable(QComboBox* combo);
    /** Selects the item whose data is value (or none). */
    static void select(QComboBox* combo, const QVariant& value);
    /** The data of the chosen item, or an invalid QVariant when the typed text matches no item. */
    static QVariant chosen(const QComboBox* combo);
};

/** Sizes a list's columns to their contents, but none wider than a third of a dock, so the last stays in view. */
void fitColumns(QTableView* table);

} // namespace cb::ui
