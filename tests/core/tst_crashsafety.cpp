// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of the SQLite workspace: tests/crash/crashdriver runs a migration (schema 3 -> 4, with its data
// step), a survey import and a series of edit batches, each in its own transaction, on a copy of a populated
// schema-3 workspace, and is killed with SIGKILL at a random moment of its run. Afterwards the file must pass
// integrity_check and foreign_key_check, hold all or nothing of every transaction, hold everything the driver
// reported as saved, be at a schema version that matches its tables, and open again in CityBridge.
//
// 200 kill points by default; CITYBRIDGE_CRASH_POINTS=1000 for the longer run, CITYBRIDGE_CRASH_SEED to replay one.
#include "SqliteProbe.h"
#include "TestPaths.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <random>
#include <thread>

using namespace cb;
using test::SqliteProbe;

namespace {

constexpr int kBatches = 12;

QString survey()
{
    return test::testDataDir() + QStringLiteral("/import/encuesta_es.csv");
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile::remove(path + QStringLiteral(".before-v%1.bak").arg(latestSchemaVersion()));
    QFile::remove(path + QStringLiteral(".before-v%1.bak.partial").arg(latestSchemaVersion()));
}

/** Drops every table and sets user_version to 0 (the application id stays), as tst_migrations does. */
bool resetToEmpty(QSqlDatabase& db, QString* error)
{
    if (!test::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    for (const QString& object : test::schemaObjects(db)) {
        if (object.startsWith(QLatin1String("table:")) &&
            !test::run(db, QStringLiteral("DROP TABLE \"%1\"").arg(object.mid(6)), error))
            return false;
    }
    return test::run(db, QStringLiteral("PRAGMA user_version = 0"), error);
}

/**
 * A schema-3 workspace holding the bundled sample: the schema is built with Database::migrateTo(3), the rows are
 * copied from a current workspace into the columns that schema 3 has (the alias search keys of schema 4 are left
 * for the migration's data step to fill).
 */
bool makeVersion3Sample(const QString& path, const QString& scratch, QString* error)
{
    {
        auto full = SqliteWorkspaceStore::create(scratch, error);
        if (!full || !importSampleJson(*full, QStringLiteral(":/sample"), error))
            return false;
    }
    auto db = Database::create(path, error);
    if (!db || !resetToEmpty(db->connection(), error) || !db->migrateTo(3, error))
        return false;
    QSqlDatabase& c = db->connection();
    if (!sql::exec(c, QStringLiteral("ATTACH DATABASE ? AS src"), {scratch}, error))
        return false;
    QStringList tables;
    for (const QString& object : test::schemaObjects(c)) {
        if (object.startsWith(QLatin1String("table:")))
            tables << object.mid(6);
    }
    if (!test::run(c, QStringLiteral("BEGIN"), error))
        return false;
    for (const QString& table : tables) {
        const QString cols =
            QLatin1Char('"') + test::columns(c, table).join(QStringLiteral("\", \"")) + QLatin1Char('"');
        if (!test::run(c, QStringLiteral("INSERT INTO main.\"%1\"(%2) SELECT %2 FROM src.\"%1\"").arg(table, cols),
                       error))
            return false;
    }
    return test::run(c, QStringLiteral("COMMIT"), error) &&
           test::run(c, QStringLiteral("DETACH DATABASE src"), error) &&
           test::run(c, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

/** What the driver printed: the steps it began and those it reported as committed, in order. */
struct DriverLog
{
    QStringList begun;
    QStringList saved;
    bool done = false;
    QString importUid;
    /** A step was begun and not reported: the kill came during its transaction (or just around its commit). */
    bool midTransaction() const { return begun.size() > saved.size(); }
};

DriverLog parseLog(const QByteArray& out)
{
    DriverLog log;
    for (const QByteArray& raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("begin "))) {
            log.begun << line.mid(6);
        } else if (line.startsWith(QLatin1String("ok "))) {
            QString step = line.mid(3);
            if (step.startsWith(QLatin1String("migrate")))
                step = QStringLiteral("migrate");
            log.saved << step;
        } else if (line == QLatin1String("done")) {
            log.done = true;
        }
        if (line.startsWith(QLatin1String("begin import ")))
            log.importUid = line.mid(13);
    }
    return log;
}

/** What the uninterrupted run left: the figures every interrupted run is compared with. */
struct Expected
{
    qint64 actors = 0;     ///< in the schema-3 sample
    qint64 statements = 0; ///< priorities + offers in the sample
    qint64 interests = 0;
    qint64 importActors = 0;     ///< actors the import adds
    qint64 importStatements = 0; ///< priorities and offers citing the survey
    qint64 importInterests = 0;
    QMap<qint64, QString> searchKeys; ///< the migration's alias search keys, by alias id
    int markerNames = 0;              ///< rows one edit batch writes for its marker city
    int markerAliases = 0;
    QString importUid;
};

qint64 count(SqliteProbe& probe, const QString& statement)
{
    const QVariant v = probe.scalar(statement);
    return v.isValid() ? v.toLongLong() : -1;
}

QMap<qint64, QString> searchKeys(SqliteProbe& probe, qint64 maxId)
{
    QMap<qint64, QString> keys;
    QSqlQuery q(probe.db());
    q.prepare(QStringLiteral("SELECT id, search_key FROM aliases WHERE id <= ?"));
    q.addBindValue(maxId);
    if (q.exec()) {
        while (q.next())
            keys.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return keys;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtRandomPointsLosesNothingReported();

private:
    /** Checks one interrupted file; empty when it is sound, else what is wrong. */
    QString verify(const QString& path, const DriverLog& log);

    QTemporaryDir m_dir;
    QString m_template;
    Expected m_expected;
    qint64 m_maxTemplateAlias = 0;
    double m_runMs = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(test::crashDriver()), qPrintable(test::crashDriver()));
    m_template = m_dir.filePath(QStringLiteral("template.citybridge"));
    QString error;
    QVERIFY2(makeVersion3Sample(m_template, m_dir.filePath(QStringLiteral("scratch.citybridge")), &error),
             qPrintable(error));
    {
        SqliteProbe probe(m_template);
        QVERIFY(probe.isOpen());
        QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QVERIFY(!test::columns(probe.db(), QStringLiteral("aliases")).contains(QStringLiteral("search_key")));
        m_expected.actors = count(probe, QStringLiteral("SELECT count(*) FROM actors"));
        m_expected.statements = count(probe, QStringLiteral("SELECT (SELECT count(*) FROM priorities) + "
                                                            "(SELECT count(*) FROM offers)"));
        m_expected.interests = count(probe, QStringLiteral("SELECT count(*) FROM interests"));
        m_maxTemplateAlias = count(probe, QStringLiteral("SELECT max(id) FROM aliases"));
        QVERIFY(m_expected.actors > 0 && m_maxTemplateAlias > 0);
    }

    // The migration alone, as CityBridge runs it: the search keys its data step gives the sample's aliases.
    {
        const QString migrated = m_dir.filePath(QStringLiteral("migrated.citybridge"));
        QVERIFY(QFile::copy(m_template, migrated));
        {
            auto store = SqliteWorkspaceStore::open(migrated, &error);
            QVERIFY2(store, qPrintable(error));
        }
        SqliteProbe probe(migrated);
        m_expected.searchKeys = searchKeys(probe, m_maxTemplateAlias);
        QCOMPARE(m_expected.searchKeys.size(), count(probe, QStringLiteral("SELECT count(*) FROM aliases")));
        QVERIFY2(!m_expected.searchKeys.values().contains(QString()), "the migration left an alias without its key");
    }

    // One uninterrupted run: it must finish, and gives the figures and the length of a run.
    const QString path = m_dir.filePath(QStringLiteral("full-run.citybridge"));
    QVERIFY(QFile::copy(m_template, path));
    QProcess driver;
    QElapsedTimer timer;
    timer.start();
    driver.start(test::crashDriver(), {path, survey(), QString::number(kBatches)});
    QVERIFY(driver.waitForFinished(60000));
    m_runMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QVERIFY2(driver.exitStatus() == QProcess::NormalExit && driver.exitCode() == 0,
             driver.readAllStandardError().constData());
    const DriverLog log = parseLog(driver.readAllStandardOutput());
    QVERIFY(log.done);
    QCOMPARE(log.saved.size(), kBatches + 2);
    QVERIFY(!log.importUid.isEmpty());
    m_expected.importUid = log.importUid;

    SqliteProbe probe(path);
    QVERIFY(probe.isOpen());
    QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    const qint64 source = count(probe, QStringLiteral("SELECT id FROM sources WHERE uid = '%1'").arg(log.importUid));
    QVERIFY(source > 0);
    m_expected.importStatements =
        count(probe, QStringLiteral("SELECT (SELECT count(*) FROM priorities WHERE source_id = %1) + "
                                    "(SELECT count(*) FROM offers WHERE source_id = %1)")
                         .arg(source));
    m_expected.importInterests =
        count(probe, QStringLiteral("SELECT count(*) FROM interests WHERE source_id = %1").arg(source));
    m_expected.importActors =
        count(probe, QStringLiteral("SELECT count(*) FROM actors")) - m_expected.actors - kBatches;
    QVERIFY(m_expected.importStatements > 0);
    QVERIFY(m_expected.importInterests > 0);
    QVERIFY(m_expected.importActors > 0);
    // What one batch writes (the repository may add rows of its own, e.g. names kept as aliases too).
    m_expected.markerNames =
        static_cast<int>(count(probe, QStringLiteral("SELECT count(*) FROM actor_names n JOIN actors a ON a.id = "
                                                     "n.actor_id WHERE a.uid = 'city:crash-batch-1'")));
    m_expected.markerAliases = static_cast<int>(count(
        probe,
        QStringLiteral(
            "SELECT count(*) FROM aliases s JOIN actors a ON a.id = s.actor_id WHERE a.uid = 'city:crash-batch-1'")));
    QVERIFY(m_expected.markerNames >= 2);
    QVERIFY(m_expected.markerAliases >= 2);
    QCOMPARE(verify(path, log), QString());
    qInfo("crash driver: one full run takes %.0f ms (migration, import of %lld statements and %lld interests, %d "
          "edit batches)",
          m_runMs, m_expected.importStatements, m_expected.importInterests, kBatches);
}

QString TestCrashSafety::verify(const QString& path, const DriverLog& log)
{
    QStringList problems;
    {
        SqliteProbe probe(path);
        if (!probe.isOpen())
            return QStringLiteral("cannot open: ") + probe.errorString();
        const QString integrity = test::integrityCheck(probe.db());
        if (integrity != QLatin1String("ok"))
            return QStringLiteral("integrity_check: ") + integrity;
        if (probe.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid())
            problems << QStringLiteral("foreign_key_check reports dangling references");

        // The migration: all of it or none, and the version says which.
        const int version = probe.scalar(QStringLiteral("PRAGMA user_version")).toInt();
        const bool column = test::columns(probe.db(), QStringLiteral("aliases")).contains(QStringLiteral("search_key"));
        const bool index = test::schemaObjects(probe.db()).contains(QStringLiteral("index:idx_aliases_search_key"));
        if (version != 3 && version != latestSchemaVersion())
            problems << QStringLiteral("schema version %1").arg(version);
        if (column != (version == 4) || index != (version == 4))
            problems << QStringLiteral("schema version %1 but search_key column %2, index %3")
                            .arg(version)
                            .arg(column)
                            .arg(index);
        if (version == 4) {
            // Aliases of the sample keep the keys the migration gave them (an edited actor's aliases are written
            // anew, with new ids), and no alias is left without one.
            const QMap<qint64, QString> keys = searchKeys(probe, m_maxTemplateAlias);
            for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
                if (m_expected.searchKeys.value(it.key()) != it.value()) {
                    problems << QStringLiteral("alias %1 has the search key \"%2\"").arg(it.key()).arg(it.value());
                    break;
                }
            }
            if (count(probe, QStringLiteral("SELECT count(*) FROM aliases WHERE search_key = ''")) != 0)
                problems << QStringLiteral("aliases without a search key");
        }
        if (log.saved.contains(QStringLiteral("migrate")) && version != 4)
            problems << QStringLiteral("the migration was reported but the file is at version %1").arg(version);

        // The import: the survey source with all its rows, or nothing of it.
        const QString importStep = QStringLiteral("import ") + m_expected.importUid;
        const qint64 source =
            count(probe, QStringLiteral("SELECT count(*) FROM sources WHERE uid = '%1'").arg(m_expected.importUid));
        const bool imported = source == 1;
        if (imported) {
            const qint64 id =
                count(probe, QStringLiteral("SELECT id FROM sources WHERE uid = '%1'").arg(m_expected.importUid));
            const qint64 st =
                count(probe, QStringLiteral("SELECT (SELECT count(*) FROM priorities WHERE source_id = %1) + "
                                            "(SELECT count(*) FROM offers WHERE source_id = %1)")
                                 .arg(id));
            const qint64 in =
                count(probe, QStringLiteral("SELECT count(*) FROM interests WHERE source_id = %1").arg(id));
            if (st != m_expected.importStatements || in != m_expected.importInterests)
                problems << QStringLiteral("partial import: %1 statements, %2 interests").arg(st).arg(in);
        } else if (source != 0) {
            problems << QStringLiteral("the survey source is there %1 times").arg(source);
        }
        if (log.saved.contains(importStep) && !imported)
            problems << QStringLiteral("the import was reported but is missing");
        if (imported && version != 4)
            problems << QStringLiteral("imported into an unmigrated file");

        // The edit batches: 1..M complete, nothing of later ones, the first city's profile naming batch M.
        QSet<int> markers;
        QSqlQuery q(probe.db());
        q.exec(QStringLiteral("SELECT a.uid, (SELECT count(*) FROM actor_names n WHERE n.actor_id = a.id), "
                              "(SELECT count(*) FROM aliases s WHERE s.actor_id = a.id), "
                              "(SELECT count(*) FROM priorities p WHERE p.actor_id = a.id) "
                              "FROM actors a WHERE a.uid LIKE 'city:crash-batch-%'"));
        while (q.next()) {
            const int batch = q.value(0).toString().section(QLatin1Char('-'), -1).toInt();
            markers.insert(batch);
            if (q.value(1).toInt() != m_expected.markerNames || q.value(2).toInt() != m_expected.markerAliases ||
                q.value(3).toInt() != 3)
                problems << QStringLiteral("batch %1 is partial: %2 names, %3 aliases, %4 priorities")
                                .arg(batch)
                                .arg(q.value(1).toInt())
                                .arg(q.value(2).toInt())
                                .arg(q.value(3).toInt());
        }
        const int m = static_cast<int>(markers.size());
        for (int b = 1; b <= m; ++b) {
            if (!markers.contains(b))
                problems << QStringLiteral("batch %1 missing while %2 batches are there").arg(b).arg(m);
        }
        if (m > 0 && !imported)
            problems << QStringLiteral("edit batches without the import before them");
        QStringList profiles;
        QSqlQuery p(probe.db());
        p.exec(QStringLiteral("SELECT body FROM actor_texts WHERE field = 'profile' AND lang = 'en' "
                              "AND body LIKE 'crash batch %'"));
        while (p.next())
            profiles << p.value(0).toString();
        const QStringList expectedProfiles =
            m > 0 ? QStringList{QStringLiteral("crash batch %1").arg(m)} : QStringList();
        if (profiles != expectedProfiles)
            problems << QStringLiteral("profile update out of step: [%1] with %2 batches")
                            .arg(profiles.join(QLatin1Char(',')))
                            .arg(m);
        for (const QString& step : log.saved) {
            if (step.startsWith(QLatin1String("batch ")) && step.mid(6).toInt() > m)
                problems << QStringLiteral("%1 was reported saved but is missing").arg(step);
        }
        if (!log.begun.contains(QStringLiteral("batch %1").arg(m)) && m > 0)
            problems << QStringLiteral("batch %1 is there but was never begun").arg(m);

        // Nothing else was written: the totals follow from what is there.
        const qint64 actors = count(probe, QStringLiteral("SELECT count(*) FROM actors"));
        const qint64 statements =
            count(probe, QStringLiteral("SELECT (SELECT count(*) FROM priorities) + (SELECT count(*) FROM offers)"));
        const qint64 interests = count(probe, QStringLiteral("SELECT count(*) FROM interests"));
        const qint64 wantActors = m_expected.actors + (imported ? m_expected.importActors : 0) + m;
        const qint64 wantStatements = m_expected.statements + (imported ? m_expected.importStatements : 0) + 3 * m;
        const qint64 wantInterests = m_expected.interests + (imported ? m_expected.importInterests : 0);
        if (actors != wantActors || statements != wantStatements || interests != wantInterests)
            problems << QStringLiteral("totals: %1 actors (want %2), %3 statements (want %4), %5 interests (want %6)")
                            .arg(actors)
                            .arg(wantActors)
                            .arg(statements)
                            .arg(wantStatements)
                            .arg(interests)
                            .arg(wantInterests);
    }
    if (!problems.isEmpty())
        return problems.join(QStringLiteral("; "));

    // CityBridge opens it again (finishing the migration when the kill came before it was done).
    QString error;
    auto store = SqliteWorkspaceStore::open(path, &error);
    if (!store)
        return QStringLiteral("CityBridge cannot open it again: ") + error;
    if (store->database().schemaVersion() != latestSchemaVersion())
        return QStringLiteral("reopened at schema %1").arg(store->database().schemaVersion());
    return QString();
}

void TestCrashSafety::killedAtRandomPointsLosesNothingReported()
{
    const int points = qEnvironmentVariableIsSet("CITYBRIDGE_CRASH_POINTS")
                           ? qEnvironmentVariableIntValue("CITYBRIDGE_CRASH_POINTS")
                           : 200;
    QVERIFY(points > 0);
    const quint32 seed = qEnvironmentVariableIsSet("CITYBRIDGE_CRASH_SEED")
                             ? static_cast<quint32>(qEnvironmentVariable("CITYBRIDGE_CRASH_SEED").toULong())
                             : QRandomGenerator::system()->generate();
    qInfo("crash test seed: %u (replay with CITYBRIDGE_CRASH_SEED=%u)", seed, seed);
    std::mt19937 random(seed);
    // Kills spread over the whole run, from the process start to a little past its usual end.
    std::uniform_real_distribution<double> delayMs(0.0, m_runMs * 1.05);

    QElapsedTimer timer;
    timer.start();
    const QString path = m_dir.filePath(QStringLiteral("crash.citybridge"));
    int midTransaction = 0, finished = 0, failures = 0;
    QMap<QString, int> byStep;
    for (int point = 0; point < points; ++point) {
        removeWorkspace(path);
        QVERIFY(QFile::copy(m_template, path));
        const auto delay = std::chrono::microseconds(static_cast<qint64>(delayMs(random) * 1000.0));
        QProcess driver;
        driver.start(test::crashDriver(), {path, survey(), QString::number(kBatches)});
        QVERIFY(driver.waitForStarted(10000));
        std::this_thread::sleep_for(delay);
        driver.kill();
        QVERIFY(driver.waitForFinished(10000));
        const DriverLog log = parseLog(driver.readAllStandardOutput());
        if (driver.exitStatus() == QProcess::NormalExit) {
            if (driver.exitCode() != 0)
                QFAIL(qPrintable(QStringLiteral("the driver failed: ") +
                                 QString::fromUtf8(driver.readAllStandardError())));
            ++finished;
        }
        if (log.midTransaction()) {
            ++midTransaction;
            ++byStep[log.begun.constLast().section(QLatin1Char(' '), 0, 0)];
        }
        const QString problem = verify(path, log);
        if (!problem.isEmpty()) {
            ++failures;
            qWarning("kill point %d (after %lld us, last step \"%s\"): %s", point,
                     static_cast<long long>(delay.count()), qPrintable(log.begun.value(log.begun.size() - 1)),
                     qPrintable(problem));
        }
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    qInfo("crash points tried: %d, kills that landed mid-transaction: %d (migration %d, import %d, edit batch %d), "
          "runs that finished before the kill: %d, failures found: %d, in %.1f s",
          points, midTransaction, byStep.value(QStringLiteral("migrate")), byStep.value(QStringLiteral("import")),
          byStep.value(QStringLiteral("batch")), finished, failures, seconds);
    // The figure means something only if enough kills hit an open transaction (about a quarter usually do).
    QVERIFY2(midTransaction >= points / 10,
             qPrintable(QStringLiteral("only %1 of %2 kills landed mid-transaction").arg(midTransaction).arg(points)));
    QCOMPARE(failures, 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
