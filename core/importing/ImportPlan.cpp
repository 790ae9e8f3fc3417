// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlan.h"

#include <QSet>

namespace cb {

int ImportPlan::blockedRows() const
{
    QSet<int> rows;
    for (const ImportIssue& issue : issues) {
        if (issue.row > 0)
            rows.insert(issue.row);
    }
    for (const UncertainName& name : uncertain) {
        for (int row : name.rows)
            rows.insert(row);
    }
    return static_cast<int>(rows.size());
}

QString ImportPlan::summary() const
{
    int priorities = 0;
    for (const PlannedStatement& s : statements)
        priorities += s.statement.kind == StatementKind::Priority ? 1 : 0;
    const int offers = static_cast<int>(statements.size()) - priorities;
    QStringList lines;
    lines << tr("File: %1 (%n data row(s))", "", dataRows).arg(fileName);
    lines << (sourceExists ? tr("Source: %1 (already in the workspace)").arg(source.titles.value(QStringLiteral("en")))
                           : tr("Source: %1 (new survey source)").arg(source.titles.value(QStringLiteral("en"))));
    lines << tr("To add: %n new city or institution(s),", "", static_cast<int>(newActors.size()))
                 + QLatin1Char(' ') + tr("%n priority(ies),", "", priorities) + QLatin1Char(' ')
                 + tr("%n offer(s),", "", offers) + QLatin1Char(' ')
                 + tr("%n interest(s).", "", static_cast<int>(interests.size()));
    if (existingStatements + existingInterests > 0)
        lines << tr("Already in the workspace, not added again: %n statement(s) or interest(s).", "",
                    existingStatements + existingInterests);
    if (skippedRows > 0)
        lines << tr("Skipped by choice: %n row(s).", "", skippedRows);
    if (!issues.isEmpty())
        lines << tr("Rows with problems, left out: %1.").arg(issues.size());
    if (!uncertain.isEmpty())
        lines << tr("Names to confirm: %1.").arg(uncertain.size());
    return lines.join(QLatin1Char('\n'));
}

QString ImportPlan::formatIssue(const ImportIssue& issue)
{
    if (issue.row <= 0)
        return issue.message;
    if (issue.column <= 0)
        return tr("Row %1: %2").arg(issue.row).arg(issue.message);
    if (issue.header.isEmpty())
        return tr("Row %1, column %2: %3").arg(issue.row).arg(issue.column).arg(issue.message);
    return tr("Row %1, column %2 (%3): %4").arg(issue.row).arg(issue.column).arg(issue.header, issue.message);
}

QString ImportPlan::sourceUidFor(const QByteArray& fileHash)
{
    return QStringLiteral("src:import-") + QString::fromLatin1(fileHash.toHex().left(20));
}

} // namespace cb
