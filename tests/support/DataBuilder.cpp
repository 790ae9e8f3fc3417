// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataBuilder.h"

namespace cb::test {

DataBuilder::DataBuilder()
{
    const QList<std::pair<QString, QString>> themes{
        {QStringLiteral("tourism_heritage_creative"), QString()},
        {QStringLiteral("tourism_development"), QStringLiteral("tourism_heritage_creative")},
        {QStringLiteral("heritage_protection"), QStringLiteral("tourism_heritage_creative")},
        {QStringLiteral("creative_economy"), QStringLiteral("tourism_heritage_creative")},
        {QStringLiteral("transport_air_quality"), QString()},
        {QStringLiteral("transport_mobility"), QStringLiteral("transport_air_quality")},
        {QStringLiteral("air_quality"), QStringLiteral("transport_air_quality")},
    };
    for (const auto& [key, parent] : themes) {
        Theme t;
        t.id = m_nextId++;
        t.key = key;
        t.names.set(lang::En, key);
        for (const Theme& p : m_data.themes) {
            if (p.key == parent)
                t.parentId = p.id;
        }
        m_data.themes.append(t);
    }
    for (const char* code : {"MX", "CN", "BR"}) {
        Country c;
        c.code = QLatin1String(code);
        c.names.set(lang::En, c.code);
        m_data.countries.append(c);
    }
    m_data.reindex();
}

ActorId DataBuilder::city(const QString& name, const QString& country, ActorId parent)
{
    Actor a;
    a.id = m_nextId++;
    a.uid = QStringLiteral("city:") + name;
    a.kind = ActorKind::City;
    a.countryCode = country;
    a.parentId = parent;
    a.names.set(lang::En, name);
    m_data.actors.append(a);
    m_data.reindex();
    return a.id;
}

ActorId DataBuilder::institution(const QString& name, const QString& country)
{
    Actor a;
    a.id = m_nextId++;
    a.uid = QStringLiteral("inst:") + name;
    a.kind = ActorKind::Institution;
    a.countryCode = country;
    a.names.set(lang::En, name);
    m_data.actors.append(a);
    m_data.reindex();
    return a.id;
}

ThemeId DataBuilder::theme(const QString& key) const
{
    const Theme* t = m_data.themeByKey(key);
    return t ? t->id : 0;
}

SourceId DataBuilder::source(const QDate& date)
{
    Source s;
    s.id = m_nextId++;
    s.uid = QStringLiteral("src:%1").arg(s.id);
    s.kind = QStringLiteral("survey");
    s.date = date;
    s.titles.set(lang::En, QStringLiteral("Source %1").arg(s.id));
    m_data.sources.append(s);
    m_data.reindex();
    return s.id;
}

void DataBuilder::priority(ActorId actor, const QString& theme, double weight, const QDate& date)
{
    Statement s;
    s.id = m_nextId++;
    s.kind = StatementKind::Priority;
    s.actorId = actor;
    s.themeId = this->theme(theme);
    s.weight = weight;
    s.sourceId = source(date);
    s.date = date;
    m_data.statements.append(s);
}

void DataBuilder::offer(ActorId actor, const QString& theme, double weight, const QDate& date)
{
    Statement s;
    s.id = m_nextId++;
    s.kind = StatementKind::Offer;
    s.actorId = actor;
    s.themeId = this->theme(theme);
    s.weight = weight;
    s.sourceId = source(date);
    s.date = date;
    m_data.statements.append(s);
}

void DataBuilder::interest(ActorId from, ActorId to, double strength, const QDate& date)
{
    Interest i;
    i.id = m_nextId++;
    i.fromActorId = from;
    i.toActorId = to;
    i.strength = strength;
    i.sourceId = source(date);
    i.date = date;
    m_data.interests.append(i);
}

void DataBuilder::countryInterest(ActorId from, const QString& country, double strength, const QDate& date)
{
    Interest i;
    i.id = m_nextId++;
    i.fromActorId = from;
    i.toCountry = country;
    i.strength = strength;
    i.sourceId = source(date);
    i.date = date;
    m_data.interests.append(i);
}

EventId DataBuilder::event(const QDate& date, const QList<ActorId>& participants)
{
    Event e;
    e.id = m_nextId++;
    e.uid = QStringLiteral("event:%1").arg(e.id);
    e.kind = QStringLiteral("webinar");
    e.date = date;
    e.titles.set(lang::En, QStringLiteral("Event %1").arg(e.id));
    e.sourceId = source(date);
    for (ActorId a : participants)
        e.participations.append({m_nextId++, e.id, a, QStringLiteral("speaker"), QString(), QString(), e.sourceId});
    m_data.events.append(e);
    m_data.reindex();
    return e.id;
}

void DataBuilder::rule(ActorId a, ActorId b, const QString& rule)
{
    m_data.pairRules.append({std::min(a, b), std::max(a, b), rule, QString(), QString(), QDateTime()});
}

void DataBuilder::partnership(ActorId a, ActorId b, const QString& stage, const QDate& date)
{
    Partnership p;
    p.id = m_nextId++;
    p.actorA = std::min(a, b);
    p.actorB = std::max(a, b);
    p.stage = stage;
    StageChange c;
    c.id = m_nextId++;
    c.partnershipId = p.id;
    c.stage = stage;
    c.date = date;
    p.history.append(c);
    m_data.partnerships.append(p);
}

const WorkspaceData& DataBuilder::data()
{
    m_data.reindex();
    return m_data;
}

} // namespace cb::test
