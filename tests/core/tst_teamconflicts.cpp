// SPDX-License-Identifier: GPL-3.0-or-later
// Two officers on one workspace, each through their own connection (on PostgreSQL: their own login role). Concurrent
// edits of the same partnership or actor: the second save is refused with a message that names the record and shows
// the stored value beside the one being saved, and nothing of it is written. The decision log names each officer's
// role on PostgreSQL, whatever name the program passes, and its past entries cannot be changed.
// Runs as tst_teamconflicts (two connections to one SQLite file) and tst_teamconflicts_pg (two roles).
#include "SmallWorkspace.h"

#include "storage/OpenWorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QElapsedTimer>
#include <QThread>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace cb;

namespace {

QString officerUrl(const char* variable)
{
    return qEnvironmentVariable(variable);
}

QString roleOf(const QString& url)
{
    return QUrl(url).userName();
}

std::optional<Partnership> partnership(WorkspaceStore& store, PartnershipId id)
{
    QString error;
    for (const Partnership& p : store.pipeline().partnerships(&error)) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace

class TestTeamConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secondSaveOfAPartnershipShowsBothValues();
    void secondSaveOfAnActorShowsBothValues();
    void concurrentTransactionsDoNotOverwrite();
    void decisionLogNamesEachOfficer();

private:
    std::unique_ptr<test::SmallWorkspace> m_ws;
    std::unique_ptr<WorkspaceStore> m_a; // officer A
    std::unique_ptr<WorkspaceStore> m_b; // officer B
};

void TestTeamConflicts::initTestCase()
{
    CB_REQUIRE_BACKEND();
    if (test::onPostgres()
        && (officerUrl("CITYBRIDGE_TEST_PG_OFFICER_A").isEmpty() || officerUrl("CITYBRIDGE_TEST_PG_OFFICER_B").isEmpty()))
        QFAIL("CITYBRIDGE_TEST_PG_OFFICER_A and _B must name two officer roles (tests/support/pg-test-server.sh)");
}

void TestTeamConflicts::init()
{
    m_ws = std::make_unique<test::SmallWorkspace>();
    QString error;
    QVERIFY2(m_ws->create(&error), qPrintable(error));
    m_a = m_ws->openAnother(&error, officerUrl("CITYBRIDGE_TEST_PG_OFFICER_A"));
    QVERIFY2(m_a, qPrintable(error));
    m_b = m_ws->openAnother(&error, officerUrl("CITYBRIDGE_TEST_PG_OFFICER_B"));
    QVERIFY2(m_b, qPrintable(error));
}

void TestTeamConflicts::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_ws.reset();
}

void TestTeamConflicts::secondSaveOfAPartnershipShowsBothValues()
{
    Partnership mineA = *partnership(*m_a, m_ws->pair);
    Partnership mineB = *partnership(*m_b, m_ws->pair);
    mineA.stage = stage::Contacted;
    mineA.owner = QStringLiteral("Ana");
    QString error;
    QVERIFY2(m_a->pipeline().savePartnership(mineA, &error), qPrintable(error));
    QCOMPARE(mineA.version, 2);

    mineB.stage = stage::Candidate;
    mineB.nextAction = QStringLiteral("Call the mayor's office");
    QVERIFY(!m_b->pipeline().savePartnership(mineB, &error));
    qInfo().noquote() << "conflict message:" << error;
    QVERIFY2(error.contains(QLatin1String("changed elsewhere")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Luoyang")) && error.contains(QLatin1String("Puebla")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("stored version 2, yours 1")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Stage: stored “%1”, yours “%2”").arg(stage::Contacted, stage::Candidate)),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Owner: stored “Ana”, yours (empty)")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Next action: stored (empty), yours “Call the mayor's office”")),
             qPrintable(error));
    QCOMPARE(mineB.version, 1);

    // Nothing of B's save was written, seen from either connection.
    for (WorkspaceStore* store : {m_a.get(), m_b.get()}) {
        const Partnership stored = *partnership(*store, m_ws->pair);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.stage, stage::Contacted);
        QCOMPARE(stored.owner, QStringLiteral("Ana"));
        QVERIFY(stored.nextAction.isEmpty());
    }
    // After reloading, B's change goes through on top of A's.
    Partnership reloaded = *partnership(*m_b, m_ws->pair);
    reloaded.stage = stage::Candidate;
    QVERIFY2(m_b->pipeline().savePartnership(reloaded, &error), qPrintable(error));
    QCOMPARE(partnership(*m_a, m_ws->pair)->owner, QStringLiteral("Ana"));
    QCOMPARE(partnership(*m_a, m_ws->pair)->stage, stage::Candidate);
}

