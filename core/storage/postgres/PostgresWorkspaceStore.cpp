// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresWorkspaceStore.h"

#include "storage/SqlUtil.h"

namespace cb {

PostgresWorkspaceStore::PostgresWorkspaceStore(std::unique_ptr<PostgresDatabase> database)
    : m_database(std::move(database))
    , m_actors(m_database->connection())
    , m_catalog(m_database->connection())
    , m_events(m_database->connection())
    , m_evidence(m_database->connection())
    , m_pipeline(m_database->connection())
{
}

std::unique_ptr<PostgresWorkspaceStore> PostgresWorkspaceStore::open(const ConnectionInfo& info, QString* error)
{
    auto database = PostgresDatabase::open(info, error);
    if (!database)
        return nullptr;
    return std::make_unique<PostgresWorkspaceStore>(std::move(database));
}

bool PostgresWorkspaceStore::inTransaction(const std::function<bool(QString* error)>& work, QString* error)
{
    sql::Transaction tx(m_database->connection());
    if (!tx.isActive(error))
        return false;
    if (!work(error))
        return false; // the destructor rolls back
    return tx.commit(error);
}

} // namespace cb
