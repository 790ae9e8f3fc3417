// SPDX-License-Identifier: GPL-3.0-or-later
// I/O faults during an import: a test VFS (tests/support/FaultVfs) numbers every write, sync and truncate SQLite
// makes while a survey is imported into the sample workspace, then the import is run again once per numbered point
// with that point failing (writes as an I/O error; as a full disk; as a disk that stays full, every later point
// failing too). Each time the import must report an error, the workspace, opened again without faults, must pass
// integrity_check and hold exactly what it held before, and the same open workspace must still take the import once
// the fault is gone. Failing the sync of the COMMIT
// must be detected as a failed commit, not taken for a saved import.
#include "FaultVfs.h"
#include "SqliteProbe.h"
#include "TestPaths.h"

#include "gazetteer/Gazetteer.h"
#include "importing/ImportEdit.h"
#include "importing/ImportPlanner.h"
#include "importing/MappingSuggester.h"
#include "importing/SurveyFile.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace cb;
using namespace cb::test;

namespace {

/**
 * Every row of every table as text, sorted: two equal dumps mean the same content. With maskTimes, UTC timestamps
 * read as "<time>", so that two imports a second apart compare equal.
 */
QStringList dump(const QString& path, bool maskTimes = false)
{
    static const QRegularExpression timestamp(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"));
    SqliteProbe probe(path);
    QStringList lines;
    if (!probe.isOpen())
        return {QStringLiteral("cannot open: ") + probe.errorString()};
    for (const QString& object : schemaObjects(probe.db())) {
        if (!object.startsWith(QLatin1String("table:")))
            continue;
        QSqlQuery q(probe.db());
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(object.mid(6)));
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            QString line = object.mid(6) + QLatin1Char('|') + cells.join(QLatin1Char('|'));
            if (maskTimes)
                line.replace(timestamp, QStringLiteral("<time>"));
            lines << line;
        }
    }
    lines << QStringLiteral("user_version=") + probe.scalar(QStringLiteral("PRAGMA user_version")).toString();
    lines.sort();
    return lines;
}

/** A few lines only one of two dumps has, to say what differs. */
QString difference(const QStringList& got, const QStringList& want)
{
    QStringList lines;
    for (const QString& line : got) {
        if (!want.contains(line) && lines.size() < 3)
            lines << QStringLiteral("+ ") + line;
    }
    for (const QString& line : want) {
        if (!got.contains(line) && lines.size() < 6)
            lines << QStringLiteral("- ") + line;
    }
    return lines.join(QStringLiteral(" / "));
}

QString survey()
{
    return testDataDir() + QStringLiteral("/import/encuesta_es.csv");
}

void removeWorkspace(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/** The import plan of the Spanish survey for the workspace in store (names that need confirming skipped). */
bool planImport(WorkspaceStore& store, ImportPlan* plan, QString* error)
{
    WorkspaceData data;
    if (!loadWorkspace(store, &data, error))
        return false;
    SurveyFile file;
    if (!file.read(survey(), TableReadOptions(), 0, -1, error))
        return false;
    ColumnMapping mapping = MappingSuggester(data.themes).suggestMapping(file.rows.value(0));
    const ImportPlanner planner(data, Gazetteer::bundled());
    *plan = planner.plan(file.rows, mapping, survey(), file.sha256);
    for (const UncertainName& u : plan->uncertain)
        mapping.setChoice(u.name, QStringLiteral("skip"));
    *plan = planner.plan(file.rows, mapping, survey(), file.sha256);
    if (!plan->issues.isEmpty() || !plan->uncertain.isEmpty()) {
        *error = QStringLiteral("the survey does not import cleanly");
        return false;
    }
    return true;
}

} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qtConnectionsUseTheShim();
    void everyFailingIoPointRollsBackTheImport_data();
    void everyFailingIoPointRollsBackTheImport();
    void failedCommitIsDetected();

private:
    /** Copies the pristine workspace to the work path and opens it, planning the import. */
    std::unique_ptr<SqliteWorkspaceStore> openWork(ImportPlan* plan);

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_work;
    QStringList m_before;
    QStringList m_after;
    int m_points = 0;
    QList<FaultKind> m_kinds;
};

