// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapProjection.h"

#include <algorithm>
#include <cmath>

namespace cb {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kRadToDeg = 180.0 / kPi;
// Seam edges and long edges are subdivided to this step (degrees) so that curved meridians stay curved.
constexpr double kDensifyStep = 2.0;

// Natural Earth I polynomials (Šavrič, Jenny, Patterson, Petrovič, Hurni 2015), angles in radians.
double neXFactor(double phi)
{
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    return 0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4));
}

double neY(double phi)
{
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    return phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
}

double neYDerivative(double phi)
{
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    return 1.007226 + phi2 * (0.015085 * 3 + phi4 * (-0.044475 * 7 + 0.028874 * 9 * phi2 - 0.005916 * 11 * phi4));
}

// Sutherland–Hodgman against one vertical boundary; keepAbove selects x >= bound or x <= bound.
QPolygonF clipVertical(const QPolygonF &ring, double bound, bool keepGreater)
{
    QPolygonF out;
    const int n = ring.size();
    if (n == 0)
        return out;
    auto inside = [&](const QPointF &p) { return keepGreater ? p.x() >= bound : p.x() <= bound; };
    QPointF prev = ring.at(n - 1);
    bool prevIn = inside(prev);
    for (int i = 0; i < n; ++i) {
        const QPointF cur = ring.at(i);
        const bool curIn = inside(cur);
        if (curIn != prevIn) {
            const double t = (bound - prev.x()) / (cur.x() - prev.x());
            out.append(QPointF(bound, prev.y() + t * (cur.y() - prev.y())));
        }
        if (curIn)
            out.append(cur);
        prev = cur;
        prevIn = curIn;
    }
    return out;
}

} // namespace

MapProjection::MapProjection(Kind kind, double centralMeridian)
    : m_kind(kind)
{
    setCentralMeridian(centralMeridian);
}

void MapProjection::setCentralMeridian(double longitude)
{
    m_centralMeridian = std::isfinite(longitude) ? wrapLongitude(longitude) : 0.0;
}

double MapProjection::seamLongitude() const
{
    return wrapLongitude(m_centralMeridian + 180.0);
}

double MapProjection::wrapLongitude(double longitude)
{
    if (!std::isfinite(longitude))
        return 0.0;
    double x = std::fmod(longitude + 180.0, 360.0);
    if (x < 0)
        x += 360.0;
    // fmod can return 360 - epsilon rounding to 360 after the addition above.
    if (x >= 360.0)
        x -= 360.0;
    return x - 180.0;
}

double MapProjection::relativeLongitude(double longitude) const
{
    return wrapLongitude(longitude - m_centralMeridian);
}

QPointF MapProjection::project(const QPointF &lonLat) const
{
    return projectRelative(relativeLongitude(lonLat.x()), lonLat.y());
}

QPointF MapProjection::projectRelative(double relativeLongitude, double latitude) const
{
    const double lat = std::clamp(latitude, -90.0, 90.0);
    if (m_kind == Kind::Equirectangular)
        return QPointF(relativeLongitude, -lat);
    const double phi = lat * kDegToRad;
    const double x = relativeLongitude * neXFactor(phi);
    return QPointF(x, -neY(phi) * kRadToDeg);
}

bool MapProjection::unproject(const QPointF &scene, QPointF *lonLat) const
{
    if (!std::isfinite(scene.x()) || !std::isfinite(scene.y()))
        return false;
    constexpr double eps = 1e-9;
    double lat = 0;
    double rel = 0;
    if (m_kind == Kind::Equirectangular) {
        lat = -scene.y();
        rel = scene.x();
    } else {
        const double y = -scene.y() * kDegToRad;
        if (std::abs(y) > neY(kPi / 2) + eps)
            return false;
        double phi = y;
        for (int i = 0; i < 25; ++i) {
            const double delta = (neY(phi) - y) / neYDerivative(phi);
            phi -= delta;
            if (std::abs(delta) < 1e-12)
                break;
        }
        phi = std::clamp(phi, -kPi / 2, kPi / 2);
        lat = phi * kRadToDeg;
        rel = scene.x() / neXFactor(phi);
    }
    if (lat < -90.0 - eps || lat > 90.0 + eps || rel < -180.0 - eps || rel > 180.0 + eps)
        return false;
    if (lonLat)
        *lonLat = QPointF(wrapLongitude(std::clamp(rel, -180.0, 180.0) + m_centralMeridian), std::clamp(lat, -90.0, 90.0));
    return true;
}

