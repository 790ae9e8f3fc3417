// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchContext.h"

#include <atomic>
#include <utility>
#include <vector>

namespace cb {

/**
 * Finds the pairs worth scoring without looking at all N x N pairs: actors that share a theme
 * (inverted index on themes), that named each other (interests, directly, via country or group),
 * or that met (shared events, shared institutions). Pairs come back with a < b, sorted, unique.
 */
class CandidateGenerator
{
public:
    explicit CandidateGenerator(const MatchContext& context)
        : m_context(context)
    {
    }

    /** Returns false when cancelled. */
    bool generate(std::vector<std::pair<int, int>>* pairs, const std::atomic<bool>* cancel = nullptr) const;

private:
    const MatchContext& m_context;
};

} // namespace cb
