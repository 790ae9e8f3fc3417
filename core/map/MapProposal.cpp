// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapProposal.h"

#include "matching/MatchResult.h"

namespace cb {

QVector<MapProposal> mapProposalsFrom(const MatchResult& result)
{
    QVector<MapProposal> proposals;
    proposals.reserve(int(result.proposals.size()));
    for (const int index : result.proposals) {
        if (index < 0 || std::size_t(index) >= result.pairs.size())
            continue;
        const ScoredPair& pair = result.pairs.at(std::size_t(index));
        proposals.append(MapProposal{pair.actorA, pair.actorB, pair.fused});
    }
    return proposals;
}

} // namespace cb
