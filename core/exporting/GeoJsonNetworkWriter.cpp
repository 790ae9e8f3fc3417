// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoJsonNetworkWriter.h"
#include "WriteError.h"

#include "map/GreatCircle.h"
#include "matching/MatchResult.h"
#include "workspace/WorkspaceData.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace cb {

namespace {

constexpr double kStepDegrees = 2.0;

std::optional<QPointF> location(const Actor* actor)
{
    if (!actor || !actor->city.latitude || !actor->city.longitude)
        return std::nullopt;
    return QPointF(*actor->city.longitude, *actor->city.latitude);
}

QJsonArray position(const QPointF& p)
{
    // Six decimals is about 10 cm: enough, and keeps the file small.
    return QJsonArray{std::round(p.x() * 1e6) / 1e6, std::round(p.y() * 1e6) / 1e6};
}

QJsonObject feature(const QJsonObject& geometry, const QJsonObject& properties)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("geometry"), geometry},
                       {QStringLiteral("properties"), properties}};
}

void putText(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QList<QList<QPointF>> GeoJsonNetworkWriter::splitAtAntimeridian(const QList<QPointF>& points)
{
    QList<QList<QPointF>> parts;
    if (points.isEmpty())
        return parts;
    QList<QPointF> current{points.first()};
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF p = points.at(i - 1);
        const QPointF q = points.at(i);
        const double step = q.x() - p.x();
        if (std::abs(step) <= 180.0) {
            current.append(q);
            continue;
        }
        // The short way goes across ±180: find the latitude there on the unwrapped step.
        const double edge = step > 0 ? -180.0 : 180.0; // the side p leaves by
        const double unwrappedQ = q.x() + (step > 0 ? -360.0 : 360.0);
        const double t = (edge - p.x()) / (unwrappedQ - p.x());
        const double latitude = p.y() + t * (q.y() - p.y());
        current.append(QPointF(edge, latitude));
        parts.append(current);
        current = {QPointF(-edge, latitude), q};
    }
    parts.append(current);
    return parts;
}

QJsonObject GeoJsonNetworkWriter::lineGeometry(const QPointF& a, const QPointF& b)
{
    const QVector<QPointF> arc = GreatCircle::interpolate(a, b, GreatCircle::segmentsFor(a, b, kStepDegrees));
    QList<QPointF> points;
    for (const QPointF& p : arc) {
        double lon = std::fmod(p.x() + 540.0, 360.0) - 180.0; // into [-180, 180)
        if (lon == -180.0 && p.x() > 0)
            lon = 180.0;
        points.append(QPointF(lon, p.y()));
    }
    const QList<QList<QPointF>> parts = splitAtAntimeridian(points);
    auto line = [](const QList<QPointF>& part) {
        QJsonArray coordinates;
        for (const QPointF& p : part)
            coordinates.append(position(p));
        return coordinates;
    };
    if (parts.size() == 1)
        return {{QStringLiteral("type"), QStringLiteral("LineString")}, {QStringLiteral("coordinates"), line(parts.first())}};
    QJsonArray lines;
    for (const QList<QPointF>& part : parts)
        lines.append(line(part));
    return {{QStringLiteral("type"), QStringLiteral("MultiLineString")}, {QStringLiteral("coordinates"), lines}};
}

