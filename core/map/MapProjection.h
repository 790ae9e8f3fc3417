// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace cb {

/**
 * A world projection with a configurable central meridian.
 *
 * Geographic points are QPointF(longitude, latitude) in degrees. Scene points are the
 * projected plane in "degree-like" units with y growing downwards (Qt's convention), so the
 * equirectangular scene spans x in [-180, 180] and y in [-90, 90]. The wrap seam is the
 * meridian opposite the central meridian; every longitude is first made relative to the
 * central meridian and wrapped into [-180, 180].
 */
class MapProjection
{
public:
    /** Equirectangular (plate carrée) or Natural Earth I (Šavrič et al. 2015). */
    enum class Kind { Equirectangular, NaturalEarth };

    explicit MapProjection(Kind kind = Kind::NaturalEarth, double centralMeridian = 0.0);

    Kind kind() const { return m_kind; }
    /** Longitude that maps to scene x = 0, wrapped into [-180, 180). */
    double centralMeridian() const { return m_centralMeridian; }
    void setCentralMeridian(double longitude);
    /** The meridian where the map is cut: centralMeridian() + 180, wrapped. */
    double seamLongitude() const;

    /** Wraps any longitude into [-180, 180). */
    static double wrapLongitude(double longitude);
    /** Longitude relative to the central meridian, wrapped into [-180, 180). */
    double relativeLongitude(double longitude) const;

    /** Geographic (lon, lat) to scene; latitudes are clamped to [-90, 90]. */
    QPointF project(const QPointF &lonLat) const;
    QPointF project(double longitude, double latitude) const { return project(QPointF(longitude, latitude)); }
    /** Projects a longitude already made relative (may be exactly +180 on the seam's east side). */
    QPointF projectRelative(double relativeLongitude, double latitude) const;
    /**
     * Scene to geographic. Returns false (and leaves @p lonLat alone) when the scene point
     * lies outside the projected world.
     */
    bool unproject(const QPointF &scene, QPointF *lonLat) const;

    /** Bounding rectangle of the projected world in scene units. */
    QRectF worldRect() const;
    /** The outline of the projected world (the seam on both sides and the poles), closed. */
    QPolygonF worldOutline(int stepsPerSide = 90) const;

    /**
     * Splits a geographic polyline where it crosses the seam and projects it. A step between
     * two consecutive points is taken the short way round (|Δlon| <= 180). Each crossing
     * ends one part on the seam and starts the next on the other side, so nothing is drawn
     * across the map.
     */
    QVector<QPolygonF> projectPolyline(const QVector<QPointF> &lonLat) const;

    /**
     * Clips a closed geographic ring (already split at ±180°, as Natural Earth ships it) to
     * this projection's strip [central - 180, central + 180] and projects the pieces. Edges
     * that run along the seam are densified so they follow curved meridians.
     */
    QVector<QPolygonF> projectRing(const QPolygonF &lonLatRing) const;

    bool operator==(const MapProjection &other) const
    {
        return m_kind == other.m_kind && m_centralMeridian == other.m_centralMeridian;
    }
    bool operator!=(const MapProjection &other) const { return !(*this == other); }

private:
    QPolygonF densified(const QPolygonF &relativeRing) const;

    Kind m_kind;
    double m_centralMeridian = 0.0;
};

} // namespace cb
