// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchContext.h"
#include "PairScore.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace cb {

/** What one active constraint costs: the optimum with and without it. */
struct ConstraintPrice
{
    QString constraint; ///< locked, excluded, country_pair_cap, cross_border
    double withConstraint = 0.0;
    double withoutConstraint = 0.0;
};

/** Everything one matching run produced. Pair indices refer to MatchResult::pairs. */
struct MatchResult
{
    std::shared_ptr<const MatchContext> context; ///< keeps the profiles the explanations point into
    std::vector<ScoredPair> pairs;               ///< every kept candidate pair (numbers only), best first
    std::vector<int> proposals;                  ///< the global set (exact b-matching), best first
    double proposalsTotal = 0.0;
    bool proposalsOptimal = true; ///< false only when a heuristic cap had to cut into the optimum
    std::vector<char> inProposalGraph; ///< per pair: an edge of the global matching problem
    std::vector<int> greedy;      ///< greedy set, for comparison
    double greedyTotal = 0.0;
    std::vector<ConstraintPrice> prices;
    QString error; ///< translated; set when the run could not complete
    struct Timings
    {
        qint64 profilesMs = 0, candidatesMs = 0, scoringMs = 0, matchingMs = 0;
        std::size_t candidatePairs = 0;
    } timings;
    bool cancelled = false;

    /** Ranked, non-vetoed partners of one actor (dense index), best first, pinned pairs first. */
    std::vector<int> rankingFor(int actorIndex) const;
    /** The full, explained score of pairs[index] (evidence, themes, interests, events, distance). */
    PairScore explain(int index) const;
    /** The scored pair for two actor ids, or -1. */
    int findPair(ActorId a, ActorId b) const;

    /** (low dense index << 32 | high dense index, index in pairs), sorted by key for findPair(). */
    std::vector<std::pair<quint64, int>> pairIndex;
    std::vector<std::vector<int>> byActor; ///< dense actor index -> pair indices, best first
};

} // namespace cb
