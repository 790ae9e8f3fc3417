// SPDX-License-Identifier: GPL-3.0-or-later
// The repositories over SQLite: every entity saved, read back from the reopened file and compared field by field;
// updates, versions and stale copies; invalid input refused with a message and nothing written.
#include "EntityCompare.h"
#include "FullWorkspace.h"
#include "SmallWorkspace.h"
#include "SqliteProbe.h"

#include "TestBackend.h"
#include "workspace/WorkspaceData.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace cb;
using test::SavedWorkspace;

namespace {

enum class Bad
{
    LatitudeAbove90,
    LongitudeBelowMinus180,
    ExistingCityLatitude,
    PriorityWeight15,
    OfferWeightNaN,
    NegativeWeight,
    StatementOfActorAndGroup,
    StrengthAbove1,
    StrengthInfinite,
    SelfInterest,
    InterestWithoutTarget,
    PartnershipWithItself,
    UnknownStage,
    StageChangeUnknownStage,
    ActorWithoutName,
    ActorItsOwnParent,
    EventWithoutTitle,
    EmptyNote,
    GroupWithoutRespondents,
    PairRuleWithItself,
    UnknownPairRule,
    UnknownCountry,
    UnknownSourceMidSave,
    UnknownThemeMidSave,
    UnknownParticipantMidSave,
    UnknownInterestThemeMidSave,
};

bool attempt(Bad bad, test::SmallWorkspace& b, QString* error)
{
    Actor city = test::draftCity(QStringLiteral("city:new"), QStringLiteral("New City"));
    Statement statement{0, StatementKind::Priority, b.puebla, 0, b.theme, 0.5, 0, b.source, {}, {}};
    Interest interest{0, b.puebla, 0, b.luoyang, {}, 0.5, 0, {}, b.source, {}, {}};
    Partnership pair;
    pair.uid = QStringLiteral("partnership:new");
    pair.actorA = b.puebla;
    pair.actorB = b.luoyang;
    switch (bad) {
    case Bad::LatitudeAbove90:
        city.city.latitude = 91.0;
        return b.store->actors().save(city, error);
    case Bad::LongitudeBelowMinus180:
        city.city.longitude = -180.5;
        return b.store->actors().save(city, error);
    case Bad::ExistingCityLatitude: {
        Actor existing = *b.store->actors().find(b.puebla);
        existing.names.set(lang::En, QStringLiteral("Renamed"));
        existing.city.latitude = -90.5;
        return b.store->actors().save(existing, error);
    }
    case Bad::PriorityWeight15:
        statement.weight = 1.5;
        return b.store->evidence().saveStatement(statement, error);
    case Bad::OfferWeightNaN:
        statement.kind = StatementKind::Offer;
        statement.weight = std::numeric_limits<double>::quiet_NaN();
        return b.store->evidence().saveStatement(statement, error);
    case Bad::NegativeWeight:
        statement.weight = -0.1;
        return b.store->evidence().saveStatement(statement, error);
    case Bad::StatementOfActorAndGroup:
        statement.groupId = b.group;
        return b.store->evidence().saveStatement(statement, error);
    case Bad::StrengthAbove1:
        interest.strength = 1.5;
        return b.store->evidence().saveInterest(interest, error);
    case Bad::StrengthInfinite:
        interest.strength = std::numeric_limits<double>::infinity();
        return b.store->evidence().saveInterest(interest, error);
    case Bad::SelfInterest:
        interest.toActorId = b.puebla;
        return b.store->evidence().saveInterest(interest, error);
    case Bad::InterestWithoutTarget:
        interest.toActorId = 0;
        return b.store->evidence().saveInterest(interest, error);
    case Bad::PartnershipWithItself:
        pair.actorB = b.puebla;
        return b.store->pipeline().savePartnership(pair, error);
    case Bad::UnknownStage:
        pair.stage = QStringLiteral("engaged");
        return b.store->pipeline().savePartnership(pair, error);
    case Bad::StageChangeUnknownStage: {
        StageChange change{0, b.pair, QStringLiteral("married"), QDate(2021, 1, 1), {}, {}, {}, 0};
        return b.store->pipeline().addStageChange(change, error);
    }
    case Bad::ActorWithoutName:
        city.names = LocalizedText();
        return b.store->actors().save(city, error);
    case Bad::ActorItsOwnParent: {
        Actor existing = *b.store->actors().find(b.puebla);
        existing.parentId = existing.id;
        return b.store->actors().save(existing, error);
    }
    case Bad::EventWithoutTitle: {
        Event event;
        event.uid = QStringLiteral("event:untitled");
        event.kind = QStringLiteral("meeting");
        return b.store->events().save(event, error);
    }
    case Bad::EmptyNote: {
        Note note{0, QStringLiteral("actor"), b.puebla, QStringLiteral("me"), {}, QStringLiteral("  \n ")};
        return b.store->pipeline().addNote(note, error);
    }
    case Bad::GroupWithoutRespondents: {
        RespondentGroup group{0, QStringLiteral("group:empty"), b.source, 0, {}, 0, {}};
        return b.store->evidence().saveGroup(group, error);
    }
    case Bad::PairRuleWithItself:
        return b.store->pipeline().setPairRule({b.puebla, b.puebla, pairrule::Pinned, {}, {}, {}}, error);
    case Bad::UnknownPairRule:
        return b.store->pipeline().setPairRule({b.puebla, b.luoyang, QStringLiteral("adored"), {}, {}, {}}, error);
    case Bad::UnknownCountry:
        city.countryCode = QStringLiteral("ZZ");
        return b.store->actors().save(city, error);
    case Bad::UnknownSourceMidSave:
        city.sourceIds = {b.source, 9999};
        return b.store->actors().save(city, error);
    case Bad::UnknownThemeMidSave:
        pair.uid = QStringLiteral("partnership:second");
        pair.themeIds = {b.theme, 9999};
        // A second partnership between the same two actors is allowed by the schema, so only the theme can fail.
        return b.store->pipeline().savePartnership(pair, error);
    case Bad::UnknownParticipantMidSave: {
        Event event;
        event.uid = QStringLiteral("event:ghost");
        event.kind = QStringLiteral("meeting");
        event.titles.set(lang::En, QStringLiteral("Ghost meeting"));
        event.participations = {{0, 0, b.luoyang, QStringLiteral("organizer"), {}, {}, 0},
                                {0, 0, 9999, QStringLiteral("participant"), {}, {}, 0}};
        return b.store->events().save(event, error);
    }
    case Bad::UnknownInterestThemeMidSave:
        interest.themeIds = {b.theme, 9999};
        return b.store->evidence().saveInterest(interest, error);
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Bad)

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CB_REQUIRE_BACKEND(); }
    void everyEntityRoundTripsThroughTheFile();
    void updatesReplaceDetails();
    void versionsRefuseStaleCopies();
    void updatesOfMissingRowsAreRefused();
    void invalidInputIsRefusedAndNothingWritten_data();
    void invalidInputIsRefusedAndNothingWritten();
};

