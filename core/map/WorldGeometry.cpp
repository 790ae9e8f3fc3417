// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorldGeometry.h"

#include "MapProjection.h"

#include <cmath>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb {

namespace {

bool readRing(const QJsonArray &coordinates, QPolygonF *ring)
{
    ring->clear();
    ring->reserve(coordinates.size() + 1);
    for (const QJsonValue &value : coordinates) {
        const QJsonArray pair = value.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return false;
        const double lon = pair.at(0).toDouble();
        const double lat = pair.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180.0 || lon > 180.0 || lat < -90.0 || lat > 90.0)
            return false;
        ring->append(QPointF(lon, lat));
    }
    if (ring->size() < 3)
        return false;
    if (!ring->isClosed())
        ring->append(ring->first());
    return true;
}

bool readPolygon(const QJsonArray &polygon, QVector<QPolygonF> *rings)
{
    for (const QJsonValue &ringValue : polygon) {
        const QJsonArray coordinates = ringValue.toArray();
        // Degenerate rings (a lone point, as Natural Earth has off North Korea) enclose nothing: skip them.
        if (coordinates.size() < 3)
            continue;
        QPolygonF ring;
        if (!readRing(coordinates, &ring))
            return false;
        rings->append(ring);
    }
    return true;
}

// An edge that lies on the ±180° cut is an artefact of how the data is split, not a coast or border.
bool isCutEdge(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x()) == 180.0 && a.x() == b.x();
}

} // namespace

const WorldGeometry &WorldGeometry::builtIn()
{
    static const WorldGeometry geometry = [] {
        WorldGeometry g;
        if (!g.load(defaultPath()))
            qWarning("WorldGeometry: %s", qPrintable(g.errorString()));
        return g;
    }();
    return geometry;
}

bool WorldGeometry::fail(const QString &message)
{
    m_countries.clear();
    m_byIso2.clear();
    m_byNumeric.clear();
    m_error = message;
    return false;
}

bool WorldGeometry::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("cb::WorldGeometry", "Cannot open the map file %1: %2")
                        .arg(path, file.errorString()));
    }
    return loadFromData(file.readAll());
}

bool WorldGeometry::loadFromData(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        return fail(QCoreApplication::translate("cb::WorldGeometry", "The map file is not valid JSON: %1")
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("type")).toString() != QStringLiteral("FeatureCollection")
        || !root.value(QStringLiteral("features")).isArray()) {
        return fail(QCoreApplication::translate("cb::WorldGeometry", "The map file is not a GeoJSON FeatureCollection."));
    }
    QVector<MapCountry> countries;
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    for (const QJsonValue &featureValue : features) {
        const QJsonObject feature = featureValue.toObject();
        const QJsonObject props = feature.value(QStringLiteral("properties")).toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
        MapCountry country;
        country.iso2 = props.value(QStringLiteral("ISO_A2")).toString().toUpper();
        country.isoNumeric = props.value(QStringLiteral("ISO_N3")).toString().toInt();
        country.region = props.value(QStringLiteral("REGION_UN")).toString();
        country.name = props.value(QStringLiteral("NAME")).toString();
        bool ok = true;
        if (type == QStringLiteral("Polygon")) {
            ok = readPolygon(coordinates, &country.rings);
        } else if (type == QStringLiteral("MultiPolygon")) {
            for (const QJsonValue &polygon : coordinates)
                ok = ok && readPolygon(polygon.toArray(), &country.rings);
        } else {
            ok = false;
        }
        if (!ok || country.rings.isEmpty()) {
            return fail(QCoreApplication::translate("cb::WorldGeometry", "Invalid geometry for the map feature \"%1\".")
                            .arg(country.name));
        }
        for (const QPolygonF &ring : std::as_const(country.rings))
            country.bounds = country.bounds.isNull() ? ring.boundingRect() : country.bounds.united(ring.boundingRect());
        countries.append(country);
    }
    if (countries.isEmpty())
        return fail(QCoreApplication::translate("cb::WorldGeometry", "The map file holds no countries."));

    m_countries = countries;
    m_byIso2.clear();
    m_byNumeric.clear();
    for (int i = 0; i < m_countries.size(); ++i) {
        if (!m_countries.at(i).iso2.isEmpty())
            m_byIso2.insert(m_countries.at(i).iso2, i);
        if (m_countries.at(i).isoNumeric > 0)
            m_byNumeric.insert(m_countries.at(i).isoNumeric, i);
    }
    m_error.clear();
    return true;
}

const MapCountry *WorldGeometry::countryByIso2(const QString &iso2) const
{
    const auto it = m_byIso2.constFind(iso2.toUpper());
    return it == m_byIso2.cend() ? nullptr : &m_countries.at(it.value());
}

const MapCountry *WorldGeometry::countryByNumeric(int isoNumeric) const
{
    const auto it = m_byNumeric.constFind(isoNumeric);
    return it == m_byNumeric.cend() ? nullptr : &m_countries.at(it.value());
}

QString WorldGeometry::regionForIso2(const QString &iso2) const
{
    const MapCountry *country = countryByIso2(iso2);
    return country ? country->region : QString();
}

const MapCountry *WorldGeometry::countryAt(const QPointF &lonLat) const
{
    const double x = MapProjection::wrapLongitude(lonLat.x());
    const double y = lonLat.y();
    for (const MapCountry &country : m_countries) {
        if (!country.bounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(QPointF(x, y)))
            continue;
        // Even-odd over all rings, so holes (Lesotho inside South Africa) come out right.
        bool inside = false;
        for (const QPolygonF &ring : country.rings) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const QPointF &a = ring.at(i);
                const QPointF &b = ring.at(j);
                if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x())
                    inside = !inside;
            }
        }
        if (inside)
            return &country;
    }
    return nullptr;
}

QPainterPath WorldGeometry::countryPath(const MapCountry &country, const MapProjection &projection) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : country.rings) {
        for (const QPolygonF &piece : projection.projectRing(ring))
            path.addPolygon(piece);
    }
    return path;
}

QPainterPath WorldGeometry::landPath(const MapProjection &projection) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const MapCountry &country : m_countries) {
        for (const QPolygonF &ring : country.rings) {
            for (const QPolygonF &piece : projection.projectRing(ring))
                path.addPolygon(piece);
        }
    }
    return path;
}

QVector<QPolygonF> WorldGeometry::borderLines(const MapProjection &projection) const
{
    QVector<QPolygonF> lines;
    for (const MapCountry &country : m_countries) {
        for (const QPolygonF &ring : country.rings) {
            QVector<QPointF> run;
            auto flush = [&] {
                if (run.size() >= 2)
                    lines.append(projection.projectPolyline(run));
                run.clear();
            };
            for (int i = 0; i + 1 < ring.size(); ++i) {
                const QPointF &a = ring.at(i);
                const QPointF &b = ring.at(i + 1);
                if (isCutEdge(a, b)) {
                    flush();
                    continue;
                }
                if (run.isEmpty())
                    run.append(a);
                // Long edges are sampled so that meridians curve in pseudo-cylindrical projections.
                const double length = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
                const int pieces = projection.kind() == MapProjection::Kind::Equirectangular
                                       ? 1
                                       : std::max(1, static_cast<int>(std::ceil(length / 2.0)));
                for (int k = 1; k < pieces; ++k)
                    run.append(a + (b - a) * (double(k) / pieces));
                run.append(b);
            }
            flush();
        }
    }
    return lines;
}

} // namespace cb
