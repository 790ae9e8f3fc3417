// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapRenderer.h"

#include "GreatCircle.h"
#include "MapLabelPlacer.h"
#include "MapLegendPainter.h"
#include "MapSpriteCache.h"
#include "MapStyle.h"
#include "WorldGeometry.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <QtMath>

namespace cb {

namespace {

constexpr int kLabelAttempts = 700; // labels measured and tried per frame, heaviest first
constexpr int kLabelMax = 320;      // labels drawn per frame at most


QString stageName(const QString &key)
{
    const QString k = key.toLower();
    // The workspace's pipeline keys first (stage::all()), then the short forms older scenes used.
    if (k == QLatin1String("candidate"))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: candidate");
    if (k == QLatin1String("exploratory_exchange"))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: exploratory exchange");
    if (k == QLatin1String("friendship_mou"))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: friendship MoU");
    if (k == QLatin1String("pilot_project"))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: pilot project");
    if (k == QLatin1String("formal_agreement"))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: formal agreement");
    if (k == QLatin1String("closed"))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: closed");
    if (k.startsWith(QLatin1String("propos")))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: proposed");
    if (k.startsWith(QLatin1String("contact")))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: contacted");
    if (k.startsWith(QLatin1String("meeting")))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: meeting held");
    if (k.startsWith(QLatin1String("signed")) || k.startsWith(QLatin1String("agreement")))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: agreement signed");
    if (k.startsWith(QLatin1String("active")))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: active");
    if (k.startsWith(QLatin1String("dormant")))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: dormant");
    if (k.startsWith(QLatin1String("declin")))
        return QCoreApplication::translate("cb::MapRenderer", "Partnership: declined");
    return QCoreApplication::translate("cb::MapRenderer", "Partnership");
}

} // namespace

MapRenderer::MapRenderer()
    : m_geometry(&WorldGeometry::builtIn())
{
}

MapRenderer::MapRenderer(const WorldGeometry &geometry)
    : m_geometry(&geometry)
{
}

void MapRenderer::setScene(const MapScene &scene)
{
    m_scene = scene;
    prepare();
}

void MapRenderer::prepare()
{
    const QVector<MapMarker> &markers = m_scene.markers;
    m_indexById.clear();
    m_indexById.reserve(markers.size());
    m_maxWeight = 0;
    for (int i = 0; i < markers.size(); ++i) {
        m_indexById.insert(markers.at(i).id, i);
        if (std::isfinite(markers.at(i).weight))
            m_maxWeight = std::max(m_maxWeight, markers.at(i).weight);
    }
    if (m_maxWeight <= 0)
        m_maxWeight = 1;
    m_byWeight.resize(markers.size());
    for (int i = 0; i < markers.size(); ++i)
        m_byWeight[i] = i;
    std::stable_sort(m_byWeight.begin(), m_byWeight.end(),
                     [&](int a, int b) { return markers.at(a).weight > markers.at(b).weight; });

    m_links.prepare(m_scene, m_indexById);
    m_labelWidth = QVector<float>(markers.size(), -1.0f);
    m_colors.resize(markers.size());
    m_shares.resize(markers.size());
    QHash<QString, int> groups;
    for (int i = 0; i < markers.size(); ++i) {
        m_colors[i] = MapStyle::groupColor(markers.at(i).colorGroup).rgb();
        m_shares[i] = float(MapStyle::markerShare(markers.at(i).weight, m_maxWeight));
        ++groups[markers.at(i).colorGroup];
    }
    m_groups.clear();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        m_groups.append({it.value(), it.key()});
    std::sort(m_groups.begin(), m_groups.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    m_sprites.clear();
}

void MapRenderer::setSelectedMarker(qint64 id)
{
    for (MapMarker &m : m_scene.markers)
        m.selected = id != 0 && m.id == id;
}

void MapRenderer::setSelectedArc(qint64 a, qint64 b)
{
    auto matches = [&](qint64 x, qint64 y) { return (a != 0 || b != 0) && ((x == a && y == b) || (x == b && y == a)); };
    for (MapArc &arc : m_scene.arcs)
        arc.selected = matches(arc.aId, arc.bId);
    for (MapArrow &arrow : m_scene.arrows)
        arrow.selected = matches(arrow.fromId, arrow.toId);
}

bool MapRenderer::markerPosition(qint64 id, QPointF *lonLat) const
{
    const int i = m_indexById.value(id, -1);
    if (i < 0)
        return false;
    if (lonLat)
        *lonLat = QPointF(m_scene.markers.at(i).longitude, m_scene.markers.at(i).latitude);
    return true;
}

const MapRenderer::BaseMap &MapRenderer::baseMap(const MapProjection &projection) const
{
    if (m_base.valid && m_base.projection == projection)
        return m_base;
    m_base.projection = projection;
    m_base.land = m_geometry->landPath(projection);
    m_base.borders = QPainterPath();
    for (const QPolygonF &line : m_geometry->borderLines(projection))
        m_base.borders.addPolygon(line);
    m_base.graticule = QPainterPath();
    for (int lon = -180; lon < 180; lon += 30) {
        QVector<QPointF> meridian;
        for (int lat = -90; lat <= 90; lat += 2)
            meridian.append(QPointF(lon, lat));
        for (const QPolygonF &part : projection.projectPolyline(meridian))
            m_base.graticule.addPolygon(part);
    }
    for (int lat = -60; lat <= 60; lat += 30) {
        // Parallels are drawn relative to the central meridian so that they never cross the seam.
        QPolygonF parallel;
        for (int rel = -180; rel <= 180; rel += 3)
            parallel.append(projection.projectRelative(rel, lat));
        m_base.graticule.addPolygon(parallel);
    }
    m_base.outline = projection.worldOutline();
    m_base.valid = true;
    return m_base;
}

void MapRenderer::drawBaseMap(QPainter *painter, const MapViewport &viewport) const
{
    const BaseMap &base = baseMap(viewport.projection());
    const QTransform t = viewport.sceneTransform();
    painter->fillRect(QRectF(QPointF(0, 0), viewport.size()), MapStyle::background());
    const QPolygonF outline = t.map(base.outline);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MapStyle::sea());
    painter->drawPolygon(outline);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(MapStyle::cosmeticPen(MapStyle::graticule(), 0.7));
    painter->drawPath(t.map(base.graticule));
    painter->setPen(Qt::NoPen);
    painter->setBrush(MapStyle::land());
    // Antialiased filling of the whole land costs ~15x more; the antialiased coast line drawn next hides the steps.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawPath(t.map(base.land));
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(MapStyle::cosmeticPen(MapStyle::border(), viewport.zoom() >= 4 ? 0.9 : 0.6));
    painter->drawPath(t.map(base.borders));
    painter->setPen(MapStyle::cosmeticPen(QColor(0x9a, 0xae, 0xbf), 1.0));
    painter->drawPolygon(outline);
}

void MapRenderer::drawMarkers(QPainter *painter, const MapViewport &viewport) const
{
    const QVector<MapMarker> &markers = m_scene.markers;
    const QRectF frame(QPointF(0, 0), viewport.size());
    const double zoom = viewport.zoom();
    // One marker per small screen cell: the heaviest one wins, lighter neighbours hide under it.
    const double zoomScale = MapStyle::markerZoomScale(zoom);
    const double cell = std::max(2.5, MapStyle::markerRadiusFor(0, zoomScale) * 1.6);
    const int cols = std::max(1, static_cast<int>(std::ceil(frame.width() / cell)) + 2);
    const int rows = std::max(1, static_cast<int>(std::ceil(frame.height() / cell)) + 2);
    QVector<quint8> taken(cols * rows, 0);
    m_drawn.clear();
    QVector<int> selected;
    for (const int i : std::as_const(m_byWeight)) {
        const QPointF p = m_pixels.at(i);
        const MapMarker &m = markers.at(i);
        const double r = MapStyle::markerRadiusFor(m_shares.at(i), zoomScale);
        if (p.x() < -r || p.y() < -r || p.x() > frame.width() + r || p.y() > frame.height() + r)
            continue;
        if (m.selected) {
            selected.append(i);
            continue;
        }
        const int cx = std::clamp(static_cast<int>((p.x() + cell) / cell), 0, cols - 1);
        const int cy = std::clamp(static_cast<int>((p.y() + cell) / cell), 0, rows - 1);
        quint8 &slot = taken[cy * cols + cx];
        if (slot)
            continue;
        slot = 1;
        m_drawn.append(i);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool sprites = MapSpriteCache::suits(painter);
    if (sprites)
        m_sprites.setDevicePixelRatio(painter->device()->devicePixelRatioF());
    const QPen outline(QColor(255, 255, 255, 230), 0.9);
    QRgb lastColor = 0;
    bool lastOutlined = false;
    painter->setPen(Qt::NoPen);
    QVector<int> rings;
    for (const int i : std::as_const(m_drawn)) {
        const double r = MapStyle::markerRadiusFor(m_shares.at(i), zoomScale);
        const QRgb color = m_colors.at(i);
        if (markers.at(i).group) {
            rings.append(i);
            continue;
        }
        // Tiny dots need no rim: it would swallow their colour.
        const bool outlined = r >= 3.0;
        if (sprites) {
            m_sprites.drawMarker(painter, m_pixels.at(i), color, r, outlined);
            continue;
        }
        if (color != lastColor) {
            painter->setBrush(QColor::fromRgb(color));
            lastColor = color;
        }
        if (outlined != lastOutlined) {
            painter->setPen(outlined ? outline : QPen(Qt::NoPen));
            lastOutlined = outlined;
        }
        painter->drawEllipse(m_pixels.at(i), r, r);
    }
    // A group is not a place: a ring around where its members are, drawn over their discs.
    painter->setBrush(QColor(255, 255, 255, 170));
    for (const int i : std::as_const(rings)) {
        const double r = std::max(4.0, MapStyle::markerRadiusFor(m_shares.at(i), zoomScale));
        painter->setPen(QPen(QColor::fromRgb(m_colors.at(i)), 2.4));
        painter->drawEllipse(m_pixels.at(i), r, r);
    }
    for (const int i : std::as_const(selected)) {
        const MapMarker &m = markers.at(i);
        const double r = MapStyle::markerRadiusFor(m_shares.at(i), zoomScale) + 1.0;
        painter->setPen(QPen(MapStyle::selection(), 3.0));
        painter->setBrush(m.group ? QColor(Qt::white) : MapStyle::groupColor(m.colorGroup));
        painter->drawEllipse(m_pixels.at(i), r + 1.5, r + 1.5);
        painter->setPen(QPen(Qt::white, 1.0));
        painter->drawEllipse(m_pixels.at(i), r, r);
    }
    // Selected markers lead the label queue.
    m_drawn = selected + m_drawn;
    m_stats.markersDrawn = m_drawn.size();
}

void MapRenderer::drawLabels(QPainter *painter, const MapViewport &viewport, const QVector<QRectF> &reserved) const
{
    const QVector<MapMarker> &markers = m_scene.markers;
    const double zoomScale = MapStyle::markerZoomScale(viewport.zoom());
    MapLabelPlacer placer(QRectF(QPointF(2, 2), QSizeF(viewport.size()) - QSizeF(4, 4)));
    for (const QRectF &r : reserved)
        placer.addObstacle(r.adjusted(-3, -3, 3, 3));
    struct Placed
    {
        int marker;
        QPointF baseline;
        int size;
        bool bold;
    };
    QVector<Placed> placed;
    QHash<int, QFontMetricsF> metrics;
    auto fontFor = [&](int size, bool bold) { return MapStyle::labelFont(m_scene.labelLanguage, size, bold); };
    int attempts = 0;
    for (const int i : std::as_const(m_drawn)) {
        if (attempts >= kLabelAttempts || placed.size() >= kLabelMax)
            break;
        const MapMarker &m = markers.at(i);
        if (m.label.isEmpty())
            continue;
        ++attempts;
        const double share = std::sqrt(std::clamp(m.weight / m_maxWeight, 0.0, 1.0));
        const int size = m.selected ? 13 : static_cast<int>(std::lround(10.5 + 2.5 * share));
        const int key = size * 2 + (m.selected ? 1 : 0);
        auto it = metrics.find(key);
        if (it == metrics.end())
            it = metrics.insert(key, QFontMetricsF(fontFor(size, m.selected)));
        float &width = m_labelWidth[i];
        const double w = m.selected ? it->horizontalAdvance(m.label) : (width >= 0 ? width : (width = float(it->horizontalAdvance(m.label))));
        const double r = MapStyle::markerRadiusFor(m_shares.at(i), zoomScale) + (m.selected ? 2.5 : 0.0);
        QRectF rect;
        if (placer.place(m_pixels.at(i), r, QSizeF(w + 2, it->height()), &rect))
            placed.append(Placed{i, QPointF(rect.left() + 1, rect.top() + it->ascent()), size, m.selected});
        // Once its own label is placed, a big disc repels the labels of lighter places.
        if (r >= 4.0)
            placer.addObstacle(QRectF(m_pixels.at(i) - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed &x, const Placed &y) { return x.size * 2 + x.bold < y.size * 2 + y.bold; });
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const bool sprites = MapSpriteCache::suits(painter);
    int currentKey = -1;
    for (const Placed &p : std::as_const(placed)) {
        const int key = p.size * 2 + (p.bold ? 1 : 0);
        if (sprites) {
            m_sprites.drawLabel(painter, p.baseline, (quint64(p.marker) << 8) | quint64(key),
                                markers.at(p.marker).label, fontFor(p.size, p.bold), MapStyle::text());
            continue;
        }
        if (key != currentKey) {
            painter->setFont(fontFor(p.size, p.bold));
            currentKey = key;
        }
        MapStyle::drawHaloText(painter, p.baseline, markers.at(p.marker).label, MapStyle::text());
    }
    m_stats.labelsDrawn = placed.size();
}

void MapRenderer::render(QPainter *painter, const MapViewport &viewport) const
{
    if (!painter || viewport.size().isEmpty())
        return;
    m_stats = Stats();
    painter->save();
    painter->setClipRect(QRectF(QPointF(0, 0), viewport.size()));
    drawBaseMap(painter, viewport);

    const QVector<MapMarker> &markers = m_scene.markers;
    const MapProjection &projection = viewport.projection();
    m_pixels.resize(markers.size());
    for (int i = 0; i < markers.size(); ++i)
        m_pixels[i] = viewport.sceneToPixel(projection.project(markers.at(i).longitude, markers.at(i).latitude));

    if (m_scene.layers.twinTowns)
        m_stats.arcsDrawn += m_links.drawTwins(painter, viewport, m_pixels);
    // Interests first: they are the thickest lines, and a partnership along the same great circle stays visible.
    if (m_scene.layers.interests)
        m_stats.arrowsDrawn = m_links.drawArrows(painter, viewport, m_scene, m_maxWeight);
    if (m_scene.layers.proposals || m_scene.layers.partnerships)
        m_stats.arcsDrawn += m_links.drawArcs(painter, viewport, m_scene);
    m_drawn.clear();
    if (m_scene.layers.markers)
        drawMarkers(painter, viewport);

    const MapLegendPainter furniture(m_scene, effectiveLegend(), viewport.size());
    if (m_scene.layers.labels && m_scene.layers.markers) {
        const MapLegendPainter::Layout &l = furniture.layout();
        drawLabels(painter, viewport, {l.title, l.legend, l.attribution});
    }
    furniture.paint(painter);
    painter->restore();
}

QImage MapRenderer::renderToImage(const MapViewport &viewport) const
{
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(MapStyle::background());
    QPainter painter(&image);
    render(&painter, viewport);
    painter.end();
    return image;
}

MapViewport MapRenderer::fitViewport(const QVector<qint64> &ids, const QSize &size, MapProjection::Kind kind,
                                     double marginPx) const
{
    QVector<QPointF> points;
    QSet<qint64> framed;
    if (ids.isEmpty()) {
        for (const MapMarker &m : m_scene.markers)
            points.append(QPointF(m.longitude, m.latitude));
    } else {
        for (const qint64 id : ids) {
            QPointF p;
            if (markerPosition(id, &p))
                points.append(p);
            framed.insert(id);
        }
    }
    // The links count too: the view then keeps Mexico City–Luoyang whole across the Pacific rather than
    // cutting it at both edges of an Atlantic-centred map. Twin towns are too many and too faint to steer it.
    auto addLink = [&](qint64 a, qint64 b) {
        QPointF pa;
        QPointF pb;
        if ((!ids.isEmpty() && (!framed.contains(a) || !framed.contains(b))) || !markerPosition(a, &pa)
            || !markerPosition(b, &pb))
            return;
        points += GreatCircle::coarse(pa, pb);
    };
    for (const MapArrow &arrow : m_scene.arrows)
        addLink(arrow.fromId, arrow.toId);
    for (const MapArc &arc : m_scene.arcs) {
        if (arc.style != MapArc::Style::Twin)
            addLink(arc.aId, arc.bId);
    }
    return MapViewport::fitting(points, size, kind, marginPx);
}

QVector<MapLegendEntry> MapRenderer::effectiveLegend() const
{
    if (!m_scene.legend.isEmpty())
        return m_scene.legend;
    QVector<MapLegendEntry> entries;
    const MapLayers &layers = m_scene.layers;
    if (layers.markers) {
        // A legend of dozens of dots explains nothing; beyond eight groups the colours speak for themselves.
        if (m_groups.size() <= 8) {
            for (const auto &g : m_groups) {
                if (!g.second.isEmpty())
                    entries.append({MapLegendEntry::Symbol::Marker, m_scene.groupLabels.value(g.second, g.second), g.second});
            }
        }
    }
    if (layers.markers) {
        for (const MapMarker &m : m_scene.markers) {
            if (m.group) {
                entries.append({MapLegendEntry::Symbol::Group,
                                QCoreApplication::translate("cb::MapRenderer", "Survey respondents (group)"),
                                m.colorGroup});
                break;
            }
        }
    }
    if (layers.interests && m_links.hasArrows())
        entries.append({MapLegendEntry::Symbol::Interest,
                        QCoreApplication::translate("cb::MapRenderer", "Expressed interest"), QString()});
    if (layers.proposals && m_links.hasProposals())
        entries.append({MapLegendEntry::Symbol::Proposal,
                        QCoreApplication::translate("cb::MapRenderer", "Proposed pairing"), QString()});
    if (layers.partnerships) {
        for (const QString &stage : m_links.stages())
            entries.append({MapLegendEntry::Symbol::Partnership, stageName(stage), stage});
    }
    if (layers.twinTowns && m_links.hasTwins())
        entries.append({MapLegendEntry::Symbol::Twin,
                        QCoreApplication::translate("cb::MapRenderer", "Twin towns"), QString()});
    return entries;
}

} // namespace cb
