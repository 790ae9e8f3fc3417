// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionInfo.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cb {

/**
 * One connection (Qt's QPSQL driver, libpq) to a team's workspace in a PostgreSQL database, as the officer's own
 * role. Opening an empty database (or schema) lays out the workspace; an older one is migrated; a database that
 * holds other tables, or a newer CityBridge schema, is refused and left unchanged.
 */
class PostgresDatabase
{
public:
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase&) = delete;
    PostgresDatabase& operator=(const PostgresDatabase&) = delete;

    static std::unique_ptr<PostgresDatabase> open(const ConnectionInfo& info, QString* error);

    QSqlDatabase& connection() { return m_db; }
    const ConnectionInfo& info() const { return m_info; }
    /** The login role of this connection: the name the server writes into the decision log. */
    QString sessionUser() const { return m_sessionUser; }
    int schemaVersion() const;
    QString workspaceUid() const;
    /** True when the workspace holds no actor, source, theme, country, event or partnership yet. */
    bool isEmpty(QString* error);

    /** Migrates from the stored schema_version up to target (each step in its own transaction). */
    bool migrateTo(int targetVersion, QString* error);

private:
    explicit PostgresDatabase(ConnectionInfo info);
    bool connect(QString* error);

    ConnectionInfo m_info;
    QString m_connectionName;
    QString m_sessionUser;
    QSqlDatabase m_db;
};

} // namespace cb
