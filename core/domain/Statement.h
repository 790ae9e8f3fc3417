// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDate>
#include <QString>

namespace cb {

/**
 * A group of unnamed respondents, e.g. "10 responses from 8 Mexican cities that attended the China-Mexico
 * exchange". Survey tallies are stored against the group; the matcher spreads them over the group's members
 * (the actors of that country at that event) in proportion mentions / respondents.
 */
struct RespondentGroup
{
    GroupId id = 0;
    QString uid;
    SourceId sourceId = 0;
    EventId eventId = 0; ///< the population: participants of this event ...
    QString countryCode; ///< ... from this country (empty: any)
    int respondents = 0;
    QString label;
};

enum class StatementKind { Priority, Offer };

/** A Priority (what the actor wants to develop) or an Offer (what it can share), on one theme. */
struct Statement
{
    qint64 id = 0;
    StatementKind kind = StatementKind::Priority;
    ActorId actorId = 0; ///< either an actor ...
    GroupId groupId = 0; ///< ... or a respondent group
    ThemeId themeId = 0;
    double weight = 1.0; ///< 0..1
    int mentions = 0;    ///< for groups: how many respondents named it
    SourceId sourceId = 0;
    QDate date;
    QString note; ///< e.g. "digital heritage exhibition"
};

} // namespace cb
