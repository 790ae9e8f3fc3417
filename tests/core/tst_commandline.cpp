// SPDX-License-Identifier: GPL-3.0-or-later
// The citybridge command line, run as a user would: exit codes, messages, JSON, and the match output
// checked against an independent brute-force solver.
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void badArguments_data();
    void badArguments();
    void generatedWorkspaceLists();
    void matchJsonIsOptimal();
    void sampleInThreeLanguages();
    void showFindsAnyAlias_data();
    void showFindsAnyAlias();

private:
    Run run(const QStringList& args) const;
    QTemporaryDir m_home;
    QString m_generated;
};

Run TestCommandLine::run(const QStringList& args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The sample is copied into the user's data folder: keep it inside the test's own home.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(cb::test::binary(), args);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_generated = m_home.filePath(QStringLiteral("generated.citybridge"));
    const Run r = run({QStringLiteral("generate"), QStringLiteral("--cities"), QStringLiteral("12"),
                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), m_generated});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCommandLine::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("CityBridge ")));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char* word : {"list", "show", "match", "paths", "generate", "--workspace", "--as-of"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
}

void TestCommandLine::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("Unknown command");
    QTest::newRow("list what?") << QStringList{QStringLiteral("list"), QStringLiteral("planets")} << 2 << QStringLiteral("Usage");
    QTest::newRow("bad date") << QStringList{QStringLiteral("match"), QStringLiteral("--as-of"), QStringLiteral("31/01/2021")}
                              << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad k") << QStringList{QStringLiteral("match"), QStringLiteral("--k"), QStringLiteral("0")} << 2
                           << QStringLiteral("partner limit");
    QTest::newRow("bad language") << QStringList{QStringLiteral("list"), QStringLiteral("cities"), QStringLiteral("--lang"),
                                                 QStringLiteral("fr")}
                                  << 2 << QStringLiteral("Unknown language");
    QTest::newRow("missing workspace") << QStringList{QStringLiteral("list"), QStringLiteral("cities"),
                                                      QStringLiteral("--workspace"), QStringLiteral("/nonexistent/x.citybridge")}
                                       << 3 << QStringLiteral("does not exist");
    QTest::newRow("unknown city") << QStringList{QStringLiteral("show"), QStringLiteral("Atlantis")} << 1
                                  << QStringLiteral("No city or institution");
}

void TestCommandLine::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCommandLine::generatedWorkspaceLists()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("cities"), QStringLiteral("--json"),
                       QStringLiteral("--workspace"), m_generated});
    QCOMPARE(r.code, 0);
    const QJsonArray cities = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(cities.size(), 12);
    // A text file is refused with a clear message, and left alone.
    QFile text(m_home.filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are my notes, not a workspace\n");
    text.close();
    const Run bad = run({QStringLiteral("list"), QStringLiteral("cities"), QStringLiteral("--workspace"), text.fileName()});
    QCOMPARE(bad.code, 3);
    QVERIFY(bad.err.contains(QStringLiteral("not a CityBridge workspace")));
}

