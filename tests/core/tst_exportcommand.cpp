// SPDX-License-Identifier: GPL-3.0-or-later
// citybridge export, run as a user would: files written in each format, exit codes and messages for bad paths.
#include "TestPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEachFormat_data();
    void writesEachFormat();
    void refusesBadTargets_data();
    void refusesBadTargets();
    void chineseNames();

private:
    Run run(const QStringList& args) const;
    QByteArray read(const QString& name) const;
    QTemporaryDir m_home;
};

Run TestExportCommand::run(const QStringList& args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(cb::test::binary(), QStringList{QStringLiteral("export")} + args);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray TestExportCommand::read(const QString& name) const
{
    QFile file(m_home.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExportCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestExportCommand::writesEachFormat_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("contains");
    QTest::newRow("cities csv") << "cities" << "c.csv" << QByteArray("\xEF\xBB\xBFID,") << QByteArray("Luoyang");
    QTest::newRow("interests csv") << "interests" << "i.csv" << QByteArray("\xEF\xBB\xBF") << QByteArray("Luoyang");
    QTest::newRow("proposals csv") << "proposals" << "p.csv" << QByteArray("\xEF\xBB\xBFRank,") << QByteArray("\r\n1,");
    QTest::newRow("partnerships csv") << "partnerships" << "s.csv" << QByteArray("\xEF\xBB\xBF")
                                      << QByteArray("exploratory_exchange");
    QTest::newRow("network xlsx") << "network" << "n.xlsx" << QByteArray("PK\x03\x04") << QByteArray("xl/worksheets/sheet5.xml");
    QTest::newRow("network geojson") << "network" << "n.geojson" << QByteArray("{") << QByteArray("\"MultiLineString\"");
    QTest::newRow("network graphml") << "network" << "n.graphml" << QByteArray("<?xml") << QByteArray("attr.type=\"double\"");
}

void TestExportCommand::writesEachFormat()
{
    QFETCH(QString, dataset);
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, contains);
    const Run r = run({dataset, QStringLiteral("--out"), m_home.filePath(file)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Exported")));
    const QByteArray bytes = read(file);
    QVERIFY(bytes.startsWith(start));
    QVERIFY(bytes.contains(contains));
    if (file.endsWith(QLatin1String(".geojson")))
        QVERIFY(QJsonDocument::fromJson(bytes).isObject());
}

void TestExportCommand::refusesBadTargets_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no out") << QStringList{QStringLiteral("cities")} << 2 << QStringLiteral("--out");
    QTest::newRow("unknown dataset") << QStringList{QStringLiteral("planets"), QStringLiteral("--out"), QStringLiteral("x.csv")}
                                     << 2 << QStringLiteral("Unknown export");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("cities"), QStringLiteral("--format"), QStringLiteral("doc"),
                                                   QStringLiteral("--out"), QStringLiteral("x.doc")}
                                    << 2 << QStringLiteral("Unknown format");
    QTest::newRow("network as csv") << QStringList{QStringLiteral("network"), QStringLiteral("--out"), QStringLiteral("x.csv")}
                                    << 2 << QStringLiteral("cannot be exported as csv");
    QTest::newRow("bad date") << QStringList{QStringLiteral("partnerships"), QStringLiteral("--out"), QStringLiteral("x.csv"),
                                             QStringLiteral("--as-of"), QStringLiteral("2021/01/31")}
                              << 2 << QStringLiteral("YYYY-MM-DD");
}

void TestExportCommand::refusesBadTargets()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));

    // A folder, and a path under a regular file, are refused with exit code 1 and the old file stays.
    const Run folder = run({QStringLiteral("cities"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--out"), m_home.path()});
    QCOMPARE(folder.code, 1);
    QVERIFY2(folder.err.contains(QStringLiteral("is a folder")), qPrintable(folder.err));
    QFile keep(m_home.filePath(QStringLiteral("keep.csv")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("previous");
    keep.close();
    const Run under = run({QStringLiteral("cities"), QStringLiteral("--out"), keep.fileName() + QStringLiteral("/x.csv")});
    QCOMPARE(under.code, 1);
    QVERIFY2(under.err.contains(QStringLiteral("does not exist")), qPrintable(under.err));
    QCOMPARE(read(QStringLiteral("keep.csv")), QByteArray("previous"));
}

void TestExportCommand::chineseNames()
{
    const Run r = run({QStringLiteral("cities"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
                       m_home.filePath(QStringLiteral("zh.csv"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = QString::fromUtf8(read(QStringLiteral("zh.csv")));
    QVERIFY(text.contains(QStringLiteral("洛阳")));
    QVERIFY(text.contains(QStringLiteral("墨西哥城")));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
