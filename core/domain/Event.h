// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Language.h"

#include <QDate>
#include <QList>

namespace cb {

/** An actor's part in an event, with the person who spoke for it when known. */
struct Participation
{
    qint64 id = 0;
    EventId eventId = 0;
    ActorId actorId = 0;
    QString role; ///< organizer, partner, speaker, participant, moderator, donor, recipient
    QString person;
    QString personTitle;
    SourceId sourceId = 0;
};

/** A webinar, meeting, forum, training or donation that actors took part in. */
struct Event
{
    EventId id = 0;
    QString uid;
    QString kind; ///< webinar, meeting, forum, training, donation, exchange
    LocalizedText titles;
    QDate date;
    QDate endDate;
    SourceId sourceId = 0;
    QString note;
    QList<Participation> participations;
};

} // namespace cb
