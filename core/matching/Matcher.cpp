// SPDX-License-Identifier: GPL-3.0-or-later
#include "Matcher.h"

#include "CandidateGenerator.h"
#include "GlobalProposals.h"
#include "PairScorer.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace cb {

namespace {

quint64 key(int a, int b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

} // namespace

std::vector<int> MatchResult::rankingFor(int actorIndex) const
{
    std::vector<int> ranked;
    if (actorIndex < 0 || std::size_t(actorIndex) >= byActor.size())
        return ranked;
    for (int i : byActor[std::size_t(actorIndex)]) {
        if (!pairs[std::size_t(i)].isVetoed())
            ranked.push_back(i);
    }
    std::stable_partition(ranked.begin(), ranked.end(),
                          [this](int i) { return (pairs[std::size_t(i)].rules & RulePinned) != 0; });
    const int limit = context ? context->settings().candidatesPerActor : int(ranked.size());
    if (int(ranked.size()) > limit)
        ranked.resize(std::size_t(limit));
    return ranked;
}

PairScore MatchResult::explain(int index) const
{
    const ScoredPair& p = pairs[std::size_t(index)];
    return PairScorer(*context).score(p.a, p.b);
}

int MatchResult::findPair(ActorId a, ActorId b) const
{
    if (!context)
        return -1;
    const int ia = context->indexOf(a);
    const int ib = context->indexOf(b);
    if (ia < 0 || ib < 0)
        return -1;
    const quint64 wanted = key(ia, ib);
    const auto it = std::lower_bound(pairIndex.begin(), pairIndex.end(), std::make_pair(wanted, 0));
    return it != pairIndex.end() && it->first == wanted ? it->second : -1;
}

MatchResult Matcher::run(const WorkspaceData& data, const MatchSettings& settings, const QDate& today,
                         const std::atomic<bool>* cancel, const Progress& progress)
{
    MatchResult result;
    result.error = settings.validate();
    if (!result.error.isEmpty())
        return result;
    QElapsedTimer timer;
    timer.start();
    auto context = std::make_shared<MatchContext>(data, settings, today);
    result.timings.profilesMs = timer.restart();
    result.context = context;
    if (progress)
        progress(10);

    std::vector<std::pair<int, int>> candidates;
    if (!CandidateGenerator(*context).generate(&candidates, cancel)) {
        result.cancelled = true;
        return result;
    }
    result.timings.candidatesMs = timer.restart();
    result.timings.candidatePairs = candidates.size();
    if (progress)
        progress(30);

    const PairScorer scorer(*context);
    std::vector<ScoredPair> scored;
    scored.reserve(candidates.size());
    const std::size_t step = std::max<std::size_t>(1, candidates.size() / 20);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (i % step == 0) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            if (progress)
                progress(30 + int(50 * i / candidates.size()));
        }
        ScoredPair score = scorer.scoreCompact(candidates[i].first, candidates[i].second);
        // A pair with nothing at all in common is not a candidate, unless the officer locked or pinned it.
        if (score.fused > 0.0 || (score.rules & (RuleLocked | RulePinned)))
            scored.push_back(score);
    }
    std::vector<std::pair<int, int>>().swap(candidates);
    // Sorted through small keys rather than moving the scored pairs around.
    struct Order
    {
        double fused;
        ActorId a;
        ActorId b;
        int index;
    };
    std::vector<Order> order;
    order.reserve(scored.size());
    for (std::size_t i = 0; i < scored.size(); ++i)
        order.push_back({scored[i].fused, scored[i].actorA, scored[i].actorB, int(i)});
    std::sort(order.begin(), order.end(), [](const Order& x, const Order& y) {
        if (x.fused != y.fused)
            return x.fused > y.fused;
        if (x.a != y.a)
            return x.a < y.a;
        return x.b < y.b;
    });
    // Keep each actor's best partners (and every pair an officer ruled on): memory stays linear in N. The kept
    // pairs come out in ranking order.
    const std::size_t keep = std::size_t(settings.candidatesPerActor);
    std::vector<std::size_t> kept(std::size_t(context->actorCount()), 0);
    for (const Order& o : order) {
        const ScoredPair& p = scored[std::size_t(o.index)];
        const bool ruled = p.rules != 0;
        if (ruled || kept[std::size_t(p.a)] < keep || kept[std::size_t(p.b)] < keep) {
            ++kept[std::size_t(p.a)];
            ++kept[std::size_t(p.b)];
            result.pairs.push_back(p);
        }
    }
    std::vector<Order>().swap(order);
    std::vector<ScoredPair>().swap(scored);
    result.byActor.resize(std::size_t(context->actorCount()));
    result.pairIndex.reserve(result.pairs.size());
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const ScoredPair& p = result.pairs[i];
        result.pairIndex.emplace_back(key(p.a, p.b), int(i));
        result.byActor[std::size_t(p.a)].push_back(int(i));
        result.byActor[std::size_t(p.b)].push_back(int(i));
    }
    std::sort(result.pairIndex.begin(), result.pairIndex.end());
    result.timings.scoringMs = timer.restart();
    if (progress)
        progress(85);
    if (!solveGlobalProposals(result, &result.error))
        return result;
    result.timings.matchingMs = timer.elapsed();
    if (progress)
        progress(100);
    return result;
}

} // namespace cb
