// SPDX-License-Identifier: GPL-3.0-or-later
// A disk that fills up during an export: citybridge export (CSV, XLSX, GeoJSON, GraphML) and citybridge brief (PDF)
// run in a child whose file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG) is below the
// size of the file being written, over a previous export. The command must fail with a clear message and a non-zero
// exit code, the previous file must stay byte for byte, and no empty or temporary file may be left in the folder or
// in the temporary folder.
//
// The limit applies to every file the child writes, so it stays above the 32 KiB of the workspace's WAL index
// (-shm), and the exports come from a synthetic workspace large enough that they do not fit.
#include "TestPaths.h"

#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

namespace {

struct Run
{
    int code = -1;
    QString err;
};

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestExportDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failedExportKeepsThePreviousFile_data();
    void failedExportKeepsThePreviousFile();

private:
    /** Runs the CLI with HOME and TMPDIR in the test's folders; limit > 0 caps the size of any file it writes. */
    Run run(const QStringList& args, qint64 limit) const;

    QTemporaryDir m_home;
    QString m_tmp;
    QString m_synthetic;
    QString m_sample;
};

namespace {

/** Above the first 32 KiB region of the -shm file SQLite maps beside an open workspace. */
constexpr qint64 kSmallestLimit = 40000;

} // namespace

Run TestExportDiskFull::run(const QStringList& args, qint64 limit) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("TMPDIR"), m_tmp);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    process.setProcessEnvironment(env);
    if (limit > 0) {
        process.setChildProcessModifier([limit] {
            // In the child between fork and exec: both calls are async-signal-safe, and both survive exec.
            std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl;
            rl.rlim_cur = static_cast<rlim_t>(limit);
            rl.rlim_max = static_cast<rlim_t>(limit);
            setrlimit(RLIMIT_FSIZE, &rl);
        });
    }
    process.start(cb::test::binary(), args);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestExportDiskFull::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_tmp = m_home.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_tmp));
    const QString runtime = m_home.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_synthetic = m_home.filePath(QStringLiteral("synthetic.citybridge"));
    const Run generated = run({QStringLiteral("generate"), QStringLiteral("--cities"), QStringLiteral("1500"),
                               QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), m_synthetic},
                              0);
    QVERIFY2(generated.code == 0, qPrintable(generated.err));
    m_sample = m_home.filePath(QStringLiteral("sample.citybridge"));
    QString error;
    auto store = cb::SqliteWorkspaceStore::create(m_sample, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(cb::importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
}

void TestExportDiskFull::failedExportKeepsThePreviousFile_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("file");
    QTest::newRow("cities csv") << QStringList{QStringLiteral("export"), QStringLiteral("cities")} << "cities.csv";
    QTest::newRow("cities xlsx") << QStringList{QStringLiteral("export"), QStringLiteral("cities")} << "cities.xlsx";
    QTest::newRow("network xlsx") << QStringList{QStringLiteral("export"), QStringLiteral("network")} << "network.xlsx";
    QTest::newRow("cities geojson") << QStringList{QStringLiteral("export"), QStringLiteral("cities")}
                                    << "cities.geojson";
    QTest::newRow("network graphml") << QStringList{QStringLiteral("export"), QStringLiteral("network")}
                                     << "network.graphml";
    QTest::newRow("brief pdf") << QStringList{QStringLiteral("brief"), QStringLiteral("Mexico City"),
                                              QStringLiteral("Luoyang")}
                               << "brief.pdf";
    QTest::newRow("proposals csv") << QStringList{QStringLiteral("export"), QStringLiteral("proposals")}
                                   << "proposals.csv";
}

void TestExportDiskFull::failedExportKeepsThePreviousFile()
{
    QFETCH(QStringList, command);
    QFETCH(QString, file);
    const bool brief = command.first() == QLatin1String("brief");
    command << QStringLiteral("--workspace") << (brief ? m_sample : m_synthetic);

    // The size of the complete file, written without a limit in a folder of its own.
    const QString full = m_home.filePath(QStringLiteral("full-") + file);
    const Run unlimited = run(command + QStringList{QStringLiteral("--out"), full}, 0);
    QVERIFY2(unlimited.code == 0, qPrintable(unlimited.err));
    const qint64 size = QFileInfo(full).size();
    QVERIFY2(size > kSmallestLimit + 8192, qPrintable(QString::number(size)));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString target = folder.filePath(file);
    QByteArray previous;
    for (int i = 0; previous.size() < 300; ++i)
        previous += "previous export " + QByteArray::number(i) + "\n";
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(previous), previous.size());
    }
    const QStringList before = entries(folder.path());

    // Half the file fits, and then only the smallest limit the workspace itself needs.
    for (const qint64 limit : {std::max(size / 2, kSmallestLimit), kSmallestLimit}) {
        const Run r = run(command + QStringList{QStringLiteral("--out"), target}, limit);
        QVERIFY2(r.code > 0, qPrintable(QStringLiteral("limit %1: exit %2, %3").arg(limit).arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("Cannot write")) || r.err.contains(QStringLiteral("Could not")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")), qPrintable(r.err));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), previous);
        QCOMPARE(entries(folder.path()), before);
        QVERIFY2(entries(m_tmp).isEmpty(), qPrintable(entries(m_tmp).join(QLatin1Char(' '))));
        qInfo("%s with a %lld-byte limit (full file %lld bytes): exit %d, \"%s\"", qPrintable(file), limit, size,
              r.code, qPrintable(r.err.trimmed()));
    }
}

QTEST_GUILESS_MAIN(TestExportDiskFull)
#include "tst_exportdiskfull.moc"
