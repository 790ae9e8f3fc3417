// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateGenerator.h"

#include <QHash>

#include <algorithm>
#include <cstdint>

namespace cb {

namespace {

// The hot loop benefits from the POPCNT instruction; every x86-64 CPU since 2008 has it, and the
// portable builtin is used elsewhere.
#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target("popcnt"))) void boundRowPopcnt(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps,
                                                      const std::uint64_t* os, std::size_t n, std::uint8_t* out)
{
    for (std::size_t j = 0; j < n; ++j)
        out[j] = std::uint8_t(__builtin_popcountll(p & ps[j]) + __builtin_popcountll(p & os[j])
                              + __builtin_popcountll(o & ps[j]));
}
#endif

void boundRowPortable(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os,
                      std::size_t n, std::uint8_t* out)
{
    for (std::size_t j = 0; j < n; ++j)
        out[j] = std::uint8_t(__builtin_popcountll(p & ps[j]) + __builtin_popcountll(p & os[j])
                              + __builtin_popcountll(o & ps[j]));
}

using BoundRow = void (*)(std::uint64_t, std::uint64_t, const std::uint64_t*, const std::uint64_t*, std::size_t,
                          std::uint8_t*);

BoundRow boundRow()
{
#if defined(__GNUC__) && defined(__x86_64__)
    if (__builtin_cpu_supports("popcnt"))
        return boundRowPopcnt;
#endif
    return boundRowPortable;
}

} // namespace

void CandidateGenerator::addLinkedPairs(std::vector<std::pair<int, int>>* pairs, const std::vector<char>& eligible) const
{
    auto add = [&](int x, int y) {
        if (x != y && x >= 0 && y >= 0 && eligible[std::size_t(x)] && eligible[std::size_t(y)])
            pairs->emplace_back(std::min(x, y), std::max(x, y));
    };
    // Named wishes: directly, or towards a country (bounded, so a wish for "any Chinese city" cannot explode).
    QHash<QString, std::vector<int>> byCountry;
    for (int c : m_context.candidates())
        byCountry[m_context.profile(c).country].push_back(c);
    QHash<qint64, std::vector<int>> byEvent;
    QHash<qint64, std::vector<int>> byInstitution;
    for (int c : m_context.candidates()) {
        const ActorProfile& p = m_context.profile(c);
        for (const InterestEntry& i : p.interests) {
            if (i.target >= 0) {
                add(c, i.target);
            } else {
                const std::vector<int>& members = byCountry.value(i.country);
                if (members.size() <= std::size_t(kExhaustiveLimit))
                    for (int other : members)
                        add(c, other);
            }
        }
        for (const auto& event : p.events)
            byEvent[event.first].push_back(c);
        for (ActorId institution : p.institutions)
            byInstitution[institution].push_back(c);
    }
    constexpr std::size_t kGroupLimit = 300; // a forum of thousands links nobody in particular
    for (const auto* groups : {&byEvent, &byInstitution}) {
        for (const std::vector<int>& members : *groups) {
            if (members.size() > kGroupLimit)
                continue;
            for (std::size_t i = 0; i < members.size(); ++i)
                for (std::size_t j = i + 1; j < members.size(); ++j)
                    add(members[i], members[j]);
        }
    }
    for (const auto& pair : m_context.pairsWithRules(RuleLocked | RulePinned))
        add(pair.first, pair.second);
}

bool CandidateGenerator::generate(std::vector<std::pair<int, int>>* pairs, const std::atomic<bool>* cancel) const
{
    pairs->clear();
    const std::vector<int>& candidates = m_context.candidates();
    const std::size_t n = candidates.size();
    std::vector<char> eligible(std::size_t(m_context.actorCount()), 0);
    for (int c : candidates)
        eligible[std::size_t(c)] = 1;
    std::vector<std::uint64_t> priorityMasks(n);
    std::vector<std::uint64_t> offerMasks(n);
    std::vector<std::uint64_t> clusterMasks(n);
    for (std::size_t i = 0; i < n; ++i) {
        const ActorProfile& p = m_context.profile(candidates[i]);
        priorityMasks[i] = p.priorityMask;
        offerMasks[i] = p.offerMask;
        for (const auto* list : {&p.priorities, &p.offers}) {
            for (const ThemeEntry& e : *list)
                clusterMasks[i] |= std::uint64_t(1) << (m_context.clusterOf(e.theme) % 64);
        }
    }
    const BoundRow row = boundRow();
    std::vector<std::uint8_t> bounds(n);
    const std::size_t keep = std::size_t(std::max(1, m_context.settings().candidatesPerActor));
    for (std::size_t i = 0; i < n; ++i) {
        if (cancel && (i & 255) == 0 && cancel->load())
            return false;
        const int self = candidates[i];
        if (n <= std::size_t(kExhaustiveLimit)) {
            // Small workspace: every pair that shares a theme cluster is scored exactly.
            for (std::size_t j = i + 1; j < n; ++j) {
                if (clusterMasks[i] & clusterMasks[j])
                    pairs->emplace_back(std::min(self, candidates[j]), std::max(self, candidates[j]));
            }
            continue;
        }
        row(priorityMasks[i], offerMasks[i], priorityMasks.data(), offerMasks.data(), n, bounds.data());
        bounds[i] = 0;
        // Threshold by counting: the smallest bound that still keeps at least `keep` partners.
        std::size_t histogram[256] = {};
        for (std::uint8_t b : bounds)
            ++histogram[b];
        int threshold = 255;
        std::size_t above = 0;
        while (threshold > 1 && above + histogram[threshold] < keep)
            above += histogram[threshold--];
        std::size_t atThreshold = keep > above ? keep - above : 0;
        // Ties at the threshold are taken starting after this actor, so no index range is favoured.
        auto collect = [&](std::size_t from, std::size_t to) {
            for (std::size_t j = from; j < to; ++j) {
                const int b = bounds[j];
                if (b < threshold || b == 0)
                    continue;
                if (b == threshold) {
                    if (atThreshold == 0)
                        continue;
                    --atThreshold;
                }
                pairs->emplace_back(std::min(self, candidates[j]), std::max(self, candidates[j]));
            }
        };
        collect(i + 1, n);
        collect(0, i);
    }
    addLinkedPairs(pairs, eligible);
    std::sort(pairs->begin(), pairs->end());
    pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
    return true;
}

} // namespace cb
