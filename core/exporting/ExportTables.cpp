// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTables.h"

#include "matching/MatchResult.h"
#include "workspace/WorkspaceData.h"

#include <algorithm>
#include <cmath>

namespace cb {

namespace {

QVariant dateCell(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textCell(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant idCell(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString sourceTitle(const WorkspaceData& data, SourceId id, const QString& language)
{
    const Source* source = data.source(id);
    return source ? source->titles.value(language) : QString();
}

} // namespace

QString ExportTables::themeNames(const WorkspaceData& data, const QList<qint64>& themeIds, const QString& language)
{
    QStringList names;
    for (const qint64 id : themeIds)
        names.append(data.themeName(id, language));
    return names.join(QStringLiteral("; "));
}

QString ExportTables::stageOn(const Partnership& partnership, const QDate& day)
{
    if (!day.isValid())
        return partnership.stage;
    if (partnership.startedOn.isValid() && partnership.startedOn > day)
        return {};
    QString stage;
    QDate latest;
    for (const StageChange& change : partnership.history) {
        if (change.date.isValid() && change.date <= day && (!latest.isValid() || change.date >= latest)) {
            latest = change.date;
            stage = change.stage;
        }
    }
    if (!stage.isEmpty())
        return stage;
    // Without dated history the partnership existed from its start in its recorded stage.
    return partnership.history.isEmpty() || partnership.startedOn.isValid() ? partnership.stage : QString();
}

ExportTable ExportTables::cities(const WorkspaceData& data, const ExportOptions& options)
{
    ExportTable table;
    table.key = QStringLiteral("cities");
    table.title = tr("Cities");
    table.columns = {{QStringLiteral("id"), tr("ID"), 6},
                     {QStringLiteral("uid"), tr("Stable ID"), 14},
                     {QStringLiteral("name"), tr("Name"), 16},
                     {QStringLiteral("name_en"), tr("Name (English)"), 16},
                     {QStringLiteral("name_zh"), tr("Name (Chinese)"), 12},
                     {QStringLiteral("name_es"), tr("Name (Spanish)"), 16},
                     {QStringLiteral("name_native"), tr("Native name"), 16},
                     {QStringLiteral("country_code"), tr("Country code"), 8},
                     {QStringLiteral("country"), tr("Country"), 14},
                     {QStringLiteral("region"), tr("Province or state"), 14},
                     {QStringLiteral("latitude"), tr("Latitude"), 10},
                     {QStringLiteral("longitude"), tr("Longitude"), 10},
                     {QStringLiteral("population"), tr("Population"), 12},
                     {QStringLiteral("population_year"), tr("Population year"), 8},
                     {QStringLiteral("area_km2"), tr("Area (km²)"), 10},
                     {QStringLiteral("timezone"), tr("Time zone"), 18},
                     {QStringLiteral("geonames_id"), tr("GeoNames ID"), 10}};
    for (const Actor& actor : data.actors) {
        if (!actor.isCity())
            continue;
        const CityFacts& c = actor.city;
        table.rows.append({actor.id, textCell(actor.uid), textCell(actor.name(options.language)),
                           textCell(actor.names.exact(lang::En)), textCell(actor.names.exact(lang::Zh)),
                           textCell(actor.names.exact(lang::Es)), textCell(actor.names.exact(lang::Native)),
                           textCell(actor.countryCode), textCell(data.countryName(actor.countryCode, options.language)),
                           textCell(c.adminRegion), c.latitude ? QVariant(*c.latitude) : QVariant(),
                           c.longitude ? QVariant(*c.longitude) : QVariant(), idCell(c.population),
                           c.populationYear > 0 ? QVariant(c.populationYear) : QVariant(),
                           c.areaKm2 > 0 ? QVariant(c.areaKm2) : QVariant(), textCell(c.timezone), idCell(c.geonameId)});
    }
    return table;
}

ExportTable ExportTables::institutions(const WorkspaceData& data, const ExportOptions& options)
{
    ExportTable table;
    table.key = QStringLiteral("institutions");
    table.title = tr("Institutions");
    table.columns = {{QStringLiteral("id"), tr("ID"), 6},
                     {QStringLiteral("uid"), tr("Stable ID"), 14},
                     {QStringLiteral("name"), tr("Name"), 24},
                     {QStringLiteral("name_en"), tr("Name (English)"), 24},
                     {QStringLiteral("name_zh"), tr("Name (Chinese)"), 16},
                     {QStringLiteral("name_es"), tr("Name (Spanish)"), 24},
                     {QStringLiteral("abbreviation"), tr("Abbreviation"), 10},
                     {QStringLiteral("category"), tr("Category"), 14},
                     {QStringLiteral("country_code"), tr("Country code"), 8},
                     {QStringLiteral("country"), tr("Country"), 14},
                     {QStringLiteral("website"), tr("Website"), 20}};
    for (const Actor& actor : data.actors) {
        if (actor.isCity())
            continue;
        const InstitutionFacts& i = actor.institution;
        table.rows.append({actor.id, textCell(actor.uid), textCell(actor.name(options.language)),
                           textCell(actor.names.exact(lang::En)), textCell(actor.names.exact(lang::Zh)),
                           textCell(actor.names.exact(lang::Es)), textCell(i.abbreviation), textCell(i.category),
                           textCell(actor.countryCode), textCell(data.countryName(actor.countryCode, options.language)),
                           textCell(i.website)});
    }
    return table;
}

ExportTable ExportTables::interests(const WorkspaceData& data, const ExportOptions& options)
{
    ExportTable table;
    table.key = QStringLiteral("interests");
    table.title = tr("Interests");
    table.columns = {{QStringLiteral("id"), tr("ID"), 6},
                     {QStringLiteral("from"), tr("From"), 18},
                     {QStringLiteral("from_country"), tr("From country"), 8},
                     {QStringLiteral("from_group"), tr("Respondent group"), 18},
                     {QStringLiteral("to"), tr("To"), 18},
                     {QStringLiteral("to_country"), tr("To country"), 8},
                     {QStringLiteral("strength"), tr("Strength"), 8},
                     {QStringLiteral("mentions"), tr("Mentions"), 8},
                     {QStringLiteral("themes"), tr("Themes"), 24},
                     {QStringLiteral("date"), tr("Date"), 11},
                     {QStringLiteral("source"), tr("Source"), 24},
                     {QStringLiteral("note"), tr("Note"), 30}};
    for (const Interest& interest : data.interests) {
        if (!visibleOn(interest.date, options.asOf))
            continue;
        const Actor* from = data.actor(interest.fromActorId);
        const Actor* to = data.actor(interest.toActorId);
        const RespondentGroup* group = data.group(interest.fromGroupId);
        const QString toCountry = to ? to->countryCode : interest.toCountry;
        table.rows.append({interest.id, textCell(from ? from->name(options.language) : QString()),
                           textCell(from ? from->countryCode : group ? group->countryCode : QString()),
                           textCell(group ? group->label : QString()),
                           textCell(to ? to->name(options.language) : data.countryName(interest.toCountry, options.language)),
                           textCell(toCountry), interest.strength,
                           interest.mentions > 0 ? QVariant(interest.mentions) : QVariant(),
                           textCell(themeNames(data, interest.themeIds, options.language)), dateCell(interest.date),
                           textCell(sourceTitle(data, interest.sourceId, options.language)), textCell(interest.note)});
    }
    return table;
}

ExportTable ExportTables::partnerships(const WorkspaceData& data, const ExportOptions& options)
{
    ExportTable table;
    table.key = QStringLiteral("partnerships");
    table.title = tr("Partnerships");
    table.columns = {{QStringLiteral("id"), tr("ID"), 6},
                     {QStringLiteral("uid"), tr("Stable ID"), 14},
                     {QStringLiteral("actor_a"), tr("Partner A"), 18},
                     {QStringLiteral("country_a"), tr("Country A"), 8},
                     {QStringLiteral("actor_b"), tr("Partner B"), 18},
                     {QStringLiteral("country_b"), tr("Country B"), 8},
                     {QStringLiteral("stage"), tr("Stage"), 14},
                     {QStringLiteral("started_on"), tr("Started on"), 11},
                     {QStringLiteral("last_activity"), tr("Last activity"), 11},
                     {QStringLiteral("owner"), tr("Owner"), 14},
                     {QStringLiteral("next_action"), tr("Next action"), 28},
                     {QStringLiteral("next_action_due"), tr("Next action due"), 11},
                     {QStringLiteral("themes"), tr("Themes"), 24},
                     {QStringLiteral("summary"), tr("Summary"), 30}};
    for (const Partnership& p : data.partnerships) {
        const QString stage = stageOn(p, options.asOf);
        if (stage.isEmpty())
            continue;
        const Actor* a = data.actor(p.actorA);
        const Actor* b = data.actor(p.actorB);
        table.rows.append({p.id, textCell(p.uid), textCell(data.actorName(p.actorA, options.language)),
                           textCell(a ? a->countryCode : QString()), textCell(data.actorName(p.actorB, options.language)),
                           textCell(b ? b->countryCode : QString()), stage, dateCell(p.startedOn),
                           dateCell(p.lastActivity), textCell(p.owner), textCell(p.nextAction), dateCell(p.nextActionDue),
                           textCell(themeNames(data, p.themeIds, options.language)), textCell(p.summary)});
    }
    return table;
}

ExportTable ExportTables::proposals(const MatchResult& result, const ExportOptions& options)
{
    ExportTable table;
    table.key = QStringLiteral("proposals");
    table.title = tr("Proposals");
    table.columns = {{QStringLiteral("rank"), tr("Rank"), 6},
                     {QStringLiteral("actor_a"), tr("Partner A"), 18},
                     {QStringLiteral("country_a"), tr("Country A"), 8},
                     {QStringLiteral("actor_b"), tr("Partner B"), 18},
                     {QStringLiteral("country_b"), tr("Country B"), 8},
                     {QStringLiteral("score"), tr("Score"), 8},
                     {QStringLiteral("score_ab"), tr("Score for A"), 8},
                     {QStringLiteral("score_ba"), tr("Score for B"), 8},
                     {QStringLiteral("shared_themes"), tr("Shared themes"), 30},
                     {QStringLiteral("distance_km"), tr("Distance (km)"), 10},
                     {QStringLiteral("id_a"), tr("ID A"), 6},
                     {QStringLiteral("id_b"), tr("ID B"), 6}};
    if (!result.context)
        return table;
    const WorkspaceData& data = result.context->data();
    int rank = 0;
    for (const int index : result.proposals) {
        if (index < 0 || std::size_t(index) >= result.pairs.size())
            continue;
        const PairScore score = result.explain(index);
        QList<qint64> themes;
        for (const int dense : score.matchedThemes())
            themes.append(result.context->themeId(dense));
        const Actor* a = data.actor(score.actorA);
        const Actor* b = data.actor(score.actorB);
        table.rows.append({++rank, textCell(data.actorName(score.actorA, options.language)),
                           textCell(a ? a->countryCode : QString()), textCell(data.actorName(score.actorB, options.language)),
                           textCell(b ? b->countryCode : QString()), score.fused, score.scoreAB, score.scoreBA,
                           textCell(themeNames(data, themes, options.language)),
                           score.distanceKm >= 0 ? QVariant(std::round(score.distanceKm)) : QVariant(), score.actorA,
                           score.actorB});
    }
    return table;
}

} // namespace cb
