// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace cb {

/** One country outline of the world map: rings in (longitude, latitude) degrees. */
struct MapCountry
{
    QString iso2;       ///< ISO 3166-1 alpha-2 ("CN"), empty where none exists (N. Cyprus, Somaliland)
    int isoNumeric = 0; ///< ISO 3166-1 numeric (156 for China), 0 where none exists
    QString region;     ///< UN region: Africa, Americas, Asia, Europe, Oceania, Antarctica, ...
    QString name;       ///< English short name from Natural Earth
    /** Outer rings and holes, each closed (first point == last point), lon/lat degrees. */
    QVector<QPolygonF> rings;
    /** Bounding box of all rings in lon/lat (x = longitude, y = latitude). */
    QRectF bounds;
};

} // namespace cb