void TestRepositories::everyEntityRoundTripsThroughTheFile()
{
    test::TestStore backend;
    QString error;
    SavedWorkspace saved;
    QVERIFY2(backend.create(&error), qPrintable(error));
    QVERIFY2(test::populateFullWorkspace(*backend.store, &saved, &error), qPrintable(error));
    QVERIFY2(backend.reopen(&error), qPrintable(error));
    auto& store = backend.store;
    if (test::onPostgres()) {
        const QString password = QUrl(backend.location()).password();
        QVERIFY(!password.isEmpty());
        QVERIFY2(!store->location().contains(password), "the location shown must not carry the password");
    } else {
        QCOMPARE(store->location(), backend.location());
    }
    WorkspaceData data;
    QVERIFY2(loadWorkspace(*store, &data, &error), qPrintable(error));

    QCOMPARE(data.countries.size(), saved.countries.size());
    for (const Country& expected : std::as_const(saved.countries)) {
        const Country* actual = data.country(expected.code);
        QVERIFY2(actual, qPrintable(expected.code));
        CB_CHECK(test::compareCountry(*actual, expected));
    }
    QCOMPARE(data.themes.size(), saved.themes.size());
    for (const Theme& expected : std::as_const(saved.themes)) {
        QVERIFY(data.theme(expected.id));
        CB_CHECK(test::compareTheme(*data.theme(expected.id), expected));
    }
    QCOMPARE(data.sources.size(), saved.sources.size());
    for (const Source& expected : std::as_const(saved.sources)) {
        QVERIFY(data.source(expected.id));
        CB_CHECK(test::compareSource(*data.source(expected.id), expected));
    }
    QCOMPARE(data.actors.size(), saved.actors.size());
    for (const Actor& expected : std::as_const(saved.actors)) {
        QVERIFY2(data.actor(expected.id), qPrintable(expected.uid));
        CB_CHECK(test::compareActor(*data.actor(expected.id), expected));
        QVERIFY(store->actors().find(expected.id));
        CB_CHECK(test::compareActor(*store->actors().find(expected.id), expected));
    }
    QCOMPARE(data.memberships.size(), saved.memberships.size());
    for (const Membership& expected : std::as_const(saved.memberships)) {
        QVERIFY(test::withId(data.memberships, expected.id));
        CB_CHECK(test::compareMembership(*test::withId(data.memberships, expected.id), expected));
    }
    QCOMPARE(data.events.size(), saved.events.size());
    for (const Event& expected : std::as_const(saved.events)) {
        QVERIFY(data.event(expected.id));
        CB_CHECK(test::compareEvent(*data.event(expected.id), expected));
    }
    QCOMPARE(data.groups.size(), saved.groups.size());
    for (const RespondentGroup& expected : std::as_const(saved.groups)) {
        QVERIFY(data.group(expected.id));
        CB_CHECK(test::compareGroup(*data.group(expected.id), expected));
    }
    QCOMPARE(data.statements.size(), saved.statements.size());
    for (const Statement& expected : std::as_const(saved.statements)) {
        const auto it = std::find_if(data.statements.cbegin(), data.statements.cend(), [&](const Statement& s) {
            return s.kind == expected.kind && s.id == expected.id;
        });
        QVERIFY(it != data.statements.cend());
        CB_CHECK(test::compareStatement(*it, expected));
    }
    QCOMPARE(data.interests.size(), saved.interests.size());
    for (const Interest& expected : std::as_const(saved.interests)) {
        QVERIFY(test::withId(data.interests, expected.id));
        CB_CHECK(test::compareInterest(*test::withId(data.interests, expected.id), expected));
    }
    QCOMPARE(data.partnerships.size(), saved.partnerships.size());
    for (const Partnership& expected : std::as_const(saved.partnerships)) {
        QVERIFY(expected.actorA < expected.actorB);
        QVERIFY(test::withId(data.partnerships, expected.id));
        CB_CHECK(test::comparePartnership(*test::withId(data.partnerships, expected.id), expected));
        QCOMPARE(data.partnershipBetween(expected.actorB, expected.actorA),
                 test::withId(data.partnerships, expected.id));
    }
    QCOMPARE(data.pairRules.size(), saved.pairRules.size());
    for (qsizetype i = 0; i < saved.pairRules.size(); ++i) {
        const auto it = std::find_if(data.pairRules.cbegin(), data.pairRules.cend(), [&](const PairRule& r) {
            return r.actorA == saved.pairRules[i].actorA && r.actorB == saved.pairRules[i].actorB;
        });
        QVERIFY(it != data.pairRules.cend());
        CB_CHECK(test::comparePairRule(*it, saved.pairRules[i]));
    }
    QCOMPARE(data.settings, saved.settings);

    // Notes and the decision log are not part of the snapshot: read them through the pipeline.
    for (const Note& expected : std::as_const(saved.notes)) {
        const QList<Note> notes = store->pipeline().notes(expected.subjectKind, expected.subjectId, &error);
        QVERIFY(test::withId(notes, expected.id));
        CB_CHECK(test::compareNote(*test::withId(notes, expected.id), expected));
    }
    const QList<Note> pairNotes =
        store->pipeline().notes(QStringLiteral("partnership"), saved.partnerships[0].id, &error);
    QCOMPARE(pairNotes.size(), 2);
    QVERIFY(pairNotes[0].createdAt < pairNotes[1].createdAt);
    // Subjects of different kinds may share an id; the kind keeps their notes apart.
    const QList<Note> actorNotes = store->pipeline().notes(QStringLiteral("actor"), saved.notes[0].subjectId, &error);
    QCOMPARE(actorNotes.size(), 1);
    QCOMPARE(actorNotes[0].id, saved.notes[0].id);
    QCOMPARE(store->pipeline().notes(QStringLiteral("partnership"), saved.partnerships[1].id, &error).size(), 0);

    const QList<DecisionEntry> log = store->pipeline().allDecisions(&error);
    QCOMPARE(log.size(), saved.decisions.size());
    for (qsizetype i = 0; i < log.size(); ++i)
        CB_CHECK(test::compareDecision(log[i], saved.decisions[i]));
    const DecisionEntry& accept = saved.decisions[0];
    const QList<DecisionEntry> forPair = store->pipeline().decisions(accept.actorB, accept.actorA, &error);
    QCOMPARE(forPair.size(), 1);
    CB_CHECK(test::compareDecision(forPair[0], accept));

    // The snapshot's lookups work on what was read.
    const ActorId luoyang = saved.actorId(QStringLiteral("city:luoyang"));
    const ActorId mexico = saved.actorId(QStringLiteral("city:mexico-city"));
    QCOMPARE(data.actorName(luoyang, lang::Zh), QStringLiteral("洛阳"));
    QCOMPARE(data.themeByKey(QStringLiteral("tourism_development"))->parentId, saved.themes[0].id);
    QCOMPARE(data.clusterOf(saved.themes[2].id), saved.themes[0].id);
    QCOMPARE(data.countryName(QStringLiteral("MX"), lang::Es), QStringLiteral("México"));
    // The Mexican cities of the exchange (not Luoyang, not the association).
    QCOMPARE(data.groupMembers(saved.groups[0].id),
             (QList<ActorId>{mexico, saved.actorId(QStringLiteral("city:queretaro"))}));
    QCOMPARE(data.institutionsOf(saved.actorId(QStringLiteral("city:queretaro"))),
             QList<ActorId>{saved.actorId(QStringLiteral("institution:ancmpm"))});
    QCOMPARE(data.eventsOf(luoyang), QList<EventId>{saved.events[0].id});
}

