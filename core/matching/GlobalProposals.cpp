// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalProposals.h"

#include "BMatching.h"
#include "MatchResult.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::GlobalProposals", text);
}

struct Problem
{
    int vertexCount = 0;
    std::vector<WeightedEdge> edges;
    std::vector<int> pairOf; ///< edge -> index in MatchResult::pairs
    std::vector<int> capacity;
};

/** Exact optimum with locked pairs forced in and, optionally, a cap per pair of countries. */
struct Solution
{
    std::vector<int> pairs; ///< indices in MatchResult::pairs
    double total = 0.0;
    bool optimal = true;
};

bool solve(const MatchResult& result, const Problem& base, const std::vector<int>& locked, int cap, Solution* out,
           QString* error)
{
    Problem p = base;
    out->pairs.clear();
    out->total = 0.0;
    out->optimal = true;
    for (int pairIndex : locked) {
        const ScoredPair& s = result.pairs[std::size_t(pairIndex)];
        if (p.capacity[std::size_t(s.a)] < 1 || p.capacity[std::size_t(s.b)] < 1) {
            *error = tr("The locked pairs give a city more partners than the partner limit allows; unlock one or "
                        "raise the limit.");
            return false;
        }
        --p.capacity[std::size_t(s.a)];
        --p.capacity[std::size_t(s.b)];
        out->pairs.push_back(pairIndex);
        out->total += s.fused;
    }
    std::vector<char> forbidden(p.edges.size(), 0);
    const int lockedCount = int(out->pairs.size());
    // The cap is enforced by forbidding the weakest pair of an over-full country pair and solving again.
    for (int round = 0; round <= int(p.edges.size()); ++round) {
        std::vector<WeightedEdge> edges = p.edges;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            if (forbidden[i])
                edges[i].weight = 0.0;
        }
        std::vector<int> chosen;
        if (!maximumWeightBMatching(p.vertexCount, edges, p.capacity, &chosen, error))
            return false;
        out->pairs.resize(std::size_t(lockedCount));
        for (int e : chosen)
            out->pairs.push_back(p.pairOf[std::size_t(e)]);
        if (cap <= 0)
            break;
        QHash<QString, std::vector<int>> byCountries;
        for (std::size_t k = 0; k < out->pairs.size(); ++k) {
            const ScoredPair& s = result.pairs[std::size_t(out->pairs[k])];
            QString x = result.context->profile(s.a).country;
            QString y = result.context->profile(s.b).country;
            if (y < x)
                std::swap(x, y);
            byCountries[x + QLatin1Char('|') + y].push_back(int(k));
        }
        bool over = false;
        QStringList keys = byCountries.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString& key : keys) {
            const std::vector<int>& members = byCountries.value(key);
            if (int(members.size()) <= cap)
                continue;
            // Drop the weakest non-locked pair of this country pair.
            int weakest = -1;
            for (int k : members) {
                if (k < lockedCount)
                    continue;
                if (weakest < 0 || result.pairs[std::size_t(out->pairs[std::size_t(k)])].fused
                                       < result.pairs[std::size_t(out->pairs[std::size_t(weakest)])].fused)
                    weakest = k;
            }
            if (weakest < 0) {
                *error = tr("The locked pairs already exceed the cap per pair of countries.");
                return false;
            }
            const int pairIndex = out->pairs[std::size_t(weakest)];
            for (std::size_t e = 0; e < p.pairOf.size(); ++e) {
                if (p.pairOf[e] == pairIndex)
                    forbidden[e] = 1;
            }
            over = true;
            out->optimal = false;
            break;
        }
        if (!over)
            break;
    }
    out->total = 0.0;
    for (int i : out->pairs)
        out->total += result.pairs[std::size_t(i)].fused;
    std::sort(out->pairs.begin(), out->pairs.end());
    return true;
}

} // namespace

