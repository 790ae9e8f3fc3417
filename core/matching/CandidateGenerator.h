// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchContext.h"

#include <atomic>
#include <utility>
#include <vector>

namespace cb {

/**
 * Finds the pairs worth scoring. Small workspaces (up to kExhaustiveLimit candidates) score every pair that
 * shares anything. Large ones keep, for each actor, the partners with the best cheap bound — the number of
 * themes shared or matched in either direction, from 64-bit theme masks — up to settings.candidatesPerActor,
 * plus every pair linked by an interest, a shared event or institution, or an officer's lock or pin.
 * Pairs come back with a < b, sorted, unique. Memory stays linear in the number of actors.
 */
class CandidateGenerator
{
public:
    static constexpr int kExhaustiveLimit = 600;

    explicit CandidateGenerator(const MatchContext& context)
        : m_context(context)
    {
    }

    /** Returns false when cancelled. */
    bool generate(std::vector<std::pair<int, int>>* pairs, const std::atomic<bool>* cancel = nullptr) const;

private:
    void addLinkedPairs(std::vector<std::pair<int, int>>* pairs, const std::vector<char>& eligible) const;

    const MatchContext& m_context;
};

} // namespace cb
