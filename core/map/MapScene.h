// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapArc.h"
#include "MapArrow.h"
#include "MapLayers.h"
#include "MapLegendEntry.h"
#include "MapMarker.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace cb {

/**
 * Everything the map draws, as plain values. The caller builds it from the workspace in the
 * display language; the renderer never looks anything up elsewhere.
 */
struct MapScene
{
    QVector<MapMarker> markers;
    QVector<MapArrow> arrows; ///< interests; ends refer to MapMarker::id
    QVector<MapArc> arcs;     ///< proposals, partnerships, twin towns; ends refer to MapMarker::id
    MapLayers layers;
    QString title;
    /** Legend lines; when empty the renderer builds one from the layers that hold data. */
    QVector<MapLegendEntry> legend;
    /** Display names for marker colour groups, used by the automatic legend. */
    QHash<QString, QString> groupLabels;
    QString attribution = QStringLiteral("Natural Earth; GeoNames CC BY 4.0");
    /** Language of the labels ("en", "zh", "zh_CN", "es"); "zh*" selects a CJK font. */
    QString labelLanguage = QStringLiteral("en");
};

} // namespace cb
