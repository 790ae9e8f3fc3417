// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"

#include <QString>

namespace cb {

/** One city of the bundled GeoNames gazetteer (CC BY 4.0, "GeoNames, https://www.geonames.org/"). */
struct GazetteerEntry
{
    qint64 geonameId = 0;
    QString name;        ///< English (GeoNames) name
    QString nameZh;      ///< Simplified Chinese as listed, e.g. "洛阳市"; may be empty
    QString nameEs;      ///< Spanish name; may be empty
    QString adminRegion; ///< first-level region, e.g. "Henan"
    QString countryCode; ///< ISO alpha-2
    QString countryName; ///< English country name
    QString timezone;    ///< IANA name
    qint64 population = 0;
    double latitude = 0.0;
    double longitude = 0.0;

    /**
     * The Chinese name as a city is usually called: a trailing 市 ("city") is dropped from names of three
     * characters or more (洛阳市 -> 洛阳), the way the sample workspace names its cities.
     */
    QString chineseName() const;
    /** The Spanish name, or the English one where GeoNames has none (the right fallback for place names). */
    QString spanishName() const;
    /**
     * Copies the gazetteer facts into a city: names in en/zh/es, the full Chinese name as an alias when it
     * differs, country, region, coordinates, population and time zone. Other fields stay as they are.
     */
    void fillCity(Actor& city) const;
};

} // namespace cb
