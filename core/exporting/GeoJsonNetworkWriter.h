// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTables.h"
#include "NetworkSelection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QPointF>

class QIODevice;

namespace cb {

struct MatchResult;
struct WorkspaceData;

/**
 * Writes the network as a GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude/latitude) for QGIS: cities as
 * Points with their names in en, zh, es and native plus facts; interests, partnerships and proposals between
 * located actors as great-circle lines sampled every 2°, split where they cross the antimeridian (a LineString,
 * or a MultiLineString when split) so no segment runs across the whole map. Every feature has a "layer"
 * property (city, interest, partnership, proposal) to style or filter by.
 */
class GeoJsonNetworkWriter
{
    Q_DECLARE_TR_FUNCTIONS(cb::GeoJsonNetworkWriter)

public:
    /** @p result may be null (no proposals). */
    bool write(const WorkspaceData& data, const MatchResult* result, const ExportOptions& options,
               const NetworkSelection& selection, QIODevice* device);
    QString errorString() const { return m_error; }
    /** Features (GeoJSON) or nodes plus edges (GraphML) in the last write. */
    int featureCount() const { return m_count; }

    /** Cuts a polyline of (longitude, latitude) points into parts wherever a step crosses ±180°. */
    static QList<QList<QPointF>> splitAtAntimeridian(const QList<QPointF>& points);
    /** The great-circle line from @p a to @p b as GeoJSON geometry. */
    static QJsonObject lineGeometry(const QPointF& a, const QPointF& b);

private:
    QString m_error;
    int m_count = 0;
};

} // namespace cb
