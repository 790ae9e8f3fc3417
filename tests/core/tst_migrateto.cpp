// SPDX-License-Identifier: GPL-3.0-or-later
// citybridge migrate-to and copyWorkspace(): a full workspace (every entity, history, notes, decisions, settings)
// copied from an SQLite file into the test's backend and back into a new file reads back identical, ids included.
// A target that holds anything is refused; a copy that fails midway leaves the target empty. Runs as tst_migrateto
// (SQLite -> SQLite -> SQLite) and tst_migrateto_pg (SQLite -> PostgreSQL -> SQLite, against the CI server).
#include "EntityCompare.h"
#include "FullWorkspace.h"
#include "SqliteProbe.h"
#include "TestBackend.h"
#include "TestPaths.h"

#include "storage/OpenWorkspaceStore.h"
#include "storage/SqliteWorkspaceStore.h"
#include "storage/WorkspaceCopy.h"
#include "workspace/WorkspaceData.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>

using namespace cb;

namespace {

template <typename T, typename Compare>
void compareLists(const QList<T>& actual, const QList<T>& expected, Compare compare)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        CB_CHECK(compare(actual[i], expected[i]));
}

/** Everything a workspace holds, read through the repositories. */
struct Content
{
    WorkspaceData data;
    QList<Note> notes;
    QList<DecisionEntry> decisions;
};

bool read(WorkspaceStore& store, const QList<Note>& noteSubjects, Content* content, QString* error)
{
    if (!loadWorkspace(store, &content->data, error))
        return false;
    QSet<QPair<QString, qint64>> subjects;
    for (const Note& n : noteSubjects)
        subjects.insert({n.subjectKind, n.subjectId});
    QList<QPair<QString, qint64>> ordered(subjects.begin(), subjects.end());
    std::sort(ordered.begin(), ordered.end());
    for (const auto& [kind, id] : ordered)
        content->notes += store.pipeline().notes(kind, id, error);
    content->decisions = store.pipeline().allDecisions(error);
    return error->isEmpty();
}

void compareContent(const Content& actual, const Content& expected)
{
    const WorkspaceData& a = actual.data;
    const WorkspaceData& e = expected.data;
    CB_CHECK(compareLists(a.countries, e.countries, test::compareCountry));
    CB_CHECK(compareLists(a.themes, e.themes, test::compareTheme));
    CB_CHECK(compareLists(a.sources, e.sources, test::compareSource));
    CB_CHECK(compareLists(a.actors, e.actors, test::compareActor));
    CB_CHECK(compareLists(a.memberships, e.memberships, test::compareMembership));
    CB_CHECK(compareLists(a.events, e.events, test::compareEvent));
    CB_CHECK(compareLists(a.groups, e.groups, test::compareGroup));
    CB_CHECK(compareLists(a.statements, e.statements, test::compareStatement));
    CB_CHECK(compareLists(a.interests, e.interests, test::compareInterest));
    CB_CHECK(compareLists(a.partnerships, e.partnerships, test::comparePartnership));
    CB_CHECK(compareLists(a.pairRules, e.pairRules, test::comparePairRule));
    QCOMPARE(a.settings, e.settings);
    CB_CHECK(compareLists(actual.notes, expected.notes, test::compareNote));
    CB_CHECK(compareLists(actual.decisions, expected.decisions, test::compareDecision));
}

