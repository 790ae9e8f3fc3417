// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchOutcome.h"

namespace cb::ui {

PairSummary summarisePair(const MatchResult& result, int index)
{
    PairSummary summary;
    summary.pair = index;
    if (index < 0 || std::size_t(index) >= result.pairs.size() || !result.context)
        return summary;
    const PairScore score = result.explain(index);
    summary.themes = score.matchedThemes();
    summary.evidence = score.evidenceCount();
    summary.distanceKm = score.distanceKm;
    summary.overlapHours = score.workingHoursOverlap;
    return summary;
}

} // namespace cb::ui
