// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapFilter.h"
#include "domain/Ids.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVector>

namespace cb {

struct WorkspaceData;

/** What one actor has said and done within a MapFilter. */
struct MapActivity
{
    QHash<ThemeId, double> priorities; ///< theme -> strongest weight (group statements spread by mentions)
    QHash<ThemeId, double> offers;
    int statements = 0;       ///< priorities and offers, own and through respondent groups
    int interestsOut = 0;     ///< interests expressed (mentions for groups), towards anyone
    int interestsIn = 0;      ///< interests received
    int countryInterests = 0; ///< interests expressed towards a whole country
    int partnerships = 0;

    /** How active the actor is: sizes its marker. */
    double score() const { return statements + interestsOut + interestsIn + 2.0 * partnerships; }
};

/** Interests from one actor or respondent group towards one actor, added up. */
struct MapFlow
{
    ActorId fromActor = 0; ///< set for an actor's own interests ...
    GroupId fromGroup = 0; ///< ... or for a respondent group's
    ActorId toActor = 0;
    int count = 0;         ///< voices: one per interest, or the group's mentions
    double strength = 0.0; ///< summed strengths
    QSet<ThemeId> themes;
    QDate latest;
};

/** A partnership shown in the range, with its stage then. */
struct MapPartnershipLink
{
    PartnershipId id = 0;
    ActorId a = 0;
    ActorId b = 0;
    QString stage;
};

/**
 * The evidence of a workspace that passes a MapFilter, added up per actor and per direction: the common
 * ground of the map scene and the matrices. Respondent-group statements count for every member of the
 * group (WorkspaceData::groupMembers) in proportion mentions / respondents; group interests stay one flow
 * from the group, since the survey does not say which member answered what.
 *
 * The theme and date parts of the filter apply here; the place part is left to the callers, which keep a
 * link when either end is in the place.
 */
class MapEvidence
{
public:
    MapEvidence(const WorkspaceData& data, const MapFilter& filter);

    const WorkspaceData& data() const { return m_data; }
    const MapFilter& filter() const { return m_filter; }
    /** Activity per actor; actors without any filtered evidence are absent. */
    const QHash<ActorId, MapActivity>& activity() const { return m_activity; }
    MapActivity activityOf(ActorId id) const { return m_activity.value(id); }
    /** Flows best first (most voices), then by ids. */
    const QVector<MapFlow>& flows() const { return m_flows; }
    const QVector<MapPartnershipLink>& partnerships() const { return m_partnerships; }
    /** Members of every respondent group that has filtered evidence. */
    const QHash<GroupId, QList<ActorId>>& groupMembers() const { return m_members; }
    /** The strongest themes of an actor (priorities and offers together), at most @p limit. */
    QList<ThemeId> topThemes(ActorId id, int limit) const;

private:
    void addStatements();
    void addInterests();
    void addPartnerships();
    QList<ActorId> membersOf(GroupId id);

    const WorkspaceData& m_data;
    MapFilter m_filter;
    QSet<ThemeId> m_themes;
    QHash<ActorId, MapActivity> m_activity;
    QVector<MapFlow> m_flows;
    QVector<MapPartnershipLink> m_partnerships;
    QHash<GroupId, QList<ActorId>> m_members;
};

} // namespace cb
