// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled gazetteer: any name in any of the three languages, in any script or spelling, finds its city,
// biggest first; what it copies into a new city; and a malformed table is refused with a reason.
#include "gazetteer/Gazetteer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QtTest>

using namespace cb;

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void bundledLoads();
    void findsByAnyName_data();
    void findsByAnyName();
    void prefixRankedByPopulation();
    void largestFirstAmongNamesakes();
    void limitAndEmptyQuery();
    void fillsACity();
    void malformedTables_data();
    void malformedTables();
    void searchIsFast();
};

void TestGazetteer::bundledLoads()
{
    QElapsedTimer timer;
    timer.start();
    const Gazetteer& g = Gazetteer::bundled();
    qInfo("bundled gazetteer: %d cities indexed in %lld ms", g.size(), timer.elapsed());
    QVERIFY2(g.errorString().isEmpty(), qPrintable(g.errorString()));
    QCOMPARE(g.size(), 24361);
    QCOMPARE(&Gazetteer::bundled(), &g);
}

void TestGazetteer::findsByAnyName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("geonameId");
    QTest::newRow("English") << "Luoyang" << qint64(1801792);
    QTest::newRow("Simplified Chinese") << "洛阳" << qint64(1801792);
    QTest::newRow("Chinese with 市") << "洛阳市" << qint64(1801792);
    QTest::newRow("Traditional Chinese") << "洛陽" << qint64(1801792);
    QTest::newRow("spaced lower case") << "luo yang" << qint64(1801792);
    QTest::newRow("Mexico City") << "Mexico City" << qint64(3530597);
    QTest::newRow("Ciudad de México") << "Ciudad de México" << qint64(3530597);
    QTest::newRow("Ciudad de Mexico without accent") << "ciudad de mexico" << qint64(3530597);
    QTest::newRow("墨西哥城") << "墨西哥城" << qint64(3530597);
    QTest::newRow("Querétaro prefix without accent") << "queretaro" << qint64(3991164);
}

void TestGazetteer::findsByAnyName()
{
    QFETCH(QString, query);
    QFETCH(qint64, geonameId);
    const QList<GazetteerEntry> hits = Gazetteer::bundled().search(query, 10);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.constFirst().geonameId, geonameId);
}

void TestGazetteer::prefixRankedByPopulation()
{
    const QList<GazetteerEntry> hits = Gazetteer::bundled().search(QStringLiteral("Luoy"), 10);
    QVERIFY(hits.size() >= 3);
    QCOMPARE(hits.constFirst().geonameId, qint64(1801792)); // Henan, 1.39 million
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(hits[i - 1].population >= hits[i].population);
    for (const GazetteerEntry& e : hits)
        QVERIFY2(e.name.startsWith(QStringLiteral("Luoy")), qPrintable(e.name));
}

void TestGazetteer::largestFirstAmongNamesakes()
{
    // Typing "mexico" offers Mexico City (12 million) before the town called exactly "Mexico" (Pampanga).
    const QList<GazetteerEntry> mexico = Gazetteer::bundled().search(QStringLiteral("mexico"), 5);
    QVERIFY(mexico.size() >= 2);
    QCOMPARE(mexico[0].geonameId, qint64(3530597));
    QVERIFY(std::any_of(mexico.cbegin(), mexico.cend(), [](const GazetteerEntry& e) { return e.geonameId == 1699805; }));
    const QList<GazetteerEntry> leon = Gazetteer::bundled().search(QStringLiteral("leon"), 5);
    QVERIFY(leon.size() >= 3);
    QCOMPARE(leon[0].geonameId, qint64(3998655)); // León, Guanajuato
    QCOMPARE(leon[1].geonameId, qint64(3618030)); // León, Nicaragua
    QCOMPARE(leon[2].geonameId, qint64(3118532)); // León, Spain
    const QList<GazetteerEntry> puebla = Gazetteer::bundled().search(QStringLiteral("Puebla"), 5);
    QVERIFY(!puebla.isEmpty());
    QCOMPARE(puebla.constFirst().name, QStringLiteral("Puebla City"));
    QCOMPARE(puebla.constFirst().countryCode, QStringLiteral("MX"));
}

void TestGazetteer::limitAndEmptyQuery()
{
    QCOMPARE(Gazetteer::bundled().search(QStringLiteral("San"), 7).size(), 7);
    QVERIFY(Gazetteer::bundled().search(QStringLiteral("  ,. "), 7).isEmpty());
    QVERIFY(Gazetteer::bundled().search(QStringLiteral("Luoyang"), 0).isEmpty());
    QVERIFY(Gazetteer::bundled().search(QStringLiteral("Xyzzyplugh"), 7).isEmpty());
}

