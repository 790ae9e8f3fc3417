// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphMlNetworkWriter.h"
#include "WriteError.h"

#include "matching/MatchResult.h"
#include "workspace/WorkspaceData.h"

#include <QIODevice>
#include <QSet>
#include <QXmlStreamWriter>

namespace cb {

namespace {

struct Key
{
    const char* id;
    const char* target; // node or edge
    const char* type;   // GraphML attr.type
};

// The attribute keys, declared once; ids double as attr.name so tools show readable columns.
const Key kKeys[] = {
    {"kind", "node", "string"},       {"name", "node", "string"},       {"name_en", "node", "string"},
    {"name_zh", "node", "string"},    {"name_es", "node", "string"},    {"uid", "node", "string"},
    {"country", "node", "string"},    {"latitude", "node", "double"},   {"longitude", "node", "double"},
    {"population", "node", "long"},   {"edge_kind", "edge", "string"},  {"strength", "edge", "double"},
    {"stage", "edge", "string"},      {"date", "edge", "string"},       {"owner", "edge", "string"},
    {"score", "edge", "double"},      {"score_ab", "edge", "double"},   {"score_ba", "edge", "double"},
    {"rank", "edge", "int"},          {"themes", "edge", "string"},
};

QString nodeId(ActorId id)
{
    return QStringLiteral("a%1").arg(id);
}

void data(QXmlStreamWriter& xml, const char* key, const QString& value)
{
    if (value.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

void data(QXmlStreamWriter& xml, const char* key, double value)
{
    data(xml, key, QString::number(value, 'g', 15));
}

} // namespace

bool GraphMlNetworkWriter::write(const WorkspaceData& workspace, const MatchResult* result, const ExportOptions& options,
                                 const NetworkSelection& selection, QIODevice* device)
{
    m_error.clear();
    m_count = 0;
    if (!device || !device->isWritable()) {
        m_error = tr("The GraphML file is not open for writing.");
        return false;
    }
    const QString& language = options.language;
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    for (const Key& key : kKeys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.target));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("citybridge"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));

    QSet<ActorId> nodes;
    for (const Actor& actor : workspace.actors) {
        if (actor.isCity() ? !selection.cities : !selection.institutions)
            continue;
        nodes.insert(actor.id);
        ++m_count;
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), nodeId(actor.id));
        data(xml, "kind", actorKindKey(actor.kind));
        data(xml, "name", actor.name(language));
        data(xml, "name_en", actor.names.exact(lang::En));
        data(xml, "name_zh", actor.names.exact(lang::Zh));
        data(xml, "name_es", actor.names.exact(lang::Es));
        data(xml, "uid", actor.uid);
        data(xml, "country", actor.countryCode);
        if (actor.city.latitude && actor.city.longitude) {
            data(xml, "latitude", *actor.city.latitude);
            data(xml, "longitude", *actor.city.longitude);
        }
        if (actor.city.population > 0)
            data(xml, "population", QString::number(actor.city.population));
        xml.writeEndElement();
    }
    auto startEdge = [&](const QString& id, ActorId from, ActorId to, const char* kind, bool directed) {
        ++m_count;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("source"), nodeId(from));
        xml.writeAttribute(QStringLiteral("target"), nodeId(to));
        if (directed)
            xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("true"));
        data(xml, "edge_kind", QLatin1String(kind));
    };
    if (selection.interests) {
        for (const Interest& interest : workspace.interests) {
            if (!nodes.contains(interest.fromActorId) || !nodes.contains(interest.toActorId)
                || !ExportTables::visibleOn(interest.date, options.asOf))
                continue;
            startEdge(QStringLiteral("i%1").arg(interest.id), interest.fromActorId, interest.toActorId, "interest", true);
            data(xml, "strength", interest.strength);
            if (interest.date.isValid())
                data(xml, "date", interest.date.toString(Qt::ISODate));
            data(xml, "themes", ExportTables::themeNames(workspace, interest.themeIds, language));
            xml.writeEndElement();
        }
    }
    if (selection.partnerships) {
        for (const Partnership& p : workspace.partnerships) {
            const QString stage = ExportTables::stageOn(p, options.asOf);
            if (!nodes.contains(p.actorA) || !nodes.contains(p.actorB) || stage.isEmpty())
                continue;
            startEdge(QStringLiteral("p%1").arg(p.id), p.actorA, p.actorB, "partnership", false);
            data(xml, "stage", stage);
            if (p.startedOn.isValid())
                data(xml, "date", p.startedOn.toString(Qt::ISODate));
            data(xml, "owner", p.owner);
            data(xml, "themes", ExportTables::themeNames(workspace, p.themeIds, language));
            xml.writeEndElement();
        }
    }
    if (selection.proposals && result) {
        int rank = 0;
        for (const int index : result->proposals) {
            if (index < 0 || std::size_t(index) >= result->pairs.size())
                continue;
            const ScoredPair& pair = result->pairs[std::size_t(index)];
            ++rank;
            if (!nodes.contains(pair.actorA) || !nodes.contains(pair.actorB))
                continue;
            startEdge(QStringLiteral("m%1").arg(rank), pair.actorA, pair.actorB, "proposal", false);
            data(xml, "score", pair.fused);
            data(xml, "score_ab", double(pair.scoreAB));
            data(xml, "score_ba", double(pair.scoreBA));
            data(xml, "rank", QString::number(rank));
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    if (xml.hasError()) {
        m_error = tr("Could not write the GraphML data: %1").arg(writeErrorText(device));
        return false;
    }
    return true;
}

} // namespace cb
