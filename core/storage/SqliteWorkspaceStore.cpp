// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteWorkspaceStore.h"

#include "SqlUtil.h"

#include <QSqlQuery>

namespace cb {

SqliteWorkspaceStore::SqliteWorkspaceStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_actors(m_database->connection())
    , m_catalog(m_database->connection())
    , m_events(m_database->connection())
    , m_evidence(m_database->connection())
    , m_pipeline(m_database->connection())
{
}

std::unique_ptr<SqliteWorkspaceStore> SqliteWorkspaceStore::open(const QString& path, QString* error)
{
    auto database = Database::open(path, error);
    if (!database)
        return nullptr;
    return std::make_unique<SqliteWorkspaceStore>(std::move(database));
}

std::unique_ptr<SqliteWorkspaceStore> SqliteWorkspaceStore::create(const QString& path, QString* error)
{
    auto database = Database::create(path, error);
    if (!database)
        return nullptr;
    return std::make_unique<SqliteWorkspaceStore>(std::move(database));
}

bool SqliteWorkspaceStore::inTransaction(const std::function<bool(QString* error)>& work, QString* error)
{
    sql::Transaction tx(m_database->connection());
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (!work(error))
        return false; // the destructor rolls back
    return tx.commit(error);
}

qint64 SqliteWorkspaceStore::changeMarker()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace cb
