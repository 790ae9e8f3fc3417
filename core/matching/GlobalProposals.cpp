// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalProposals.h"

#include "MatchResult.h"

#include <algorithm>

namespace cb {

namespace {

/** Greedy: best pairs first while both sides have room. */
std::vector<int> greedySet(const MatchResult& result, const std::vector<int>& eligible, int limit, double* total)
{
    std::vector<int> used(std::size_t(result.context->actorCount()), 0);
    std::vector<int> chosen;
    *total = 0.0;
    for (int i : eligible) {
        const PairScore& p = result.pairs[std::size_t(i)];
        if (used[std::size_t(p.a)] < limit && used[std::size_t(p.b)] < limit) {
            ++used[std::size_t(p.a)];
            ++used[std::size_t(p.b)];
            chosen.push_back(i);
            *total += p.fused;
        }
    }
    return chosen;
}

} // namespace

bool solveGlobalProposals(MatchResult& result, QString* error)
{
    Q_UNUSED(error)
    const MatchSettings& s = result.context->settings();
    std::vector<int> eligible;
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const PairScore& p = result.pairs[i];
        if (!p.isVetoed() && (p.fused >= s.minimumScore || (p.rules & RuleLocked)))
            eligible.push_back(int(i));
    }
    result.greedy = greedySet(result, eligible, s.partnerLimit, &result.greedyTotal);
    result.proposals = result.greedy;
    result.proposalsTotal = result.greedyTotal;
    return true;
}

} // namespace cb
