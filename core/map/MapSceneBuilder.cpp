// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapSceneBuilder.h"

#include "MapEvidence.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace cb {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("cb::MapSceneBuilder", text, nullptr, n);
}

QString colorKey(const WorkspaceData& data, const QString& countryCode, MapSceneOptions::ColorBy by)
{
    if (by == MapSceneOptions::ColorBy::Country)
        return countryCode;
    const Country* c = data.country(countryCode);
    return c ? c->region : QString();
}

QString themeList(const WorkspaceData& data, const QList<ThemeId>& ids, const QString& language)
{
    QStringList names;
    for (const ThemeId id : ids)
        names.append(data.themeName(id, language));
    return names.join(language == lang::Zh ? QStringLiteral("、") : QStringLiteral(", "));
}

QString arrowTip(const WorkspaceData& data, const MapFlow& flow, const QString& fromName, const QString& language)
{
    QString tip = QStringLiteral("<b>%1 → %2</b><br>")
                      .arg(fromName.toHtmlEscaped(), data.actorName(flow.toActor, language).toHtmlEscaped());
    tip += flow.fromGroup != 0 ? QCoreApplication::translate("cb::MapSceneBuilder", "%n respondent(s) named this partner", nullptr, flow.count)
                               : QCoreApplication::translate("cb::MapSceneBuilder", "%n expressed interest(s)", nullptr, flow.count);
    QList<ThemeId> themes(flow.themes.cbegin(), flow.themes.cend());
    std::sort(themes.begin(), themes.end());
    if (!themes.isEmpty())
        tip += QStringLiteral("<br>") + QCoreApplication::translate("cb::MapSceneBuilder", "Themes: %1").arg(themeList(data, themes, language).toHtmlEscaped());
    if (flow.latest.isValid())
        tip += QStringLiteral("<br>") + QCoreApplication::translate("cb::MapSceneBuilder", "Latest evidence: %1").arg(flow.latest.toString(Qt::ISODate));
    return tip;
}

} // namespace

QString MapSceneBuilder::groupName(const WorkspaceData& data, GroupId id, const QString& language)
{
    const RespondentGroup* g = data.group(id);
    if (!g)
        return QString();
    if (g->countryCode.isEmpty())
        return tr("Survey respondents");
    return tr("Survey: %1").arg(data.countryName(g->countryCode, language));
}

QString MapSceneBuilder::defaultTitle(const WorkspaceData& data, const MapFilter& filter, const QString& language)
{
    const QString summary = filterSummary(data, filter, language);
    return summary.isEmpty() ? tr("Interest map") : tr("Interest map") + QStringLiteral(" · ") + summary;
}

