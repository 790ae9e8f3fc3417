// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::Backup", text);
}

struct Handle
{
    sqlite3* db = nullptr;
    ~Handle() { sqlite3_close(db); }
};

bool integrityOk(sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    bool ok = sqlite3_step(statement) == SQLITE_ROW
              && QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))) == "ok";
    sqlite3_finalize(statement);
    return ok;
}

/** Closes the unfinished copy and removes it with the -wal and -shm SQLite may have made beside it. */
void discard(Handle& target, const QString& temporary)
{
    sqlite3_close(target.db);
    target.db = nullptr;
    QFile::remove(temporary);
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
}

} // namespace

bool backupDatabase(const QString& sourcePath, const QString& destinationPath, QString* error)
{
    const QString temporary = destinationPath + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        Handle source;
        Handle target;
        if (sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source.db, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK) {
            if (error)
                *error = tr("Cannot read %1: %2").arg(sourcePath, QString::fromUtf8(sqlite3_errmsg(source.db)));
            return false;
        }
        if (sqlite3_open_v2(QFile::encodeName(temporary).constData(), &target.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(temporary, QString::fromUtf8(sqlite3_errmsg(target.db)));
            return false;
        }
        sqlite3_backup* backup = sqlite3_backup_init(target.db, "main", source.db, "main");
        if (!backup) {
            if (error)
                *error = tr("Backup of %1 failed: %2").arg(sourcePath, QString::fromUtf8(sqlite3_errmsg(target.db)));
            return false;
        }
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, 256);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            if (error)
                *error = tr("Backup of %1 failed: %2").arg(sourcePath, QString::fromUtf8(sqlite3_errstr(rc)));
            discard(target, temporary);
            return false;
        }
        if (!integrityOk(target.db)) {
            if (error)
                *error = tr("The backup of %1 did not pass the integrity check.").arg(sourcePath);
            discard(target, temporary);
            return false;
        }
    }
    // A stale log beside the destination would be replayed into the new copy: remove it with the old file.
    QFile::remove(destinationPath);
    QFile::remove(destinationPath + QStringLiteral("-wal"));
    QFile::remove(destinationPath + QStringLiteral("-shm"));
    if (!QFile::rename(temporary, destinationPath)) {
        if (error)
            *error = tr("Cannot write %1.").arg(destinationPath);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace cb
