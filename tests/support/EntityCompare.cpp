// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityCompare.h"

#include <algorithm>

namespace cb::test {

namespace {

template <typename T> QList<T> sorted(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

QStringList aliasTexts(const QList<Alias>& aliases)
{
    QStringList texts;
    for (const Alias& alias : aliases)
        texts.append(alias.text + QLatin1Char('@') + alias.language);
    texts.sort();
    return texts;
}

void compareOptional(const std::optional<double>& actual, const std::optional<double>& expected)
{
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(*actual, *expected);
}

void compareStageChange(const StageChange& actual, const StageChange& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.partnershipId, expected.partnershipId);
    QCOMPARE(actual.stage, expected.stage);
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.changedBy, expected.changedBy);
    QCOMPARE(actual.recordedAt, expected.recordedAt);
    QCOMPARE(actual.note, expected.note);
    QCOMPARE(actual.sourceId, expected.sourceId);
}

void compareParticipation(const Participation& actual, const Participation& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.eventId, expected.eventId);
    QCOMPARE(actual.actorId, expected.actorId);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.person, expected.person);
    QCOMPARE(actual.personTitle, expected.personTitle);
    QCOMPARE(actual.sourceId, expected.sourceId);
}

} // namespace

void compareText(const LocalizedText& actual, const LocalizedText& expected)
{
    QCOMPARE(actual.languages(), expected.languages());
    for (const QString& language : expected.languages())
        QCOMPARE(actual.exact(language), expected.exact(language));
}

void compareCountry(const Country& actual, const Country& expected)
{
    QCOMPARE(actual.code, expected.code);
    QCOMPARE(actual.code3, expected.code3);
    QCOMPARE(actual.numeric, expected.numeric);
    QCOMPARE(actual.region, expected.region);
    QCOMPARE(actual.subregion, expected.subregion);
    CB_CHECK(compareText(actual.names, expected.names));
}

void compareTheme(const Theme& actual, const Theme& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.parentId, expected.parentId);
    QCOMPARE(actual.sortOrder, expected.sortOrder);
    CB_CHECK(compareText(actual.names, expected.names));
}

void compareSource(const Source& actual, const Source& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.publisher, expected.publisher);
    QCOMPARE(actual.url, expected.url);
    QCOMPARE(actual.citation, expected.citation);
    CB_CHECK(compareText(actual.titles, expected.titles));
}

void compareActor(const Actor& actual, const Actor& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actorKindKey(actual.kind), actorKindKey(expected.kind));
    QCOMPARE(actual.countryCode, expected.countryCode);
    QCOMPARE(actual.parentId, expected.parentId);
    QCOMPARE(actual.version, expected.version);
    CB_CHECK(compareText(actual.names, expected.names));
    CB_CHECK(compareText(actual.profile, expected.profile));
    CB_CHECK(compareText(actual.heritage, expected.heritage));
    CB_CHECK(compareText(actual.sectors, expected.sectors));
    QCOMPARE(aliasTexts(actual.aliases), aliasTexts(expected.aliases));
    QCOMPARE(actual.sourceIds, expected.sourceIds);
    const CityFacts& c = actual.city;
    const CityFacts& e = expected.city;
    QCOMPARE(c.geonameId, e.geonameId);
    CB_CHECK(compareOptional(c.latitude, e.latitude));
    CB_CHECK(compareOptional(c.longitude, e.longitude));
    QCOMPARE(c.population, e.population);
    QCOMPARE(c.populationYear, e.populationYear);
    QCOMPARE(c.areaKm2, e.areaKm2);
    QCOMPARE(c.timezone, e.timezone);
    QCOMPARE(c.adminRegion, e.adminRegion);
    QCOMPARE(actual.institution.category, expected.institution.category);
    QCOMPARE(actual.institution.abbreviation, expected.institution.abbreviation);
    QCOMPARE(actual.institution.website, expected.institution.website);
}

void compareMembership(const Membership& actual, const Membership& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.institutionId, expected.institutionId);
    QCOMPARE(actual.cityId, expected.cityId);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.sourceId, expected.sourceId);
}

