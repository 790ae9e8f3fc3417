// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QVector>

namespace cb {

struct MatchResult;

/** A proposed pairing to draw as a dashed arc: the two actors and the matcher's score. */
struct MapProposal
{
    ActorId a = 0;
    ActorId b = 0;
    double score = 0.0;

    bool operator==(const MapProposal& o) const { return a == o.a && b == o.b && score == o.score; }
};

/** The global proposals of a matching run, best first, as the map draws them. */
QVector<MapProposal> mapProposalsFrom(const MatchResult& result);

} // namespace cb
