// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Event.h"

#include <QList>

namespace cb {

/** Events with their participations. */
class EventRepository
{
public:
    virtual ~EventRepository() = default;

    /**
     * Saves the event and replaces its participations, atomically. The event and participation ids are written
     * back once committed; an update matches id and uid (the uid never changes) and fails if none matches.
     */
    virtual bool save(Event& event, QString* error) = 0;
    virtual bool remove(EventId id, QString* error) = 0;
    virtual QList<Event> all(QString* error) = 0;
};

} // namespace cb
