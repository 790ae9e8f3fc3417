// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActorRepository.h"
#include "CatalogRepository.h"
#include "EventRepository.h"
#include "EvidenceRepository.h"
#include "PipelineRepository.h"

#include <functional>

namespace cb {

/**
 * The storage of one workspace, as repositories per aggregate. SqliteWorkspaceStore implements it over one
 * SQLite file; a PostgreSQL implementation can satisfy the same interface for teams.
 */
class WorkspaceStore
{
public:
    virtual ~WorkspaceStore() = default;

    virtual ActorRepository& actors() = 0;
    virtual CatalogRepository& catalog() = 0;
    virtual EventRepository& events() = 0;
    virtual EvidenceRepository& evidence() = 0;
    virtual PipelineRepository& pipeline() = 0;

    /** Runs work in one transaction: everything it writes lands, or nothing does. */
    virtual bool inTransaction(const std::function<bool(QString* error)>& work, QString* error) = 0;
    /** A human-readable location: the file path or the database URL without password. */
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
};

} // namespace cb
