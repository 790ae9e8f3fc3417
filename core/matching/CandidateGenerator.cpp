// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateGenerator.h"

#include <QHash>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cstdint>
#include <functional>

namespace cb {

namespace {

struct Bounded
{
    std::uint32_t bound;
    std::uint32_t index;
};

inline int boundOf(std::uint64_t p, std::uint64_t o, std::uint64_t pj, std::uint64_t oj)
{
    return __builtin_popcountll(p & pj) + __builtin_popcountll(p & oj) + __builtin_popcountll(o & pj);
}

// The hot loop benefits from the POPCNT instruction (every x86-64 CPU since 2008 has it); the portable
// builtin is used where it is missing.
#if defined(__GNUC__) && defined(__x86_64__)
__attribute__((target("popcnt"))) void scanPopcnt(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps,
                                                  const std::uint64_t* os, std::size_t n, int threshold,
                                                  std::vector<Bounded>* out)
{
    for (std::size_t j = 0; j < n; ++j) {
        const int b = __builtin_popcountll(p & ps[j]) + __builtin_popcountll(p & os[j]) + __builtin_popcountll(o & ps[j]);
        if (b >= threshold)
            out->push_back({std::uint32_t(b), std::uint32_t(j)});
    }
}

// Eight actors per step where AVX-512 has a vector popcount (Ice Lake and later).
__attribute__((target("avx512f,avx512vpopcntdq"))) void scanAvx512(std::uint64_t p, std::uint64_t o,
                                                                    const std::uint64_t* ps, const std::uint64_t* os,
                                                                    std::size_t n, int threshold,
                                                                    std::vector<Bounded>* out)
{
    const __m512i vp = _mm512_set1_epi64(static_cast<long long>(p));
    const __m512i vo = _mm512_set1_epi64(static_cast<long long>(o));
    const __m512i vt = _mm512_set1_epi64(threshold);
    std::size_t j = 0;
    for (; j + 8 <= n; j += 8) {
        const __m512i pj = _mm512_loadu_si512(ps + j);
        const __m512i oj = _mm512_loadu_si512(os + j);
        const __m512i b = _mm512_add_epi64(
            _mm512_add_epi64(_mm512_popcnt_epi64(_mm512_and_si512(vp, pj)), _mm512_popcnt_epi64(_mm512_and_si512(vp, oj))),
            _mm512_popcnt_epi64(_mm512_and_si512(vo, pj)));
        unsigned mask = _mm512_cmpge_epi64_mask(b, vt);
        while (mask) {
            const int k = __builtin_ctz(mask);
            mask &= mask - 1;
            const std::size_t index = j + std::size_t(k);
            out->push_back({std::uint32_t(__builtin_popcountll(p & ps[index]) + __builtin_popcountll(p & os[index])
                                          + __builtin_popcountll(o & ps[index])),
                            std::uint32_t(index)});
        }
    }
    for (; j < n; ++j) {
        const int b = __builtin_popcountll(p & ps[j]) + __builtin_popcountll(p & os[j]) + __builtin_popcountll(o & ps[j]);
        if (b >= threshold)
            out->push_back({std::uint32_t(b), std::uint32_t(j)});
    }
}
#endif

void scanPortable(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os, std::size_t n,
                  int threshold, std::vector<Bounded>* out)
{
    for (std::size_t j = 0; j < n; ++j) {
        const int b = boundOf(p, o, ps[j], os[j]);
        if (b >= threshold)
            out->push_back({std::uint32_t(b), std::uint32_t(j)});
    }
}

using Scan = void (*)(std::uint64_t, std::uint64_t, const std::uint64_t*, const std::uint64_t*, std::size_t, int,
                      std::vector<Bounded>*);

Scan scanner()
{
#if defined(__GNUC__) && defined(__x86_64__)
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vpopcntdq"))
        return scanAvx512;
    if (__builtin_cpu_supports("popcnt"))
        return scanPopcnt;
#endif
    return scanPortable;
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
    const Scan scan = scanner();
    const std::size_t keep = std::size_t(std::max(1, m_context.settings().candidatesPerActor));
    std::vector<Bounded> found;
    std::vector<int> sample;
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
        // Estimate the bound of the keep-th best partner from an evenly spread sample, then keep everyone at
        // or above it in one pass and cut the surplus exactly.
        const std::size_t sampleSize = std::min<std::size_t>(n, 512);
        sample.clear();
        for (std::size_t k = 0; k < sampleSize; ++k) {
            const std::size_t j = (k * n) / sampleSize;
            sample.push_back(boundOf(priorityMasks[i], offerMasks[i], priorityMasks[j], offerMasks[j]));
        }
        // Bounds are small integers: count them instead of sorting.
        std::size_t histogram[193] = {};
        for (int b : sample)
            ++histogram[std::min(b, 192)];
        const std::size_t rank = (keep * sampleSize) / n + 1;
        int threshold = 192;
        std::size_t seen = histogram[192];
        while (threshold > 1 && seen < rank)
            seen += histogram[--threshold];
        found.clear();
        scan(priorityMasks[i], offerMasks[i], priorityMasks.data(), offerMasks.data(), n, threshold, &found);
        // The sample may overestimate the bound of the keep-th partner: step down until enough are found.
        while (found.size() < keep + 1 && threshold > 1) {
            found.clear();
            scan(priorityMasks[i], offerMasks[i], priorityMasks.data(), offerMasks.data(), n, --threshold, &found);
        }
        // Best bound first; ties taken starting after this actor, so no index range is favoured.
        auto order = [&](const Bounded& x, const Bounded& y) {
            if (x.bound != y.bound)
                return x.bound > y.bound;
            return (x.index + n - i) % n < (y.index + n - i) % n;
        };
        found.erase(std::remove_if(found.begin(), found.end(), [i](const Bounded& b) { return b.index == i; }),
                    found.end());
        if (found.size() > keep) {
            std::nth_element(found.begin(), found.begin() + std::ptrdiff_t(keep), found.end(), order);
            found.resize(keep);
        }
        for (const Bounded& b : found) {
            const int other = candidates[b.index];
            pairs->emplace_back(std::min(self, other), std::max(self, other));
        }
    }
    addLinkedPairs(pairs, eligible);
    std::sort(pairs->begin(), pairs->end());
    pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
    return true;
}

} // namespace cb
