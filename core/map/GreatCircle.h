// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QVector>

namespace cb {

class MapProjection;

/**
 * Great-circle geometry on the unit sphere. Points are QPointF(longitude, latitude) in degrees.
 */
class GreatCircle
{
public:
    /** Central angle between two points, in degrees (0..180). */
    static double angularDistance(const QPointF &a, const QPointF &b);

    /**
     * Points along the shorter great-circle arc from @p a to @p b by spherical linear
     * interpolation: @p segments + 1 points, the first equal to @p a and the last to @p b.
     * Antipodal pairs have no unique arc; the one through the northern pole side is chosen.
     */
    static QVector<QPointF> interpolate(const QPointF &a, const QPointF &b, int segments);

    /** A point at fraction @p t (0..1) of the arc from @p a to @p b. */
    static QPointF pointAt(const QPointF &a, const QPointF &b, double t);

    /** Segments needed so that no step exceeds @p maxStepDegrees of arc (at least 1). */
    static int segmentsFor(const QPointF &a, const QPointF &b, double maxStepDegrees);

    /** Coarse samples of the arc (every 2° at most, 2 points for short arcs): the input to refinement. */
    static QVector<QPointF> coarse(const QPointF &a, const QPointF &b);

    /**
     * The arc sampled every @p maxStepDegrees at most, projected and split into polylines at
     * the projection's wrap seam.
     */
    static QVector<QPolygonF> projected(const QPointF &a, const QPointF &b, const MapProjection &projection,
                                        double maxStepDegrees = 2.0);
};

} // namespace cb
