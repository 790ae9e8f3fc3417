// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRotation.h"

#include "Backup.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::BackupRotation", text);
}

const QLatin1String kSuffix(".citybridge");
const QLatin1String kStampFormat("yyyyMMdd-HHmmss");

QString workspaceName(const QString& workspacePath)
{
    const QFileInfo info(workspacePath);
    const QString name = info.completeBaseName();
    return name.isEmpty() ? info.fileName() : name;
}

/**
 * "<name>-YYYYMMDD-HHMMSS[-N][.before-vV|.before-restore].citybridge": the stamp, the sequence number of a second
 * backup in one second, and the kind (no marker: daily).
 */
QRegularExpression backupNamePattern(const QString& workspacePath)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(workspaceName(workspacePath)) +
                              QStringLiteral("-(\\d{8}-\\d{6})(?:-(\\d+))?(?:\\.before-(?:v(\\d+)|(restore)))?") +
                              QRegularExpression::escape(kSuffix) + QLatin1Char('$'));
}

QString kindMarker(BackupKind kind, int migrationTarget)
{
    switch (kind) {
    case BackupKind::BeforeMigration:
        return QStringLiteral(".before-v%1").arg(migrationTarget);
    case BackupKind::BeforeRestore:
        return QStringLiteral(".before-restore");
    case BackupKind::Daily:
        break;
    }
    return QString();
}

struct Entry
{
    BackupInfo info;
    int sequence = 0;
};

/** A file name in the backup folder that no existing file uses, for a backup taken at now. */
QString freshBackupPath(const QString& workspacePath, const QDateTime& now, const QString& extra)
{
    const QDir folder(backupFolder(workspacePath));
    const QString base = workspaceName(workspacePath) + QLatin1Char('-') + now.toLocalTime().toString(kStampFormat);
    QString candidate = folder.filePath(base + extra + kSuffix);
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral(".partial")); ++n)
        candidate = folder.filePath(base + QLatin1Char('-') + QString::number(n) + extra + kSuffix);
    return candidate;
}

bool ensureFolder(const QString& workspacePath, QString* error)
{
    const QString folder = backupFolder(workspacePath);
    if (QDir().mkpath(folder))
        return true;
    if (error)
        *error = tr("The backup folder %1 cannot be created.").arg(folder);
    return false;
}

/** Deletes backups older than the newest keep verified ones; damaged files among the newest are left alone. */
void rotate(const QString& workspacePath, int keep)
{
    int verified = 0;
    for (const BackupInfo& backup : listBackups(workspacePath)) {
        if (verified >= keep) {
            QFile::remove(backup.path);
            continue;
        }
        if (backup.verified)
            ++verified;
    }
}

/**
 * When the workspace cannot be copied through SQLite (it is damaged), its bytes are kept as they are so that
 * restoring over it can still be undone by hand. The name is outside the backup pattern: never listed or rotated.
 */
bool keepRawCopy(const QString& workspacePath, const QDateTime& now, QString* copyPath, QString* error)
{
    if (!ensureFolder(workspacePath, error))
        return false;
    const QString target = freshBackupPath(workspacePath, now, QStringLiteral(".damaged"));
    const QString wal = workspacePath + QStringLiteral("-wal");
    if (!QFile::copy(workspacePath, target)
        || (QFileInfo::exists(wal) && !QFile::copy(wal, target + QStringLiteral("-wal")))) {
        QFile::remove(target);
        if (error)
            *error = tr("A copy of the current workspace cannot be written to %1.").arg(target);
        return false;
    }
    if (copyPath)
        *copyPath = target;
    return true;
}

/** Moves what the workspace's log holds into the main file, so that removing the log afterwards loses nothing. */
void checkpoint(const QString& workspacePath)
{
    if (!QFileInfo::exists(workspacePath + QStringLiteral("-wal")))
        return;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(workspacePath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    // Closing the last connection also checkpoints and deletes the log when it can.
    sqlite3_close(db);
}

bool sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

} // namespace

QString backupKindLabel(const BackupInfo& backup)
{
    switch (backup.kind) {
    case BackupKind::BeforeMigration:
        return tr("before migration to v%1").arg(backup.migrationTarget);
    case BackupKind::BeforeRestore:
        return tr("before restore");
    case BackupKind::Daily:
        break;
    }
    return tr("daily");
}

QString backupFolder(const QString& workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(workspaceName(workspacePath) + QStringLiteral(".backups"));
}

