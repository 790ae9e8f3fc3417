// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

struct MatchResult;

/**
 * Chooses the global proposals of a scored result: the exact maximum-weight b-matching over the
 * non-vetoed pairs (k partners per city), honouring locked and excluded pairs and the per-country-pair
 * cap, plus the greedy set and the price of each active constraint.
 */
bool solveGlobalProposals(MatchResult& result, QString* error);

} // namespace cb