QString MapSceneBuilder::filterSummary(const WorkspaceData& data, const MapFilter& filter, const QString& language)
{
    QStringList parts;
    if (filter.theme != 0)
        parts.append(data.themeName(filter.theme, language));
    if (!filter.country.isEmpty())
        parts.append(data.countryName(filter.country, language));
    else if (!filter.region.isEmpty())
        parts.append(mapRegionName(filter.region));
    if (filter.from.isValid() && filter.to.isValid())
        parts.append(tr("%1 to %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    else if (filter.to.isValid())
        parts.append(tr("up to %1").arg(filter.to.toString(Qt::ISODate)));
    else if (filter.from.isValid())
        parts.append(tr("from %1").arg(filter.from.toString(Qt::ISODate)));
    if (!filter.stage.isEmpty())
        parts.append(tr("partnerships %1").arg(partnershipStageName(filter.stage)));
    return parts.join(QStringLiteral(" · "));
}

QString MapSceneBuilder::actorTooltip(const MapEvidence& evidence, ActorId id, const QString& language)
{
    const WorkspaceData& data = evidence.data();
    const Actor* a = data.actor(id);
    if (!a)
        return QString();
    QString tip = QStringLiteral("<b>%1</b>").arg(a->name(language).toHtmlEscaped());
    QStringList others;
    for (const QString& l : {lang::En, lang::Zh, lang::Es}) {
        const QString name = a->names.exact(l);
        if (l != language && !name.isEmpty() && name != a->name(language) && !others.contains(name))
            others.append(name);
    }
    if (!others.isEmpty())
        tip += QStringLiteral(" · ") + others.join(QStringLiteral(" · ")).toHtmlEscaped();
    tip += QStringLiteral("<br>") + data.countryName(a->countryCode, language).toHtmlEscaped();
    const QList<ThemeId> top = evidence.topThemes(id, 3);
    if (!top.isEmpty())
        tip += QStringLiteral("<br>") + tr("Top themes: %1").arg(themeList(data, top, language).toHtmlEscaped());
    const MapActivity act = evidence.activityOf(id);
    tip += QStringLiteral("<br>") + tr("Interests expressed: %1, received: %2").arg(act.interestsOut).arg(act.interestsIn);
    if (act.countryInterests > 0)
        tip += QStringLiteral("<br>") + tr("Interest in a whole country: %1").arg(act.countryInterests);
    if (act.partnerships > 0)
        tip += QStringLiteral("<br>") + tr("Partnerships: %1").arg(act.partnerships);
    return tip;
}

MapScene MapSceneBuilder::build(const WorkspaceData& data, const MapFilter& filter, const MapSceneOptions& options)
{
    const MapEvidence evidence(data, filter);
    return build(evidence, options);
}

MapScene MapSceneBuilder::build(const MapEvidence& evidence, const MapSceneOptions& options)
{
    const WorkspaceData& data = evidence.data();
    const MapFilter& filter = evidence.filter();
    const QString language = lang::normalize(options.language);
    MapScene scene;
    scene.labelLanguage = language;
    scene.title = options.title.isEmpty() ? defaultTitle(data, filter, language) : options.title;
    scene.attribution = tr("Map: Natural Earth. Data: CityBridge workspace, UNOSSC Cities Project");

    auto placed = [&](ActorId id) {
        const Actor* a = data.actor(id);
        return a && a->city.latitude && a->city.longitude;
    };
    QSet<ActorId> ends; // actors that must have a marker because a link is drawn to them
    QSet<GroupId> groups;
    // Where a group's ring stands: among its members, or, when none of them is a placed city (a survey of
    // institutions' officials), among the workspace's cities of the group's country.
    QHash<GroupId, QList<ActorId>> anchors;
    auto anchorOf = [&](GroupId id) {
        auto it = anchors.find(id);
        if (it != anchors.end())
            return it.value();
        QList<ActorId> around;
        for (const ActorId m : evidence.groupMembers().value(id)) {
            if (placed(m))
                around.append(m);
        }
        const RespondentGroup* g = data.group(id);
        if (around.isEmpty() && g && !g->countryCode.isEmpty()) {
            for (const Actor& a : data.actors) {
                if (a.isCity() && a.countryCode == g->countryCode && placed(a.id))
                    around.append(a.id);
            }
        }
        return anchors.insert(id, around).value();
    };
    auto keep = [&](ActorId a, ActorId b) {
        return placed(a) && placed(b) && (filter.matchesPlace(data, a) || filter.matchesPlace(data, b));
    };

    for (const MapFlow& flow : evidence.flows()) {
        if (flow.fromActor != 0) {
            if (!keep(flow.fromActor, flow.toActor) || flow.fromActor == flow.toActor)
                continue;
            ends << flow.fromActor << flow.toActor;
        } else {
            const RespondentGroup* g = data.group(flow.fromGroup);
            const QList<ActorId> around = anchorOf(flow.fromGroup);
            const bool anyPlaced = !around.isEmpty();
            bool anyInPlace = false;
            for (const ActorId m : around)
                anyInPlace = anyInPlace || filter.matchesPlace(data, m);
            if (!g || !anyPlaced || !placed(flow.toActor)
                || !(anyInPlace || filter.matchesPlace(data, flow.toActor)))
                continue;
            groups.insert(flow.fromGroup);
            ends.insert(flow.toActor);
        }
        MapArrow arrow;
        arrow.fromId = flow.fromActor != 0 ? flow.fromActor : groupMarkerId(flow.fromGroup);
        arrow.toId = flow.toActor;
        arrow.strength = flow.count;
        if (flow.count > 1)
            arrow.label = QStringLiteral("×%1").arg(flow.count);
        const QString fromName = flow.fromActor != 0 ? data.actorName(flow.fromActor, language)
                                                     : groupName(data, flow.fromGroup, language);
        arrow.tooltip = arrowTip(data, flow, fromName, language);
        scene.arrows.append(arrow);
    }

    for (const MapPartnershipLink& link : evidence.partnerships()) {
        if (!keep(link.a, link.b))
            continue;
        ends << link.a << link.b;
        MapArc arc;
        arc.aId = link.a;
        arc.bId = link.b;
        arc.style = MapArc::Style::Partnership;
        arc.stageKey = link.stage;
        arc.tooltip = QStringLiteral("<b>%1 – %2</b><br>%3")
                          .arg(data.actorName(link.a, language).toHtmlEscaped(),
                               data.actorName(link.b, language).toHtmlEscaped(),
                               tr("Partnership stage: %1").arg(partnershipStageName(link.stage)));
        scene.arcs.append(arc);
    }

    const QLocale locale(localeNameFor(language));
    for (const MapProposal& p : options.proposals) {
        if (!keep(p.a, p.b) || data.partnershipBetween(p.a, p.b))
            continue;
        ends << p.a << p.b;
        MapArc arc;
        arc.aId = p.a;
        arc.bId = p.b;
        arc.style = MapArc::Style::Proposal;
        arc.tooltip = QStringLiteral("<b>%1 – %2</b><br>%3")
                          .arg(data.actorName(p.a, language).toHtmlEscaped(),
                               data.actorName(p.b, language).toHtmlEscaped(),
                               tr("Proposed pairing, score %1").arg(locale.toString(p.score, 'f', 2)));
        scene.arcs.append(arc);
    }

    QSet<QString> colorKeys;
    // Without a theme or dates nothing is filtered out of a city: every one in the place shows, if only as a dot.
    const bool everyCity = filter.theme == 0 && !filter.from.isValid() && !filter.to.isValid();
    for (const Actor& a : data.actors) {
        if (!placed(a.id))
            continue;
        const bool active = (everyCity || evidence.activity().contains(a.id)) && filter.matchesPlace(data, a.id);
        if (!active && !ends.contains(a.id))
            continue;
        MapMarker m;
        m.id = a.id;
        m.longitude = *a.city.longitude;
        m.latitude = *a.city.latitude;
        m.label = a.name(language);
        m.weight = 1.0 + evidence.activityOf(a.id).score();
        m.colorGroup = colorKey(data, a.countryCode, options.colorBy);
        m.tooltip = actorTooltip(evidence, a.id, language);
        colorKeys.insert(m.colorGroup);
        scene.markers.append(m);
    }
    for (const GroupId id : std::as_const(groups)) {
        const RespondentGroup* g = data.group(id);
        double lon = 0;
        double lat = 0;
        QStringList names;
        int n = 0;
        for (const ActorId member : anchorOf(id)) {
            const Actor* a = data.actor(member);
            lon += *a->city.longitude;
            lat += *a->city.latitude;
            ++n;
        }
        for (const ActorId member : evidence.groupMembers().value(id))
            names.append(data.actorName(member, language));
        MapMarker m;
        m.id = groupMarkerId(id);
        m.group = true;
        m.longitude = lon / n;
        m.latitude = lat / n;
        m.label = groupName(data, id, language);
        m.weight = 1.0 + std::max(1, g->respondents);
        m.colorGroup = colorKey(data, g->countryCode, options.colorBy);
        m.tooltip = QStringLiteral("<b>%1</b><br>%2<br>%3")
                        .arg(m.label.toHtmlEscaped(), g->label.toHtmlEscaped(),
                             names.isEmpty() ? tr("No member city is recorded: placed among the country's cities.")
                                             : tr("Members: %1").arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
        colorKeys.insert(m.colorGroup);
        scene.markers.append(m);
    }
    std::sort(scene.markers.begin(), scene.markers.end(),
              [](const MapMarker& x, const MapMarker& y) { return x.id < y.id; });
    for (const QString& key : std::as_const(colorKeys)) {
        scene.groupLabels.insert(key, options.colorBy == MapSceneOptions::ColorBy::Country
                                          ? data.countryName(key, language)
                                          : mapRegionName(key));
    }
    return scene;
}

} // namespace cb
