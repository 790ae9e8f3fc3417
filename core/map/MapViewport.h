// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapProjection.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSize>
#include <QTransform>
#include <QVector>

namespace cb {

/**
 * What part of the world a map shows: a projection, the geographic centre of the view,
 * a zoom factor and the pixel size. Zoom 1 fits the whole projected world into the size.
 *
 * With followCentre() on (the default) panning east or west turns the world like a globe:
 * the central meridian moves with the centre, so the seam always stays behind the viewer
 * and panning never hits an edge. Zooming is a pure scale and keeps the projection.
 */
class MapViewport
{
public:
    static constexpr double minZoom = 0.5;
    static constexpr double maxZoom = 256.0;

    MapViewport() = default;
    MapViewport(const MapProjection &projection, const QPointF &centreLonLat, double zoom, const QSize &size);

    /** A whole-world view centred on @p centralMeridian. */
    static MapViewport world(const QSize &size, MapProjection::Kind kind = MapProjection::Kind::NaturalEarth,
                             double centralMeridian = 0.0);

    /**
     * The view that shows all @p lonLats with @p marginPx pixels to spare. The central
     * meridian is the middle of the narrowest longitude span holding the points, so
     * Mexico with China is shown across the Pacific. At most @p maxFitZoom.
     */
    static MapViewport fitting(const QVector<QPointF> &lonLats, const QSize &size,
                               MapProjection::Kind kind = MapProjection::Kind::NaturalEarth, double marginPx = 40.0,
                               double maxFitZoom = 24.0);

    const MapProjection &projection() const { return m_projection; }
    void setProjection(const MapProjection &projection);
    QPointF centre() const { return m_centre; }
    /** Sets the centre (longitude wrapped, latitude clamped). */
    void setCentre(const QPointF &lonLat);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    QSize size() const { return m_size; }
    void setSize(const QSize &size) { m_size = size; }
    bool followCentre() const { return m_followCentre; }
    void setFollowCentre(bool follow) { m_followCentre = follow; }

    /** Pixels per scene unit. */
    double scale() const;
    /** Scene -> pixel transform (for painting scene paths). */
    QTransform sceneTransform() const;
    QPointF sceneToPixel(const QPointF &scene) const;
    QPointF pixelToScene(const QPointF &pixel) const;
    QPointF lonLatToPixel(const QPointF &lonLat) const { return sceneToPixel(m_projection.project(lonLat)); }
    /** False when the pixel shows no part of the world. */
    bool pixelToLonLat(const QPointF &pixel, QPointF *lonLat) const;
    /** The scene rectangle the view shows. */
    QRectF visibleScene() const;

    /** Zooms by @p factor keeping the point under @p pixel where it is (projection unchanged). */
    MapViewport zoomedAt(const QPointF &pixel, double factor) const;
    /** Moves the map content by @p pixelDelta (drag direction); turns the globe when following. */
    MapViewport pannedBy(const QPointF &pixelDelta) const;

    /**
     * Angular radius (degrees) of a spherical cap around centre() that holds everything the
     * view shows; 180 when the view reaches past the edge of the world. Used to skip lines
     * that cannot be seen.
     */
    double visibleRadius() const;

    /** The great circle from @p a to @p b in pixels, split at the seam, about one point per @p pixelStep. */
    QVector<QPolygonF> greatCirclePixels(const QPointF &a, const QPointF &b, double pixelStep = 8.0) const;
    /**
     * Like greatCirclePixels() for a great circle already sampled coarsely by
     * GreatCircle::coarse(): only pieces that reach into the view are refined, so long links
     * cost little when zoomed in.
     */
    QVector<QPolygonF> refinedPixels(const QVector<QPointF> &coarseLonLat, double pixelStep = 8.0) const;

    bool operator==(const MapViewport &o) const
    {
        return m_projection == o.m_projection && m_centre == o.m_centre && m_zoom == o.m_zoom && m_size == o.m_size
            && m_followCentre == o.m_followCentre;
    }
    bool operator!=(const MapViewport &o) const { return !(*this == o); }

private:
    QPointF clampToWorld(const QPointF &scene) const;
    void setCentreScene(const QPointF &scene);

    MapProjection m_projection;
    QPointF m_centre;
    QPointF m_centreScene;
    double m_zoom = 1.0;
    QSize m_size = QSize(800, 450);
    bool m_followCentre = true;
};

} // namespace cb
