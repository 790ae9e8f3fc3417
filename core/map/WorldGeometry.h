// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapCountry.h"

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QVector>

namespace cb {

class MapProjection;

/**
 * Country outlines of the world map, read from GeoJSON (Natural Earth 1:110m as shipped in
 * the resources). The data is immutable after loading; projected paths are computed on
 * demand for a given projection (callers cache them).
 */
class WorldGeometry
{
public:
    /** The resource the product ships. */
    static QString defaultPath() { return QStringLiteral(":/map/countries.geojson"); }

    /** The shipped geometry, loaded once on first use (thread-safe). Empty if the resource is broken. */
    static const WorldGeometry &builtIn();

    /** Loads a GeoJSON FeatureCollection file; on failure returns false and sets errorString(). */
    bool load(const QString &path = defaultPath());
    /** Parses a GeoJSON FeatureCollection (Polygon and MultiPolygon features). */
    bool loadFromData(const QByteArray &json);
    QString errorString() const { return m_error; }

    bool isEmpty() const { return m_countries.isEmpty(); }
    const QVector<MapCountry> &countries() const { return m_countries; }
    /** The country with this alpha-2 code (case-insensitive), or nullptr. */
    const MapCountry *countryByIso2(const QString &iso2) const;
    /** The country with this ISO numeric code, or nullptr. */
    const MapCountry *countryByNumeric(int isoNumeric) const;
    /** UN region of a country by alpha-2 code, empty when unknown. */
    QString regionForIso2(const QString &iso2) const;
    /** The country whose outline contains the point (lon, lat), or nullptr (sea). */
    const MapCountry *countryAt(const QPointF &lonLat) const;

    /** All land as one path in scene coordinates (rings clipped at the projection's seam). */
    QPainterPath landPath(const MapProjection &projection) const;
    /** One country's outline in scene coordinates. */
    QPainterPath countryPath(const MapCountry &country, const MapProjection &projection) const;
    /**
     * Border and coast lines in scene coordinates. Edges that only exist because the data is
     * cut at ±180° (Russia, Fiji, Antarctica) are left out, and lines are split at the seam,
     * so a Pacific-centred map shows no artificial lines.
     */
    QVector<QPolygonF> borderLines(const MapProjection &projection) const;

private:
    bool fail(const QString &message);

    QVector<MapCountry> m_countries;
    QHash<QString, int> m_byIso2;
    QHash<int, int> m_byNumeric;
    QString m_error;
};

} // namespace cb
