// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorCombos.h"

#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QLocale>
#include <QHeaderView>
#include <QTableView>
#include <QTimeZone>

#include <algorithm>

namespace cb::ui {

namespace {

struct Item
{
    QString text;
    QVariant value;
};

void sortByText(QList<Item>& items)
{
    QCollator collator{QLocale(localeNameFor(currentLanguage()))};
    collator.setNumericMode(true);
    std::sort(items.begin(), items.end(),
              [&](const Item& a, const Item& b) { return collator.compare(a.text, b.text) < 0; });
}

// Refills a combo keeping the current choice: the lists are rebuilt whenever the workspace changes.
void refill(QComboBox* combo, const QList<Item>& items, bool withNone)
{
    // Long entries (country and source names) must not widen the form beyond a dock's width.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    const QVariant current = EditorCombos::chosen(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (withNone)
        combo->addItem(QString(), QVariant());
    for (const Item& item : items)
        combo->addItem(item.text, item.value);
    EditorCombos::select(combo, current);
}

} // namespace

void EditorCombos::fillCountries(QComboBox* combo, const WorkspaceData& data, bool withNone)
{
    const QString language = currentLanguage();
    QList<Item> items;
    for (const Country& c : data.countries)
        items.append({c.names.value(language) + QStringLiteral(" (") + c.code + QLatin1Char(')'), c.code});
    sortByText(items);
    refill(combo, items, withNone);
}

void EditorCombos::fillActors(QComboBox* combo, const WorkspaceData& data)
{
    const QString language = currentLanguage();
    QList<Item> items;
    for (const Actor& a : data.actors) {
        QString text = a.names.value(language);
        if (!a.countryCode.isEmpty())
            text += QStringLiteral(" (") + data.countryName(a.countryCode, language) + QLatin1Char(')');
        items.append({text, a.id});
    }
    sortByText(items);
    refill(combo, items, true);
}

void EditorCombos::fillThemes(QComboBox* combo, const WorkspaceData& data)
{
    const QString language = currentLanguage();
    QList<Item> items;
    for (const Theme& t : data.themes) {
        if (t.isCluster() && std::any_of(data.themes.cbegin(), data.themes.cend(),
                                         [&](const Theme& child) { return child.parentId == t.id; }))
            continue; // a cluster with themes under it is a heading, not a choice
        QString text = t.names.value(language);
        if (!t.isCluster())
            text += QStringLiteral(" — ") + data.themeName(t.parentId, language);
        items.append({text, t.id});
    }
    sortByText(items);
    refill(combo, items, true);
}

void EditorCombos::fillSources(QComboBox* combo, const WorkspaceData& data, bool withNone)
{
    const QString language = currentLanguage();
    QList<Source> sources = data.sources;
    std::stable_sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) { return a.date > b.date; });
    QList<Item> items;
    for (const Source& s : sources) {
        QString text = s.titles.value(language);
        if (text.isEmpty())
            text = s.uid;
        if (s.date.isValid())
            text = s.date.toString(Qt::ISODate) + QStringLiteral(" · ") + text;
        items.append({text, s.id});
    }
    refill(combo, items, withNone);
}

void EditorCombos::fillKeys(QComboBox* combo, const QStringList& keys, QString (*label)(const QString&))
{
    QList<Item> items;
    for (const QString& key : keys)
        items.append({label(key), key});
    refill(combo, items, false);
}

void EditorCombos::fillTimeZones(QComboBox* combo)
{
    QList<Item> items;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        items.append({QString::fromUtf8(id), QString::fromUtf8(id)});
    refill(combo, items, true);
}

void EditorCombos::makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCompleter(completer);
}

void EditorCombos::select(QComboBox* combo, const QVariant& value)
{
    const int index = value.isValid() ? combo->findData(value) : -1;
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    const int none = combo->findData(QVariant());
    // A fixed list without an empty choice falls back to its first entry, never to no choice at all.
    combo->setCurrentIndex(none >= 0 ? none : (combo->isEditable() || combo->count() == 0 ? -1 : 0));
    if (combo->isEditable() && none < 0)
        combo->setEditText(QString());
}

QVariant EditorCombos::chosen(const QComboBox* combo)
{
    if (combo->isEditable()) {
        const QString typed = combo->currentText();
        if (combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == typed)
            return combo->currentData();
        const int match = combo->findText(typed, Qt::MatchFixedString);
        return match >= 0 ? combo->itemData(match) : QVariant();
    }
    return combo->currentData();
}

void fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    const int widest = std::max(120, table->viewport()->width() / 3);
    for (int column = 0; column + 1 < table->model()->columnCount(); ++column) {
        if (table->columnWidth(column) > widest)
            table->setColumnWidth(column, widest);
    }
}

} // namespace cb::ui
