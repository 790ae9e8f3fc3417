// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PostgresDatabase.h"
#include "storage/WorkspaceStore.h"
#include "storage/sql/SqlActorRepository.h"
#include "storage/sql/SqlCatalogRepository.h"
#include "storage/sql/SqlEventRepository.h"
#include "storage/sql/SqlEvidenceRepository.h"
#include "storage/sql/SqlPipelineRepository.h"

#include <memory>

namespace cb {

/**
 * A team's workspace in a PostgreSQL database, through the same repositories as the SQLite file: one SQL
 * implementation for both. Each officer connects as their own role; the server names that role in the decision log,
 * notes and stage history, and version-checked updates refuse to overwrite another officer's newer change.
 */
class PostgresWorkspaceStore final : public WorkspaceStore
{
public:
    explicit PostgresWorkspaceStore(std::unique_ptr<PostgresDatabase> database);

    /** Connects and opens (laying out an empty database, migrating an older one). */
    static std::unique_ptr<PostgresWorkspaceStore> open(const ConnectionInfo& info, QString* error);

    ActorRepository& actors() override { return m_actors; }
    CatalogRepository& catalog() override { return m_catalog; }
    EventRepository& events() override { return m_events; }
    EvidenceRepository& evidence() override { return m_evidence; }
    PipelineRepository& pipeline() override { return m_pipeline; }
    bool inTransaction(const std::function<bool(QString* error)>& work, QString* error) override;
    QString location() const override { return m_database->info().displayString(); }
    bool isReadOnly() const override { return false; }

    PostgresDatabase& database() { return *m_database; }

private:
    std::unique_ptr<PostgresDatabase> m_database;
    SqlActorRepository m_actors;
    SqlCatalogRepository m_catalog;
    SqlEventRepository m_events;
    SqlEvidenceRepository m_evidence;
    SqlPipelineRepository m_pipeline;
};

} // namespace cb