QString workspaceUid(WorkspaceStore& store)
{
    QSqlDatabase* db = nullptr;
    if (auto* sqlite = dynamic_cast<SqliteWorkspaceStore*>(&store))
        db = &sqlite->database().connection();
    QSqlQuery query(db ? *db : QSqlDatabase());
    if (!db || !query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_uid'")) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class TestMigrateTo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEverything();
    void nonEmptyTargetIsRefused();
    void failedCopyLeavesTheTargetEmpty();
    void commandCopiesAndVerifies();
    void onlyTheOwnerCopiesHistoryIntoPostgres();

private:
    QTemporaryDir m_dir;
    test::SavedWorkspace m_saved;
    QString m_source;
};

void TestMigrateTo::initTestCase()
{
    CB_REQUIRE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("source.citybridge"));
    QString error;
    auto store = SqliteWorkspaceStore::create(m_source, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(test::populateFullWorkspace(*store, &m_saved, &error), qPrintable(error));
}

void TestMigrateTo::roundTripKeepsEverything()
{
    QString error;
    auto source = SqliteWorkspaceStore::open(m_source, &error);
    QVERIFY2(source, qPrintable(error));
    Content original;
    QVERIFY2(read(*source, m_saved.notes, &original, &error), qPrintable(error));
    QVERIFY(!original.decisions.isEmpty() && !original.notes.isEmpty() && !original.data.partnerships.isEmpty());

    test::TestStore middle;
    QVERIFY2(middle.create(&error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    WorkspaceCopyReport there;
    QVERIFY2(copyWorkspace(*source, *middle.store, &there, &error), qPrintable(error));
    const qint64 thereMs = timer.restart();
    QVERIFY2(middle.reopen(&error), qPrintable(error));
    Content inMiddle;
    QVERIFY2(read(*middle.store, m_saved.notes, &inMiddle, &error), qPrintable(error));
    CB_CHECK(compareContent(inMiddle, original));

    const QString backPath = m_dir.filePath(QStringLiteral("back.citybridge"));
    auto back = createWorkspaceStore(backPath, &error);
    QVERIFY2(back, qPrintable(error));
    timer.restart();
    WorkspaceCopyReport home;
    QVERIFY2(copyWorkspace(*middle.store, *back, &home, &error), qPrintable(error));
    const qint64 homeMs = timer.elapsed();
    back.reset();
    back = openWorkspaceStore(backPath, &error);
    QVERIFY2(back, qPrintable(error));
    Content returned;
    QVERIFY2(read(*back, m_saved.notes, &returned, &error), qPrintable(error));
    CB_CHECK(compareContent(returned, original));
    QCOMPARE(home.rows, there.rows);
    QCOMPARE(workspaceUid(*back), workspaceUid(*source));
    qInfo().noquote() << QStringLiteral("round trip SQLite -> %1 -> SQLite: %2 rows in %3 tables, %4 ms there, %5 ms back")
                             .arg(test::onPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
                             .arg(there.total())
                             .arg(there.rows.size())
                             .arg(thereMs)
                             .arg(homeMs);

    // New rows after the copy take fresh ids (PostgreSQL's sequences continue after the copied ones).
    Actor added;
    added.uid = QStringLiteral("city:after-copy");
    added.countryCode = m_saved.countries.constFirst().code;
    added.names.set(lang::En, QStringLiteral("After Copy"));
    QVERIFY2(middle.store->actors().save(added, &error), qPrintable(error));
    QVERIFY(added.id > original.data.actors.constLast().id);
}

void TestMigrateTo::nonEmptyTargetIsRefused()
{
    QString error;
    auto source = SqliteWorkspaceStore::open(m_source, &error);
    QVERIFY2(source, qPrintable(error));
    test::TestStore target;
    QVERIFY2(target.create(&error), qPrintable(error));
    Country only{QStringLiteral("PE"), QString(), 0, QString(), QString(), {{lang::En, QStringLiteral("Peru")}}};
    QVERIFY2(target.store->catalog().saveCountries({only}, &error), qPrintable(error));
    const QMap<QString, qint64> before = test::rowCounts(target.db());
    QVERIFY(!copyWorkspace(*source, *target.store, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("is not empty")), qPrintable(error));
    QCOMPARE(test::rowCounts(target.db()), before);
}

void TestMigrateTo::failedCopyLeavesTheTargetEmpty()
{
    QString error;
    auto source = SqliteWorkspaceStore::open(m_source, &error);
    QVERIFY2(source, qPrintable(error));
    test::TestStore target;
    QVERIFY2(target.create(&error), qPrintable(error));
    const QMap<QString, qint64> before = test::rowCounts(target.db());
    // The settings table, copied last, refuses its rows: everything copied before it must go too.
    QSqlQuery query(target.db());
    if (test::onPostgres()) {
        QVERIFY(query.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                          "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")));
        QVERIFY(query.exec(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON settings FOR EACH ROW EXECUTE FUNCTION refuse()")));
    } else {
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.settings "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    }
    QVERIFY(!copyWorkspace(*source, *target.store, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
    QCOMPARE(test::rowCounts(target.db()), before);
    QVERIFY(before.value(QStringLiteral("actors")) == 0);
}

void TestMigrateTo::commandCopiesAndVerifies()
{
    test::TestStore target;
    QString error;
    QVERIFY2(target.create(&error), qPrintable(error));
    QString location = target.location();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    if (test::onPostgres()) {
        // The password goes through the environment (as libpq reads it), never on the command line.
        QUrl url(location);
        env.insert(QStringLiteral("PGPASSWORD"), url.password());
        url.setPassword(QString());
        location = url.toString();
    } else {
        // SQLite: the target must be a new file.
        target.store.reset();
        QFile::remove(location);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(test::binary(), {QStringLiteral("migrate-to"), location, QStringLiteral("--workspace"), m_source});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("matches")), qPrintable(out));
    QVERIFY2(!out.contains(env.value(QStringLiteral("PGPASSWORD"), QStringLiteral("\x01"))), "no password printed");
    qInfo().noquote() << out.trimmed();

    // A second run is refused: the target is no longer empty.
    process.start(test::binary(), {QStringLiteral("migrate-to"), location, QStringLiteral("--workspace"), m_source});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // refused, not crashed
    QVERIFY(process.exitCode() != 0);
    QVERIFY2(!process.readAllStandardError().trimmed().isEmpty(), "the refusal says why");

    QVERIFY2(target.reopen(&error), qPrintable(error));
    WorkspaceData data;
    QVERIFY2(loadWorkspace(*target.store, &data, &error), qPrintable(error));
    QCOMPARE(data.actors.size(), m_saved.actors.size());
    QCOMPARE(target.store->pipeline().allDecisions(&error).size(), m_saved.decisions.size());
}

// An officer could otherwise write a decision log with any names into an empty team database.
void TestMigrateTo::onlyTheOwnerCopiesHistoryIntoPostgres()
{
    if (!test::onPostgres())
        QSKIP("SQLite has no roles: the PostgreSQL variant (tst_migrateto_pg) checks this");
    const QString officer = qEnvironmentVariable("CITYBRIDGE_TEST_PG_OFFICER_A");
    if (officer.isEmpty())
        QFAIL("CITYBRIDGE_TEST_PG_OFFICER_A is not set (tests/support/pg-test-server.sh)");
    QString error;
    auto source = SqliteWorkspaceStore::open(m_source, &error);
    QVERIFY2(source, qPrintable(error));
    test::TestStore target;
    QVERIFY2(target.create(&error), qPrintable(error));
    auto asOfficer = target.openAnother(&error, officer);
    QVERIFY2(asOfficer, qPrintable(error));
    QVERIFY(!copyWorkspace(*source, *asOfficer, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("Only the owner")), qPrintable(error));
    QCOMPARE(test::rowCount(target.db(), QStringLiteral("decision_log")), 0);
}

QTEST_GUILESS_MAIN(TestMigrateTo)
#include "tst_migrateto.moc"