void TestRepositories::updatesReplaceDetails()
{
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));

    Actor puebla = *b.store->actors().find(b.puebla);
    puebla.names.set(lang::Es, QStringLiteral("Heroica Puebla de Zaragoza"));
    puebla.aliases = {{QStringLiteral("Angelópolis"), lang::Es}};
    puebla.profile.set(lang::En, QStringLiteral("Talavera pottery."));
    puebla.sourceIds = {b.source};
    puebla.city.latitude = 19.0414;
    puebla.city.longitude = -98.2063;
    QVERIFY2(b.store->actors().save(puebla, &error), qPrintable(error));
    CB_CHECK(test::compareActor(*b.store->actors().find(b.puebla), puebla));
    puebla.aliases.clear();
    puebla.profile = LocalizedText();
    puebla.sourceIds.clear();
    puebla.city.latitude.reset();
    puebla.city.longitude.reset();
    puebla.names = {{lang::En, QStringLiteral("Puebla")}};
    QVERIFY2(b.store->actors().save(puebla, &error), qPrintable(error));
    CB_CHECK(test::compareActor(*b.store->actors().find(b.puebla), puebla));
    QCOMPARE(b.store->actors().findByName(QStringLiteral("Angelopolis")), QList<ActorId>());

    Statement st{0, StatementKind::Offer, b.puebla, 0, b.theme, 0.25, 0, b.source, QDate(2021, 2, 2), {}};
    QVERIFY2(b.store->evidence().saveStatement(st, &error), qPrintable(error));
    st.weight = 0.75;
    st.note = QStringLiteral("revised after the call");
    QVERIFY2(b.store->evidence().saveStatement(st, &error), qPrintable(error));
    const QList<Statement> statements = b.store->evidence().statements(&error);
    QCOMPARE(statements.size(), 1);
    CB_CHECK(test::compareStatement(statements[0], st));

    Theme second{0, QStringLiteral("heritage_protection"), 0, 5, {{lang::En, QStringLiteral("Heritage")}}};
    QVERIFY2(b.store->catalog().saveTheme(second, &error), qPrintable(error));
    Interest wish{0, b.puebla, 0, b.luoyang, {}, 0.5, 0, {b.theme, second.id}, b.source, {}, {}};
    QVERIFY2(b.store->evidence().saveInterest(wish, &error), qPrintable(error));
    const qint64 wishId = wish.id;
    wish.themeIds = {second.id};
    wish.strength = 1.0;
    QVERIFY2(b.store->evidence().saveInterest(wish, &error), qPrintable(error));
    QCOMPARE(wish.id, wishId);
    const QList<Interest> interests = b.store->evidence().interests(&error);
    QCOMPARE(interests.size(), 1);
    CB_CHECK(test::compareInterest(interests[0], wish));

    Event event = b.store->events().all(&error).constFirst();
    event.titles = {{lang::En, QStringLiteral("Exchange, day 2")}, {lang::Zh, QStringLiteral("交流第二天")}};
    event.participations = {{0, 0, b.luoyang, QStringLiteral("organizer"), QStringLiteral("Li"), {}, b.source}};
    QVERIFY2(b.store->events().save(event, &error), qPrintable(error));
    CB_CHECK(test::compareEvent(b.store->events().all(&error).constFirst(), event));
    QCOMPARE(test::rowCount(b.db(), QStringLiteral("participations")), 1);

    second.names = {{lang::Es, QStringLiteral("Patrimonio")}, {lang::En, QStringLiteral("Heritage protection")}};
    second.parentId = b.theme;
    QVERIFY2(b.store->catalog().saveTheme(second, &error), qPrintable(error));
    const QList<Theme> themes = b.store->catalog().themes(&error);
    QCOMPARE(themes.size(), 2);
    CB_CHECK(test::compareTheme(*test::withId(themes, second.id), second));

    const qint64 groupRows = test::rowCount(b.db(), QStringLiteral("respondent_groups"));
    RespondentGroup group = *test::withId(b.store->evidence().groups(&error), b.group);
    group.respondents = 12;
    group.label = QStringLiteral("Mayors' offices");
    group.countryCode = QStringLiteral("CN");
    group.eventId = b.event;
    QVERIFY2(b.store->evidence().saveGroup(group, &error), qPrintable(error));
    QCOMPARE(group.id, b.group);
    QCOMPARE(test::rowCount(b.db(), QStringLiteral("respondent_groups")), groupRows);
    QVERIFY2(b.reopen(&error), qPrintable(error));
    CB_CHECK(test::compareGroup(*test::withId(b.store->evidence().groups(&error), b.group), group));
    group.eventId = 0;
    group.label.clear();
    QVERIFY2(b.store->evidence().saveGroup(group, &error), qPrintable(error));
    CB_CHECK(test::compareGroup(*test::withId(b.store->evidence().groups(&error), b.group), group));
}

