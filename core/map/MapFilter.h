// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace cb {

struct Partnership;
struct WorkspaceData;

/**
 * What the interest map and its matrices show, as a plain value: a theme (a cluster selects all its
 * themes), a partnership stage, a country or UN region, and a range of evidence dates. Empty fields
 * select everything. Undated evidence passes a date range, as in the matcher.
 */
struct MapFilter
{
    ThemeId theme = 0;  ///< 0: any theme
    QString stage;      ///< partnership stage key (stage::Active, ...); empty: any stage
    QString country;    ///< ISO alpha-2; empty: any country
    QString region;     ///< UN region as stored with the countries ("Americas", "Asia"); empty: any region
    QDate from;         ///< evidence dated on or after this day; invalid: no lower bound
    QDate to;           ///< evidence dated up to this day (the "as of" day); invalid: no upper bound

    bool isEmpty() const;
    bool operator==(const MapFilter& o) const;
    bool operator!=(const MapFilter& o) const { return !(*this == o); }

    /**
     * The theme ids the filter selects: the theme itself, and for a cluster every theme under it.
     * Empty when the filter selects any theme.
     */
    QSet<ThemeId> selectedThemes(const WorkspaceData& data) const;
    /**
     * True when evidence on @p themes is about the selection: one of them is selected, or one of them is
     * the cluster of the selected theme (the evidence names the whole cluster). Evidence that names no
     * theme passes only when no theme is selected.
     */
    bool matchesThemes(const WorkspaceData& data, const QSet<ThemeId>& selected, const QList<ThemeId>& themes) const;
    bool matchesDate(const QDate& date) const;
    /** True when the actor is in the selected country or region (always true without one). */
    bool matchesPlace(const WorkspaceData& data, ActorId actor) const;
    /**
     * The stage @p partnership had on the last day of the range (its last recorded move up to then), or an
     * empty string when it had not started by then, has not moved since the first day of the range, or is at
     * another stage than the selected one.
     */
    QString stageInRange(const Partnership& partnership) const;

    /**
     * Finds a theme by key, by name in any language, or by a unique start of a key or name ("tourism" finds
     * tourism_development). Returns 0 with a translated *error when nothing or several themes match.
     */
    static ThemeId findTheme(const WorkspaceData& data, const QString& text, QString* error);
    /**
     * Sets country or region from an ISO code, a country name in any language or a region name
     * ("MX", "Mexico", "墨西哥", "Americas"). False with a translated *error when nothing matches.
     */
    bool setPlace(const WorkspaceData& data, const QString& text, QString* error);
};

/** The translated name of a partnership stage key (stage::Active -> "active"), as stored keys read otherwise. */
QString partnershipStageName(const QString& key);

/** The translated name of a UN region key as stored with the countries ("Americas" -> "美洲"). */
QString mapRegionName(const QString& region);


} // namespace cb
