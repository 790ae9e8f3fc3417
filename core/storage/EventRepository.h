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

    /** Saves the event and replaces its participations, atomically. */
    virtual bool save(Event& event, QString* error) = 0;
    virtual bool remove(EventId id, QString* error) = 0;
    virtual QList<Event> all(QString* error) = 0;
};

} // namespace cb
