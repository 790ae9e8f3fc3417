// SPDX-License-Identifier: GPL-3.0-or-later
// Atomic writes: a failing step inside WorkspaceStore::inTransaction() undoes everything, a failed repository save
// inside it is undone alone (a savepoint), nesting follows the outermost transaction, and a failed save can be retried.
#include "EntityCompare.h"
#include "SmallWorkspace.h"

#include "storage/SqliteWorkspaceStore.h"

#include <QtTest>

using namespace cb;

namespace {

enum class Retry
{
    NewActor,
    ExistingActor,
    NewPartnership,
    NewEvent,
    NewInterest,
    IdTakenMeanwhile
};

/**
 * Known core bug, see failedSaveCanBeRetried(): the SQL repositories write the new id (and the bumped version) into
 * the caller's object before the transaction commits, and leave them there when it rolls back.
 */
const char* const kIdLeak = "core bug: a failed save leaves the rolled-back id or version in the caller's object";

} // namespace

Q_DECLARE_METATYPE(Retry)

class TestStorageTransactions : public QObject
{
    Q_OBJECT

private slots:
    void failedSaveCanBeRetried_data();
    void failedSaveCanBeRetried();
    void failingWorkRollsBackTheWholeTransaction();
    void failedInnerSaveIsUndoneAlone();
    void nestedTransactionsFollowTheOutermost();
};

void TestStorageTransactions::failedSaveCanBeRetried_data()
{
    QTest::addColumn<Retry>("retry");
    QTest::newRow("new actor citing an unknown source") << Retry::NewActor;
    QTest::newRow("existing actor citing an unknown source") << Retry::ExistingActor;
    QTest::newRow("new partnership on an unknown theme") << Retry::NewPartnership;
    QTest::newRow("new event with an unknown participant") << Retry::NewEvent;
    QTest::newRow("new interest on an unknown theme") << Retry::NewInterest;
    QTest::newRow("new actor whose failed id is taken meanwhile") << Retry::IdTakenMeanwhile;
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
        actor.sourceIds = {9999};
        QVERIFY(!b.store->actors().save(actor, &error));
        QCOMPARE(b.rows(), before);
        Actor other = test::draftCity(QStringLiteral("city:other"), QStringLiteral("Other"));
        if (retry == Retry::IdTakenMeanwhile)
            QVERIFY2(b.store->actors().save(other, &error), qPrintable(error));
        QEXPECT_FAIL("", kIdLeak, Abort);
        QCOMPARE(actor.id, ActorId(0));
        actor.sourceIds = {b.source};
        QVERIFY2(b.store->actors().save(actor, &error), qPrintable(error));
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
        QEXPECT_FAIL("", kIdLeak, Abort);
        QCOMPARE(actor.version, unchanged.version);
        actor.sourceIds = {b.source};
        QVERIFY2(b.store->actors().save(actor, &error), qPrintable(error));
        QCOMPARE(actor.version, unchanged.version + 1);
        CB_CHECK(test::compareActor(*b.store->actors().find(b.puebla), actor));
        break;
    }
    case Retry::NewPartnership: {
        Partnership pair;
        pair.uid = QStringLiteral("partnership:retry");
        pair.actorA = b.luoyang;
        pair.actorB = b.puebla;
        pair.themeIds = {9999};
        QVERIFY(!b.store->pipeline().savePartnership(pair, &error));
        QCOMPARE(b.rows(), before);
        QEXPECT_FAIL("", kIdLeak, Abort);
        QCOMPARE(pair.id, PartnershipId(0));
        pair.themeIds = {b.theme};
        QVERIFY2(b.store->pipeline().savePartnership(pair, &error), qPrintable(error));
        CB_CHECK(test::comparePartnership(*test::withId(b.store->pipeline().partnerships(&error), pair.id), pair));
        break;
    }
    case Retry::NewEvent: {
        Event event;
        event.uid = QStringLiteral("event:retry");
        event.kind = QStringLiteral("meeting");
        event.titles.set(lang::En, QStringLiteral("Retry meeting"));
        event.participations = {{0, 0, b.luoyang, QStringLiteral("organizer"), {}, {}, 0},
                                {0, 0, 9999, QStringLiteral("participant"), {}, {}, 0}};
        QVERIFY(!b.store->events().save(event, &error));
        QCOMPARE(b.rows(), before);
        QEXPECT_FAIL("", kIdLeak, Abort);
        QCOMPARE(event.id, EventId(0));
        event.participations[1].actorId = b.puebla;
        QVERIFY2(b.store->events().save(event, &error), qPrintable(error));
        CB_CHECK(test::compareEvent(*test::withId(b.store->events().all(&error), event.id), event));
        break;
    }
    case Retry::NewInterest: {
        Interest wish{0, b.puebla, 0, b.luoyang, {}, 0.5, 0, {9999}, b.source, {}, {}};
        QVERIFY(!b.store->evidence().saveInterest(wish, &error));
        QCOMPARE(b.rows(), before);
        QEXPECT_FAIL("", kIdLeak, Abort);
        QCOMPARE(wish.id, qint64(0));
        wish.themeIds = {b.theme};
        QVERIFY2(b.store->evidence().saveInterest(wish, &error), qPrintable(error));
        CB_CHECK(test::compareInterest(*test::withId(b.store->evidence().interests(&error), wish.id), wish));
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
    QVERIFY2(error.contains(QLatin1String("FOREIGN KEY")), qPrintable(error));
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
    QVERIFY2(innerError.contains(QLatin1String("FOREIGN KEY")), qPrintable(innerError));

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

QTEST_GUILESS_MAIN(TestStorageTransactions)
#include "tst_storagetransactions.moc"
