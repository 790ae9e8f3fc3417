// SPDX-License-Identifier: GPL-3.0-or-later
// Atomic writes: a failing step inside WorkspaceStore::inTransaction() undoes everything, a failed repository save
// inside it is undone alone (a savepoint), nesting follows the outermost transaction, a failed save leaves the caller's
// object as it was so that it can be retried, and a leftover id of a rolled-back transaction cannot overwrite a record.
#include "EntityCompare.h"
#include "SmallWorkspace.h"

#include "storage/SqliteWorkspaceStore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace cb;

namespace {

enum class Retry
{
    NewActor,
    ExistingActor,
    IdTakenMeanwhile,
    NewPartnership,
    ExistingPartnership,
    NewEvent,
    ExistingEvent,
    NewInterest,
    ExistingInterest,
    NewTheme,
    NewSource,
    NewGroup,
    NewStatement,
    NewMembership,
    NewDecision
};

/**
 * Makes the database refuse every insert into table, as a failure half-way through a multi-row save: the rows
 * written before it are rolled back. A TEMP trigger lives only on this connection and leaves the file unchanged.
 */
bool refuseInserts(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL")) {
        return query.exec(QStringLiteral("CREATE OR REPLACE FUNCTION cb_test_refuse() RETURNS trigger LANGUAGE plpgsql "
                                         "AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"))
               && query.exec(QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH ROW "
                                            "EXECUTE FUNCTION cb_test_refuse()")
                                 .arg(table));
    }
    return query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE INSERT ON main.%1 "
                                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                          .arg(table));
}

bool allowInserts(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        return query.exec(QStringLiteral("DROP TRIGGER refuse_%1 ON %1").arg(table));
    return query.exec(QStringLiteral("DROP TRIGGER temp.refuse_%1").arg(table));
}

} // namespace

Q_DECLARE_METATYPE(Retry)

class TestStorageTransactions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CB_REQUIRE_BACKEND(); }
    void failedSaveCanBeRetried_data();
    void failedSaveCanBeRetried();
    void failingWorkRollsBackTheWholeTransaction();
    void failedInnerSaveIsUndoneAlone();
    void nestedTransactionsFollowTheOutermost();
    void leftoverIdOfARolledBackTransactionIsRefused();
};

void TestStorageTransactions::failedSaveCanBeRetried_data()
{
    QTest::addColumn<Retry>("retry");
    QTest::newRow("new actor citing an unknown source") << Retry::NewActor;
    QTest::newRow("existing actor citing an unknown source") << Retry::ExistingActor;
    QTest::newRow("new actor whose failed id is taken meanwhile") << Retry::IdTakenMeanwhile;
    QTest::newRow("new partnership on an unknown theme") << Retry::NewPartnership;
    QTest::newRow("existing partnership on an unknown theme") << Retry::ExistingPartnership;
    QTest::newRow("new event with an unknown participant") << Retry::NewEvent;
    QTest::newRow("existing event with an unknown participant") << Retry::ExistingEvent;
    QTest::newRow("new interest on an unknown theme") << Retry::NewInterest;
    QTest::newRow("existing interest on an unknown theme") << Retry::ExistingInterest;
    QTest::newRow("new theme whose names are refused") << Retry::NewTheme;
    QTest::newRow("new source whose titles are refused") << Retry::NewSource;
    QTest::newRow("new respondent group of an unknown event") << Retry::NewGroup;
    QTest::newRow("new priority on an unknown theme") << Retry::NewStatement;
    QTest::newRow("new membership of an unknown city") << Retry::NewMembership;
    QTest::newRow("new decision the database refuses") << Retry::NewDecision;
}