QList<BackupInfo> listBackups(const QString& workspacePath)
{
    const QRegularExpression pattern = backupNamePattern(workspacePath);
    QList<Entry> entries;
    const QFileInfoList files = QDir(backupFolder(workspacePath)).entryInfoList(QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        Entry entry;
        entry.info.path = file.absoluteFilePath();
        entry.info.createdAt = QDateTime::fromString(match.captured(1), kStampFormat);
        if (!entry.info.createdAt.isValid())
            continue;
        entry.sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        if (!match.captured(3).isEmpty()) {
            entry.info.kind = BackupKind::BeforeMigration;
            entry.info.migrationTarget = match.captured(3).toInt();
        } else if (!match.captured(4).isEmpty()) {
            entry.info.kind = BackupKind::BeforeRestore;
        }
        entry.info.size = file.size();
        const WorkspaceCheck check = Database::inspect(entry.info.path);
        entry.info.verified = check.ok;
        entry.info.schemaVersion = check.schemaVersion;
        entry.info.problem = check.error;
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.info.createdAt != b.info.createdAt)
            return a.info.createdAt > b.info.createdAt;
        return a.sequence > b.sequence;
    });
    QList<BackupInfo> result;
    result.reserve(entries.size());
    for (const Entry& entry : entries)
        result.append(entry.info);
    return result;
}

bool backupNow(const QString& workspacePath, const QDateTime& now, QString* backupPath, QString* error, BackupKind kind,
               int migrationTarget)
{
    if (!QFileInfo(workspacePath).isFile()) {
        if (error)
            *error = tr("The workspace file %1 does not exist.").arg(workspacePath);
        return false;
    }
    if (!ensureFolder(workspacePath, error))
        return false;
    const QString target = freshBackupPath(workspacePath, now, kindMarker(kind, migrationTarget));
    // backupDatabase writes a temporary file, runs integrity_check on it and renames it only when it passed.
    if (!backupDatabase(workspacePath, target, error))
        return false;
    if (backupPath)
        *backupPath = target;
    return true;
}

bool backupIfDue(const QString& workspacePath, const QDateTime& now, QString* error, int keep)
{
    const QDate today = now.toLocalTime().date();
    const QList<BackupInfo> existing = listBackups(workspacePath);
    // Only a daily backup counts: one taken before a migration or a restore holds the workspace as it was then.
    const bool due = std::none_of(existing.begin(), existing.end(), [&](const BackupInfo& b) {
        return b.verified && b.kind == BackupKind::Daily && b.createdAt.date() == today;
    });
    if (!due)
        return true;
    if (!backupNow(workspacePath, now, nullptr, error))
        return false; // older backups stay: nothing is rotated out for a backup that did not verify
    rotate(workspacePath, std::max(1, keep));
    return true;
}

bool backupBeforeMigration(const QString& workspacePath, int targetVersion, const QDateTime& now, QString* backupPath,
                           QString* error, int keep)
{
    QString made;
    if (!backupNow(workspacePath, now, &made, error, BackupKind::BeforeMigration, targetVersion))
        return false; // nothing rotated out, the workspace not touched
    rotate(workspacePath, std::max(1, keep));
    if (backupPath)
        *backupPath = made;
    return true;
}

bool restoreBackup(const QString& backupPath, const QString& workspacePath, QString* error, QString* undoPath)
{
    const WorkspaceCheck check = Database::inspect(backupPath);
    if (!check.ok) {
        if (error)
            *error = tr("The backup %1 cannot be restored: %2").arg(backupPath, check.error);
        return false;
    }
    if (sameFile(backupPath, workspacePath)) {
        if (error)
            *error = tr("The backup %1 is the workspace itself.").arg(backupPath);
        return false;
    }
    // The copy aside is taken with the backup API too, so it passes integrity_check before anything is replaced.
    const QString staging = workspacePath + QStringLiteral(".restoring");
    QString stepError;
    if (!backupDatabase(backupPath, staging, &stepError)) {
        if (error)
            *error = tr("The backup %1 cannot be restored: %2").arg(backupPath, stepError);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTime();
    QString undo;
    if (QFileInfo::exists(workspacePath) &&
        !backupNow(workspacePath, now, &undo, &stepError, BackupKind::BeforeRestore) &&
        !keepRawCopy(workspacePath, now, &undo, &stepError)) {
        QFile::remove(staging);
        if (error)
            *error = tr("The current workspace could not be backed up, so nothing was restored: %1").arg(stepError);
        return false;
    }
    // The old log would be replayed into the restored file: fold it into the old file first (its content is
    // also in the backup just taken), then remove what is left.
    checkpoint(workspacePath);
    QFile::remove(workspacePath + QStringLiteral("-wal"));
    QFile::remove(workspacePath + QStringLiteral("-shm"));
    // rename(2) replaces the workspace in one step: readers see the old file or the new one, never a mixture.
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(workspacePath).constData()) != 0) {
        QFile::remove(staging);
        if (error)
            *error = tr("%1 cannot be replaced; the workspace was not changed.").arg(workspacePath);
        return false;
    }
    if (undoPath)
        *undoPath = undo;
    return true;
}

} // namespace cb
