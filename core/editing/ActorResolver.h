// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"

#include <QHash>
#include <QString>

namespace cb {

class WorkspaceStore;
struct WorkspaceData;

/**
 * Finds the current row id of actors named by uid. An undone and redone insert gives an actor a new row id, so
 * edits remember actors by uid and ask here, inside their transaction, for the id to write.
 */
class ActorResolver
{
public:
    explicit ActorResolver(WorkspaceStore& store) : m_store(store) {}

    /**
     * The id of the actor with this uid; hint is the id it had when last seen (checked first, so the usual
     * case is one lookup). Returns 0 and sets error when no actor has that uid any more.
     */
    ActorId resolve(const QString& uid, ActorId hint, QString* error);

private:
    WorkspaceStore& m_store;
    QHash<QString, ActorId> m_all;
    bool m_loaded = false;
};

/** The uids of actors referred to by id, read from a snapshot (0 and unknown ids map to an empty uid). */
QString actorUid(const WorkspaceData& data, ActorId id);

/** A uid for a new actor: "city:" or "org:" plus a slug of its English name, made unique in data. */
QString newActorUid(const Actor& draft, const WorkspaceData& data);

/** A uid for a new event, unique in any workspace. */
QString newEventUid();

} // namespace cb
