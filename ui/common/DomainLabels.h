// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace cb::ui {

/** Translated labels for the keys the workspace stores (kinds, stages, roles, categories). */
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(cb::ui::DomainLabels)

public:
    static QString actorKind(ActorKind kind);
    /** A pipeline stage key (stage::Proposed, ...); unknown keys are shown as stored. */
    static QString stage(const QString& key);
    /** A participation role: organizer, partner, speaker, participant, moderator, donor, recipient. */
    static QString role(const QString& key);
    /** An event kind: webinar, meeting, forum, training, donation, exchange. */
    static QString eventKind(const QString& key);
    /** An institution category: un_agency, city_association, training_institute, ... */
    static QString institutionCategory(const QString& key);
    /** A source kind: survey, webinar, meeting, report, news, document, import. */
    static QString sourceKind(const QString& key);
    /** A membership role: member, home, speaks_for. */
    static QString membershipRole(const QString& key);
    /** A decision-log action: accept, decline, defer, pin, lock, exclude, clear, stage, undo, import, merge, edit. */
    static QString decisionAction(const QString& key);
    /** A standing rule on a pair: declined, deferred, pinned, locked, excluded. */
    static QString pairRule(const QString& key);
    /** A part of the matching score: shared_priorities, complementarity, interest, context. */
    static QString scorePart(const QString& key);
};

} // namespace cb::ui