// An update names its row by id (and uid where there is one); when no row matches, nothing is written and the
// caller is told, instead of a silent no-op or an insert under a stale id.
void TestRepositories::updatesOfMissingRowsAreRefused()
{
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));
    const QMap<QString, qint64> before = b.rows();

    RespondentGroup group = *test::withId(b.store->evidence().groups(&error), b.group);
    RespondentGroup gone = group;
    gone.id = 9999;
    error.clear();
    QVERIFY(!b.store->evidence().saveGroup(gone, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));
    RespondentGroup renamed = group;
    renamed.uid = QStringLiteral("group:renamed");
    error.clear();
    QVERIFY(!b.store->evidence().saveGroup(renamed, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));

    Statement st{9999, StatementKind::Priority, b.puebla, 0, b.theme, 0.5, 0, b.source, {}, {}};
    error.clear();
    QVERIFY(!b.store->evidence().saveStatement(st, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));

    Event event = *test::withId(b.store->events().all(&error), b.event);
    Event otherUid = event;
    otherUid.uid = QStringLiteral("event:other");
    error.clear();
    QVERIFY(!b.store->events().save(otherUid, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));
    Event goneEvent = event;
    goneEvent.id = 9999;
    error.clear();
    QVERIFY(!b.store->events().save(goneEvent, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));

    Actor actor = *b.store->actors().find(b.puebla);
    actor.uid = QStringLiteral("city:someone-else");
    error.clear();
    QVERIFY(!b.store->actors().save(actor, &error));
    QVERIFY2(error.contains(QLatin1String("changed elsewhere")), qPrintable(error));
    QCOMPARE(actor.version, 1);

    QCOMPARE(b.rows(), before);
    CB_CHECK(test::compareGroup(*test::withId(b.store->evidence().groups(&error), b.group), group));
    CB_CHECK(test::compareEvent(*test::withId(b.store->events().all(&error), b.event), event));
}

