// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"
#include "domain/Country.h"
#include "domain/Decision.h"
#include "domain/Event.h"
#include "domain/Interest.h"
#include "domain/Partnership.h"
#include "domain/Source.h"
#include "domain/Statement.h"
#include "domain/Theme.h"

#include <QList>
#include <QMap>

namespace cb {
class WorkspaceStore;
}

namespace cb::test {

/**
 * What populateFullWorkspace() saved, as the values should read back: ids filled in, pairs in (smaller, larger)
 * order, source ids sorted and unique, stage history in date order, settings merged.
 */
struct SavedWorkspace
{
    QList<Country> countries;
    QList<Theme> themes;
    QList<Source> sources;
    QList<Actor> actors;
    QList<Membership> memberships;
    QList<Event> events;
    QList<RespondentGroup> groups;
    QList<Statement> statements;
    QList<Interest> interests;
    QList<Partnership> partnerships;
    QList<Note> notes;
    QList<PairRule> pairRules;
    QList<DecisionEntry> decisions;
    QMap<QString, QString> settings;

    ActorId actorId(const QString& uid) const;
};

/**
 * Saves one or more of every entity through the store's repositories, filling every field: three-language
 * texts, all city facts, aliases in several scripts, institutions, a borough with a parent, events with
 * participations, respondent groups, priorities and offers of actors and groups, interests of every shape,
 * partnerships with themes and stage history, notes, pair rules, decisions and settings. Some fields are left empty
 * on purpose (a country with only an English name, a source without date, a city without coordinates).
 */
bool populateFullWorkspace(WorkspaceStore& store, SavedWorkspace* saved, QString* error);

} // namespace cb::test