bool solveGlobalProposals(MatchResult& result, QString* error)
{
    const MatchContext& ctx = *result.context;
    const MatchSettings& s = ctx.settings();
    Problem eligible;
    Problem everything; // including pairs vetoed by officers' rules, to price those rules
    eligible.vertexCount = everything.vertexCount = ctx.actorCount();
    eligible.capacity.assign(std::size_t(ctx.actorCount()), 0);
    for (int c : ctx.candidates())
        eligible.capacity[std::size_t(c)] = s.partnerLimit;
    everything.capacity = eligible.capacity;
    std::vector<int> locked;
    result.inProposalGraph.assign(result.pairs.size(), 0);
    // The proposal graph: each actor's best 2k + 6 eligible partners. Beyond that a pair cannot win a slot
    // unless both sides run out of better options, which the ranked lists show the officer anyway.
    const std::size_t degree = std::size_t(2 * s.partnerLimit + 6);
    std::vector<char> inGraph(result.pairs.size(), 0);
    for (const std::vector<int>& list : result.byActor) {
        std::size_t taken = 0;
        for (int i : list) {
            if (taken >= degree)
                break;
            if (result.pairs[std::size_t(i)].isVetoed())
                continue;
            inGraph[std::size_t(i)] = 1;
            ++taken;
        }
    }
    constexpr unsigned officerVetoes = VetoDeclined | VetoExcluded | VetoDeferred;
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const ScoredPair& p = result.pairs[i];
        if (p.rules & RuleLocked) {
            if (p.rules & RuleExcluded) {
                *error = tr("A pair is both locked and excluded; clear one of the two rules.");
                return false;
            }
            locked.push_back(int(i));
            continue;
        }
        if (p.fused < s.minimumScore || (!inGraph[i] && !p.isVetoed()))
            continue;
        const bool officerVetoOnly = (p.vetoMask & ~officerVetoes) == 0;
        if (officerVetoOnly) {
            everything.edges.push_back({p.a, p.b, p.fused});
            everything.pairOf.push_back(int(i));
        }
        if (!p.isVetoed()) {
            result.inProposalGraph[i] = 1;
            eligible.edges.push_back({p.a, p.b, p.fused});
            eligible.pairOf.push_back(int(i));
        }
    }

    Solution best;
    if (!solve(result, eligible, locked, s.countryPairCap, &best, error))
        return false;
    result.proposals = best.pairs;
    result.proposalsTotal = best.total;
    result.proposalsOptimal = best.optimal;
    std::sort(result.proposals.begin(), result.proposals.end()); // pairs are already sorted best first

    // Greedy over the same eligible pairs (locked ones first), for comparison.
    std::vector<int> capacity = eligible.capacity;
    result.greedy = locked;
    result.greedyTotal = 0.0;
    for (int i : locked) {
        --capacity[std::size_t(result.pairs[std::size_t(i)].a)];
        --capacity[std::size_t(result.pairs[std::size_t(i)].b)];
        result.greedyTotal += result.pairs[std::size_t(i)].fused;
    }
    for (int e : greedyBMatching(eligible.vertexCount, eligible.edges, capacity)) {
        result.greedy.push_back(eligible.pairOf[std::size_t(e)]);
        result.greedyTotal += eligible.edges[std::size_t(e)].weight;
    }
    std::sort(result.greedy.begin(), result.greedy.end());

    // The price of each active constraint: the optimum without it.
    QString ignored;
    Solution without;
    if (!locked.empty() && solve(result, eligible, {}, s.countryPairCap, &without, &ignored))
        result.prices.push_back({QStringLiteral("locked"), best.total, without.total});
    if (s.countryPairCap > 0 && solve(result, eligible, locked, 0, &without, &ignored))
        result.prices.push_back({QStringLiteral("country_pair_cap"), best.total, without.total});
    if (everything.edges.size() > eligible.edges.size()
        && solve(result, everything, locked, s.countryPairCap, &without, &ignored))
        result.prices.push_back({QStringLiteral("declined_excluded_deferred"), best.total, without.total});
    return true;
}

} // namespace cb
