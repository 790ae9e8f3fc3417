// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cb {

/**
 * A directed, evidenced wish: an actor (or a respondent group) wants to cooperate with an actor
 * (or with any actor of a country), optionally on given themes.
 */
struct Interest
{
    qint64 id = 0;
    ActorId fromActorId = 0;
    GroupId fromGroupId = 0;
    ActorId toActorId = 0;
    QString toCountry; ///< ISO alpha-2 when the wish names a country rather than an actor
    double strength = 1.0; ///< 0..1
    int mentions = 0;      ///< for groups: how many respondents named the target
    QList<ThemeId> themeIds;
    SourceId sourceId = 0;
    QDate date;
    QString note; ///< what was said, in the speaker's words summarised
};

} // namespace cb