void TestCommandLine::matchJsonIsOptimal()
{
    const Run r = run({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--same-country"),
                       QStringLiteral("--workspace"), m_generated});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("citybridge.match/1"));
    const int vertices = root.value(QStringLiteral("actors")).toArray().size();
    QCOMPARE(vertices, 12);
    struct Edge { int a, b; double w; };
    std::vector<Edge> edges;
    for (const QJsonValue& v : root.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("eligible")).toBool())
            edges.push_back({o.value(QStringLiteral("a")).toInt(), o.value(QStringLiteral("b")).toInt(),
                             o.value(QStringLiteral("fused")).toDouble()});
    }
    QVERIFY(!edges.empty());
    // Independent solver: dynamic programming over subsets of cities (one partner per city), exact for
    // this small graph and unrelated to the blossom algorithm the program uses.
    QVERIFY(vertices <= 16);
    std::vector<std::vector<double>> w(std::size_t(vertices), std::vector<double>(std::size_t(vertices), -1.0));
    for (const Edge& e : edges)
        w[std::size_t(e.a)][std::size_t(e.b)] = w[std::size_t(e.b)][std::size_t(e.a)] = e.w;
    std::vector<double> f(std::size_t(1) << vertices, 0.0);
    for (std::uint32_t set = 1; set < f.size(); ++set) {
        const int i = __builtin_ctz(set);
        const std::uint32_t rest = set & ~(1u << i);
        double value = f[rest];
        for (int j = i + 1; j < vertices; ++j) {
            if ((rest & (1u << j)) && w[std::size_t(i)][std::size_t(j)] >= 0.0)
                value = std::max(value, w[std::size_t(i)][std::size_t(j)] + f[rest & ~(1u << j)]);
        }
        f[set] = value;
    }
    const double best = f.back();
    const QJsonObject proposals = root.value(QStringLiteral("proposals")).toObject();
    const double reported = proposals.value(QStringLiteral("total_weight")).toDouble();
    QVERIFY2(std::abs(reported - best) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(reported).arg(best)));
    double sum = 0.0;
    for (const QJsonValue& pair : proposals.value(QStringLiteral("pairs")).toArray()) {
        const int a = pair.toArray().at(0).toInt();
        const int b = pair.toArray().at(1).toInt();
        for (const Edge& e : edges)
            if (e.a == a && e.b == b)
                sum += e.w;
    }
    QVERIFY(std::abs(sum - reported) < 1e-6);
    QVERIFY(root.value(QStringLiteral("greedy")).toObject().value(QStringLiteral("total_weight")).toDouble() <= best + 1e-9);
}

void TestCommandLine::sampleInThreeLanguages()
{
    const Run zh = run({QStringLiteral("list"), QStringLiteral("cities"), QStringLiteral("--lang"), QStringLiteral("zh")});
    QVERIFY2(zh.code == 0, qPrintable(zh.err));
    QVERIFY(zh.out.contains(QStringLiteral("洛阳")));
    QVERIFY(zh.out.contains(QStringLiteral("墨西哥城")));
    const Run json = run({QStringLiteral("list"), QStringLiteral("cities"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).array().size() >= 30);
    const Run es = run({QStringLiteral("show"), QStringLiteral("Luoyang"), QStringLiteral("--lang"), QStringLiteral("es")});
    QVERIFY2(es.code == 0, qPrintable(es.err));
    QVERIFY(es.out.contains(QStringLiteral("Luoyang")));
    QVERIFY(es.out.contains(QStringLiteral("Ciudad de México")));
    QVERIFY(es.out.contains(QStringLiteral("Viaja al Sur")));
    // Stages and roles are words of the reader's language, not the keys the workspace stores.
    QVERIFY2(!es.out.contains(QStringLiteral("exploratory_exchange")), qPrintable(es.out));
    QVERIFY(!es.out.contains(QStringLiteral("— speaker")));
}

void TestCommandLine::showFindsAnyAlias_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese") << QStringLiteral("洛阳") << QStringLiteral("Luoyang");
    QTest::newRow("Traditional") << QStringLiteral("洛陽") << QStringLiteral("Luoyang");
    QTest::newRow("pinyin with space") << QStringLiteral("luo yang") << QStringLiteral("Luoyang");
    QTest::newRow("Spanish") << QStringLiteral("Ciudad de México") << QStringLiteral("Mexico City");
    QTest::newRow("abbreviation") << QStringLiteral("CDMX") << QStringLiteral("Mexico City");
    QTest::newRow("no accent") << QStringLiteral("Queretaro") << QStringLiteral("Quer");
}

void TestCommandLine::showFindsAnyAlias()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const Run r = run({QStringLiteral("show"), name, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(expected), qPrintable(r.out.left(80)));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