// An editor keeps the object the user is editing: after a refused save the user fixes the input and saves again.
// That second save must behave like the first one would have, never as an update of a row that was rolled back
// (reported as "changed elsewhere") or, worse, of another record that has since been given the same id.
void TestStorageTransactions::failedSaveCanBeRetried()
{
    QFETCH(Retry, retry);
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));
    const QMap<QString, qint64> before = b.rows();
    switch (retry) {
    case Retry::NewActor:
    case Retry::IdTakenMeanwhile: {
        Actor actor = test::draftCity(QStringLiteral("city:retry"), QStringLiteral("Retry"));
        const int draftVersion = actor.version;
        actor.sourceIds = {9999};
        QVERIFY(!b.store->actors().save(actor, &error));
        QVERIFY2(test::isForeignKeyError(error), qPrintable(error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(actor.id, ActorId(0));
        QCOMPARE(actor.version, draftVersion);
        Actor other = test::draftCity(QStringLiteral("city:other"), QStringLiteral("Other"));
        if (retry == Retry::IdTakenMeanwhile)
            QVERIFY2(b.store->actors().save(other, &error), qPrintable(error));
        actor.sourceIds = {b.source};
        QVERIFY2(b.store->actors().save(actor, &error), qPrintable(error));
        QCOMPARE(actor.version, 1);
        CB_CHECK(test::compareActor(*b.store->actors().find(actor.id), actor));
        if (retry == Retry::IdTakenMeanwhile) {
            QVERIFY(actor.id != other.id);
            CB_CHECK(test::compareActor(*b.store->actors().find(other.id), other));
        }
        break;
    }
    case Retry::ExistingActor: {
        Actor actor = *b.store->actors().find(b.puebla);
        const Actor unchanged = actor;
        actor.names.set(lang::Es, QStringLiteral("Heroica Puebla de Zaragoza"));
        actor.sourceIds = {9999};
        QVERIFY(!b.store->actors().save(actor, &error));
        CB_CHECK(test::compareActor(*b.store->actors().find(b.puebla), unchanged));
        QCOMPARE(actor.version, unchanged.version);
        actor.sourceIds = {b.source};
        QVERIFY2(b.store->actors().save(actor, &error), qPrintable(error));
        QCOMPARE(actor.version, unchanged.version + 1);
        CB_CHECK(test::compareActor(*b.store->actors().find(b.puebla), actor));
        break;
    }
    case Retry::NewPartnership:
    case Retry::ExistingPartnership: {
        Partnership pair;
        if (retry == Retry::ExistingPartnership) {
            pair = *test::withId(b.store->pipeline().partnerships(&error), b.pair);
        } else {
            pair.uid = QStringLiteral("partnership:retry");
            // Given in the wrong order on purpose: the pair is ordered only in what was saved.
            pair.actorA = b.puebla;
            pair.actorB = b.luoyang;
        }
        const Partnership unchanged = pair;
        pair.owner = QStringLiteral("officer.mx");
        pair.themeIds = {9999};
        QVERIFY(!b.store->pipeline().savePartnership(pair, &error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(pair.id, unchanged.id);
        QCOMPARE(pair.version, unchanged.version);
        QCOMPARE(pair.actorA, unchanged.actorA);
        pair.themeIds = {b.theme};
        QVERIFY2(b.store->pipeline().savePartnership(pair, &error), qPrintable(error));
        QCOMPARE(pair.version, retry == Retry::ExistingPartnership ? unchanged.version + 1 : 1);
        QVERIFY(pair.actorA < pair.actorB);
        CB_CHECK(test::comparePartnership(*test::withId(b.store->pipeline().partnerships(&error), pair.id), pair));
        break;
    }
    case Retry::NewEvent:
    case Retry::ExistingEvent: {
        Event event;
        if (retry == Retry::ExistingEvent) {
            event = *test::withId(b.store->events().all(&error), b.event);
        } else {
            event.uid = QStringLiteral("event:retry");
            event.kind = QStringLiteral("meeting");
            event.titles.set(lang::En, QStringLiteral("Retry meeting"));
        }
        const Event unchanged = event;
        event.participations.append({0, 0, b.luoyang, QStringLiteral("organizer"), {}, {}, 0});
        event.participations.append({0, 0, 9999, QStringLiteral("participant"), {}, {}, 0});
        QVERIFY(!b.store->events().save(event, &error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(event.id, unchanged.id);
        for (const Participation& p : event.participations.mid(unchanged.participations.size())) {
            QCOMPARE(p.id, qint64(0));
            QCOMPARE(p.eventId, EventId(0));
        }
        if (retry == Retry::ExistingEvent)
            CB_CHECK(test::compareEvent(*test::withId(b.store->events().all(&error), b.event), unchanged));
        event.participations.last().actorId = b.puebla;
        QVERIFY2(b.store->events().save(event, &error), qPrintable(error));
        for (const Participation& p : event.participations) {
            QVERIFY(p.id != 0);
            QCOMPARE(p.eventId, event.id);
        }
        CB_CHECK(test::compareEvent(*test::withId(b.store->events().all(&error), event.id), event));
        break;
    }
    case Retry::NewInterest:
    case Retry::ExistingInterest: {
        Interest wish{0, b.puebla, 0, b.luoyang, {}, 0.5, 0, {}, b.source, {}, {}};
        if (retry == Retry::ExistingInterest)
            QVERIFY2(b.store->evidence().saveInterest(wish, &error), qPrintable(error));
        const qint64 id = wish.id;
        const QMap<QString, qint64> rows = b.rows();
        wish.themeIds = {9999};
        QVERIFY(!b.store->evidence().saveInterest(wish, &error));
        QCOMPARE(b.rows(), rows);
        QCOMPARE(wish.id, id);
        wish.themeIds = {b.theme};
        QVERIFY2(b.store->evidence().saveInterest(wish, &error), qPrintable(error));
        if (retry == Retry::ExistingInterest)
            QCOMPARE(wish.id, id);
        QCOMPARE(b.store->evidence().interests(&error).size(), 1);
        CB_CHECK(test::compareInterest(*test::withId(b.store->evidence().interests(&error), wish.id), wish));
        break;
    }
    case Retry::NewTheme: {
        Theme theme{0, QStringLiteral("digital_heritage"), b.theme, 3, {{lang::En, QStringLiteral("Digital")}}};
        QVERIFY(refuseInserts(b.db(), QStringLiteral("theme_names")));
        QVERIFY(!b.store->catalog().saveTheme(theme, &error));
        QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(theme.id, ThemeId(0));
        QVERIFY(allowInserts(b.db(), QStringLiteral("theme_names")));
        QVERIFY2(b.store->catalog().saveTheme(theme, &error), qPrintable(error));
        CB_CHECK(test::compareTheme(*test::withId(b.store->catalog().themes(&error), theme.id), theme));
        break;
    }
    case Retry::NewSource: {
        Source source{0, QStringLiteral("source:retry"), QStringLiteral("report"),
                      {{lang::En, QStringLiteral("Retry report")}}, QDate(2022, 3, 4), {}, {}, {}};
        QVERIFY(refuseInserts(b.db(), QStringLiteral("source_titles")));
        QVERIFY(!b.store->catalog().saveSource(source, &error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(source.id, SourceId(0));
        QVERIFY(allowInserts(b.db(), QStringLiteral("source_titles")));
        QVERIFY2(b.store->catalog().saveSource(source, &error), qPrintable(error));
        CB_CHECK(test::compareSource(*test::withId(b.store->catalog().sources(&error), source.id), source));
        break;
    }
    case Retry::NewGroup: {
        RespondentGroup group{0, QStringLiteral("group:retry"), b.source, 9999, QStringLiteral("CN"), 7, {}};
        QVERIFY(!b.store->evidence().saveGroup(group, &error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(group.id, GroupId(0));
        group.eventId = b.event;
        QVERIFY2(b.store->evidence().saveGroup(group, &error), qPrintable(error));
        CB_CHECK(test::compareGroup(*test::withId(b.store->evidence().groups(&error), group.id), group));
        break;
    }
    case Retry::NewStatement: {
        Statement st{0, StatementKind::Priority, b.puebla, 0, 9999, 0.5, 0, b.source, {}, {}};
        QVERIFY(!b.store->evidence().saveStatement(st, &error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(st.id, qint64(0));
        st.themeId = b.theme;
        QVERIFY2(b.store->evidence().saveStatement(st, &error), qPrintable(error));
        CB_CHECK(test::compareStatement(*test::withId(b.store->evidence().statements(&error), st.id), st));
        break;
    }
    case Retry::NewMembership: {
        Actor network;
        network.uid = QStringLiteral("institution:network");
        network.kind = ActorKind::Institution;
        network.names.set(lang::En, QStringLiteral("Network"));
        QVERIFY2(b.store->actors().save(network, &error), qPrintable(error));
        const QMap<QString, qint64> rows = b.rows();
        Membership m{0, network.id, 9999, QStringLiteral("member"), b.source};
        QVERIFY(!b.store->actors().saveMembership(m, &error));
        QCOMPARE(b.rows(), rows);
        QCOMPARE(m.id, qint64(0));
        m.cityId = b.puebla;
        QVERIFY2(b.store->actors().saveMembership(m, &error), qPrintable(error));
        CB_CHECK(test::compareMembership(*test::withId(b.store->actors().memberships(&error), m.id), m));
        break;
    }
    case Retry::NewDecision: {
        DecisionEntry entry;
        entry.user = QStringLiteral("officer");
        entry.action = QStringLiteral("accept");
        entry.actorA = b.luoyang;
        entry.actorB = b.puebla;
        // The log keeps no foreign keys (it outlives what it names), so the refusal is made here.
        QVERIFY(refuseInserts(b.db(), QStringLiteral("decision_log")));
        QVERIFY(!b.store->pipeline().appendDecision(entry, &error));
        QCOMPARE(b.rows(), before);
        QCOMPARE(entry.id, qint64(0));
        QVERIFY(!entry.at.isValid()); // not stamped by a write that did not happen
        QVERIFY(allowInserts(b.db(), QStringLiteral("decision_log")));
        QVERIFY2(b.store->pipeline().appendDecision(entry, &error), qPrintable(error));
        QVERIFY(entry.at.isValid());
        const QList<DecisionEntry> log = b.store->pipeline().allDecisions(&error);
        QCOMPARE(log.size(), 1);
        CB_CHECK(test::compareDecision(log.constFirst(), entry));
        break;
    }
    }
}

void TestStorageTransactions::failingWorkRollsBackTheWholeTransaction()
{
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));
    const QMap<QString, qint64> before = b.rows();

    Actor oaxaca = test::draftCity(QStringLiteral("city:oaxaca"), QStringLiteral("Oaxaca"));
    const bool ok = b.store->inTransaction(
        [&](QString* e) {
            if (!b.store->actors().save(oaxaca, e))
                return false;
            Statement st{0, StatementKind::Priority, oaxaca.id, 0, b.theme, 0.5, 0, b.source, {}, {}};
            if (!b.store->evidence().saveStatement(st, e))
                return false;
            Statement broken{0, StatementKind::Offer, oaxaca.id, 0, 9999, 0.5, 0, b.source, {}, {}};
            return b.store->evidence().saveStatement(broken, e); // unknown theme: the database refuses it
        },
        &error);
    QVERIFY(!ok);
    QVERIFY2(test::isForeignKeyError(error), qPrintable(error));
    QCOMPARE(b.rows(), before);
    QCOMPARE(b.store->actors().findByName(QStringLiteral("Oaxaca")), QList<ActorId>());

    // The connection is not left inside a transaction: the next save is committed on its own.
    Actor merida = test::draftCity(QStringLiteral("city:merida"), QStringLiteral("Mérida"));
    QVERIFY2(b.store->actors().save(merida, &error), qPrintable(error));
    QVERIFY2(b.reopen(&error), qPrintable(error));
    QCOMPARE(b.store->actors().findByName(QStringLiteral("merida")), QList<ActorId>{merida.id});
    QCOMPARE(b.rows().value(QStringLiteral("actors")), before.value(QStringLiteral("actors")) + 1);
}

void TestStorageTransactions::failedInnerSaveIsUndoneAlone()
{
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));
    const QMap<QString, qint64> before = b.rows();

    Actor oaxaca = test::draftCity(QStringLiteral("city:oaxaca"), QStringLiteral("Oaxaca"));
    Actor broken = test::draftCity(QStringLiteral("city:broken"), QStringLiteral("Broken"));
    const Actor draft = broken;
    broken.names.set(lang::Es, QStringLiteral("Rota"));
    broken.sourceIds = {9999}; // fails after the actor, city and name rows are written
    QString innerError;
    const bool ok = b.store->inTransaction(
        [&](QString* e) {
            if (!b.store->actors().save(oaxaca, e))
                return false;
            if (b.store->actors().save(broken, &innerError))
                return false; // must not happen
            return true;      // the caller decides to keep the rest
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(test::isForeignKeyError(innerError), qPrintable(innerError));
    QCOMPARE(broken.id, ActorId(0)); // its savepoint rolled back, so it never took an id
    QCOMPARE(broken.version, draft.version);

    QMap<QString, qint64> expected = before;
    expected[QStringLiteral("actors")] += 1;
    expected[QStringLiteral("cities")] += 1;
    expected[QStringLiteral("actor_names")] += 1;
    expected[QStringLiteral("aliases")] += 1;
    QCOMPARE(b.rows(), expected);
    QCOMPARE(b.store->actors().findByName(QStringLiteral("Oaxaca")), QList<ActorId>{oaxaca.id});
    QCOMPARE(b.store->actors().findByName(QStringLiteral("Rota")), QList<ActorId>());
}

void TestStorageTransactions::nestedTransactionsFollowTheOutermost()
{
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));
    const qint64 actors = b.rows().value(QStringLiteral("actors"));

    // Inner failure, outer success: only the inner work is undone.
    Actor kept = test::draftCity(QStringLiteral("city:kept"), QStringLiteral("Kept"));
    Actor dropped = test::draftCity(QStringLiteral("city:dropped"), QStringLiteral("Dropped"));
    QVERIFY2(b.store->inTransaction(
                 [&](QString* e) {
                     if (!b.store->actors().save(kept, e))
                         return false;
                     QString inner;
                     const bool innerOk = b.store->inTransaction(
                         [&](QString* ie) {
                             if (!b.store->actors().save(dropped, ie))
                                 return false;
                             *ie = QStringLiteral("the inner step gives up");
                             return false;
                         },
                         &inner);
                     return !innerOk;
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(b.store->actors().findByName(QStringLiteral("Kept")), QList<ActorId>{kept.id});
    QCOMPARE(b.store->actors().findByName(QStringLiteral("Dropped")), QList<ActorId>());
    QCOMPARE(b.rows().value(QStringLiteral("actors")), actors + 1);

    // Inner success, outer failure: the inner commit was only a savepoint, so everything goes.
    Actor inner = test::draftCity(QStringLiteral("city:inner"), QStringLiteral("Inner"));
    QVERIFY(!b.store->inTransaction(
        [&](QString* e) {
            QString innerError;
            if (!b.store->inTransaction([&](QString* ie) { return b.store->actors().save(inner, ie); }, &innerError))
                return false;
            *e = QStringLiteral("the caller gave up");
            return false;
        },
        &error));
    QCOMPARE(error, QStringLiteral("the caller gave up"));
    QCOMPARE(b.store->actors().findByName(QStringLiteral("Inner")), QList<ActorId>());
    QCOMPARE(b.rows().value(QStringLiteral("actors")), actors + 1);
    QVERIFY2(b.reopen(&error), qPrintable(error));
    QCOMPARE(b.rows().value(QStringLiteral("actors")), actors + 1);
}

// Inside WorkspaceStore::inTransaction() a save hands out its id at once (the work links the next rows with it). When
// the whole transaction then rolls back, the objects hold ids of rows that are gone: the documented contract is to
// discard or re-read them. A caller that forgets must still not overwrite the record that takes such an id next:
// updates match the uid too, so the stale save is refused.
void TestStorageTransactions::leftoverIdOfARolledBackTransactionIsRefused()
{
    test::SmallWorkspace b;
    QString error;
    QVERIFY2(b.create(&error), qPrintable(error));

    Actor a = test::draftCity(QStringLiteral("city:a"), QStringLiteral("Alpha"));
    Actor c = test::draftCity(QStringLiteral("city:c"), QStringLiteral("Gamma"));
    Event event;
    event.uid = QStringLiteral("event:rolled-back");
    event.kind = QStringLiteral("meeting");
    event.titles.set(lang::En, QStringLiteral("Rolled back"));
    RespondentGroup group{0, QStringLiteral("group:rolled-back"), b.source, 0, QStringLiteral("MX"), 3, {}};
    Partnership pair;
    pair.uid = QStringLiteral("partnership:rolled-back");
    const QMap<QString, qint64> before = b.rows();
    QVERIFY(!b.store->inTransaction(
        [&](QString* e) {
            if (!b.store->actors().save(a, e) || !b.store->actors().save(c, e))
                return false;
            // The ids are usable inside the work: the rows below point at them.
            event.participations = {{0, 0, a.id, QStringLiteral("organizer"), {}, {}, 0}};
            pair.actorA = a.id;
            pair.actorB = c.id;
            if (!b.store->events().save(event, e) || !b.store->evidence().saveGroup(group, e)
                || !b.store->pipeline().savePartnership(pair, e))
                return false;
            *e = QStringLiteral("the import found a problem later on");
            return false;
        },
        &error));
    QCOMPARE(b.rows(), before);
    QVERIFY(a.id != 0 && event.id != 0 && group.id != 0 && pair.id != 0);
    QVERIFY(!b.store->actors().find(a.id));

    // Other records are saved and take the same ids.
    Actor takerA = test::draftCity(QStringLiteral("city:taker-a"), QStringLiteral("Taker A"));
    Actor takerC = test::draftCity(QStringLiteral("city:taker-c"), QStringLiteral("Taker C"));
    Event takerEvent;
    takerEvent.uid = QStringLiteral("event:taker");
    takerEvent.kind = QStringLiteral("webinar");
    takerEvent.titles.set(lang::En, QStringLiteral("Taker webinar"));
    RespondentGroup takerGroup{0, QStringLiteral("group:taker"), b.source, 0, QStringLiteral("CN"), 9, {}};
    QVERIFY2(b.store->actors().save(takerA, &error) && b.store->actors().save(takerC, &error)
                 && b.store->events().save(takerEvent, &error) && b.store->evidence().saveGroup(takerGroup, &error),
             qPrintable(error));
    Partnership takerPair;
    takerPair.uid = QStringLiteral("partnership:taker");
    takerPair.actorA = takerA.id;
    takerPair.actorB = takerC.id;
    QVERIFY2(b.store->pipeline().savePartnership(takerPair, &error), qPrintable(error));
    if (test::onPostgres()) {
        // PostgreSQL's sequences do not roll back: the ids of the rolled-back rows are never handed out again, and
        // the stale objects below point at rows that do not exist.
        QVERIFY(takerA.id > c.id && takerEvent.id > event.id && takerGroup.id > group.id && takerPair.id > pair.id);
    } else {
        QCOMPARE(takerA.id, a.id);
        QCOMPARE(takerC.id, c.id);
        QCOMPARE(takerEvent.id, event.id);
        QCOMPARE(takerGroup.id, group.id);
        QCOMPARE(takerPair.id, pair.id);
        QCOMPARE(takerA.version, a.version);
        QCOMPARE(takerPair.version, pair.version);
    }
    const QMap<QString, qint64> taken = b.rows();

    // Saving the stale objects again is refused, and the records that own those ids now are untouched.
    QVERIFY(!b.store->actors().save(a, &error));
    QVERIFY2(error.contains(QLatin1String("changed elsewhere")), qPrintable(error));
    QVERIFY(!b.store->events().save(event, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));
    QVERIFY(!b.store->evidence().saveGroup(group, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));
    QVERIFY(!b.store->pipeline().savePartnership(pair, &error));
    QVERIFY2(error.contains(QLatin1String("changed elsewhere")), qPrintable(error));
    QCOMPARE(b.rows(), taken);
    CB_CHECK(test::compareActor(*b.store->actors().find(takerA.id), takerA));
    CB_CHECK(test::compareEvent(*test::withId(b.store->events().all(&error), takerEvent.id), takerEvent));
    CB_CHECK(test::compareGroup(*test::withId(b.store->evidence().groups(&error), takerGroup.id), takerGroup));
    CB_CHECK(test::comparePartnership(*test::withId(b.store->pipeline().partnerships(&error), takerPair.id),
                                      takerPair));

    // Following the contract: the objects are discarded as new, and saving them again creates new records.
    a.id = 0;
    a.version = 0;
    QVERIFY2(b.store->actors().save(a, &error), qPrintable(error));
    QVERIFY(a.id != takerA.id);
    event.id = 0;
    event.participations = {{0, 0, a.id, QStringLiteral("organizer"), {}, {}, 0}};
    QVERIFY2(b.store->events().save(event, &error), qPrintable(error));
    QVERIFY(event.id != takerEvent.id);
    CB_CHECK(test::compareActor(*b.store->actors().find(a.id), a));
    CB_CHECK(test::compareEvent(*test::withId(b.store->events().all(&error), event.id), event));
    CB_CHECK(test::compareActor(*b.store->actors().find(takerA.id), takerA));
}

QTEST_GUILESS_MAIN(TestStorageTransactions)
#include "tst_storagetransactions.moc"
