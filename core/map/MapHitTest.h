// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapScene.h"
#include "MapViewport.h"

#include <optional>

#include <QPointF>
#include <QPolygonF>

namespace cb {

/**
 * Pure hit-testing functions over a MapScene as it is drawn in a MapViewport. They use the
 * same marker sizes and great-circle geometry as MapRenderer, and only the visible layers.
 */
class MapHitTest
{
public:
    /** What an arc hit found: the ends as given in the scene and the kind of line. */
    struct ArcHit
    {
        enum class Kind { Interest, Proposal, Partnership, Twin };
        qint64 fromId = 0;
        qint64 toId = 0;
        Kind kind = Kind::Proposal;
        double distance = 0.0; ///< pixels from the query point to the line
    };

    /**
     * The marker nearest to @p pixel among those whose drawn disc, grown by @p tolerance
     * pixels, contains it. Selected markers win ties.
     */
    static std::optional<qint64> markerAt(const MapScene &scene, const MapViewport &viewport, const QPointF &pixel,
                                          double tolerance = 3.0);

    /** The arrow or arc nearest to @p pixel within @p tolerance pixels (twin links count last). */
    static std::optional<ArcHit> arcAt(const MapScene &scene, const MapViewport &viewport, const QPointF &pixel,
                                       double tolerance = 4.0);

    /** Distance in pixels from @p point to the polyline (a single point counts as a polyline). */
    static double distanceToPolyline(const QPointF &point, const QPolygonF &polyline);
};

} // namespace cb
