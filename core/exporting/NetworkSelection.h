// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb {

/** Which parts of the network a GeoJSON or GraphML export holds. */
struct NetworkSelection
{
    bool cities = true;
    bool institutions = true; ///< GraphML nodes only: institutions have no place on the map
    bool interests = true;
    bool partnerships = true;
    bool proposals = true; ///< needs a matching run
};

} // namespace cb
