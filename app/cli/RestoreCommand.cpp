// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreCommand.h"

#include "CliContext.h"
#include "TextTable.h"
#include "storage/BackupRotation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cb::cli {

namespace {

int listBackupsOf(CliContext& ctx, const QString& workspace)
{
    const QList<BackupInfo> backups = listBackups(workspace);
    if (ctx.json()) {
        QJsonArray array;
        for (const BackupInfo& b : backups) {
            array.append(QJsonObject{{QStringLiteral("path"), b.path},
                                     {QStringLiteral("created_at"), b.createdAt.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), b.kind == BackupKind::Daily ? QStringLiteral("daily")
                                                              : b.kind == BackupKind::BeforeMigration
                                                                  ? QStringLiteral("before-migration")
                                                                  : QStringLiteral("before-restore")},
                                     {QStringLiteral("size"), b.size},
                                     {QStringLiteral("verified"), b.verified},
                                     {QStringLiteral("schema_version"), b.schemaVersion},
                                     {QStringLiteral("problem"), b.problem}});
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("workspace"), workspace},
                                                                 {QStringLiteral("folder"), backupFolder(workspace)},
                                                                 {QStringLiteral("backups"), array}})
                                           .toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (backups.isEmpty()) {
        ctx.out() << tr("No backups of %1 yet (they are kept in %2).")
                         .arg(QFileInfo(workspace).fileName(), QDir::toNativeSeparators(backupFolder(workspace)))
                  << Qt::endl;
        return Ok;
    }
    const QLocale locale(ctx.language());
    TextTable table({tr("Taken"), tr("Kind"), tr("Size"), tr("Check"), tr("Backup")});
    table.setRightAligned(2);
    for (const BackupInfo& b : backups) {
        table.addRow({b.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), backupKindLabel(b),
                      locale.formattedDataSize(b.size), b.verified ? tr("ok") : tr("damaged"),
                      QFileInfo(b.path).fileName()});
    }
    ctx.out() << table.render();
    ctx.out() << tr("Folder: %1").arg(QDir::toNativeSeparators(backupFolder(workspace))) << Qt::endl;
    for (const BackupInfo& b : backups) {
        if (!b.verified)
            ctx.out() << tr("%1: %2").arg(QFileInfo(b.path).fileName(), b.problem) << Qt::endl;
    }
    return Ok;
}

} // namespace

void addRestoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("list"), tr("restore: list the automatic backups of the workspace instead of restoring.")},
    });
}

int restoreCommand(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    const bool list = ctx.parser().isSet(QStringLiteral("list"));
    if ((list && !args.isEmpty()) || (!list && args.size() != 1))
        return ctx.fail(tr("Usage: citybridge restore --list --workspace FILE, or citybridge restore BACKUP "
                           "--workspace FILE"),
                        BadArguments);
    const QString workspace = ctx.parser().value(QStringLiteral("workspace"));
    if (workspace.isEmpty())
        return ctx.fail(tr("A restore replaces a workspace: give it with --workspace FILE. The bundled sample is "
                           "never replaced."),
                        BadArguments);
    if (list)
        return listBackupsOf(ctx, workspace);

    // A bare file name from "restore --list" is looked up in the workspace's backup folder.
    QString backup = args.first();
    if (!QFileInfo::exists(backup) && QFileInfo(backup).fileName() == backup)
        backup = QDir(backupFolder(workspace)).filePath(backup);
    if (!QFileInfo::exists(backup))
        return ctx.fail(tr("The backup %1 does not exist. See: citybridge restore --list --workspace FILE")
                            .arg(args.first()),
                        BadArguments);
    QString error;
    QString undo;
    if (!restoreBackup(backup, workspace, &error, &undo))
        return ctx.fail(error);
    ctx.out() << tr("%1 was restored from %2.").arg(workspace, QFileInfo(backup).fileName()) << Qt::endl;
    if (!undo.isEmpty())
        ctx.out() << tr("The workspace as it was before is kept in %1; restore it to undo.")
                         .arg(QDir::toNativeSeparators(undo))
                  << Qt::endl;
    return Ok;
}

} // namespace cb::cli
