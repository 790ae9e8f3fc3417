// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapLegendEntry.h"
#include "MapLinkPainter.h"
#include "MapSpriteCache.h"
#include "MapScene.h"
#include "MapViewport.h"

#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QVector>

class QPainter;

namespace cb {

class WorldGeometry;

/**
 * Paints a MapScene onto any QPainter (widget, QImage, SVG, printer) for a MapViewport:
 * sea, land and borders, great-circle arcs, interest arrows, markers sized by weight and
 * coloured by group, non-overlapping labels, then title, legend and attribution.
 *
 * Level of detail keeps a full world of cities fast: markers that would land in a cell
 * already holding a heavier marker are skipped, twin-town links that would coincide on
 * screen are drawn once, labels are placed greedily by weight within a budget.
 *
 * Not thread-safe: render() updates caches (projected land, label widths).
 */
class MapRenderer
{
public:
    /** Counts from the last render(), for tests and the benchmark. */
    struct Stats
    {
        int markersDrawn = 0;
        int labelsDrawn = 0;
        int arcsDrawn = 0;   ///< proposals, partnerships and twin links actually stroked
        int arrowsDrawn = 0;
    };

    /** Uses WorldGeometry::builtIn(). */
    MapRenderer();
    /** @p geometry must outlive the renderer. */
    explicit MapRenderer(const WorldGeometry &geometry);

    void setScene(const MapScene &scene);
    const MapScene &scene() const { return m_scene; }
    void setLayers(const MapLayers &layers) { m_scene.layers = layers; }
    /** Selects one marker (0 selects none) without rebuilding the scene. */
    void setSelectedMarker(qint64 id);
    /** Selects the arc or arrow between @p a and @p b (either direction; 0, 0 selects none). */
    void setSelectedArc(qint64 a, qint64 b);
    /** Position (lon, lat) of a marker, false if the id is unknown. */
    bool markerPosition(qint64 id, QPointF *lonLat) const;

    /** Paints the whole map into the rectangle (0, 0, viewport.size()) of @p painter. */
    void render(QPainter *painter, const MapViewport &viewport) const;
    /** Paints into a new ARGB image of the viewport's size. */
    QImage renderToImage(const MapViewport &viewport) const;
    const Stats &lastStats() const { return m_stats; }

    /** A viewport showing the given markers (all markers when @p ids is empty) with a margin. */
    MapViewport fitViewport(const QVector<qint64> &ids, const QSize &size,
                            MapProjection::Kind kind = MapProjection::Kind::NaturalEarth, double marginPx = 60.0) const;

    /** The legend drawn: the scene's own, or one built from the layers that hold data. */
    QVector<MapLegendEntry> effectiveLegend() const;

private:
    struct BaseMap
    {
        MapProjection projection;
        QPainterPath land;
        QPainterPath borders;
        QPainterPath graticule;
        QPolygonF outline;
        bool valid = false;
    };
    void prepare();
    const BaseMap &baseMap(const MapProjection &projection) const;
    void drawBaseMap(QPainter *painter, const MapViewport &viewport) const;
    void drawMarkers(QPainter *painter, const MapViewport &viewport) const;
    void drawLabels(QPainter *painter, const MapViewport &viewport, const QVector<QRectF> &reserved) const;

    const WorldGeometry *m_geometry;
    MapScene m_scene;
    double m_maxWeight = 1.0;
    QHash<qint64, int> m_indexById;
    QVector<int> m_byWeight;  ///< marker indices, heaviest first
    MapLinkPainter m_links;

    mutable BaseMap m_base;
    mutable QVector<QPointF> m_pixels;   ///< marker positions of the current render
    mutable QVector<int> m_drawn;        ///< markers drawn by the current render, heaviest first
    mutable QVector<float> m_labelWidth; ///< cached label widths (negative: not measured yet)
    QVector<QRgb> m_colors;              ///< marker colours, from their groups
    QVector<float> m_shares;             ///< MapStyle::markerShare() of each marker
    QVector<QPair<int, QString>> m_groups; ///< marker groups by size, for the automatic legend
    mutable MapSpriteCache m_sprites;
    mutable Stats m_stats;
};

} // namespace cb
