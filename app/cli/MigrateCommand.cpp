// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrateCommand.h"

#include "CliContext.h"
#include "storage/WorkspaceCopy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::cli {

int migrateCommand(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.fail(tr("Usage: citybridge migrate-to TARGET (--workspace FILE | --database URL) [--json]\n"
                           "TARGET is a new workspace file or an empty postgresql:// database."),
                        BadArguments);
    if (!ctx.hasWorkspaceOption())
        return ctx.fail(tr("Name the workspace to copy with --workspace FILE or --database URL."), BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;
    QString error;
    std::unique_ptr<WorkspaceStore> target = ctx.openLocation(args.first(), true, &error);
    if (!target)
        return ctx.fail(error, BadWorkspace);
    QElapsedTimer timer;
    timer.start();
    WorkspaceCopyReport report;
    if (!copyWorkspace(ctx.store(), *target, &report, &error))
        return ctx.fail(tr("Nothing was copied: %1").arg(error));
    if (ctx.json()) {
        QJsonObject rows;
        for (auto it = report.rows.constBegin(); it != report.rows.constEnd(); ++it)
            rows.insert(it.key(), it.value());
        ctx.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("source"), ctx.store().location()},
                                                                 {QStringLiteral("target"), target->location()},
                                                                 {QStringLiteral("rows"), rows},
                                                                 {QStringLiteral("verified"), true}})
                                           .toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out() << tr("Copied %1 rows from %2 to %3 in %4 ms; every table was counted on both sides and matches.")
                     .arg(report.total())
                     .arg(ctx.store().location(), target->location())
                     .arg(timer.elapsed())
              << Qt::endl;
    for (const QString& table : {QStringLiteral("actors"), QStringLiteral("partnerships"),
                                 QStringLiteral("stage_changes"), QStringLiteral("notes"),
                                 QStringLiteral("decision_log")})
        ctx.out() << QStringLiteral("  %1: %2").arg(table).arg(report.rows.value(table)) << Qt::endl;
    return Ok;
}

} // namespace cb::cli
