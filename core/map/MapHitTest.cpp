// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapHitTest.h"

#include "MapStyle.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QHash>

namespace cb {

namespace {

double maxWeightOf(const MapScene &scene)
{
    double top = 0;
    for (const MapMarker &m : scene.markers)
        top = std::max(top, m.weight);
    return top;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

} // namespace

double MapHitTest::distanceToPolyline(const QPointF &point, const QPolygonF &polyline)
{
    if (polyline.isEmpty())
        return std::numeric_limits<double>::infinity();
    if (polyline.size() == 1)
        return std::hypot(point.x() - polyline.first().x(), point.y() - polyline.first().y());
    double best = std::numeric_limits<double>::infinity();
    for (int i = 0; i + 1 < polyline.size(); ++i)
        best = std::min(best, distanceToSegment(point, polyline.at(i), polyline.at(i + 1)));
    return best;
}

std::optional<qint64> MapHitTest::markerAt(const MapScene &scene, const MapViewport &viewport, const QPointF &pixel,
                                           double tolerance)
{
    if (!scene.layers.markers)
        return std::nullopt;
    const double top = maxWeightOf(scene);
    const MapProjection &projection = viewport.projection();
    std::optional<qint64> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    bool bestSelected = false;
    for (const MapMarker &m : scene.markers) {
        const QPointF p = viewport.sceneToPixel(projection.project(m.longitude, m.latitude));
        const double d = std::hypot(p.x() - pixel.x(), p.y() - pixel.y());
        const double reach = MapStyle::markerRadius(m.weight, top, viewport.zoom()) + std::max(0.0, tolerance);
        if (d > reach)
            continue;
        if (d < bestDistance - 1e-9 || (std::abs(d - bestDistance) <= 1e-9 && m.selected && !bestSelected)) {
            best = m.id;
            bestDistance = d;
            bestSelected = m.selected;
        }
    }
    return best;
}

std::optional<MapHitTest::ArcHit> MapHitTest::arcAt(const MapScene &scene, const MapViewport &viewport,
                                                    const QPointF &pixel, double tolerance)
{
    QHash<qint64, QPointF> where;
    where.reserve(scene.markers.size());
    for (const MapMarker &m : scene.markers)
        where.insert(m.id, QPointF(m.longitude, m.latitude));

    std::optional<ArcHit> best;
    double bestRank = std::numeric_limits<double>::infinity();
    auto consider = [&](qint64 from, qint64 to, ArcHit::Kind kind, double halfWidth) {
        const auto a = where.constFind(from);
        const auto b = where.constFind(to);
        if (a == where.cend() || b == where.cend())
            return;
        double distance = std::numeric_limits<double>::infinity();
        for (const QPolygonF &part : viewport.greatCirclePixels(a.value(), b.value()))
            distance = std::min(distance, distanceToPolyline(pixel, part));
        const double excess = std::max(0.0, distance - halfWidth);
        if (excess > tolerance)
            return;
        // Twin links are background; a foreground line at a similar distance wins.
        const double rank = excess + (kind == ArcHit::Kind::Twin ? tolerance : 0.0);
        if (rank < bestRank) {
            bestRank = rank;
            best = ArcHit{from, to, kind, distance};
        }
    };
    if (scene.layers.interests) {
        for (const MapArrow &arrow : scene.arrows)
            consider(arrow.fromId, arrow.toId, ArcHit::Kind::Interest, MapStyle::arrowWidth(arrow.strength) / 2);
    }
    for (const MapArc &arc : scene.arcs) {
        switch (arc.style) {
        case MapArc::Style::Proposal:
            if (scene.layers.proposals)
                consider(arc.aId, arc.bId, ArcHit::Kind::Proposal, 1.0);
            break;
        case MapArc::Style::Partnership:
            if (scene.layers.partnerships)
                consider(arc.aId, arc.bId, ArcHit::Kind::Partnership, 1.25);
            break;
        case MapArc::Style::Twin:
            if (scene.layers.twinTowns)
                consider(arc.aId, arc.bId, ArcHit::Kind::Twin, 0.5);
            break;
        }
    }
    return best;
}

} // namespace cb
