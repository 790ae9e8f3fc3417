// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb {

/** Which layers of a MapScene are drawn (and can be hit). */
struct MapLayers
{
    bool markers = true;
    bool labels = true;
    bool interests = true;    ///< MapArrow
    bool proposals = true;    ///< MapArc::Style::Proposal
    bool partnerships = true; ///< MapArc::Style::Partnership
    bool twinTowns = true;    ///< MapArc::Style::Twin
    bool legend = true;

    bool operator==(const MapLayers &o) const
    {
        return markers == o.markers && labels == o.labels && interests == o.interests && proposals == o.proposals
            && partnerships == o.partnerships && twinTowns == o.twinTowns && legend == o.legend;
    }
    bool operator!=(const MapLayers &o) const { return !(*this == o); }
};

} // namespace cb