void TestGazetteer::fillsACity()
{
    const std::optional<GazetteerEntry> luoyang = Gazetteer::bundled().byGeonameId(1801792);
    QVERIFY(luoyang);
    QCOMPARE(luoyang->nameZh, QStringLiteral("洛阳市"));
    QCOMPARE(luoyang->chineseName(), QStringLiteral("洛阳"));
    QCOMPARE(luoyang->spanishName(), QStringLiteral("Luoyang"));
    Actor city;
    city.names.set(lang::Native, QStringLiteral("洛阳"));
    luoyang->fillCity(city);
    QCOMPARE(city.names.exact(lang::En), QStringLiteral("Luoyang"));
    QCOMPARE(city.names.exact(lang::Zh), QStringLiteral("洛阳"));
    QCOMPARE(city.names.exact(lang::Native), QStringLiteral("洛阳"));
    QCOMPARE(city.countryCode, QStringLiteral("CN"));
    QCOMPARE(city.city.geonameId, qint64(1801792));
    QCOMPARE(*city.city.latitude, 34.68361);
    QCOMPARE(*city.city.longitude, 112.45361);
    QCOMPARE(city.city.population, qint64(1390581));
    QCOMPARE(city.city.timezone, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(city.city.adminRegion, QStringLiteral("Henan"));
    QCOMPARE(city.aliases.size(), 1);
    QCOMPARE(city.aliases.constFirst().text, QStringLiteral("洛阳市"));
    luoyang->fillCity(city);
    QCOMPARE(city.aliases.size(), 1); // not added twice

    const std::optional<GazetteerEntry> mexico = Gazetteer::bundled().byGeonameId(3530597);
    QVERIFY(mexico);
    Actor cdmx;
    mexico->fillCity(cdmx);
    QCOMPARE(cdmx.names.exact(lang::Es), QStringLiteral("Ciudad de México"));
    QCOMPARE(cdmx.names.exact(lang::Zh), QStringLiteral("墨西哥城"));
    QVERIFY(cdmx.aliases.isEmpty());
    // Three-character names keep a 市 that is part of the name only when it is two characters long.
    GazetteerEntry shortName;
    shortName.nameZh = QStringLiteral("津市");
    QCOMPARE(shortName.chineseName(), QStringLiteral("津市"));
}

void TestGazetteer::malformedTables_data()
{
    const QByteArray header = "geonameid\tname\tadmin1_code\tadmin1\tcountry_code\tcountry\ttimezone\tpopulation\tlat\tlon"
                              "\tname_zh\tname_zh_source\tname_es\n";
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("size");
    QTest::newRow("good") << header + "1\tA\t1\tR\tMX\tMexico\tAmerica/Mexico_City\t5\t1.5\t-2.5\t\t\t\n" << true << 1;
    QTest::newRow("missing column") << QByteArray("geonameid\tname\n1\tA\n") << false << 0;
    QTest::newRow("short row") << header + "1\tA\t1\n" << false << 0;
    QTest::newRow("latitude out of range") << header + "1\tA\t1\tR\tMX\tMexico\tX\t5\t91\t0\t\t\t\n" << false << 0;
    QTest::newRow("not a number") << header + "x\tA\t1\tR\tMX\tMexico\tX\t5\t1\t0\t\t\t\n" << false << 0;
}

void TestGazetteer::malformedTables()
{
    QFETCH(QByteArray, table);
    QFETCH(bool, ok);
    QFETCH(int, size);
    QBuffer buffer(&table);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Gazetteer g;
    QCOMPARE(g.load(buffer), ok);
    QCOMPARE(g.errorString().isEmpty(), ok);
    QCOMPARE(g.size(), size);
    if (ok)
        QCOMPARE(g.search(QStringLiteral("a")).size(), 1);
}

void TestGazetteer::searchIsFast()
{
    const Gazetteer& g = Gazetteer::bundled();
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    const QStringList queries{QStringLiteral("s"), QStringLiteral("San"), QStringLiteral("Luoy"), QStringLiteral("洛"),
                              QStringLiteral("Ciudad"), QStringLiteral("Mex")};
    for (int round = 0; round < 20; ++round) {
        for (const QString& q : queries)
            found += static_cast<int>(g.search(q, 20).size());
    }
    const qint64 ms = timer.elapsed();
    qInfo("%lld searches in %lld ms", qint64(queries.size()) * 20, ms);
    QVERIFY(found > 0);
    // Typing must feel instant: 120 searches, including one-letter prefixes, well under a second.
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
