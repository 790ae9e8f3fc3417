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
    /** Opens an existing, current workspace read-only; it is never written. */
    static std::unique_ptr<Database> openReadOnly(const QString& path, QString* error);
    /** Looks at a file without changing it: is it a CityBridge workspace this program can open? */
    static WorkspaceCheck inspect(const QString& path);

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
    bool openConnection(QString* error);
    bool configure(QString* error);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QSqlDatabase m_db;
};

} // namespace cb
