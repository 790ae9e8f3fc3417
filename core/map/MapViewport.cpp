// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapViewport.h"

#include "GreatCircle.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QLineF>

namespace cb {

namespace {
// Zoom 1 leaves a thin frame around the world so its outline is visible.
constexpr double kWorldFill = 0.97;
} // namespace

MapViewport::MapViewport(const MapProjection &projection, const QPointF &centreLonLat, double zoom, const QSize &size)
    : m_projection(projection)
    , m_size(size)
{
    setZoom(zoom);
    setCentre(centreLonLat);
}

MapViewport MapViewport::world(const QSize &size, MapProjection::Kind kind, double centralMeridian)
{
    return MapViewport(MapProjection(kind, centralMeridian), QPointF(centralMeridian, 0.0), 1.0, size);
}

MapViewport MapViewport::fitting(const QVector<QPointF> &lonLats, const QSize &size, MapProjection::Kind kind,
                                 double marginPx, double maxFitZoom)
{
    if (lonLats.isEmpty())
        return world(size, kind);
    QVector<double> lons;
    lons.reserve(lonLats.size());
    for (const QPointF &p : lonLats)
        lons.append(MapProjection::wrapLongitude(p.x()));
    std::sort(lons.begin(), lons.end());
    // The narrowest span holding every longitude is the complement of the widest gap between them.
    int widest = lons.size() - 1;
    double widestGap = lons.first() + 360.0 - lons.last();
    for (int i = 0; i + 1 < lons.size(); ++i) {
        const double gap = lons.at(i + 1) - lons.at(i);
        if (gap > widestGap) {
            widestGap = gap;
            widest = i;
        }
    }
    const double start = lons.at((widest + 1) % lons.size());
    const double span = 360.0 - widestGap;
    const double middle = MapProjection::wrapLongitude(start + span / 2.0);

    MapViewport v(MapProjection(kind, middle), QPointF(middle, 0.0), 1.0, size);
    // QRectF::united() ignores empty rectangles, so the bounds of points are kept by hand.
    QPointF low(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    QPointF high(-std::numeric_limits<double>::max(), -std::numeric_limits<double>::max());
    for (const QPointF &p : lonLats) {
        const QPointF s = v.m_projection.project(p);
        low = QPointF(std::min(low.x(), s.x()), std::min(low.y(), s.y()));
        high = QPointF(std::max(high.x(), s.x()), std::max(high.y(), s.y()));
    }
    const QRectF bounds(low, high);
    const double base = v.scale();
    const double usableW = std::max(1.0, size.width() - 2 * marginPx);
    const double usableH = std::max(1.0, size.height() - 2 * marginPx);
    double zoom = maxFitZoom;
    if (bounds.width() > 1e-9)
        zoom = std::min(zoom, usableW / (bounds.width() * base));
    if (bounds.height() > 1e-9)
        zoom = std::min(zoom, usableH / (bounds.height() * base));
    v.setZoom(std::clamp(zoom, 1.0, std::max(1.0, maxFitZoom)));
    v.setCentreScene(bounds.center());
    return v;
}

void MapViewport::setProjection(const MapProjection &projection)
{
    m_projection = projection;
    m_centreScene = clampToWorld(m_projection.project(m_centre));
}

void MapViewport::setCentre(const QPointF &lonLat)
{
    const double lat = std::isfinite(lonLat.y()) ? std::clamp(lonLat.y(), -90.0, 90.0) : 0.0;
    m_centre = QPointF(MapProjection::wrapLongitude(lonLat.x()), lat);
    m_centreScene = m_projection.project(m_centre);
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::isfinite(zoom) ? std::clamp(zoom, minZoom, maxZoom) : 1.0;
}

double MapViewport::scale() const
{
    const QRectF world = m_projection.worldRect();
    const double w = std::max(1, m_size.width());
    const double h = std::max(1, m_size.height());
    return m_zoom * kWorldFill * std::min(w / world.width(), h / world.height());
}

QTransform MapViewport::sceneTransform() const
{
    const double s = scale();
    return QTransform(s, 0, 0, s, m_size.width() / 2.0 - m_centreScene.x() * s,
                      m_size.height() / 2.0 - m_centreScene.y() * s);
}

QPointF MapViewport::sceneToPixel(const QPointF &scene) const
{
    const double s = scale();
    return QPointF((scene.x() - m_centreScene.x()) * s + m_size.width() / 2.0,
                   (scene.y() - m_centreScene.y()) * s + m_size.height() / 2.0);
}

QPointF MapViewport::pixelToScene(const QPointF &pixel) const
{
    const double s = scale();
    return QPointF((pixel.x() - m_size.width() / 2.0) / s + m_centreScene.x(),
                   (pixel.y() - m_size.height() / 2.0) / s + m_centreScene.y());
}

bool MapViewport::pixelToLonLat(const QPointF &pixel, QPointF *lonLat) const
{
    return m_projection.unproject(pixelToScene(pixel), lonLat);
}

QRectF MapViewport::visibleScene() const
{
    return QRectF(pixelToScene(QPointF(0, 0)), pixelToScene(QPointF(m_size.width(), m_size.height())));
}

QPointF MapViewport::clampToWorld(const QPointF &scene) const
{
    const QRectF world = m_projection.worldRect();
    const double y = std::clamp(scene.y(), world.top(), world.bottom());
    QPointF lonLat;
    double halfWidth = world.width() / 2.0;
    if (m_projection.unproject(QPointF(0.0, y), &lonLat))
        halfWidth = m_projection.projectRelative(180.0, lonLat.y()).x();
    return QPointF(std::clamp(scene.x(), -halfWidth, halfWidth), y);
}

void MapViewport::setCentreScene(const QPointF &scene)
{
    const QPointF clamped = clampToWorld(scene);
    QPointF lonLat;
    if (!m_projection.unproject(clamped, &lonLat))
        return;
    setCentre(lonLat);
    // Keep the side: on the seam, re-projecting the longitude would jump to the other edge.
    m_centreScene = clamped;
}

MapViewport MapViewport::zoomedAt(const QPointF &pixel, double factor) const
{
    MapViewport v = *this;
    if (!std::isfinite(factor) || factor <= 0)
        return v;
    // A pure scale about the anchor: the projection stays, so projected caches stay valid.
    const QPointF anchorScene = pixelToScene(pixel);
    v.setZoom(m_zoom * factor);
    const QPointF half(m_size.width() / 2.0, m_size.height() / 2.0);
    v.setCentreScene(anchorScene - (pixel - half) / v.scale());
    return v;
}

MapViewport MapViewport::pannedBy(const QPointF &pixelDelta) const
{
    MapViewport v = *this;
    const QPointF target = clampToWorld(m_centreScene - pixelDelta / scale());
    QPointF lonLat;
    if (!m_projection.unproject(target, &lonLat))
        return v;
    if (m_followCentre) {
        // Turn the globe by the longitude the centre moved, so the centre keeps its place on
        // screen and the seam stays opposite: panning east or west never ends.
        const double turned = MapProjection::wrapLongitude(lonLat.x() - m_centre.x());
        v.m_projection.setCentralMeridian(m_projection.centralMeridian() + turned);
        v.setCentre(lonLat);
    } else {
        v.setCentreScene(target);
    }
    return v;
}

double MapViewport::visibleRadius() const
{
    const double w = m_size.width();
    const double h = m_size.height();
    double radius = 0;
    constexpr int steps = 8;
    for (int i = 0; i < steps; ++i) {
        const double t = double(i) / steps;
        const QPointF border[] = {{t * w, 0}, {w, t * h}, {w - t * w, h}, {0, h - t * h}};
        for (const QPointF &pixel : border) {
            QPointF lonLat;
            if (!pixelToLonLat(pixel, &lonLat))
                return 180.0;
            radius = std::max(radius, GreatCircle::angularDistance(m_centre, lonLat));
        }
    }
    // The border is sampled, not traced: leave room for the bits between the samples.
    return std::min(180.0, radius * 1.1 + 1.0);
}

QVector<QPolygonF> MapViewport::greatCirclePixels(const QPointF &a, const QPointF &b, double pixelStep) const
{
    return refinedPixels(GreatCircle::coarse(a, b), pixelStep);
}

QVector<QPolygonF> MapViewport::refinedPixels(const QVector<QPointF> &coarse, double pixelStep) const
{
    if (coarse.size() < 2)
        return {};
    const double step = std::max(1.0, pixelStep);
    const double s = scale();
    const QRectF view(QPointF(0, 0), QSizeF(m_size));
    QVector<QPointF> dense;
    dense.reserve(coarse.size() * 2);
    dense.append(coarse.first());
    QPointF pa = lonLatToPixel(coarse.first());
    double relA = m_projection.relativeLongitude(coarse.first().x());
    for (int i = 0; i + 1 < coarse.size(); ++i) {
        const QPointF &a = coarse.at(i);
        const QPointF &b = coarse.at(i + 1);
        const QPointF pb = lonLatToPixel(b);
        const double relB = m_projection.relativeLongitude(b.x());
        double length = 0;
        bool visible = false;
        if (std::abs(relB - relA) > 180.0) {
            // This piece crosses the seam: its two ends sit on opposite edges of the map.
            length = GreatCircle::angularDistance(a, b) * s;
            visible = true;
        } else {
            length = QLineF(pa, pb).length();
            const double margin = 0.05 * length + 2.0;
            visible = QRectF(pa, pb).normalized().adjusted(-margin, -margin, margin, margin).intersects(view);
        }
        int pieces = 1;
        if (visible && length > step) {
            if (std::abs(relB - relA) > 180.0) {
                pieces = std::clamp(static_cast<int>(std::ceil(length / step)), 1, 64);
            } else {
                // Refine by flatness, not length: a great-circle piece bends gently, and its
                // deviation from the chord grows with the square of its length.
                const QPointF pm = lonLatToPixel(GreatCircle::pointAt(a, b, 0.5));
                const QPointF chord = pb - pa;
                const double deviation = std::abs(chord.x() * (pm.y() - pa.y()) - chord.y() * (pm.x() - pa.x()))
                    / std::max(1e-9, length);
                pieces = std::clamp(static_cast<int>(std::ceil(std::sqrt(deviation / 0.3))), 1, 64);
            }
        }
        if (pieces > 1) {
            const QVector<QPointF> fine = GreatCircle::interpolate(a, b, pieces);
            for (int k = 1; k < fine.size(); ++k)
                dense.append(fine.at(k));
        } else {
            dense.append(b);
        }
        pa = pb;
        relA = relB;
    }
    QVector<QPolygonF> parts = m_projection.projectPolyline(dense);
    const double dx = m_size.width() / 2.0 - m_centreScene.x() * s;
    const double dy = m_size.height() / 2.0 - m_centreScene.y() * s;
    for (QPolygonF &part : parts) {
        for (QPointF &p : part)
            p = QPointF(p.x() * s + dx, p.y() * s + dy);
    }
    return parts;
}

} // namespace cb