void TestRepositories::versionsRefuseStaleCopies()
{
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));

    Actor current = *b.store->actors().find(b.luoyang);
    QCOMPARE(current.version, 1);
    const Actor stale = current;
    current.names.set(lang::Zh, QStringLiteral("洛阳"));
    QVERIFY2(b.store->actors().save(current, &error), qPrintable(error));
    QCOMPARE(current.version, 2);
    QVERIFY2(b.store->actors().save(current, &error), qPrintable(error));
    QCOMPARE(current.version, 3);
    QCOMPARE(b.store->actors().find(b.luoyang)->version, 3);

    const QMap<QString, qint64> before = b.rows();
    Actor edited = stale;
    edited.names.set(lang::En, QStringLiteral("Overwritten"));
    error.clear();
    QVERIFY(!b.store->actors().save(edited, &error));
    QVERIFY2(error.contains(QLatin1String("changed elsewhere")), qPrintable(error));
    QCOMPARE(edited.version, 1);
    QCOMPARE(b.rows(), before);
    CB_CHECK(test::compareActor(*b.store->actors().find(b.luoyang), current));

    Partnership pair = b.store->pipeline().partnerships(&error).constFirst();
    QCOMPARE(pair.version, 1);
    const Partnership stalePair = pair;
    pair.stage = stage::Contacted;
    pair.owner = QStringLiteral("officer.cn");
    QVERIFY2(b.store->pipeline().savePartnership(pair, &error), qPrintable(error));
    QCOMPARE(pair.version, 2);
    Partnership other = stalePair;
    other.stage = stage::Closed;
    error.clear();
    QVERIFY(!b.store->pipeline().savePartnership(other, &error));
    QVERIFY2(error.contains(QLatin1String("changed elsewhere")), qPrintable(error));
    CB_CHECK(test::comparePartnership(b.store->pipeline().partnerships(&error).constFirst(), pair));
}

