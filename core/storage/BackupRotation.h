// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace cb {

/** How many daily backups of a workspace are kept unless the caller says otherwise. */
constexpr int kDefaultBackupsKept = 7;

/** One backup file in a workspace's backup folder. */
struct BackupInfo
{
    QString path;         ///< absolute path of the backup file
    QDateTime createdAt;  ///< local time, read from the file name
    qint64 size = 0;      ///< bytes
    bool verified = false; ///< passed Database::inspect (application id, schema version, quick_check)
    int schemaVersion = 0;
    QString problem;      ///< translated reason when not verified
};

/** The folder that holds the backups of workspacePath: "<name>.backups" beside the workspace. */
QString backupFolder(const QString& workspacePath);

/**
 * The backups of workspacePath, newest first, each checked read-only (the files are never modified).
 * Files in the folder that do not follow the backup naming are ignored.
 */
QList<BackupInfo> listBackups(const QString& workspacePath);

/**
 * Makes the daily backup of workspacePath when no verified backup was made on now's calendar day (local time).
 * The copy is taken with SQLite's backup API and passes integrity_check before it is kept; only then are older
 * backups rotated out so that the newest keep verified backups remain (damaged ones never count towards keep,
 * so the last good backup is never deleted because of a bad one). Returns true when no backup was due or the
 * backup was made; false with a translated error otherwise (older backups are then left as they were).
 */
bool backupIfDue(const QString& workspacePath, const QDateTime& now, QString* error,
                 int keep = kDefaultBackupsKept);

/**
 * Makes a backup of workspacePath now, whatever the day, without rotating older ones out. On success
 * *backupPath (when given) receives the new file's path.
 */
bool backupNow(const QString& workspacePath, const QDateTime& now, QString* backupPath, QString* error);

/**
 * Replaces workspacePath with the backup at backupPath. The backup must be a CityBridge workspace this
 * program reads (application id, schema version) and pass integrity_check, else nothing is changed.
 * The current workspace is backed up first (so a restore can be undone: *undoPath receives that backup),
 * the backup is copied beside the workspace and renamed over it in one step; stale -wal and -shm files
 * of the replaced workspace are removed. The workspace must not be open in another program.
 */
bool restoreBackup(const QString& backupPath, const QString& workspacePath, QString* error,
                   QString* undoPath = nullptr);

} // namespace cb
