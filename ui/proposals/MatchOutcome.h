// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchResult.h"
#include "matching/MatchSettings.h"
#include "workspace/WorkspaceData.h"

#include <QList>

#include <memory>

namespace cb::ui {

/** What a table row shows of a pair beyond its numbers; worked out with the full explanation. */
struct PairSummary
{
    int pair = -1;           ///< index in MatchResult::pairs
    QList<int> themes;       ///< dense theme indices matched in either direction
    int evidence = 0;        ///< facts behind the score
    double distanceKm = -1.0;
    double overlapHours = -1.0;
};

/**
 * One finished matching run: the snapshot of the workspace it read (the result points into it), the settings it
 * used, the result, and a summary of every global proposal.
 */
struct MatchOutcome
{
    std::shared_ptr<const WorkspaceData> data;
    MatchSettings settings;
    MatchResult result;
    QList<PairSummary> proposals;
    qint64 elapsedMs = 0;
};

/** Summarises pairs[index] of result (runs the full explanation once). */
PairSummary summarisePair(const MatchResult& result, int index);

} // namespace cb::ui
