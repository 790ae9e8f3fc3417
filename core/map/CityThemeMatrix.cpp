// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityThemeMatrix.h"

#include "MapEvidence.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace cb {

CityThemeMatrix CityThemeMatrix::build(const MapEvidence& evidence)
{
    const WorkspaceData& data = evidence.data();
    CityThemeMatrix m;
    QSet<ThemeId> used;
    for (auto it = evidence.activity().cbegin(); it != evidence.activity().cend(); ++it) {
        const Actor* a = data.actor(it.key());
        if (!a || !a->isCity() || !evidence.filter().matchesPlace(data, a->id))
            continue;
        if (it->priorities.isEmpty() && it->offers.isEmpty())
            continue;
        m.cities.append(a->id);
        for (auto t = it->priorities.cbegin(); t != it->priorities.cend(); ++t)
            used.insert(t.key());
        for (auto t = it->offers.cbegin(); t != it->offers.cend(); ++t)
            used.insert(t.key());
    }
    std::sort(m.cities.begin(), m.cities.end());
    // Taxonomy order: clusters by their sort order, each followed by its themes.
    auto rank = [&](ThemeId id) {
        const Theme* t = data.theme(id);
        const Theme* cluster = t ? data.theme(data.clusterOf(id)) : nullptr;
        return std::make_tuple(cluster ? cluster->sortOrder : 0, cluster ? cluster->id : 0,
                               t && t->isCluster() ? 0 : 1, t ? t->sortOrder : 0, id);
    };
    m.themes = QVector<ThemeId>(used.cbegin(), used.cend());
    std::sort(m.themes.begin(), m.themes.end(), [&](ThemeId x, ThemeId y) { return rank(x) < rank(y); });
    m.priorities.fill(0.0, m.rows() * m.columns());
    m.offers.fill(0.0, m.rows() * m.columns());
    for (int r = 0; r < m.rows(); ++r) {
        const MapActivity act = evidence.activityOf(m.cities.at(r));
        for (int c = 0; c < m.columns(); ++c) {
            m.priorities[r * m.columns() + c] = act.priorities.value(m.themes.at(c));
            m.offers[r * m.columns() + c] = act.offers.value(m.themes.at(c));
        }
    }
    return m;
}

MatrixTable CityThemeMatrix::toTable(const WorkspaceData& data, const QString& language, const QString& title) const
{
    MatrixTable t;
    t.title = title;
    t.language = language;
    for (const ActorId id : cities)
        t.rowLabels.append(data.actorName(id, language));
    for (const ThemeId id : themes)
        t.columnLabels.append(data.themeName(id, language));
    t.layers.append({QCoreApplication::translate("cb::CityThemeMatrix", "Priority"), QColor(0xd9, 0x5f, 0x02), priorities});
    t.layers.append({QCoreApplication::translate("cb::CityThemeMatrix", "Offer"), QColor(0x1b, 0x9e, 0x77), offers});
    t.decimals = 1;
    t.attribution = QCoreApplication::translate("cb::CityThemeMatrix",
                                                "Data: CityBridge workspace, UNOSSC Cities Project");
    return t;
}

} // namespace cb
