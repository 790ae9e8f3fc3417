// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementTableModel.h"

#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace cb::ui {

StatementTableModel::StatementTableModel(QObject* parent) : TextTableModel(parent)
{
    setNumericColumn(WeightColumn);
}

void StatementTableModel::setActor(const WorkspaceData& data, ActorId actor)
{
    const QString language = currentLanguage();
    const QLocale locale(localeNameFor(language));
    QCollator collator(locale);
    m_statements.clear();
    for (const Statement* s : data.statementsOf(actor))
        m_statements.append(*s);
    std::stable_sort(m_statements.begin(), m_statements.end(), [&](const Statement& a, const Statement& b) {
        if (a.kind != b.kind)
            return a.kind == StatementKind::Priority;
        return collator.compare(data.themeName(a.themeId, language), data.themeName(b.themeId, language)) < 0;
    });
    QList<QStringList> rows;
    for (const Statement& s : std::as_const(m_statements)) {
        const Source* source = data.source(s.sourceId);
        rows.append({s.kind == StatementKind::Priority ? tr("Priority") : tr("Offer"),
                     data.themeName(s.themeId, language), locale.toString(s.weight, 'f', 2),
                     source ? source->titles.value(language) : QString(),
                     s.date.isValid() ? locale.toString(s.date, QLocale::ShortFormat) : QString(), s.note});
    }
    setCells({tr("Kind"), tr("Theme"), tr("Weight"), tr("Source"), tr("Date"), tr("Note")}, rows);
}

int StatementTableModel::rowOf(StatementKind kind, qint64 id) const
{
    for (int row = 0; row < m_statements.size(); ++row) {
        if (m_statements[row].kind == kind && m_statements[row].id == id)
            return row;
    }
    return -1;
}

} // namespace cb::ui
