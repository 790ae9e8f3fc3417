// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"

#include <QList>

#include <optional>

namespace cb {

/** What an update changes beside the data: for undo to put it back. */
struct RecordStamp
{
    int version = 0;
    QString updatedAt;
};

/** Cities and institutions with their names, texts, aliases and memberships. */
class ActorRepository
{
public:
    virtual ~ActorRepository() = default;

    /**
     * Inserts (id 0) or updates the actor with all its rows, atomically; sets id and bumps version once committed
     * (see WorkspaceStore::inTransaction()). An update matches id, version and uid: the uid never changes.
     */
    virtual bool save(Actor& actor, QString* error) = 0;
    virtual bool remove(ActorId id, QString* error) = 0;
    virtual std::optional<Actor> find(ActorId id) = 0;
    virtual QList<Actor> all(QString* error) = 0;
    /** Actors with a name or alias whose search key equals that of text (any language, any script). */
    virtual QList<ActorId> findByName(const QString& text) = 0;
    /** Actors with a name or alias whose search key starts with that of text. */
    virtual QList<ActorId> searchByPrefix(const QString& text, int limit) = 0;

    virtual bool saveMembership(Membership& membership, QString* error) = 0;
    virtual bool removeMembership(qint64 id, QString* error) = 0;
    virtual QList<Membership> memberships(QString* error) = 0;

    /** The version and last-update time of the actor with uid (for undo); nullopt when there is none. */
    virtual std::optional<RecordStamp> stamp(const QString& uid, QString* error) = 0;
    /** Puts back a version and update time read by stamp(): undo leaves the row as it was before the edit. */
    virtual bool restoreStamp(const QString& uid, const RecordStamp& stamp, QString* error) = 0;
};

} // namespace cb
