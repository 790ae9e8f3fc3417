// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityInterestMatrix.h"

#include "MapEvidence.h"
#include "MapSceneBuilder.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cb {

CityInterestMatrix CityInterestMatrix::build(const MapEvidence& evidence)
{
    const WorkspaceData& data = evidence.data();
    const MapFilter& filter = evidence.filter();
    auto isCity = [&](ActorId id) {
        const Actor* a = data.actor(id);
        return a && a->isCity();
    };
    struct Cell
    {
        qint64 row;
        ActorId column;
        int count;
    };
    QVector<Cell> cells;
    for (const MapFlow& flow : evidence.flows()) {
        if (!isCity(flow.toActor))
            continue;
        bool inPlace = filter.matchesPlace(data, flow.toActor);
        qint64 row = 0;
        if (flow.fromActor != 0) {
            if (!isCity(flow.fromActor) || flow.fromActor == flow.toActor)
                continue;
            row = flow.fromActor;
            inPlace = inPlace || filter.matchesPlace(data, flow.fromActor);
        } else {
            row = MapSceneBuilder::groupMarkerId(flow.fromGroup);
            for (const ActorId member : evidence.groupMembers().value(flow.fromGroup))
                inPlace = inPlace || filter.matchesPlace(data, member);
        }
        if (inPlace)
            cells.append(Cell{row, flow.toActor, flow.count});
    }
    CityInterestMatrix m;
    for (const Cell& c : std::as_const(cells)) {
        if (!m.rows.contains(c.row))
            m.rows.append(c.row);
        if (!m.columns.contains(c.column))
            m.columns.append(c.column);
    }
    // Groups (negative ids) first, then cities by id: stable whatever order the evidence came in.
    std::sort(m.rows.begin(), m.rows.end());
    std::sort(m.columns.begin(), m.columns.end());
    m.counts.fill(0, m.rowCount() * m.columnCount());
    for (const Cell& c : std::as_const(cells))
        m.counts[m.rows.indexOf(c.row) * m.columnCount() + m.columns.indexOf(c.column)] += c.count;
    return m;
}

QString CityInterestMatrix::rowName(const WorkspaceData& data, qint64 row, const QString& language)
{
    const GroupId group = MapSceneBuilder::groupOfMarker(row);
    return group != 0 ? MapSceneBuilder::groupName(data, group, language) : data.actorName(row, language);
}

MatrixTable CityInterestMatrix::toTable(const WorkspaceData& data, const QString& language, const QString& title) const
{
    MatrixTable t;
    t.title = title;
    t.language = language;
    for (const qint64 row : rows)
        t.rowLabels.append(rowName(data, row, language));
    for (const ActorId id : columns)
        t.columnLabels.append(data.actorName(id, language));
    QVector<double> values;
    values.reserve(counts.size());
    for (const int c : counts)
        values.append(c);
    t.layers.append({QCoreApplication::translate("cb::CityInterestMatrix", "Interests (voices)"),
                     QColor(0x8c, 0x2d, 0x4a), values});
    t.showValues = true;
    t.attribution = QCoreApplication::translate("cb::CityInterestMatrix",
                                                "Data: CityBridge workspace, UNOSSC Cities Project");
    return t;
}

} // namespace cb