void compareEvent(const Event& actual, const Event& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.kind, expected.kind);
    CB_CHECK(compareText(actual.titles, expected.titles));
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.endDate, expected.endDate);
    QCOMPARE(actual.sourceId, expected.sourceId);
    QCOMPARE(actual.note, expected.note);
    QCOMPARE(actual.participations.size(), expected.participations.size());
    for (qsizetype i = 0; i < expected.participations.size(); ++i)
        CB_CHECK(compareParticipation(actual.participations[i], expected.participations[i]));
}

void compareGroup(const RespondentGroup& actual, const RespondentGroup& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.sourceId, expected.sourceId);
    QCOMPARE(actual.eventId, expected.eventId);
    QCOMPARE(actual.countryCode, expected.countryCode);
    QCOMPARE(actual.respondents, expected.respondents);
    QCOMPARE(actual.label, expected.label);
}

void compareStatement(const Statement& actual, const Statement& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(int(actual.kind), int(expected.kind));
    QCOMPARE(actual.actorId, expected.actorId);
    QCOMPARE(actual.groupId, expected.groupId);
    QCOMPARE(actual.themeId, expected.themeId);
    QCOMPARE(actual.weight, expected.weight);
    QCOMPARE(actual.mentions, expected.mentions);
    QCOMPARE(actual.sourceId, expected.sourceId);
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.note, expected.note);
}

void compareInterest(const Interest& actual, const Interest& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.fromActorId, expected.fromActorId);
    QCOMPARE(actual.fromGroupId, expected.fromGroupId);
    QCOMPARE(actual.toActorId, expected.toActorId);
    QCOMPARE(actual.toCountry, expected.toCountry);
    QCOMPARE(actual.strength, expected.strength);
    QCOMPARE(actual.mentions, expected.mentions);
    QCOMPARE(sorted(actual.themeIds), sorted(expected.themeIds));
    QCOMPARE(actual.sourceId, expected.sourceId);
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.note, expected.note);
}

void comparePartnership(const Partnership& actual, const Partnership& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.actorA, expected.actorA);
    QCOMPARE(actual.actorB, expected.actorB);
    QCOMPARE(actual.stage, expected.stage);
    QCOMPARE(actual.startedOn, expected.startedOn);
    QCOMPARE(actual.owner, expected.owner);
    QCOMPARE(actual.nextAction, expected.nextAction);
    QCOMPARE(actual.nextActionDue, expected.nextActionDue);
    QCOMPARE(actual.lastActivity, expected.lastActivity);
    QCOMPARE(actual.sourceId, expected.sourceId);
    QCOMPARE(sorted(actual.themeIds), sorted(expected.themeIds));
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.history.size(), expected.history.size());
    for (qsizetype i = 0; i < expected.history.size(); ++i)
        CB_CHECK(compareStageChange(actual.history[i], expected.history[i]));
}

void compareNote(const Note& actual, const Note& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.subjectKind, expected.subjectKind);
    QCOMPARE(actual.subjectId, expected.subjectId);
    QCOMPARE(actual.author, expected.author);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.body, expected.body);
}

void comparePairRule(const PairRule& actual, const PairRule& expected)
{
    QCOMPARE(actual.actorA, expected.actorA);
    QCOMPARE(actual.actorB, expected.actorB);
    QCOMPARE(actual.rule, expected.rule);
    QCOMPARE(actual.reason, expected.reason);
    QCOMPARE(actual.createdBy, expected.createdBy);
    QCOMPARE(actual.createdAt, expected.createdAt);
}

void compareDecision(const DecisionEntry& actual, const DecisionEntry& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.at, expected.at);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.action, expected.action);
    QCOMPARE(actual.actorA, expected.actorA);
    QCOMPARE(actual.actorB, expected.actorB);
    QCOMPARE(actual.partnershipId, expected.partnershipId);
    QCOMPARE(actual.reason, expected.reason);
    QCOMPARE(actual.scoreSnapshot, expected.scoreSnapshot);
    QCOMPARE(actual.details, expected.details);
}

} // namespace cb::test
