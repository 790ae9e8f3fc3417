// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/Interest.h"
#include "domain/Statement.h"
#include "workspace/WorkspaceEdit.h"

#include <memory>
#include <optional>

namespace cb {

/**
 * Adding, changing or removing a city or an institution, with its names, aliases and facts. The actor is found
 * by uid, so the edit keeps working after an undone and redone insert gave it a new row id.
 *
 * Removing takes the actor's priorities, offers, interests (both directions), event participations and
 * memberships with it, and undo puts every one of them back. An actor that is part of the pipeline
 * (partnerships, pair rules, decision log) or that other actors belong to is not removed: that history must
 * not be lost, and the error says so.
 */
class ActorEdit : public WorkspaceEdit
{
public:
    /** Adds actor (its id is ignored; an empty uid gets a generated one). */
    static std::unique_ptr<ActorEdit> add(const Actor& actor, const UndoText& text);
    /**
     * Replaces the stored actor with changed (same uid). The first write is refused when the stored version is
     * no longer changed.version: someone else saved it since the form loaded it.
     */
    static std::unique_ptr<ActorEdit> update(const Actor& changed, const UndoText& text);
    /** Removes the actor with everything that hangs on it. */
    static std::unique_ptr<ActorEdit> remove(const Actor& actor, const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    QString uid() const { return m_uid; }
    /** The actor's row id after the last apply() or revert(); 0 when it is not stored. */
    ActorId actorId() const { return m_id; }

private:
    enum class Kind { Add, Update, Remove };
    ActorEdit(Kind kind, const Actor& actor, const UndoText& text);

    bool insert(WorkspaceStore& store, const Actor& actor, QString* error);
    bool replace(WorkspaceStore& store, const Actor& with, bool checkVersion, QString* error);
    bool removeWithDependents(WorkspaceStore& store, QString* error);
    bool restoreWithDependents(WorkspaceStore& store, QString* error);

    Kind m_kind;
    QString m_uid;
    Actor m_after;                 // what add and update write
    std::optional<Actor> m_before; // what update replaced and remove removed
    ActorId m_id = 0;
    bool m_appliedOnce = false;
    // Removal snapshot, taken at each apply.
    QList<Statement> m_statements;
    QList<Interest> m_interests;
    QList<Event> m_events;
    QList<Membership> m_memberships;
};

} // namespace cb
