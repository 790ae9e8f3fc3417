// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb {

/** The pipeline stages, in order. Keys are stored; labels are translated in the UI. */
namespace stage {
inline const QString Proposed = QStringLiteral("proposed");
inline const QString Candidate = QStringLiteral("candidate");
inline const QString Contacted = QStringLiteral("contacted");
inline const QString Exploratory = QStringLiteral("exploratory_exchange");
inline const QString Friendship = QStringLiteral("friendship_mou");
inline const QString Pilot = QStringLiteral("pilot_project");
inline const QString Agreement = QStringLiteral("formal_agreement");
inline const QString Active = QStringLiteral("active");
inline const QString Dormant = QStringLiteral("dormant");
inline const QString Closed = QStringLiteral("closed");
QStringList all();
bool isValid(const QString& key);
} // namespace stage

/** One move of a partnership through the pipeline: who moved it, when, and why. */
struct StageChange
{
    qint64 id = 0;
    PartnershipId partnershipId = 0;
    QString stage;
    QDate date; ///< the day it happened (may be historical)
    QString changedBy;
    QDateTime recordedAt;
    QString note;
    SourceId sourceId = 0;
};

/** A pair of actors in the pipeline, with its history. */
struct Partnership
{
    PartnershipId id = 0;
    QString uid;
    ActorId actorA = 0;
    ActorId actorB = 0;
    QString stage = stage::Proposed;
    QDate startedOn;
    QString owner;
    QString nextAction;
    QDate nextActionDue;
    QDate lastActivity;
    SourceId sourceId = 0;
    QList<ThemeId> themeIds;
    QString summary;
    QList<StageChange> history;
    int version = 1;
};

} // namespace cb