void TestRepositories::invalidInputIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<Bad>("bad");
    QTest::addColumn<QString>("message");
    const QString coordinates = QStringLiteral("Coordinates are out of range");
    const QString weight = QStringLiteral("weight must be between 0 and 1");
    const QString strength = QStringLiteral("strength must be between 0 and 1");
    // The database's own words: PostgreSQL says "violates foreign key constraint", SQLite "FOREIGN KEY constraint failed".
    const QString foreignKey = test::onPostgres() ? QStringLiteral("violates foreign key constraint")
                                                  : QStringLiteral("FOREIGN KEY constraint failed");
    const QString check = test::onPostgres() ? QStringLiteral("violates check constraint")
                                             : QStringLiteral("CHECK constraint failed");
    QTest::newRow("new city at latitude 91") << Bad::LatitudeAbove90 << coordinates;
    QTest::newRow("new city at longitude -180.5") << Bad::LongitudeBelowMinus180 << coordinates;
    QTest::newRow("existing city moved to latitude -90.5") << Bad::ExistingCityLatitude << coordinates;
    QTest::newRow("priority weight 1.5") << Bad::PriorityWeight15 << weight;
    QTest::newRow("offer weight NaN") << Bad::OfferWeightNaN << weight;
    QTest::newRow("priority weight -0.1") << Bad::NegativeWeight << weight;
    QTest::newRow("statement of an actor and a group")
        << Bad::StatementOfActorAndGroup << QStringLiteral("exactly one actor or respondent group");
    QTest::newRow("interest strength 1.5") << Bad::StrengthAbove1 << strength;
    QTest::newRow("interest strength infinite") << Bad::StrengthInfinite << strength;
    QTest::newRow("interest in itself") << Bad::SelfInterest << QStringLiteral("interest in itself");
    QTest::newRow("interest without target") << Bad::InterestWithoutTarget << QStringLiteral("one target");
    QTest::newRow("partnership with itself") << Bad::PartnershipWithItself << QStringLiteral("two different actors");
    QTest::newRow("partnership at an unknown stage")
        << Bad::UnknownStage << QStringLiteral("Unknown partnership stage: engaged");
    QTest::newRow("stage change to an unknown stage")
        << Bad::StageChangeUnknownStage << QStringLiteral("Unknown partnership stage: married");
    QTest::newRow("actor without a name") << Bad::ActorWithoutName << QStringLiteral("needs a name");
    QTest::newRow("actor as its own parent") << Bad::ActorItsOwnParent << QStringLiteral("cannot belong to itself");
    QTest::newRow("event without a title") << Bad::EventWithoutTitle << QStringLiteral("needs a title");
    QTest::newRow("blank note") << Bad::EmptyNote << QStringLiteral("cannot be empty");
    QTest::newRow("group without respondents")
        << Bad::GroupWithoutRespondents << QStringLiteral("at least one respondent");
    QTest::newRow("pair rule on one actor") << Bad::PairRuleWithItself << QStringLiteral("two different actors");
    QTest::newRow("unknown pair rule") << Bad::UnknownPairRule << check;
    QTest::newRow("actor in an unknown country") << Bad::UnknownCountry << foreignKey;
    QTest::newRow("actor citing an unknown source (fails mid-save)") << Bad::UnknownSourceMidSave << foreignKey;
    QTest::newRow("partnership with an unknown theme (fails mid-save)") << Bad::UnknownThemeMidSave << foreignKey;
    QTest::newRow("event with an unknown participant (fails mid-save)") << Bad::UnknownParticipantMidSave << foreignKey;
    QTest::newRow("interest on an unknown theme (fails mid-save)") << Bad::UnknownInterestThemeMidSave << foreignKey;
}

void TestRepositories::invalidInputIsRefusedAndNothingWritten()
{
    QFETCH(Bad, bad);
    QFETCH(QString, message);
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));
    const QMap<QString, qint64> before = b.rows();
    QVERIFY(before.value(QStringLiteral("actors")) == 2 && before.value(QStringLiteral("partnerships")) == 1);
    const Actor pueblaBefore = *b.store->actors().find(b.puebla);

    error.clear();
    QVERIFY(!attempt(bad, b, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(b.rows(), before);
    CB_CHECK(test::compareActor(*b.store->actors().find(b.puebla), pueblaBefore));

    // Nothing is pending either: after reopening the file the counts are the same.
    QVERIFY2(b.reopen(&error), qPrintable(error));
    QCOMPARE(b.rows(), before);
}
QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
