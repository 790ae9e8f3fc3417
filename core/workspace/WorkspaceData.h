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

#include <QHash>
#include <QList>
#include <QMap>

namespace cb {

class WorkspaceStore;

/**
 * An in-memory snapshot of a whole workspace, indexed for lookups. The matcher, the map, the briefs, the command
 * line and the item models read from it; edits go through the repositories and then refresh the snapshot.
 */
struct WorkspaceData
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
    QList<PairRule> pairRules;
    QMap<QString, QString> settings;

    /** Rebuilds the lookup tables; call after changing the lists. */
    void reindex();

    const Actor* actor(ActorId id) const;
    const Theme* theme(ThemeId id) const;
    const Theme* themeByKey(const QString& key) const;
    const Source* source(SourceId id) const;
    const Country* country(const QString& code) const;
    const Event* event(EventId id) const;
    const RespondentGroup* group(GroupId id) const;
    const Partnership* partnershipBetween(ActorId a, ActorId b) const;

    QString actorName(ActorId id, const QString& language) const;
    QString countryName(const QString& code, const QString& language) const;
    QString themeName(ThemeId id, const QString& language) const;
    /** The cluster a theme belongs to (itself for a cluster). */
    ThemeId clusterOf(ThemeId id) const;

    /** The actors a respondent group stands for: participants of its event from its country. */
    QList<ActorId> groupMembers(GroupId id) const;
    /** Events an actor took part in. */
    QList<EventId> eventsOf(ActorId id) const;
    /** Institutions linked to a city by membership. */
    QList<ActorId> institutionsOf(ActorId cityId) const;
    QList<const Statement*> statementsOf(ActorId id) const;
    QList<const Interest*> interestsFrom(ActorId id) const;
    QList<const Interest*> interestsTo(ActorId id) const;

private:
    QHash<ActorId, qsizetype> m_actorIndex;
    QHash<ThemeId, qsizetype> m_themeIndex;
    QHash<QString, qsizetype> m_themeKeyIndex;
    QHash<SourceId, qsizetype> m_sourceIndex;
    QHash<QString, qsizetype> m_countryIndex;
    QHash<EventId, qsizetype> m_eventIndex;
    QHash<GroupId, qsizetype> m_groupIndex;
};

/** Reads a whole workspace from its store. */
bool loadWorkspace(WorkspaceStore& store, WorkspaceData* data, QString* error);

} // namespace cb