bool GeoJsonNetworkWriter::write(const WorkspaceData& data, const MatchResult* result, const ExportOptions& options,
                                 const NetworkSelection& selection, QIODevice* device)
{
    m_error.clear();
    m_count = 0;
    if (!device || !device->isWritable()) {
        m_error = tr("The GeoJSON file is not open for writing.");
        return false;
    }
    const QString& language = options.language;
    QJsonArray features;
    if (selection.cities) {
        for (const Actor& actor : data.actors) {
            const std::optional<QPointF> at = location(&actor);
            if (!actor.isCity() || !at)
                continue;
            QJsonObject properties{{QStringLiteral("layer"), QStringLiteral("city")},
                                   {QStringLiteral("id"), actor.id},
                                   {QStringLiteral("name"), actor.name(language)}};
            putText(properties, QStringLiteral("uid"), actor.uid);
            putText(properties, QStringLiteral("name_en"), actor.names.exact(lang::En));
            putText(properties, QStringLiteral("name_zh"), actor.names.exact(lang::Zh));
            putText(properties, QStringLiteral("name_es"), actor.names.exact(lang::Es));
            putText(properties, QStringLiteral("name_native"), actor.names.exact(lang::Native));
            putText(properties, QStringLiteral("country_code"), actor.countryCode);
            putText(properties, QStringLiteral("country"), data.countryName(actor.countryCode, language));
            putText(properties, QStringLiteral("region"), actor.city.adminRegion);
            if (actor.city.population > 0)
                properties.insert(QStringLiteral("population"), actor.city.population);
            features.append(feature({{QStringLiteral("type"), QStringLiteral("Point")},
                                     {QStringLiteral("coordinates"), position(*at)}},
                                    properties));
        }
    }
    if (selection.interests) {
        for (const Interest& interest : data.interests) {
            const std::optional<QPointF> from = location(data.actor(interest.fromActorId));
            const std::optional<QPointF> to = location(data.actor(interest.toActorId));
            if (!from || !to || !ExportTables::visibleOn(interest.date, options.asOf))
                continue;
            QJsonObject properties{{QStringLiteral("layer"), QStringLiteral("interest")},
                                   {QStringLiteral("id"), interest.id},
                                   {QStringLiteral("from"), data.actorName(interest.fromActorId, language)},
                                   {QStringLiteral("to"), data.actorName(interest.toActorId, language)},
                                   {QStringLiteral("strength"), interest.strength}};
            putText(properties, QStringLiteral("themes"), ExportTables::themeNames(data, interest.themeIds, language));
            if (interest.date.isValid())
                properties.insert(QStringLiteral("date"), interest.date.toString(Qt::ISODate));
            features.append(feature(lineGeometry(*from, *to), properties));
        }
    }
    if (selection.partnerships) {
        for (const Partnership& p : data.partnerships) {
            const std::optional<QPointF> a = location(data.actor(p.actorA));
            const std::optional<QPointF> b = location(data.actor(p.actorB));
            const QString stage = ExportTables::stageOn(p, options.asOf);
            if (!a || !b || stage.isEmpty())
                continue;
            QJsonObject properties{{QStringLiteral("layer"), QStringLiteral("partnership")},
                                   {QStringLiteral("id"), p.id},
                                   {QStringLiteral("actor_a"), data.actorName(p.actorA, language)},
                                   {QStringLiteral("actor_b"), data.actorName(p.actorB, language)},
                                   {QStringLiteral("stage"), stage}};
            if (p.startedOn.isValid())
                properties.insert(QStringLiteral("started_on"), p.startedOn.toString(Qt::ISODate));
            putText(properties, QStringLiteral("owner"), p.owner);
            putText(properties, QStringLiteral("next_action"), p.nextAction);
            putText(properties, QStringLiteral("themes"), ExportTables::themeNames(data, p.themeIds, language));
            features.append(feature(lineGeometry(*a, *b), properties));
        }
    }
    if (selection.proposals && result && result->context) {
        int rank = 0;
        for (const int index : result->proposals) {
            if (index < 0 || std::size_t(index) >= result->pairs.size())
                continue;
            const ScoredPair& pair = result->pairs[std::size_t(index)];
            ++rank;
            const std::optional<QPointF> a = location(data.actor(pair.actorA));
            const std::optional<QPointF> b = location(data.actor(pair.actorB));
            if (!a || !b)
                continue;
            const QJsonObject properties{{QStringLiteral("layer"), QStringLiteral("proposal")},
                                         {QStringLiteral("rank"), rank},
                                         {QStringLiteral("actor_a"), data.actorName(pair.actorA, language)},
                                         {QStringLiteral("actor_b"), data.actorName(pair.actorB, language)},
                                         {QStringLiteral("score"), pair.fused},
                                         {QStringLiteral("score_ab"), double(pair.scoreAB)},
                                         {QStringLiteral("score_ba"), double(pair.scoreBA)}};
            features.append(feature(lineGeometry(*a, *b), properties));
        }
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    m_count = int(features.size());
    const QByteArray bytes = QJsonDocument(collection).toJson(QJsonDocument::Compact);
    if (device->write(bytes) != bytes.size()) {
        m_error = tr("Could not write the GeoJSON data: %1").arg(writeErrorText(device));
        return false;
    }
    return true;
}

} // namespace cb
