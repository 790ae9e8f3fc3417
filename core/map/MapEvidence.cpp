// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapEvidence.h"

#include "workspace/WorkspaceData.h"

#include <algorithm>

namespace cb {

MapEvidence::MapEvidence(const WorkspaceData& data, const MapFilter& filter)
    : m_data(data)
    , m_filter(filter)
    , m_themes(filter.selectedThemes(data))
{
    addStatements();
    addInterests();
    addPartnerships();
}

QList<ActorId> MapEvidence::membersOf(GroupId id)
{
    auto it = m_members.find(id);
    if (it == m_members.end())
        it = m_members.insert(id, m_data.groupMembers(id));
    return it.value();
}

void MapEvidence::addStatements()
{
    for (const Statement& s : m_data.statements) {
        if (!m_filter.matchesDate(s.date) || !m_filter.matchesThemes(m_data, m_themes, {s.themeId}))
            continue;
        QList<ActorId> who;
        double share = 1.0;
        if (s.actorId != 0) {
            who.append(s.actorId);
        } else if (s.groupId != 0) {
            who = membersOf(s.groupId);
            const RespondentGroup* g = m_data.group(s.groupId);
            if (g && g->respondents > 0 && s.mentions > 0)
                share = std::min(1.0, double(s.mentions) / g->respondents);
        }
        for (const ActorId id : std::as_const(who)) {
            MapActivity& a = m_activity[id];
            QHash<ThemeId, double>& themes = s.kind == StatementKind::Priority ? a.priorities : a.offers;
            double& w = themes[s.themeId];
            w = std::max(w, s.weight * share);
            ++a.statements;
        }
    }
}

void MapEvidence::addInterests()
{
    QHash<QPair<qint64, ActorId>, int> index; // (actor id, or minus the group id) -> flow
    for (const Interest& i : m_data.interests) {
        if (!m_filter.matchesDate(i.date) || !m_filter.matchesThemes(m_data, m_themes, i.themeIds))
            continue;
        const int voices = i.fromGroupId != 0 && i.mentions > 0 ? i.mentions : 1;
        if (i.fromActorId != 0) {
            MapActivity& from = m_activity[i.fromActorId];
            from.interestsOut += voices;
            if (i.toActorId == 0 && !i.toCountry.isEmpty())
                from.countryInterests += voices;
        } else if (i.fromGroupId != 0) {
            for (const ActorId member : membersOf(i.fromGroupId)) {
                if (i.toActorId == 0 && !i.toCountry.isEmpty())
                    ++m_activity[member].countryInterests;
            }
        }
        if (i.toActorId == 0)
            continue;
        m_activity[i.toActorId].interestsIn += voices;
        if (i.fromActorId == 0 && i.fromGroupId == 0)
            continue;
        const QPair<qint64, ActorId> key(i.fromActorId != 0 ? i.fromActorId : -i.fromGroupId, i.toActorId);
        int at = index.value(key, -1);
        if (at < 0) {
            at = m_flows.size();
            index.insert(key, at);
            MapFlow flow;
            flow.fromActor = i.fromActorId;
            flow.fromGroup = i.fromActorId != 0 ? 0 : i.fromGroupId;
            flow.toActor = i.toActorId;
            m_flows.append(flow);
        }
        MapFlow& flow = m_flows[at];
        flow.count += voices;
        flow.strength += i.strength;
        for (const ThemeId t : i.themeIds)
            flow.themes.insert(t);
        if (i.date.isValid() && (!flow.latest.isValid() || i.date > flow.latest))
            flow.latest = i.date;
    }
    std::sort(m_flows.begin(), m_flows.end(), [](const MapFlow& x, const MapFlow& y) {
        if (x.count != y.count)
            return x.count > y.count;
        if (x.fromActor != y.fromActor)
            return x.fromActor < y.fromActor;
        if (x.fromGroup != y.fromGroup)
            return x.fromGroup < y.fromGroup;
        return x.toActor < y.toActor;
    });
}

void MapEvidence::addPartnerships()
{
    for (const Partnership& p : m_data.partnerships) {
        if (!m_themes.isEmpty() && !m_filter.matchesThemes(m_data, m_themes, p.themeIds))
            continue;
        const QString stageThen = m_filter.stageInRange(p);
        if (stageThen.isEmpty())
            continue;
        m_partnerships.append(MapPartnershipLink{p.id, p.actorA, p.actorB, stageThen});
        ++m_activity[p.actorA].partnerships;
        ++m_activity[p.actorB].partnerships;
    }
}

QList<ThemeId> MapEvidence::topThemes(ActorId id, int limit) const
{
    const MapActivity a = m_activity.value(id);
    QHash<ThemeId, double> all = a.priorities;
    for (auto it = a.offers.cbegin(); it != a.offers.cend(); ++it)
        all[it.key()] = std::max(all.value(it.key()), it.value());
    QList<ThemeId> ids = all.keys();
    std::sort(ids.begin(), ids.end(), [&](ThemeId x, ThemeId y) {
        const double wx = all.value(x);
        const double wy = all.value(y);
        return wx != wy ? wx > wy : x < y;
    });
    if (ids.size() > limit)
        ids = ids.mid(0, limit);
    return ids;
}

} // namespace cb
