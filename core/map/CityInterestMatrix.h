// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatrixTable.h"
#include "domain/Ids.h"

#include <QVector>

namespace cb {

class MapEvidence;
struct WorkspaceData;

/**
 * Interests between cities: rows are who expressed them (cities, and respondent groups as one row each, with
 * the group's marker id MapSceneBuilder::groupMarkerId()), columns the cities they name; each cell counts the
 * voices (one per interest, a group's mentions). A link is kept when either end is in the filter's place.
 */
struct CityInterestMatrix
{
    QVector<qint64> rows;      ///< actor ids, or negative group marker ids
    QVector<ActorId> columns;  ///< target cities
    QVector<int> counts;       ///< rows x columns, row-major

    int rowCount() const { return rows.size(); }
    int columnCount() const { return columns.size(); }
    int count(int row, int column) const { return counts.value(row * columnCount() + column); }

    static CityInterestMatrix build(const MapEvidence& evidence);
    /** The name of a row in @p language (a city, or "Survey: Mexico"). */
    static QString rowName(const WorkspaceData& data, qint64 row, const QString& language);
    MatrixTable toTable(const WorkspaceData& data, const QString& language, const QString& title) const;
};

} // namespace cb
