// SPDX-License-Identifier: GPL-3.0-or-later
#include "GreatCircle.h"

#include "MapProjection.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cb {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kRadToDeg = 180.0 / kPi;

using Vec3 = std::array<double, 3>;

Vec3 toVector(const QPointF &lonLat)
{
    const double lon = lonLat.x() * kDegToRad;
    const double lat = std::clamp(lonLat.y(), -90.0, 90.0) * kDegToRad;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

QPointF toLonLat(const Vec3 &v)
{
    const double norm = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (norm == 0)
        return QPointF(0, 0);
    const double lat = std::asin(std::clamp(v[2] / norm, -1.0, 1.0)) * kRadToDeg;
    const double lon = std::atan2(v[1], v[0]) * kRadToDeg;
    return QPointF(lon, lat);
}

double dot(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

// The angle via atan2 of cross and dot stays accurate for tiny and near-antipodal arcs alike.
double angleBetween(const Vec3 &a, const Vec3 &b)
{
    const Vec3 c{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    return std::atan2(std::sqrt(dot(c, c)), dot(a, b));
}

Vec3 slerp(const Vec3 &a, const Vec3 &b, double omega, double t)
{
    const double s = std::sin(omega);
    if (s < 1e-12) {
        return {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
    }
    const double wa = std::sin((1 - t) * omega) / s;
    const double wb = std::sin(t * omega) / s;
    return {wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]};
}

} // namespace

double GreatCircle::angularDistance(const QPointF &a, const QPointF &b)
{
    return angleBetween(toVector(a), toVector(b)) * kRadToDeg;
}

QPointF GreatCircle::pointAt(const QPointF &a, const QPointF &b, double t)
{
    if (t <= 0)
        return a;
    if (t >= 1)
        return b;
    const Vec3 va = toVector(a);
    Vec3 vb = toVector(b);
    double omega = angleBetween(va, vb);
    if (kPi - omega < 1e-9) {
        // Antipodes: every great circle through them qualifies; go via the north pole side.
        const QPointF pole(a.x(), 90.0);
        const double first = angularDistance(a, pole);
        const double total = first + angularDistance(pole, b);
        const double at = t * total;
        return at <= first ? pointAt(a, pole, at / first) : pointAt(pole, b, (at - first) / (total - first));
    }
    return toLonLat(slerp(va, vb, omega, t));
}

QVector<QPointF> GreatCircle::interpolate(const QPointF &a, const QPointF &b, int segments)
{
    const int n = std::max(1, segments);
    QVector<QPointF> points;
    points.reserve(n + 1);
    points.append(a);
    const Vec3 va = toVector(a);
    const Vec3 vb = toVector(b);
    const double omega = angleBetween(va, vb);
    const bool antipodal = kPi - omega < 1e-9;
    const double d = dot(va, vb);
    Vec3 u{vb[0] - va[0] * d, vb[1] - va[1] * d, vb[2] - va[2] * d};
    const double un = std::sqrt(dot(u, u));
    if (antipodal || un < 1e-12) {
        for (int i = 1; i < n; ++i)
            points.append(antipodal ? pointAt(a, b, double(i) / n) : toLonLat(slerp(va, vb, omega, double(i) / n)));
    } else {
        // Points on the circle a*cos(k*step) + u*sin(k*step), u the unit normal towards b; the
        // angle-addition recurrence replaces two sines per point (the error after 180 steps is ~1e-14).
        for (double &c : u)
            c /= un;
        const double cs = std::cos(omega / n);
        const double sn = std::sin(omega / n);
        double c = 1.0;
        double s = 0.0;
        for (int i = 1; i < n; ++i) {
            const double c2 = c * cs - s * sn;
            s = s * cs + c * sn;
            c = c2;
            points.append(toLonLat({va[0] * c + u[0] * s, va[1] * c + u[1] * s, va[2] * c + u[2] * s}));
        }
    }
    points.append(b);
    // Poles have no longitude: borrow the neighbour's so that the seam split stays sane.
    for (int i = 1; i + 1 < points.size(); ++i) {
        if (std::abs(points.at(i).y()) > 89.999999)
            points[i].setX(points.at(i - 1).x());
    }
    return points;
}

int GreatCircle::segmentsFor(const QPointF &a, const QPointF &b, double maxStepDegrees)
{
    const double step = maxStepDegrees > 0.01 ? maxStepDegrees : 0.01;
    return std::max(1, static_cast<int>(std::ceil(angularDistance(a, b) / step)));
}

QVector<QPointF> GreatCircle::coarse(const QPointF &a, const QPointF &b)
{
    return interpolate(a, b, segmentsFor(a, b, 2.0));
}

QVector<QPolygonF> GreatCircle::projected(const QPointF &a, const QPointF &b, const MapProjection &projection,
                                          double maxStepDegrees)
{
    return projection.projectPolyline(interpolate(a, b, segmentsFor(a, b, maxStepDegrees)));
}

} // namespace cb
