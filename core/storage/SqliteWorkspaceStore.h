// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "WorkspaceStore.h"
#include "sql/SqlActorRepository.h"
#include "sql/SqlCatalogRepository.h"
#include "sql/SqlEventRepository.h"
#include "sql/SqlEvidenceRepository.h"
#include "sql/SqlPipelineRepository.h"

#include <memory>

namespace cb {

/** A workspace stored in one SQLite file. */
class SqliteWorkspaceStore final : public WorkspaceStore
{
public:
    explicit SqliteWorkspaceStore(std::unique_ptr<Database> database);

    /** Opens (and upgrades) an existing workspace file. */
    static std::unique_ptr<SqliteWorkspaceStore> open(const QString& path, QString* error);
    /** Creates a new, empty workspace file. */
    static std::unique_ptr<SqliteWorkspaceStore> create(const QString& path, QString* error);

    ActorRepository& actors() override { return m_actors; }
    CatalogRepository& catalog() override { return m_catalog; }
    EventRepository& events() override { return m_events; }
    EvidenceRepository& evidence() override { return m_evidence; }
    PipelineRepository& pipeline() override { return m_pipeline; }
    bool inTransaction(const std::function<bool(QString* error)>& work, QString* error) override;
    QString location() const override { return m_database->path(); }
    bool isReadOnly() const override { return m_database->isReadOnly(); }
    /** SQLite's PRAGMA data_version (a file read as immutable never changes). */
    qint64 changeMarker() override;

    Database& database() { return *m_database; }

private:
    std::unique_ptr<Database> m_database;
    SqlActorRepository m_actors;
    SqlCatalogRepository m_catalog;
    SqlEventRepository m_events;
    SqlEvidenceRepository m_evidence;
    SqlPipelineRepository m_pipeline;
};

} // namespace cb
