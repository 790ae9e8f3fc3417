// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatrixTable.h"
#include "domain/Ids.h"

#include <QVector>

namespace cb {

class MapEvidence;
struct WorkspaceData;

/**
 * Cities by themes: how strongly each city (in the filter's place) states each theme as a priority and as an
 * offer, from its own statements and its respondent groups'. Columns are the themes that hold any value, in
 * taxonomy order; rows are cities by id.
 */
struct CityThemeMatrix
{
    QVector<ActorId> cities;
    QVector<ThemeId> themes;
    QVector<double> priorities; ///< cities x themes, row-major, 0..1
    QVector<double> offers;

    int rows() const { return cities.size(); }
    int columns() const { return themes.size(); }
    double priority(int row, int column) const { return priorities.value(row * columns() + column); }
    double offer(int row, int column) const { return offers.value(row * columns() + column); }

    static CityThemeMatrix build(const MapEvidence& evidence);
    /** The printable table in @p language, with priorities and offers as two layers. */
    MatrixTable toTable(const WorkspaceData& data, const QString& language, const QString& title) const;
};

} // namespace cb
