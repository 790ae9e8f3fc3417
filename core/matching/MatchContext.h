// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActorProfile.h"
#include "MatchSettings.h"

#include <QHash>
#include <QString>

#include <vector>

namespace cb {

struct WorkspaceData;

/** Hard rules on a pair, as flags. */
enum PairRuleFlag : unsigned {
    RuleDeclined = 1u << 0,
    RuleDeferred = 1u << 1,
    RulePinned = 1u << 2,
    RuleLocked = 1u << 3,
    RuleExcluded = 1u << 4,
    RuleExisting = 1u << 5, ///< a partnership at "contacted" or beyond exists on the as-of date
};

/**
 * The matcher's view of a workspace for one set of settings: dense indices for actors and themes, one
 * evidence profile per actor (restricted to the as-of date, with freshness applied) and the pair rules.
 */
class MatchContext
{
public:
    MatchContext(const WorkspaceData& data, const MatchSettings& settings, const QDate& today);

    const WorkspaceData& data() const { return m_data; }
    const MatchSettings& settings() const { return m_settings; }
    /** The day evidence ages against: the as-of date, or today. */
    QDate referenceDate() const { return m_reference; }

    int actorCount() const { return int(m_profiles.size()); }
    const ActorProfile& profile(int index) const { return m_profiles[std::size_t(index)]; }
    int indexOf(ActorId id) const { return m_actorIndex.value(id, -1); }
    /** Actors that may appear in proposals (cities, or every actor when settings.citiesOnly is off). */
    const std::vector<int>& candidates() const { return m_candidates; }

    int themeCount() const { return int(m_themeIds.size()); }
    ThemeId themeId(int index) const { return m_themeIds[std::size_t(index)]; }
    int themeIndex(ThemeId id) const { return m_themeIndex.value(id, -1); }
    /** Dense index of the theme's cluster (itself for a cluster). */
    int clusterOf(int themeIndex) const { return m_clusterOf[std::size_t(themeIndex)]; }
    /** Clusters numbered 0..clusterCount()-1, for small per-cluster arrays. */
    int clusterNumber(int themeIndex) const { return m_clusterNumber[std::size_t(themeIndex)]; }
    int clusterCount() const { return m_clusterCount; }

    unsigned rules(int a, int b) const;
    /** Pairs (a < b) carrying any of the given rule flags, sorted. */
    std::vector<std::pair<int, int>> pairsWithRules(unsigned mask) const;
    /** Freshness factor of evidence dated date: 0.5^(age / half-life); 1 for undated evidence. */
    double freshness(const QDate& date) const;
    /** True when date is inside the as-of window (undated evidence always is). */
    bool visible(const QDate& date) const;

private:
    void buildThemes();
    void buildActors();
    void addStatements();
    void addInterests();
    void addContext();
    void addRules();
    void finalize();

    const WorkspaceData& m_data;
    MatchSettings m_settings;
    QDate m_reference;
    std::vector<ActorProfile> m_profiles;
    QHash<ActorId, int> m_actorIndex;
    std::vector<int> m_candidates;
    std::vector<ThemeId> m_themeIds;
    QHash<ThemeId, int> m_themeIndex;
    std::vector<int> m_clusterOf;
    std::vector<int> m_clusterNumber;
    int m_clusterCount = 0;
    std::vector<bool> m_themeExcluded;
    QHash<quint64, unsigned> m_rules;
};

} // namespace cb
