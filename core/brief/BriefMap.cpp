// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefMap.h"

#include "map/MapRenderer.h"
#include "workspace/WorkspaceData.h"

#include <QGuiApplication>

namespace cb {

QImage BriefMap::render(const WorkspaceData& data, ActorId a, ActorId b, const QString& language, const QSize& size)
{
    // Text needs the font database, which only a GUI application has; a core-only caller gets no map.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    MapScene scene;
    for (ActorId id : {a, b}) {
        const Actor* actor = data.actor(id);
        if (!actor || !actor->city.latitude || !actor->city.longitude)
            return {};
        MapMarker marker;
        marker.id = id;
        marker.latitude = *actor->city.latitude;
        marker.longitude = *actor->city.longitude;
        marker.label = data.actorName(id, language);
        marker.weight = 4.0;
        marker.selected = true;
        const Country* country = data.country(actor->countryCode);
        marker.colorGroup = country ? country->region : QString();
        scene.markers.append(marker);
    }
    MapArc arc;
    arc.aId = a;
    arc.bId = b;
    arc.style = MapArc::Style::Proposal;
    arc.selected = true;
    scene.arcs.append(arc);
    scene.layers.legend = false;
    scene.labelLanguage = language;
    MapRenderer renderer;
    renderer.setScene(scene);
    const MapViewport viewport = renderer.fitViewport({}, size, MapProjection::Kind::NaturalEarth, 80.0);
    return renderer.renderToImage(viewport);
}

} // namespace cb
