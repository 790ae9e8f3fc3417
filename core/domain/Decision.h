// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace cb {

/** Standing rules an officer puts on a pair; the matcher honours them. */
namespace pairrule {
inline const QString Declined = QStringLiteral("declined");
inline const QString Deferred = QStringLiteral("deferred");
inline const QString Pinned = QStringLiteral("pinned");
inline const QString Locked = QStringLiteral("locked");
inline const QString Excluded = QStringLiteral("excluded");
} // namespace pairrule

struct PairRule
{
    ActorId actorA = 0; ///< always the smaller id
    ActorId actorB = 0;
    QString rule;
    QString reason;
    QString createdBy;
    QDateTime createdAt;
};

/** One line of the append-only decision log: who did what, when, why, with the score at that time. */
struct DecisionEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; ///< accept, decline, defer, pin, lock, exclude, clear, stage, undo, import, merge, edit
    ActorId actorA = 0;
    ActorId actorB = 0;
    PartnershipId partnershipId = 0;
    QString reason;
    QString scoreSnapshot; ///< JSON of the proposal's score parts when the decision was taken
    QString details;
};

/** A free note attached to an actor or a partnership. */
struct Note
{
    qint64 id = 0;
    QString subjectKind; ///< actor, partnership
    qint64 subjectId = 0;
    QString author;
    QDateTime createdAt;
    QString body;
};

} // namespace cb