std::unique_ptr<SqliteWorkspaceStore> TestIoFaults::openWork(ImportPlan* plan)
{
    removeWorkspace(m_work);
    if (!QFile::copy(m_pristine, m_work))
        return nullptr;
    QString error;
    auto store = SqliteWorkspaceStore::open(m_work, &error);
    if (!store || !planImport(*store, plan, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return store;
}

void TestIoFaults::initTestCase()
{
    QVERIFY(faultvfs::install());
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(QStringLiteral("pristine.citybridge"));
    m_work = m_dir.filePath(QStringLiteral("work.citybridge"));
    {
        QString error;
        auto store = SqliteWorkspaceStore::create(m_pristine, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    QVERIFY(!QFile::exists(m_pristine + QStringLiteral("-wal")));
    m_before = dump(m_pristine);
    QVERIFY(m_before.size() > 100);

    // The run without faults numbers the I/O points of the import.
    ImportPlan plan;
    auto store = openWork(&plan);
    QVERIFY(store);
    ImportEdit edit(plan);
    QString error;
    faultvfs::startCounting();
    const bool ok = runImport(*store, edit, &error);
    faultvfs::stopCounting();
    QVERIFY2(ok, qPrintable(error));
    m_points = faultvfs::pointsSeen();
    store.reset();
    m_after = dump(m_work, true);
    QVERIFY(m_after != m_before);
    QVERIFY(m_points > 0);
    qInfo("I/O points of the import (writes, syncs, truncates): %d", m_points);
}

void TestIoFaults::qtConnectionsUseTheShim()
{
    ImportPlan plan;
    auto store = openWork(&plan);
    QVERIFY(store);
    const QVariant handle = store->database().connection().driver()->handle();
    QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
    sqlite3* db = *static_cast<sqlite3* const*>(handle.data());
    char* name = nullptr;
    QCOMPARE(sqlite3_file_control(db, "main", SQLITE_FCNTL_VFSNAME, &name), SQLITE_OK);
    const QString vfs = QString::fromUtf8(name);
    sqlite3_free(name);
    QVERIFY2(vfs.startsWith(QLatin1String(faultvfs::name())), qPrintable(vfs));
    // WAL mode, so the shared-memory calls go through the shim too.
    QCOMPARE(scalar(store->database().connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void TestIoFaults::everyFailingIoPointRollsBackTheImport_data()
{
    QTest::addColumn<bool>("diskFull");
    QTest::addColumn<bool>("sticky");
    QTest::newRow("write I/O error") << false << false;
    QTest::newRow("disk full") << true << false;
    QTest::newRow("disk stays full") << true << true;
}

void TestIoFaults::everyFailingIoPointRollsBackTheImport()
{
    QFETCH(bool, diskFull);
    QFETCH(bool, sticky);
    QElapsedTimer timer;
    timer.start();
    int failures = 0, reported = 0;
    QMap<FaultKind, int> byKind;
    QString sample;
    for (int n = 1; n <= m_points; ++n) {
        QStringList problems;
        ImportPlan plan;
        auto store = openWork(&plan);
        QVERIFY(store);
        ImportEdit edit(plan);
        QString error;
        faultvfs::startCounting();
        faultvfs::failAt(n, diskFull, sticky);
        const bool ok = runImport(*store, edit, &error);
        faultvfs::stopCounting();
        const FaultKind kind = faultvfs::triggeredKind();
        if (!faultvfs::faultTriggered()) {
            problems << QStringLiteral("the fault was not reached (the import made %1 I/O calls)")
                            .arg(faultvfs::pointsSeen());
        } else {
            ++byKind[faultvfs::triggeredKind()];
        }
        if (ok) {
            problems << QStringLiteral("the import reported success");
        } else {
            ++reported;
            // The message names the cause in plain words (SqlUtil's errorText), SQLite's own words after it.
            const QString cause = diskFull && kind == FaultKind::Write ? QStringLiteral("The disk is full")
                                                                       : QStringLiteral("could not be written");
            if (!error.contains(cause))
                problems << QStringLiteral("the message does not say \"%1\": %2").arg(cause, error);
            if (sample.isEmpty() && kind == FaultKind::Write)
                sample = error;
        }
        faultvfs::reset();

        // The same open workspace still takes the import once the fault is gone.
        ImportEdit retry(plan);
        QString retryError;
        if (!runImport(*store, retry, &retryError))
            problems << QStringLiteral("the retry failed: ") + retryError;
        store.reset();
        const QStringList retried = dump(m_work, true);
        if (retried != m_after)
            problems << QStringLiteral("after the retry the workspace does not hold the import exactly: ") +
                            difference(retried, m_after);

        // Opened again from the file: sound, and without the failed import's rows.
        ImportPlan again;
        store = openWork(&again);
        QVERIFY(store);
        ImportEdit edit2(again);
        faultvfs::startCounting();
        faultvfs::failAt(n, diskFull, sticky);
        const bool ok2 = runImport(*store, edit2, &error);
        faultvfs::reset();
        store.reset();
        {
            SqliteProbe probe(m_work);
            const QString integrity = integrityCheck(probe.db());
            if (integrity != QLatin1String("ok"))
                problems << QStringLiteral("integrity_check: ") + integrity;
        }
        const QStringList after = dump(m_work);
        if (!ok2 && after != m_before)
            problems << QStringLiteral("the workspace does not hold exactly its content before the import: ") +
                            difference(after, m_before);
        if (ok2)
            problems << QStringLiteral("the second faulted import reported success");

        if (!problems.isEmpty()) {
            ++failures;
            qWarning("I/O point %d (%s): %s", n, qPrintable(faultvfs::kindName(kind)),
                     qPrintable(problems.join(QStringLiteral("; "))));
        }
    }
    qInfo("%s: I/O points tried: %d (writes %d, syncs %d, truncates %d), errors reported: %d, failures found: %d, "
          "in %.1f s",
          QTest::currentDataTag(), m_points, byKind.value(FaultKind::Write), byKind.value(FaultKind::Sync),
          byKind.value(FaultKind::Truncate), reported, failures, static_cast<double>(timer.elapsed()) / 1000.0);
    qInfo("example message: %s", qPrintable(sample));
    QCOMPARE(failures, 0);
}

void TestIoFaults::failedCommitIsDetected()
{
    // The last I/O point of the import is the sync of the COMMIT (synchronous=FULL syncs the WAL at every commit).
    ImportPlan plan;
    auto store = openWork(&plan);
    QVERIFY(store);
    ImportEdit edit(plan);
    QString error;
    faultvfs::startCounting();
    faultvfs::failAt(m_points);
    const bool ok = runImport(*store, edit, &error);
    const bool triggered = faultvfs::faultTriggered();
    const FaultKind kind = faultvfs::triggeredKind();
    faultvfs::reset();
    QVERIFY(triggered);
    QCOMPARE(faultvfs::kindName(kind), QStringLiteral("sync"));
    QVERIFY2(!ok, "a COMMIT whose sync failed was reported as saved");
    QVERIFY(!error.isEmpty());
    qInfo("failed COMMIT reported as: %s", qPrintable(error));
    store.reset();
    QCOMPARE(dump(m_work), m_before);
}

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_iofaults.moc"
