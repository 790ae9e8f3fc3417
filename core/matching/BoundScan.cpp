// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundScan.h"

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define CB_X86 1
#endif

#include <algorithm>

namespace cb::boundscan {

namespace {

using Rows = std::vector<std::vector<Bounded>>;

inline int portableBound(std::uint64_t p, std::uint64_t o, std::uint64_t pj, std::uint64_t oj)
{
    return __builtin_popcountll(p & pj) + __builtin_popcountll(p & oj) + __builtin_popcountll(o & pj);
}

inline void keep(std::size_t i, std::size_t j, int b, const std::int64_t* thresholds, Rows& rows)
{
    if (b >= thresholds[i])
        rows[i].push_back({std::uint32_t(b), std::uint32_t(j)});
    if (b >= thresholds[j])
        rows[j].push_back({std::uint32_t(b), std::uint32_t(i)});
}

void histogramPortable(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os,
                       std::size_t n, std::uint32_t* histogram)
{
    for (std::size_t j = 0; j < n; ++j)
        ++histogram[std::min(portableBound(p, o, ps[j], os[j]), 192)];
}

void rowPortable(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os, std::size_t n,
                 int threshold, std::vector<Bounded>* out)
{
    for (std::size_t j = 0; j < n; ++j) {
        const int b = portableBound(p, o, ps[j], os[j]);
        if (b >= threshold)
            out->push_back({std::uint32_t(b), std::uint32_t(j)});
    }
}

void pairsPortable(std::size_t i, std::size_t begin, std::size_t end, const std::uint64_t* ps, const std::uint64_t* os,
                   const std::int64_t* thresholds, Rows& rows)
{
    for (std::size_t j = begin; j < end; ++j)
        keep(i, j, portableBound(ps[i], os[i], ps[j], os[j]), thresholds, rows);
}

#ifdef CB_X86
// Every x86-64 CPU since 2008 has POPCNT; the portable builtin is a library call without it.
__attribute__((target("popcnt"))) int boundPopcnt(std::uint64_t p, std::uint64_t o, std::uint64_t pj,
                                                  std::uint64_t oj)
{
    return portableBound(p, o, pj, oj);
}

__attribute__((target("popcnt"))) void histogramPopcnt(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps,
                                                       const std::uint64_t* os, std::size_t n,
                                                       std::uint32_t* histogram)
{
    histogramPortable(p, o, ps, os, n, histogram);
}

__attribute__((target("popcnt"))) void rowPopcnt(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps,
                                                 const std::uint64_t* os, std::size_t n, int threshold,
                                                 std::vector<Bounded>* out)
{
    rowPortable(p, o, ps, os, n, threshold, out);
}

__attribute__((target("popcnt"))) void pairsPopcnt(std::size_t i, std::size_t begin, std::size_t end,
                                                   const std::uint64_t* ps, const std::uint64_t* os,
                                                   const std::int64_t* thresholds, Rows& rows)
{
    pairsPortable(i, begin, end, ps, os, thresholds, rows);
}

// Eight partners per step where AVX-512 has a vector popcount (Ice Lake and later).
#define CB_AVX512 __attribute__((target("popcnt,avx512f,avx512vpopcntdq")))

CB_AVX512 inline __m512i bounds8(__m512i vp, __m512i vo, const std::uint64_t* ps, const std::uint64_t* os)
{
    const __m512i pj = _mm512_loadu_si512(ps);
    const __m512i oj = _mm512_loadu_si512(os);
    return _mm512_add_epi64(_mm512_add_epi64(_mm512_popcnt_epi64(_mm512_and_si512(vp, pj)),
                                             _mm512_popcnt_epi64(_mm512_and_si512(vp, oj))),
                            _mm512_popcnt_epi64(_mm512_and_si512(vo, pj)));
}

CB_AVX512 void rowAvx512(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os,
                         std::size_t n, int threshold, std::vector<Bounded>* out)
{
    const __m512i vp = _mm512_set1_epi64(static_cast<long long>(p));
    const __m512i vo = _mm512_set1_epi64(static_cast<long long>(o));
    const __m512i vt = _mm512_set1_epi64(threshold);
    std::size_t j = 0;
    for (; j + 8 <= n; j += 8) {
        const __m512i b = bounds8(vp, vo, ps + j, os + j);
        unsigned mask = _mm512_cmpge_epi64_mask(b, vt);
        while (mask) {
            const std::size_t index = j + std::size_t(__builtin_ctz(mask));
            mask &= mask - 1;
            out->push_back({std::uint32_t(portableBound(p, o, ps[index], os[index])), std::uint32_t(index)});
        }
    }
    for (; j < n; ++j) {
        const int b = portableBound(p, o, ps[j], os[j]);
        if (b >= threshold)
            out->push_back({std::uint32_t(b), std::uint32_t(j)});
    }
}

CB_AVX512 void pairsAvx512(std::size_t i, std::size_t begin, std::size_t end, const std::uint64_t* ps,
                           const std::uint64_t* os, const std::int64_t* thresholds, Rows& rows)
{
    const __m512i vp = _mm512_set1_epi64(static_cast<long long>(ps[i]));
    const __m512i vo = _mm512_set1_epi64(static_cast<long long>(os[i]));
    const __m512i own = _mm512_set1_epi64(thresholds[i]);
    std::size_t j = begin;
    for (; j + 8 <= end; j += 8) {
        const __m512i b = bounds8(vp, vo, ps + j, os + j);
        const __m512i theirs = _mm512_loadu_si512(thresholds + j);
        unsigned mask = _mm512_cmpge_epi64_mask(b, own) | _mm512_cmpge_epi64_mask(b, theirs);
        while (mask) {
            const std::size_t index = j + std::size_t(__builtin_ctz(mask));
            mask &= mask - 1;
            keep(i, index, portableBound(ps[i], os[i], ps[index], os[index]), thresholds, rows);
        }
    }
    for (; j < end; ++j)
        keep(i, j, portableBound(ps[i], os[i], ps[j], os[j]), thresholds, rows);
}
#endif

struct Kernels
{
    int (*bound)(std::uint64_t, std::uint64_t, std::uint64_t, std::uint64_t);
    void (*histogram)(std::uint64_t, std::uint64_t, const std::uint64_t*, const std::uint64_t*, std::size_t,
                      std::uint32_t*);
    void (*row)(std::uint64_t, std::uint64_t, const std::uint64_t*, const std::uint64_t*, std::size_t, int,
                std::vector<Bounded>*);
    void (*pairs)(std::size_t, std::size_t, std::size_t, const std::uint64_t*, const std::uint64_t*,
                  const std::int64_t*, Rows&);
};

Kernels pick()
{
#ifdef CB_X86
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vpopcntdq"))
        return {boundPopcnt, histogramPopcnt, rowAvx512, pairsAvx512};
    if (__builtin_cpu_supports("popcnt"))
        return {boundPopcnt, histogramPopcnt, rowPopcnt, pairsPopcnt};
#endif
    return {portableBound, histogramPortable, rowPortable, pairsPortable};
}

const Kernels& kernels()
{
    static const Kernels chosen = pick();
    return chosen;
}

} // namespace

int bound(std::uint64_t p, std::uint64_t o, std::uint64_t pj, std::uint64_t oj)
{
    return kernels().bound(p, o, pj, oj);
}

void histogram(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os, std::size_t n,
               std::uint32_t* histogram)
{
    kernels().histogram(p, o, ps, os, n, histogram);
}

void row(std::uint64_t p, std::uint64_t o, const std::uint64_t* ps, const std::uint64_t* os, std::size_t n,
         int threshold, std::vector<Bounded>* out)
{
    kernels().row(p, o, ps, os, n, threshold, out);
}

void pairs(std::size_t i, std::size_t begin, std::size_t end, const std::uint64_t* ps, const std::uint64_t* os,
           const std::int64_t* thresholds, std::vector<std::vector<Bounded>>& rows)
{
    kernels().pairs(i, begin, end, ps, os, thresholds, rows);
}

} // namespace cb::boundscan