QRectF MapProjection::worldRect() const
{
    const QPointF corner = projectRelative(180.0, 90.0);
    const double halfWidth = projectRelative(180.0, 0.0).x();
    return QRectF(QPointF(-halfWidth, corner.y()), QPointF(halfWidth, -corner.y()));
}

QPolygonF MapProjection::worldOutline(int stepsPerSide) const
{
    const int steps = std::max(2, stepsPerSide);
    QPolygonF outline;
    outline.reserve(2 * steps + 3);
    for (int i = 0; i <= steps; ++i)
        outline.append(projectRelative(180.0, 90.0 - 180.0 * i / steps));
    for (int i = 0; i <= steps; ++i)
        outline.append(projectRelative(-180.0, -90.0 + 180.0 * i / steps));
    outline.append(outline.first());
    return outline;
}

QVector<QPolygonF> MapProjection::projectPolyline(const QVector<QPointF> &lonLat) const
{
    QVector<QPolygonF> parts;
    if (lonLat.isEmpty())
        return parts;
    QPolygonF current;
    current.reserve(lonLat.size());
    double prevRel = relativeLongitude(lonLat.first().x());
    double prevLat = lonLat.first().y();
    current.append(projectRelative(prevRel, prevLat));
    for (int i = 1; i < lonLat.size(); ++i) {
        const QPointF &p = lonLat.at(i);
        double rel = prevRel + wrapLongitude(p.x() - lonLat.at(i - 1).x());
        if (rel > 180.0 || rel < -180.0) {
            const double edge = rel > 180.0 ? 180.0 : -180.0;
            const double t = (edge - prevRel) / (rel - prevRel);
            const double crossLat = prevLat + t * (p.y() - prevLat);
            current.append(projectRelative(edge, crossLat));
            if (current.size() >= 2)
                parts.append(current);
            current.clear();
            current.append(projectRelative(-edge, crossLat));
            rel += edge > 0 ? -360.0 : 360.0;
        }
        current.append(projectRelative(rel, p.y()));
        prevRel = rel;
        prevLat = p.y();
    }
    if (current.size() >= 2)
        parts.append(current);
    return parts;
}

QPolygonF MapProjection::densified(const QPolygonF &ring) const
{
    if (m_kind == Kind::Equirectangular || ring.size() < 2)
        return ring;
    QPolygonF out;
    out.reserve(ring.size());
    for (int i = 0; i < ring.size(); ++i) {
        const QPointF a = ring.at(i);
        const QPointF b = ring.at((i + 1) % ring.size());
        out.append(a);
        const double length = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
        const int pieces = static_cast<int>(std::ceil(length / kDensifyStep));
        for (int k = 1; k < pieces; ++k) {
            const double t = double(k) / pieces;
            out.append(a + (b - a) * t);
        }
    }
    return out;
}

QVector<QPolygonF> MapProjection::projectRing(const QPolygonF &lonLatRing) const
{
    QVector<QPolygonF> pieces;
    if (lonLatRing.size() < 3)
        return pieces;
    // Unwrapped relative longitudes: the ring keeps its shape, only shifted by the central meridian.
    QPolygonF relative = lonLatRing;
    for (QPointF &p : relative)
        p.setX(p.x() - m_centralMeridian);
    const QRectF bounds = relative.boundingRect();
    for (int k = -1; k <= 1; ++k) {
        const double shift = 360.0 * k;
        if (bounds.right() + shift < -180.0 || bounds.left() + shift > 180.0)
            continue;
        QPolygonF copy = relative.translated(shift, 0);
        if (bounds.left() + shift < -180.0)
            copy = clipVertical(copy, -180.0, true);
        if (bounds.right() + shift > 180.0)
            copy = clipVertical(copy, 180.0, false);
        if (copy.size() < 3)
            continue;
        const QPolygonF dense = densified(copy);
        QPolygonF projected;
        projected.reserve(dense.size() + 1);
        for (const QPointF &p : dense)
            projected.append(projectRelative(p.x(), p.y()));
        if (!projected.isClosed())
            projected.append(projected.first());
        pieces.append(projected);
    }
    return pieces;
}

} // namespace cb
