// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspacePackage.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqliteWorkspaceStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cb {

namespace {

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool WorkspacePackage::exportPackage(const QString& workspacePath, const QString& packagePath,
                                     const QString& exportedBy, QString* error, const QDateTime& exportedAt)
{
    if (packagePath.isEmpty())
        return setError(error, tr("No file was given for the package."));
    if (QFileInfo(packagePath).absoluteFilePath() == QFileInfo(workspacePath).absoluteFilePath())
        return setError(error, tr("The package cannot be written over the workspace it is made from."));
    const WorkspaceCheck check = Database::inspect(workspacePath);
    if (!check.ok)
        return setError(error, check.error);

    // The marker is written into a private copy, then the finished file is moved into place in one step, so a
    // half-written package never appears under packagePath and the workspace itself is never touched.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return setError(error, tr("A temporary folder could not be created: %1").arg(scratch.errorString()));
    const QString copy = scratch.filePath(QStringLiteral("package.sqlite"));
    QString e;
    if (!backupDatabase(workspacePath, copy, &e))
        return setError(error, tr("The workspace could not be copied: %1").arg(e));
    {
        std::unique_ptr<SqliteWorkspaceStore> store = SqliteWorkspaceStore::open(copy, &e);
        if (!store)
            return setError(error, tr("The copy of the workspace could not be opened: %1").arg(e));
        PackageInfo info;
        info.exportedBy = exportedBy;
        info.exportedAt = exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
        info.workspaceUid = store->database().workspaceUid();
        info.workspaceName = QFileInfo(workspacePath).fileName();
        if (!store->pipeline().setSettings(info.toSettings(), &e))
            return setError(error, tr("The package marker could not be written: %1").arg(e));
        // Fold the write-ahead log back into the file, so the one file is the whole package.
        if (!store->database().connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isActive())
            return setError(error, tr("The package could not be finished."));
        if (!store->database().connection().exec(QStringLiteral("PRAGMA journal_mode=DELETE")).isActive())
            return setError(error, tr("The package could not be finished."));
    }
    const WorkspaceCheck written = Database::inspect(copy);
    if (!written.ok)
        return setError(error, tr("The package failed its check: %1").arg(written.error));

    QFile in(copy);
    if (!in.open(QIODevice::ReadOnly))
        return setError(error, tr("The package could not be read back: %1").arg(in.errorString()));
    QSaveFile out(packagePath);
    if (!out.open(QIODevice::WriteOnly))
        return setError(error, tr("%1 could not be written: %2").arg(packagePath, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return setError(error, tr("%1 could not be written: %2").arg(packagePath, out.errorString()));
        }
    }
    if (!out.commit())
        return setError(error, tr("%1 could not be written: %2").arg(packagePath, out.errorString()));
    return true;
}

std::unique_ptr<SqliteWorkspaceStore> WorkspacePackage::openPackage(const QString& packagePath, PackageInfo* info,
                                                                    QString* error)
{
    if (!QFileInfo::exists(packagePath)) {
        setError(error, tr("The package %1 does not exist.").arg(packagePath));
        return nullptr;
    }
    QString e;
    std::unique_ptr<Database> database = Database::openReadOnly(packagePath, &e, FileOrigin::Received);
    if (!database) {
        setError(error, tr("The package %1 cannot be opened: %2").arg(QFileInfo(packagePath).fileName(), e));
        return nullptr;
    }
    auto store = std::make_unique<SqliteWorkspaceStore>(std::move(database));
    if (info) {
        const QMap<QString, QString> settings = store->pipeline().settings(&e);
        if (!e.isEmpty()) {
            setError(error, tr("The package %1 cannot be read: %2").arg(QFileInfo(packagePath).fileName(), e));
            return nullptr;
        }
        *info = PackageInfo::fromSettings(settings);
    }
    return store;
}

} // namespace cb
