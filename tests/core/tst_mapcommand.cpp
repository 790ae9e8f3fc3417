// SPDX-License-Identifier: GPL-3.0-or-later
// `citybridge map` run as a user would: headless PNG and SVG of the sample, its options and its errors, and
// dashed arcs that are the proposals `citybridge match` prints for the same day.
#include "TestPaths.h"

#include "map/MapFilter.h"
#include "map/MapSceneBuilder.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestMapCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chinesePngOfTheSample();
    void svgAtAChosenSize();
    void badArguments_data();
    void badArguments();
    void unwritableOutput();
    void proposalsMatchTheMatchCommand();

private:
    Run run(const QStringList& args) const;
    QTemporaryDir m_home;
};

Run TestMapCommand::run(const QStringList& args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    // No display at all: the command must not need one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(cb::test::binary(), args);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestMapCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestMapCommand::chinesePngOfTheSample()
{
    const QString out = m_home.filePath(QStringLiteral("map.png"));
    const Run r = run({QStringLiteral("map"), QStringLiteral("--theme"), QStringLiteral("tourism"),
                       QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("旅游发展")), qPrintable(r.out)); // the title names the theme in Chinese
    QImageReader reader(out);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(1600, 900));
    QVERIFY(image.pixel(800, 450) != image.pixel(10, 10));
}

void TestMapCommand::svgAtAChosenSize()
{
    const QString out = m_home.filePath(QStringLiteral("map.svg"));
    const Run r = run({QStringLiteral("map"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--width"),
                       QStringLiteral("1000"), QStringLiteral("--height"), QStringLiteral("700"),
                       QStringLiteral("--country"), QStringLiteral("MX"), QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    QString width; // the viewBox: the size in pixels
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            width = xml.attributes().value(QLatin1String("viewBox")).toString();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(width, QStringLiteral("0 0 1000 700"));
    QVERIFY(text.contains(QStringLiteral("墨西哥城")));
    QVERIFY(text.contains(QStringLiteral("洛阳")));
    QVERIFY(text.contains(QStringLiteral("Natural Earth")));
}

void TestMapCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--out");
    QTest::newRow("no output") << QStringList{QStringLiteral("map")} << QStringLiteral("--out");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.gif")}
                                    << QStringLiteral(".png");
    QTest::newRow("unknown theme") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.png"),
                                                  QStringLiteral("--theme"), QStringLiteral("astronomy")}
                                   << QStringLiteral("astronomy");
    QTest::newRow("ambiguous theme") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.png"),
                                                    QStringLiteral("--theme"), QStringLiteral("digital")}
                                     << QStringLiteral("digital_tourism");
    QTest::newRow("bad date") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.png"),
                                             QStringLiteral("--as-of"), QStringLiteral("2020-13-01")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("tiny width") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.png"),
                                               QStringLiteral("--width"), QStringLiteral("10")}
                                << QStringLiteral("--width");
    QTest::newRow("unknown stage") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.png"),
                                                  QStringLiteral("--stage"), QStringLiteral("married")}
                                   << QStringLiteral("formal_agreement");
    QTest::newRow("unknown place") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.png"),
                                                  QStringLiteral("--country"), QStringLiteral("Atlantis")}
                                   << QStringLiteral("Atlantis");
    QTest::newRow("reversed range") << QStringList{QStringLiteral("map"), out, QStringLiteral("m.png"),
                                                   QStringLiteral("--since"), QStringLiteral("2022-01-01"),
                                                   QStringLiteral("--as-of"), QStringLiteral("2021-01-01")}
                                    << QStringLiteral("--since");
}

void TestMapCommand::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestMapCommand::unwritableOutput()
{
    const Run r = run({QStringLiteral("map"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"),
                       QStringLiteral("/nonexistent-folder/inner/map.png")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("/nonexistent-folder/inner/map.png")), qPrintable(r.err));
}

void TestMapCommand::proposalsMatchTheMatchCommand()
{
    const QString asOf = QStringLiteral("2020-12-31");
    const Run match = run({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--as-of"), asOf});
    QVERIFY2(match.code == 0, qPrintable(match.err));
    const QJsonObject json = QJsonDocument::fromJson(match.out.toUtf8()).object();
    QHash<int, QString> uidByIndex;
    for (const QJsonValue& v : json.value(QStringLiteral("actors")).toArray())
        uidByIndex.insert(v.toObject().value(QStringLiteral("index")).toInt(), v.toObject().value(QStringLiteral("uid")).toString());
    const QJsonArray pairs = json.value(QStringLiteral("proposals")).toObject().value(QStringLiteral("pairs")).toArray();
    QVERIFY(!pairs.isEmpty());

    // The same picture built here from the sample with match's proposals has as many links as the command drew.
    QTemporaryDir dir;
    QString error;
    auto store = cb::SqliteWorkspaceStore::create(dir.filePath(QStringLiteral("s.citybridge")), &error);
    QVERIFY2(store && cb::importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    cb::WorkspaceData data;
    QVERIFY2(cb::loadWorkspace(*store, &data, &error), qPrintable(error));
    QHash<QString, cb::ActorId> idByUid;
    for (const cb::Actor& a : data.actors)
        idByUid.insert(a.uid, a.id);
    cb::MapSceneOptions options;
    for (const QJsonValue& v : pairs) {
        const QJsonArray p = v.toArray();
        options.proposals.append(cb::MapProposal{idByUid.value(uidByIndex.value(p.at(0).toInt())),
                                                 idByUid.value(uidByIndex.value(p.at(1).toInt())), 0.5});
    }
    cb::MapFilter filter;
    filter.to = QDate::fromString(asOf, Qt::ISODate);
    const cb::MapScene scene = cb::MapSceneBuilder::build(data, filter, options);
    int dashed = 0;
    for (const cb::MapArc& arc : scene.arcs)
        dashed += arc.style == cb::MapArc::Style::Proposal ? 1 : 0;
    QVERIFY(dashed > 0);

    const Run map = run({QStringLiteral("map"), QStringLiteral("--as-of"), asOf, QStringLiteral("--lang"),
                         QStringLiteral("en"), QStringLiteral("--out"), m_home.filePath(QStringLiteral("asof.png"))});
    QVERIFY2(map.code == 0, qPrintable(map.err));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+) link")).match(map.out);
    QVERIFY2(m.hasMatch(), qPrintable(map.out));
    QCOMPARE(m.captured(1).toInt(), int(scene.arcs.size()));
}

QTEST_GUILESS_MAIN(TestMapCommand)
#include "tst_mapcommand.moc"
