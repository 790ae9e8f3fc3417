// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapFilter.h"
#include "MapProposal.h"
#include "MapScene.h"

#include <QString>
#include <QVector>

namespace cb {

class MapEvidence;
struct WorkspaceData;

/** How a scene is built beyond the filter: language, proposals from the matcher, colours, title. */
struct MapSceneOptions
{
    enum class ColorBy { Region, Country };

    QString language = QStringLiteral("en"); ///< labels and data names: en, zh or es
    QVector<MapProposal> proposals;          ///< drawn as dashed arcs; not filtered by theme or date
    ColorBy colorBy = ColorBy::Region;
    QString title; ///< empty: defaultTitle()
};

/**
 * Turns a workspace into a MapScene: cities as markers sized by their activity and coloured by region or
 * country; interests as arrows added up per direction (a respondent group's interests start from a ring
 * at the middle of its members: "Survey: Mexico → Luoyang ×4"); proposals as dashed arcs; partnerships as
 * solid arcs coloured by their stage in the date range. Cities show when they have filtered evidence or
 * are the end of a drawn link (every city shows without a theme or dates); with a country or region, links
 * need one end there.
 *
 * Marker ids are actor ids; a group's ring has id groupMarkerId(group), which is negative.
 */
class MapSceneBuilder
{
public:
    static MapScene build(const WorkspaceData& data, const MapFilter& filter, const MapSceneOptions& options);
    /** The same from evidence already gathered (the page shares it with the matrices). */
    static MapScene build(const MapEvidence& evidence, const MapSceneOptions& options);

    static qint64 groupMarkerId(GroupId id) { return -id; }
    /** The group a marker id stands for, or 0 for an actor's marker. */
    static GroupId groupOfMarker(qint64 markerId) { return markerId < 0 ? -markerId : 0; }

    /** "Interest map · Tourism development · Mexico · up to 31 Dec 2020", in @p language. */
    static QString defaultTitle(const WorkspaceData& data, const MapFilter& filter, const QString& language);
    /** What the filter selects, for titles: "Tourism development · Mexico · up to 2020-12-31"; empty for all. */
    static QString filterSummary(const WorkspaceData& data, const MapFilter& filter, const QString& language);
    /** The short name of a respondent group's ring: "Survey: Mexico". */
    static QString groupName(const WorkspaceData& data, GroupId id, const QString& language);
    /** Hover text of an actor: names in three languages, country, top themes, interest counts. */
    static QString actorTooltip(const MapEvidence& evidence, ActorId id, const QString& language);
};

} // namespace cb
