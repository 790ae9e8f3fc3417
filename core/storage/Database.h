// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cb {

/** What a read-only look at a file found, before anything is opened for writing. */
struct WorkspaceCheck
{
    bool ok = false;
    int schemaVersion = 0;
    QString error; ///< translated, for the user
};

/** Where a file comes from, which decides how it is read. */
enum class FileOrigin
{
    Own,     ///< the officer's own workspace: a -wal beside it belongs to it and is read too
    Received ///< a package or workspace from someone else: only the one file is read, as immutable, never written
};

/**
 * One open SQLite workspace file: one named connection, foreign keys on, WAL, the migration ladder applied.
 * Files that are not workspaces, are damaged or were written by a newer program are refused without
 * being modified: they are inspected through a read-only connection first.
 */
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /** Creates a new, empty workspace at path (which must not exist or be empty). */
    static std::unique_ptr<Database> create(const QString& path, QString* error);
    /** Opens an existing workspace, migrating it to the latest schema (a backup is taken first). */
    static std::unique_ptr<Database> open(const QString& path, QString* error);
    /** Opens an existing, current workspace read-only, with the limits for untrusted files; it is never written. */
    static std::unique_ptr<Database> openReadOnly(const QString& path, QString* error,
                                                  FileOrigin origin = FileOrigin::Own);
    /**
     * Looks at a file without changing it (no byte, no time stamp, no -wal or -shm): is it a CityBridge workspace
     * this program can open? Read through a hardened read-only connection (defensive mode, untrusted schema, limits,
     * a time limit): our application id, a known schema version, exactly our schema, and SQLite's quick_check.
     */
    static WorkspaceCheck inspect(const QString& path, FileOrigin origin = FileOrigin::Own);

    /** How long inspect() may take before it gives up on a file (milliseconds; default 60 s). */
    static void setCheckTimeLimit(int milliseconds);
    static int checkTimeLimit();
    /** How long a write waits for another program's lock on the file before it is refused (default 5 s). */
    static void setBusyTimeout(int milliseconds);
    static int busyTimeout();

    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    /** The workspace's stable id (meta.workspace_uid). */
    QString workspaceUid() const;

    /** Migrates from the current user_version up to target (tests walk the ladder step by step). */
    bool migrateTo(int targetVersion, QString* error);

private:
    Database(QString path, bool readOnly);
    /** The checks of inspect() on an open, hardened, read-only connection. */
    static WorkspaceCheck checkOpenFile(QSqlDatabase& db, const QString& path);
    bool openConnection(FileOrigin origin, QString* error);
    bool configure(QString* error);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QSqlDatabase m_db;
};

} // namespace cb
