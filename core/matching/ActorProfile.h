// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace cb {

/** Where one piece of evidence in a profile came from: the stored fact it points to. */
struct EvidenceRef
{
    enum class Kind {
        Statement,         ///< the actor's own priority or offer (id = statement id)
        GroupStatement,    ///< a survey tally spread over the group's members (id = statement id)
        Interest,          ///< the actor's own interest in the target (id = interest id)
        GroupInterest,     ///< a survey tally of interest in the target (id = interest id)
        CountryInterest,   ///< the actor's interest in any actor of the target's country (id = interest id)
        InstitutionInterest ///< an institution speaking for the actor expressed it (id = interest id)
    };
    Kind kind = Kind::Statement;
    qint64 id = 0;
    SourceId sourceId = 0;
    QDate date;
    double weight = 0.0; ///< after freshness and spreading
    int mentions = 0;
    int respondents = 0;
};

/** One theme in a profile, with its combined weight and every piece of evidence behind it. */
struct ThemeEntry
{
    int theme = 0;      ///< dense theme index (see MatchContext)
    double weight = 0.0; ///< 1 - prod(1 - w_i) over the evidence: more evidence, higher, never above 1
    QList<EvidenceRef> evidence;
};

/** An interest of this actor in another actor (direct, through its country, group or institution). */
struct InterestEntry
{
    int target = -1;     ///< dense actor index, or -1 for a country-level wish
    QString country;     ///< target country for a country-level wish
    int countryKey = 0;  ///< the same, packed (see ActorProfile::countryKey)
    double strength = 0.0;
    QList<int> themes;   ///< dense theme indices named with the wish
    QList<EvidenceRef> evidence;
};

/** Packs an ISO 3166 alpha-2 code into an int (0 for an empty code). */
inline int packCountry(const QString& code)
{
    return code.size() == 2 ? (code.at(0).unicode() << 16) | code.at(1).unicode() : 0;
}

/** Everything the scorer needs to know about one actor, restricted to the as-of date. */
struct ActorProfile
{
    ActorId id = 0;
    QString country;
    int countryKey = 0; ///< the two ISO letters packed in an int, for fast comparison (0 = none)
    ActorId parentId = 0;
    bool isCity = true;
    std::vector<ThemeEntry> priorities; ///< sorted by theme index
    std::vector<ThemeEntry> offers;     ///< sorted by theme index
    std::vector<InterestEntry> interests;
    std::vector<std::pair<EventId, double>> events; ///< event, weight after freshness and role; sorted by id
    std::vector<ActorId> institutions;              ///< linked institutions, sorted
    std::uint64_t priorityMask = 0; ///< bit (theme % 64) set per priority: a cheap pre-filter
    std::uint64_t offerMask = 0;

    /** The same weights without their evidence, for the scoring hot path. */
    struct Weight
    {
        int theme;
        int cluster; ///< dense cluster number (MatchContext::clusterNumber)
        double weight;
    };
    std::vector<Weight> priorityWeights; ///< sorted by theme
    std::vector<Weight> offerWeights;
    std::vector<double> bestPriority; ///< per dense cluster number: the highest priority weight in it
    std::vector<double> bestOffer;

    double priority(int theme) const;
    double offer(int theme) const;
    const ThemeEntry* priorityEntry(int theme) const;
    const ThemeEntry* offerEntry(int theme) const;
};

} // namespace cb
