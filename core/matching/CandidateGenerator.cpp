// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateGenerator.h"

#include "BoundScan.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <functional>

namespace cb {

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
    const std::size_t keep = std::size_t(std::max(1, m_context.settings().candidatesPerActor));
    if (n <= std::size_t(kExhaustiveLimit)) {
        // Small workspace: every pair that shares a theme cluster is scored exactly.
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (clusterMasks[i] & clusterMasks[j])
                    pairs->emplace_back(std::min(candidates[i], candidates[j]), std::max(candidates[i], candidates[j]));
            }
        }
        addLinkedPairs(pairs, eligible);
        std::sort(pairs->begin(), pairs->end());
        pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
        return true;
    }
    // For each actor, estimate from an evenly spread sample the bound that about twice keep partners reach.
    // Bounds are small integers with many ties, so a coarse sample sets thresholds that let thousands through;
    // the sample is large enough that one hit stands for a few dozen actors at most.
    std::vector<std::int64_t> thresholds(n);
    const std::size_t sampleSize = std::min<std::size_t>(n, 1024);
    const std::size_t rank = std::max<std::size_t>(1, (2 * keep * sampleSize + n / 2) / n);
    std::vector<std::uint64_t> samplePriorities(sampleSize);
    std::vector<std::uint64_t> sampleOffers(sampleSize);
    for (std::size_t k = 0; k < sampleSize; ++k) {
        samplePriorities[k] = priorityMasks[(k * n) / sampleSize];
        sampleOffers[k] = offerMasks[(k * n) / sampleSize];
    }
    for (std::size_t i = 0; i < n; ++i) {
        // Bounds are small integers: count them instead of sorting.
        std::uint32_t histogram[193] = {};
        boundscan::histogram(priorityMasks[i], offerMasks[i], samplePriorities.data(), sampleOffers.data(),
                             sampleSize, histogram);
        int threshold = 192;
        std::size_t seen = histogram[192];
        while (threshold > 1 && seen < rank)
            seen += histogram[--threshold];
        thresholds[i] = threshold;
    }
    // Rows in blocks, columns in tiles: a tile of masks and thresholds stays in the first-level cache while a
    // block of rows passes over it, instead of every row streaming all columns from memory.
    std::vector<std::vector<Bounded>> rows(n);
    constexpr std::size_t kRowBlock = 64;
    constexpr std::size_t kColumnTile = 1024;
    for (std::size_t first = 0; first < n; first += kRowBlock) {
        if (cancel && cancel->load())
            return false;
        const std::size_t last = std::min(n, first + kRowBlock);
        for (std::size_t tile = first + 1; tile < n; tile += kColumnTile) {
            const std::size_t tileEnd = std::min(n, tile + kColumnTile);
            for (std::size_t i = first; i < last && i + 1 < tileEnd; ++i)
                boundscan::pairs(i, std::max(tile, i + 1), tileEnd, priorityMasks.data(), offerMasks.data(),
                                 thresholds.data(), rows);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (cancel && (i & 255) == 0 && cancel->load())
            return false;
        std::vector<Bounded>& found = rows[i];
        int threshold = int(thresholds[i]);
        auto reaching = [&] {
            return std::size_t(std::count_if(found.begin(), found.end(),
                                              [&](const Bounded& b) { return int(b.bound) >= threshold; }));
        };
        // The sample may overestimate the bound of the keep-th partner: step down until enough are found.
        if (reaching() < keep && threshold > 1) {
            while (threshold > 1) {
                found.clear();
                boundscan::row(priorityMasks[i], offerMasks[i], priorityMasks.data(), offerMasks.data(), n,
                               --threshold, &found);
                found.erase(std::remove_if(found.begin(), found.end(), [i](const Bounded& b) { return b.index == i; }),
                            found.end());
                if (found.size() >= keep)
                    break;
            }
        }
        // Partners that only the other side's threshold brought in are below this actor's own.
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const Bounded& b) { return int(b.bound) < threshold; }),
                    found.end());
        // Best bound first; ties taken starting after this actor, so no index range is favoured.
        auto order = [&](const Bounded& x, const Bounded& y) {
            if (x.bound != y.bound)
                return x.bound > y.bound;
            return (x.index + n - i) % n < (y.index + n - i) % n;
        };
        if (found.size() > keep) {
            std::nth_element(found.begin(), found.begin() + std::ptrdiff_t(keep), found.end(), order);
            found.resize(keep);
        }
        const int self = candidates[i];
        for (const Bounded& b : found) {
            const int other = candidates[b.index];
            pairs->emplace_back(std::min(self, other), std::max(self, other));
        }
        std::vector<Bounded>().swap(found);
    }
    addLinkedPairs(pairs, eligible);
    std::sort(pairs->begin(), pairs->end());
    pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
    return true;
}

} // namespace cb
