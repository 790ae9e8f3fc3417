// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Event.h"
#include "workspace/WorkspaceEdit.h"

#include <QHash>

#include <memory>
#include <optional>

namespace cb {

struct WorkspaceData;

/**
 * Adding, changing or removing an event together with its participations (who took part, in which role, who
 * spoke for them). The event is named by uid and its participants by actor uid, so undo and redo in any depth
 * write the same rows. An event that survey respondent groups refer to is not removed.
 */
class EventEdit : public WorkspaceEdit
{
public:
    /** Adds event (its id is ignored; an empty uid gets a generated one). */
    static std::unique_ptr<EventEdit> add(const Event& event, const WorkspaceData& data, const UndoText& text);
    /** Replaces the stored event with the same uid, participations included. */
    static std::unique_ptr<EventEdit> update(const Event& before, const Event& after, const WorkspaceData& data,
                                             const UndoText& text);
    static std::unique_ptr<EventEdit> remove(const Event& event, const WorkspaceData& data, const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    QString uid() const { return m_uid; }
    /** The event's row id after the last apply() or revert(); 0 when it is not stored. */
    EventId eventId() const { return m_id; }

private:
    EventEdit(const std::optional<Event>& before, const std::optional<Event>& after, const WorkspaceData& data,
              const UndoText& text);
    bool write(WorkspaceStore& store, const std::optional<Event>& from, const std::optional<Event>& to,
               QString* error);

    std::optional<Event> m_before;
    std::optional<Event> m_after;
    QString m_uid;
    QHash<ActorId, QString> m_actorUids; // participants as the snapshot knew them
    EventId m_id = 0;
};

} // namespace cb
