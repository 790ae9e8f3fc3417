// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace cb {

/** How many daily backups of a workspace are kept unless the caller says otherwise. */
constexpr int kDefaultBackupsKept = 7;

/** Why a backup was taken; part of its file name. */
enum class BackupKind
{
    Daily,           ///< "<name>-<stamp>.citybridge": the first use of the workspace on a day
    BeforeMigration, ///< "<name>-<stamp>.before-vN.citybridge": the file as it was before the upgrade to schema N
    BeforeRestore,   ///< "<name>-<stamp>.before-restore.citybridge": the workspace a restore replaced (its undo)
};

/** One backup file in a workspace's backup folder. */
struct BackupInfo
{
    QString path;         ///< absolute path of the backup file
    BackupKind kind = BackupKind::Daily;
    int migrationTarget = 0; ///< for BeforeMigration: the schema version the workspace was upgraded to
    QDateTime createdAt;  ///< local time, read from the file name
    qint64 size = 0;      ///< bytes
    bool verified = false; ///< passed Database::inspect (application id, schema version, quick_check)
    int schemaVersion = 0;
    QString problem;      ///< translated reason when not verified
};

/** What kind of backup it is, for the user: "daily", "before migration to v4", "before restore" (translated). */
QString backupKindLabel(const BackupInfo& backup);

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
 * *backupPath (when given) receives the new file's path. kind BeforeMigration needs the target version.
 */
bool backupNow(const QString& workspacePath, const QDateTime& now, QString* backupPath, QString* error,
               BackupKind kind = BackupKind::Daily, int migrationTarget = 0);

/**
 * The backup taken before workspacePath is upgraded to schema targetVersion: made with SQLite's backup API into
 * the backup folder, named "before migration to vN", and checked with integrity_check; only then are older
 * backups rotated out (as for the daily backup, the newest keep verified ones of every kind stay). Returns false
 * with a translated error when the backup could not be made; the workspace and older backups are then untouched.
 */
bool backupBeforeMigration(const QString& workspacePath, int targetVersion, const QDateTime& now, QString* backupPath,
                           QString* error, int keep = kDefaultBackupsKept);

/**
 * Replaces workspacePath with the backup at backupPath. The backup must be a CityBridge workspace this
 * program reads (application id, schema version) and pass integrity_check, else nothing is changed.
 * The current workspace is backed up first as a BeforeRestore backup (so a restore can be undone: *undoPath
 * receives that backup),
 * the backup is copied beside the workspace and renamed over it in one step; stale -wal and -shm files
 * of the replaced workspace are removed. The workspace must not be open in another program.
 */
bool restoreBackup(const QString& backupPath, const QString& workspacePath, QString* error,
                   QString* undoPath = nullptr);

} // namespace cb
