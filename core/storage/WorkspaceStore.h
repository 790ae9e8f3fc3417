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
 * SQLite file, PostgresWorkspaceStore over a team's PostgreSQL database, both with the same Sql*Repository classes;
 * openWorkspaceStore() (OpenWorkspaceStore.h) opens either from a path or a postgresql:// URL.
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

    /**
     * Runs work in one transaction: everything it writes lands, or nothing does. Returns false (with *error) if
     * work returns false or the commit fails.
     *
     * Ids and versions: a repository save writes the new id and version into the caller's object only once its own
     * scope has committed. Alone, that is the real commit, so a failed save leaves the object as it was and can be
     * retried. Inside work it is the save's savepoint, so that work can use the id at once to link the next rows.
     * When inTransaction() then returns false, every object that work saved holds ids and versions of rows that
     * were rolled back: discard those objects, or re-read them from the store, before saving them again. Updates
     * also match the record's uid, so a forgotten leftover id is refused rather than written over another record.
     */
    virtual bool inTransaction(const std::function<bool(QString* error)>& work, QString* error) = 0;
    /** A human-readable location: the file path or the database URL without password. */
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    /**
     * A number that changes when another connection (another window or program) has committed changes since this
     * one last asked; this connection's own commits leave it alone. -1 when the store cannot tell.
     */
    virtual qint64 changeMarker() { return -1; }
};

} // namespace cb
