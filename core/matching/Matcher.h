// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchResult.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace cb {

struct WorkspaceData;

/**
 * Runs the whole matching model: profiles at the as-of date, candidate pairs, explained scores,
 * per-city rankings and the exact global proposals (b-matching), with greedy and constraint prices.
 * Deterministic: the same workspace and settings always give the same result.
 */
class Matcher
{
public:
    using Progress = std::function<void(int percent)>;

    static MatchResult run(const WorkspaceData& data, const MatchSettings& settings, const QDate& today,
                           const std::atomic<bool>* cancel = nullptr, const Progress& progress = {});
};

} // namespace cb