void TestTeamConflicts::secondSaveOfAnActorShowsBothValues()
{
    Actor mineA = *m_a->actors().find(m_ws->puebla);
    Actor mineB = *m_b->actors().find(m_ws->puebla);
    mineA.names.set(lang::Es, QStringLiteral("Heroica Puebla de Zaragoza"));
    QString error;
    QVERIFY2(m_a->actors().save(mineA, &error), qPrintable(error));
    mineB.names.set(lang::Es, QStringLiteral("Puebla de los Ángeles"));
    mineB.city.population = 1692181;
    QVERIFY(!m_b->actors().save(mineB, &error));
    qInfo().noquote() << "conflict message:" << error;
    QVERIFY2(error.startsWith(QLatin1String("Puebla was changed elsewhere")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Name (Spanish): stored “Heroica Puebla de Zaragoza”, yours “Puebla de los "
                                           "Ángeles”")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Population: stored “0”, yours “1692181”")), qPrintable(error));
    const Actor stored = *m_b->actors().find(m_ws->puebla);
    QCOMPARE(stored.names.exact(lang::Es), QStringLiteral("Heroica Puebla de Zaragoza"));
    QCOMPARE(stored.city.population, qint64(0));
    QCOMPARE(stored.version, 2);
}

// B loads the partnership and saves while A's transaction that changes it is still open: B waits for A (row lock on
// PostgreSQL, the write lock on SQLite) and then finds the newer version instead of overwriting it.
void TestTeamConflicts::concurrentTransactionsDoNotOverwrite()
{
    const QString location = m_ws->locationFor(officerUrl("CITYBRIDGE_TEST_PG_OFFICER_B"));
    std::atomic<bool> loaded{false};
    std::atomic<bool> saved{true};
    QString bError;
    std::thread officerB;
    QElapsedTimer waited;
    std::atomic<qint64> bSaveMs{0};
    QString error;
    const bool committed = m_a->inTransaction(
        [&](QString* e) {
            Partnership mine = *partnership(*m_a, m_ws->pair);
            mine.stage = stage::Exploratory;
            if (!m_a->pipeline().savePartnership(mine, e))
                return false;
            officerB = std::thread([&] {
                // A connection belongs to the thread that opened it.
                auto store = openWorkspaceStore(location, &bError);
                if (!store) {
                    loaded = true;
                    return;
                }
                const std::optional<Partnership> stored = partnership(*store, m_ws->pair);
                if (!stored) {
                    bError = QStringLiteral("officer B cannot read the partnership");
                    loaded = true;
                    return;
                }
                Partnership theirs = *stored;
                theirs.stage = stage::Dormant;
                loaded = true;
                QElapsedTimer saving;
                saving.start();
                saved = store->pipeline().savePartnership(theirs, &bError);
                bSaveMs = saving.elapsed();
            });
            while (!loaded)
                QThread::msleep(5);
            QThread::msleep(300); // B is now waiting for A's lock
            waited.start();
            return true;
        },
        &error);
    officerB.join();
    QVERIFY2(committed, qPrintable(error));
    qInfo() << "officer B waited for A's commit and was refused after" << waited.elapsed() << "ms";
    QVERIFY2(!saved, "the second save must not overwrite the first");
    // B's save really waited for A's transaction (A held it 300 ms after B had loaded), rather than starting after it.
    QVERIFY2(bSaveMs >= 100, qPrintable(QStringLiteral("officer B's save took only %1 ms").arg(bSaveMs.load())));
    QVERIFY2(bError.contains(QStringLiteral("Stage: stored “%1”, yours “%2”").arg(stage::Exploratory, stage::Dormant)),
             qPrintable(bError));
    QCOMPARE(partnership(*m_b, m_ws->pair)->stage, stage::Exploratory);
    QCOMPARE(partnership(*m_b, m_ws->pair)->version, 2);
}

void TestTeamConflicts::decisionLogNamesEachOfficer()
{
    DecisionEntry byA;
    byA.user = QStringLiteral("typed by A");
    byA.action = QStringLiteral("accept");
    byA.actorA = m_ws->luoyang;
    byA.actorB = m_ws->puebla;
    DecisionEntry byB = byA;
    byB.user = QStringLiteral("Ana"); // B pretends to be someone else
    byB.action = QStringLiteral("defer");
    QString error;
    QVERIFY2(m_a->pipeline().appendDecision(byA, &error), qPrintable(error));
    QVERIFY2(m_b->pipeline().appendDecision(byB, &error), qPrintable(error));
    Note note{0, QStringLiteral("partnership"), m_ws->pair, QStringLiteral("Ana"), {}, QStringLiteral("Called.")};
    QVERIFY2(m_b->pipeline().addNote(note, &error), qPrintable(error));
    StageChange change;
    change.partnershipId = m_ws->pair;
    change.stage = stage::Contacted;
    change.changedBy = QStringLiteral("Ana");
    QVERIFY2(m_a->pipeline().addStageChange(change, &error), qPrintable(error));

    const QList<DecisionEntry> log = m_ws->store->pipeline().decisions(m_ws->luoyang, m_ws->puebla, &error);
    QCOMPARE(log.size(), 2);
    const QString roleA = test::onPostgres() ? roleOf(officerUrl("CITYBRIDGE_TEST_PG_OFFICER_A")) : byA.user;
    const QString roleB = test::onPostgres() ? roleOf(officerUrl("CITYBRIDGE_TEST_PG_OFFICER_B")) : QStringLiteral("Ana");
    QCOMPARE(log[0].user, roleA);
    QCOMPARE(log[1].user, roleB);
    // The caller's objects hold the names as stored.
    QCOMPARE(byA.user, roleA);
    QCOMPARE(byB.user, roleB);
    QCOMPARE(note.author, roleB);
    QCOMPARE(change.changedBy, test::onPostgres() ? roleA : QStringLiteral("Ana"));
    qInfo().noquote() << "decision log names:" << log[0].user << log[1].user;

    // Nobody rewrites history, not even the owner of the tables with SQL of their own.
    QSqlDatabase& db = m_ws->db();
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("UPDATE decision_log SET user_name = 'nobody'")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM decision_log")));
    QCOMPARE(m_ws->store->pipeline().allDecisions(&error).size(), 2);
}

QTEST_GUILESS_MAIN(TestTeamConflicts)
#include "tst_teamconflicts.moc"
