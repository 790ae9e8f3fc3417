// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cb {

/** A partner index with its cheap bound. */
struct Bounded
{
    std::uint32_t bound;
    std::uint32_t index;
};

/**
 * The hot loops of candidate generation over 64-bit theme masks. The bound of a pair is the number of themes
 * the two share as priorities plus those one offers and the other needs, in both directions:
 * |P_i ∧ P_j| + |P_i ∧ O_j| + |O_i ∧ P_j|. It is symmetric. Each function picks, once, the fastest
 * instruction set the CPU has (AVX-512 vector popcount, POPCNT, or portable code); all give the same result.
 */
namespace boundscan {

int bound(std::uint64_t p, std::uint64_t o, std::uint64_t pj, std::uint64_t oj);

/** Adds to histogram[min(bound, 192)] the bound of (p, o) with each of the n actors in ps / os. */
void histogram(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os, std::size_t n,
               std::uint32_t* histogram);

/** Every j in [0, n) with bound(p, o, ps[j], os[j]) >= threshold, in index order. */
void row(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os, std::size_t n,
         int threshold, std::vector<Bounded>* out);

/**
 * Row i against every j in [begin, end), begin > i: j is added to rows[i] when the pair's bound reaches
 * thresholds[i], and i to rows[j] when it reaches thresholds[j]. Visiting each pair once halves the work of
 * scanning full rows; callers walk the columns in tiles that stay in the cache.
 */
void pairs(std::size_t i, std::size_t begin, std::size_t end, const std::uint64_t* ps, const std::uint64_t* os,
           const std::int64_t* thresholds, std::vector<std::vector<Bounded>>& rows);

} // namespace boundscan

} // namespace cb
