// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/PairScore.h"

namespace cb {

/**
 * The same score seen from the other side when @p first is the pair's second actor: actors, directional values,
 * matched themes with their evidence and interests all swap, so a brief can name the cities in the order the
 * officer asked for. Unchanged when @p first is 0 or already first.
 */
PairScore orientPairScore(const PairScore& score, ActorId first);

} // namespace cb
