// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapLinkPainter.h"

#include "GreatCircle.h"
#include "MapStyle.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QtMath>

namespace cb {

namespace {

// Beyond this many pixels per 2° sample the cached polyline would show corners: refine instead.
constexpr double kMaxCachedSegmentPx = 60.0;
// Twin links stroked per frame at most, most important first: beyond this a zoomed-out map
// is a grey veil that costs time and says nothing more.
constexpr int kTwinBudget = 4000;

quint64 unorderedKey(quint32 a, quint32 b)
{
    return a < b ? (quint64(a) << 32) | b : (quint64(b) << 32) | a;
}

quint32 cellId(const QPointF &p, double cell)
{
    const qint64 x = static_cast<qint64>(std::floor(std::clamp(p.x(), -1e7, 1e7) / cell));
    const qint64 y = static_cast<qint64>(std::floor(std::clamp(p.y(), -1e7, 1e7) / cell));
    return quint32(x & 0xffff) | (quint32(y & 0xffff) << 16);
}

// Shifts a polyline to the right of its direction, so that A->B and B->A arrows sit side by side.
QPolygonF offsetRight(const QPolygonF &line, double distance)
{
    if (line.size() < 2 || distance == 0)
        return line;
    QPolygonF out(line.size());
    for (int i = 0; i < line.size(); ++i) {
        const QPointF d = line.at(std::min(i + 1, int(line.size()) - 1)) - line.at(std::max(i - 1, 0));
        const double len = std::hypot(d.x(), d.y());
        const QPointF normal = len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF();
        out[i] = line.at(i) + normal * distance;
    }
    return out;
}

// Cuts @p distance pixels off the end; false if the line is not that long.
bool trimEnd(QPolygonF *line, double distance)
{
    double left = distance;
    while (line->size() >= 2) {
        const QPointF a = line->at(line->size() - 2);
        const QPointF b = line->last();
        const double len = QLineF(a, b).length();
        if (len > left) {
            line->last() = b + (a - b) * (left / len);
            return true;
        }
        left -= len;
        line->removeLast();
    }
    return false;
}

/** The point at @p fraction (0..1) of the polyline's length; *direction gets the unit tangent there. */
QPointF pointAlong(const QPolygonF &line, double fraction, QPointF *direction)
{
    double total = 0;
    for (int i = 0; i + 1 < line.size(); ++i)
        total += QLineF(line.at(i), line.at(i + 1)).length();
    double rest = total * fraction;
    for (int i = 0; i + 1 < line.size(); ++i) {
        const double len = QLineF(line.at(i), line.at(i + 1)).length();
        if (len >= rest && len > 0) {
            *direction = (line.at(i + 1) - line.at(i)) / len;
            return line.at(i) + (line.at(i + 1) - line.at(i)) * (rest / len);
        }
        rest -= len;
    }
    *direction = QPointF(1, 0);
    return line.isEmpty() ? QPointF() : line.first();
}

struct Culler
{
    explicit Culler(const MapViewport &viewport)
    {
        const double lon = qDegreesToRadians(viewport.centre().x());
        const double lat = qDegreesToRadians(viewport.centre().y());
        centre[0] = float(std::cos(lat) * std::cos(lon));
        centre[1] = float(std::cos(lat) * std::sin(lon));
        centre[2] = float(std::sin(lat));
        radius = qDegreesToRadians(viewport.visibleRadius());
    }
    bool visible(const float mid[3], float halfAngle) const
    {
        if (radius >= M_PI)
            return true;
        const float dot = centre[0] * mid[0] + centre[1] * mid[1] + centre[2] * mid[2];
        // A little slack for float rounding.
        return std::acos(std::clamp(dot, -1.0f, 1.0f)) <= radius + halfAngle + 0.01;
    }
    float centre[3] = {0, 0, 0};
    double radius = 0;
};

} // namespace

void MapLinkPainter::prepare(const MapScene &scene, const QHash<qint64, int> &indexById)
{
    m_twins.clear();
    m_arcs.clear();
    m_arrows.clear();
    m_stages.clear();
    m_hasProposals = false;
    const QVector<MapMarker> &markers = scene.markers;
    auto resolve = [&](qint64 a, qint64 b, int source, QVector<Link> *into) {
        const int ia = indexById.value(a, -1);
        const int ib = indexById.value(b, -1);
        if (ia < 0 || ib < 0 || ia == ib)
            return false;
        Link link;
        link.a = ia;
        link.b = ib;
        link.source = source;
        const QPointF pa(markers.at(ia).longitude, markers.at(ia).latitude);
        const QPointF pb(markers.at(ib).longitude, markers.at(ib).latitude);
        link.coarse = GreatCircle::coarse(pa, pb);
        const QPointF mid = GreatCircle::pointAt(pa, pb, 0.5);
        const double lon = qDegreesToRadians(mid.x());
        const double lat = qDegreesToRadians(mid.y());
        link.mid[0] = float(std::cos(lat) * std::cos(lon));
        link.mid[1] = float(std::cos(lat) * std::sin(lon));
        link.mid[2] = float(std::sin(lat));
        link.halfAngle = float(qDegreesToRadians(GreatCircle::angularDistance(pa, pb)) / 2);
        into->append(link);
        return true;
    };
    for (int i = 0; i < scene.arcs.size(); ++i) {
        const MapArc &arc = scene.arcs.at(i);
        const bool twin = arc.style == MapArc::Style::Twin;
        if (!resolve(arc.aId, arc.bId, i, twin ? &m_twins : &m_arcs) || twin)
            continue;
        if (arc.style == MapArc::Style::Proposal)
            m_hasProposals = true;
        else if (!m_stages.contains(arc.stageKey.toLower()))
            m_stages.append(arc.stageKey.toLower());
    }
    for (int i = 0; i < scene.arrows.size(); ++i)
        resolve(scene.arrows.at(i).fromId, scene.arrows.at(i).toId, i, &m_arrows);
    // Links between two big places first: they survive the budget when zoomed out.
    auto importance = [&](const Link &l) {
        return std::min(markers.at(l.a).weight, markers.at(l.b).weight);
    };
    std::stable_sort(m_twins.begin(), m_twins.end(),
                     [&](const Link &x, const Link &y) { return importance(x) > importance(y); });
    ++m_generation;
}

void MapLinkPainter::syncProjection(const MapProjection &projection) const
{
    if (projection != m_projection) {
        m_projection = projection;
        ++m_generation;
    }
}

QVector<QPolygonF> MapLinkPainter::pixelParts(const Link &link, const MapViewport &viewport, double pixelStep) const
{
    const double s = viewport.scale();
    if (2.0 * s > kMaxCachedSegmentPx)
        return viewport.refinedPixels(link.coarse, pixelStep);
    if (link.generation != m_generation) {
        link.sceneParts = m_projection.projectPolyline(link.coarse);
        link.generation = m_generation;
    }
    QVector<QPolygonF> parts = link.sceneParts;
    const QTransform t = viewport.sceneTransform();
    for (QPolygonF &part : parts) {
        for (QPointF &p : part)
            p = QPointF(p.x() * t.m11() + t.dx(), p.y() * t.m22() + t.dy());
    }
    return parts;
}

int MapLinkPainter::drawTwins(QPainter *painter, const MapViewport &viewport, const QVector<QPointF> &pixels) const
{
    syncProjection(viewport.projection());
    const QRectF visible = QRectF(QPointF(0, 0), viewport.size()).adjusted(-2, -2, 2, 2);
    // Links whose ends fall into the same pair of screen cells would be drawn on top of each other.
    const double cell = viewport.zoom() < 2 ? 4.0 : 3.0;
    QSet<quint64> seen;
    seen.reserve(m_twins.size());
    QVector<QLineF> lines;
    lines.reserve(kTwinBudget * 8);
    const Culler culler(viewport);
    int drawn = 0;
    for (const Link &link : m_twins) {
        if (drawn >= kTwinBudget)
            break;
        if (!culler.visible(link.mid, link.halfAngle))
            continue;
        const quint32 ca = cellId(pixels.at(link.a), cell);
        const quint32 cb = cellId(pixels.at(link.b), cell);
        if (ca == cb)
            continue;
        const quint64 key = unorderedKey(ca, cb);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        bool any = false;
        for (const QPolygonF &part : pixelParts(link, viewport, 24.0)) {
            if (!part.boundingRect().intersects(visible))
                continue;
            for (int i = 0; i + 1 < part.size(); ++i)
                lines.append(QLineF(part.at(i), part.at(i + 1)));
            any = true;
        }
        drawn += any ? 1 : 0;
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(MapStyle::cosmeticPen(MapStyle::twin(), 1.0));
    // Thousands of faint hairlines: aliased lines cost half as much and look the same at this opacity.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawLines(lines);
    painter->setRenderHint(QPainter::Antialiasing, true);
    return drawn;
}

int MapLinkPainter::drawArcs(QPainter *painter, const MapViewport &viewport, const MapScene &scene) const
{
    syncProjection(viewport.projection());
    const QRectF visible = QRectF(QPointF(0, 0), viewport.size()).adjusted(-4, -4, 4, 4);
    painter->setBrush(Qt::NoBrush);
    const Culler culler(viewport);
    int drawn = 0;
    for (const Link &link : m_arcs) {
        const MapArc &arc = scene.arcs.at(link.source);
        const bool proposal = arc.style == MapArc::Style::Proposal;
        if ((proposal && !scene.layers.proposals) || (!proposal && !scene.layers.partnerships))
            continue;
        if (!culler.visible(link.mid, link.halfAngle))
            continue;
        QPen pen;
        if (proposal) {
            pen = MapStyle::cosmeticPen(MapStyle::proposal(), 1.7, Qt::CustomDashLine);
            pen.setCapStyle(Qt::FlatCap);
            pen.setDashPattern({4.0, 3.0});
        } else {
            pen = MapStyle::cosmeticPen(MapStyle::stageColor(arc.stageKey), 2.4);
        }
        bool any = false;
        for (const QPolygonF &part : pixelParts(link, viewport, 6.0)) {
            if (!part.boundingRect().intersects(visible))
                continue;
            if (arc.selected) {
                QColor halo = MapStyle::selection();
                halo.setAlpha(170);
                painter->setPen(MapStyle::cosmeticPen(halo, pen.widthF() + 5));
                painter->drawPolyline(part);
            }
            painter->setPen(pen);
            painter->drawPolyline(part);
            any = true;
        }
        drawn += any ? 1 : 0;
    }
    return drawn;
}

int MapLinkPainter::drawArrows(QPainter *painter, const MapViewport &viewport, const MapScene &scene,
                               double maxWeight) const
{
    syncProjection(viewport.projection());
    const QRectF visible = QRectF(QPointF(0, 0), viewport.size()).adjusted(-8, -8, 8, 8);
    QSet<quint64> directed;
    for (const Link &link : m_arrows)
        directed.insert((quint64(quint32(link.a)) << 32) | quint32(link.b));
    const QFont labelFont = MapStyle::labelFont(scene.labelLanguage, 12, true);
    const QFontMetricsF fm(labelFont);
    QColor color = MapStyle::interest();
    color.setAlpha(215);
    const QColor selectedColor = MapStyle::selection().darker(130);
    const Culler culler(viewport);
    int drawn = 0;
    QVector<QRectF> labelled; // count labels already placed: parallel arrows must not stack theirs
    for (const Link &link : m_arrows) {
        if (!culler.visible(link.mid, link.halfAngle))
            continue;
        const MapArrow &arrow = scene.arrows.at(link.source);
        const MapMarker &target = scene.markers.at(link.b);
        const double width = MapStyle::arrowWidth(arrow.strength);
        const bool reciprocal = directed.contains((quint64(quint32(link.b)) << 32) | quint32(link.a));
        QVector<QPolygonF> parts = pixelParts(link, viewport, 5.0);
        if (parts.isEmpty())
            continue;
        for (QPolygonF &part : parts)
            part = offsetRight(part, reciprocal ? width / 2 + 2.0 : 0.0);
        const QColor ink = arrow.selected ? selectedColor : color;
        bool any = false;
        // The head sits on the last part, just outside the target's disc.
        const double headLength = 7.0 + 1.6 * width;
        const double headWidth = 5.0 + 1.4 * width;
        const double targetRadius = MapStyle::markerRadius(target.weight, maxWeight, viewport.zoom());
        QPolygonF shaft = parts.last();
        if (trimEnd(&shaft, targetRadius + 1.5) && shaft.size() >= 2) {
            const QPointF tip = shaft.last();
            QPolygonF body = shaft;
            if (trimEnd(&body, headLength) && body.size() >= 2) {
                const QPointF base = body.last();
                const QPointF dir = (tip - base) / std::max(1e-9, QLineF(base, tip).length());
                const QPointF normal(-dir.y(), dir.x());
                const QPolygonF head({tip, base + normal * (headWidth / 2), base - normal * (headWidth / 2)});
                if (head.boundingRect().intersects(visible)) {
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(ink);
                    painter->drawPolygon(head);
                    any = true;
                }
                parts.last() = body;
            }
        }
        painter->setBrush(Qt::NoBrush);
        QPen pen = MapStyle::cosmeticPen(ink, width);
        pen.setCapStyle(Qt::FlatCap);
        int longest = -1;
        for (int i = 0; i < parts.size(); ++i) {
            const QPolygonF &part = parts.at(i);
            if (part.size() < 2 || !part.boundingRect().intersects(visible))
                continue;
            painter->setPen(pen);
            painter->drawPolyline(part);
            any = true;
            if (longest < 0 || part.size() > parts.at(longest).size())
                longest = i;
        }
        if (longest >= 0 && !arrow.label.isEmpty() && scene.layers.labels) {
            // On the arrow's right-hand side, so the labels of A->B and B->A do not collide.
            // The middle first, then further out either way, until the label clears those already drawn.
            const QPolygonF &line = parts.at(longest);
            const double textWidth = fm.horizontalAdvance(arrow.label);
            static constexpr double fractions[] = {0.5, 0.6, 0.4, 0.7, 0.3, 0.8, 0.2};
            for (const double fraction : fractions) {
                QPointF along;
                const QPointF at = pointAlong(line, fraction, &along);
                const QPointF normal(-along.y(), along.x());
                const QPointF centre = at + normal * (width / 2 + 4 + std::max(textWidth, fm.height()) / 2);
                const QRectF box(centre.x() - textWidth / 2 - 2, centre.y() - fm.height() / 2, textWidth + 4,
                                 fm.height());
                if (!visible.contains(box)
                    || std::any_of(labelled.cbegin(), labelled.cend(), [&](const QRectF &r) { return r.intersects(box); }))
                    continue;
                labelled.append(box);
                painter->setFont(labelFont);
                const QPointF baseline(centre.x() - textWidth / 2, centre.y() + fm.ascent() / 2 - 1);
                MapStyle::drawHaloText(painter, baseline, arrow.label, MapStyle::interest().darker(120));
                break;
            }
        }
        drawn += any ? 1 : 0;
    }
    return drawn;
}

} // namespace cb
