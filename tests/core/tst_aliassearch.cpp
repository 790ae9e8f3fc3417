// SPDX-License-Identifier: GPL-3.0-or-later
// Finding actors by any of their names: the folded search key, exact lookup and prefix search, across scripts,
// accents, spacing, case and hostile input.
#include "SqliteProbe.h"

#include "TestBackend.h"
#include "text/SearchKey.h"

#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

struct CityRow
{
    const char* uid;
    const char* country;
    QList<std::pair<QString, QString>> names;
    QList<Alias> aliases;
};

} // namespace

class TestAliasSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchKeyFolds_data();
    void searchKeyFolds();
    void findByName_data();
    void findByName();
    void searchByPrefix_data();
    void searchByPrefix();
    void changedAliasesAreFoundAsChanged();
    void hostileNamesAreStoredVerbatim();

private:
    QList<ActorId> ids(const QStringList& uids) const;
    qint64 actorRows() { return test::rowCount(m_backend.db(), QStringLiteral("actors")); }

    test::TestStore m_backend; // SQLite, or PostgreSQL in the _pg variant
    std::unique_ptr<WorkspaceStore>& m_store{m_backend.store};
    QHash<QString, ActorId> m_ids;
    qint64 m_actorCount = 0;
};

void TestAliasSearch::initTestCase()
{
    CB_REQUIRE_BACKEND();
    QString error;
    QVERIFY2(m_backend.create(&error), qPrintable(error));
    QList<Country> countries;
    for (const char* code : {"CN", "MX"}) {
        Country c;
        c.code = QLatin1String(code);
        c.names.set(lang::En, c.code);
        countries.append(c);
    }
    QVERIFY2(m_store->catalog().saveCountries(countries, &error), qPrintable(error));

    const QString en = lang::En, zh = lang::Zh, es = lang::Es, native = lang::Native;
    const QList<CityRow> cities{
        {"city:luoyang",
         "CN",
         {{en, QStringLiteral("Luoyang")},
          {zh, QStringLiteral("洛阳")},
          {es, QStringLiteral("Luoyang")},
          {native, QStringLiteral("洛阳")}},
         {}},
        {"city:luohe", "CN", {{en, QStringLiteral("Luohe")}, {zh, QStringLiteral("漯河")}}, {}},
        {"city:mexico-city",
         "MX",
         {{en, QStringLiteral("Mexico City")},
          {es, QStringLiteral("Ciudad de México")},
          {zh, QStringLiteral("墨西哥城")},
          {native, QStringLiteral("Ciudad de México")}},
         {{QStringLiteral("CDMX"), es}}},
        {"city:mexicali", "MX", {{en, QStringLiteral("Mexicali")}}, {}},
        {"city:queretaro",
         "MX",
         {{en, QStringLiteral("Querétaro")},
          {es, QStringLiteral("Santiago de Querétaro")},
          {zh, QStringLiteral("克雷塔罗")}},
         {}},
        {"city:huaian", "CN", {{en, QStringLiteral("Huai'an")}, {zh, QStringLiteral("淮安")}}, {}},
        // A Chinese name with a character outside the Basic Multilingual Plane (CJK Extension B, U+20000).
        {"city:ext-b", "CN", {{en, QStringLiteral("Extension Village")}, {zh, QStringLiteral("淮\U00020000")}}, {}},
    };
    for (const CityRow& row : cities) {
        Actor city;
        city.uid = QLatin1String(row.uid);
        city.countryCode = QLatin1String(row.country);
        for (const auto& [language, name] : row.names)
            city.names.set(language, name);
        city.aliases = row.aliases;
        QVERIFY2(m_store->actors().save(city, &error), qPrintable(error));
        m_ids.insert(city.uid, city.id);
    }
    Actor association;
    association.uid = QStringLiteral("institution:ancmpm");
    association.kind = ActorKind::Institution;
    association.countryCode = QStringLiteral("MX");
    association.names.set(lang::En, QStringLiteral("National Association of Mexican World Heritage Cities"));
    association.names.set(lang::Es, QStringLiteral("Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial"));
    association.institution.category = QStringLiteral("city_association");
    association.institution.abbreviation = QStringLiteral("ANCMPM");
    QVERIFY2(m_store->actors().save(association, &error), qPrintable(error));
    m_ids.insert(association.uid, association.id);
    m_actorCount = actorRows();
    QCOMPARE(m_actorCount, qint64(cities.size() + 1));
}

QList<ActorId> TestAliasSearch::ids(const QStringList& uids) const
{
    QList<ActorId> result;
    for (const QString& uid : uids)
        result.append(m_ids.value(uid, -1));
    return result;
}

void TestAliasSearch::searchKeyFolds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    const QString luoyang = QStringLiteral("洛阳");
    QTest::newRow("洛阳") << QStringLiteral("洛阳") << luoyang;
    QTest::newRow("洛陽 (Traditional)") << QStringLiteral("洛陽") << luoyang;
    QTest::newRow("洛阳市 (city suffix)") << QStringLiteral("洛阳市") << luoyang;
    QTest::newRow("洛陽市 (Traditional with suffix)") << QStringLiteral("洛陽市") << luoyang;
    QTest::newRow("Luoyang") << QStringLiteral("Luoyang") << QStringLiteral("luoyang");
    QTest::newRow("luoyang") << QStringLiteral("luoyang") << QStringLiteral("luoyang");
    QTest::newRow("luo yang") << QStringLiteral("luo yang") << QStringLiteral("luoyang");
    QTest::newRow("LUOYANG") << QStringLiteral("LUOYANG") << QStringLiteral("luoyang");
    QTest::newRow("full-width ＬＵＯＹＡＮＧ") << QStringLiteral("ＬＵＯＹＡＮＧ") << QStringLiteral("luoyang");
    const QString cdmx = QStringLiteral("ciudaddemexico");
    QTest::newRow("Ciudad de México") << QStringLiteral("Ciudad de México") << cdmx;
    QTest::newRow("Ciudad de México (combining accent)") << QStringLiteral("Ciudad de Me\u0301xico") << cdmx;
    QTest::newRow("Ciudad de Mexico") << QStringLiteral("Ciudad de Mexico") << cdmx;
    QTest::newRow("CDMX") << QStringLiteral("CDMX") << QStringLiteral("cdmx");
    QTest::newRow("cdmx") << QStringLiteral("cdmx") << QStringLiteral("cdmx");
    QTest::newRow("Mexico City") << QStringLiteral("Mexico City") << QStringLiteral("mexicocity");
    QTest::newRow("墨西哥城") << QStringLiteral("墨西哥城") << QStringLiteral("墨西哥城");
    QTest::newRow("Querétaro") << QStringLiteral("Querétaro") << QStringLiteral("queretaro");
    QTest::newRow("Queretaro") << QStringLiteral("Queretaro") << QStringLiteral("queretaro");
    QTest::newRow("Santiago de Querétaro")
        << QStringLiteral("Santiago de Querétaro") << QStringLiteral("santiagodequeretaro");
    QTest::newRow("Huai'an") << QStringLiteral("Huai'an") << QStringLiteral("huaian");
    QTest::newRow("Huai’an (typographic apostrophe)") << QStringLiteral("Huai\u2019an") << QStringLiteral("huaian");
    QTest::newRow("Huaian") << QStringLiteral("Huaian") << QStringLiteral("huaian");
    QTest::newRow("淮安") << QStringLiteral("淮安") << QStringLiteral("淮安");
    QTest::newRow("São Paulo") << QStringLiteral("São Paulo") << QStringLiteral("saopaulo");
    QTest::newRow("市 alone is kept") << QStringLiteral("市") << QStringLiteral("市");
    QTest::newRow("城市 (two characters) is kept") << QStringLiteral("城市") << QStringLiteral("城市");
    QTest::newRow("outside the BMP kept") << QStringLiteral("淮\U00020000") << QStringLiteral("淮\U00020000");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("only punctuation") << QStringLiteral("'); --") << QString();
    QTest::newRow("SQL-looking") << QStringLiteral("Robert'); DROP TABLE actors;--")
                                 << QStringLiteral("robertdroptableactors");
}

void TestAliasSearch::searchKeyFolds()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(searchKey(text), key);
    QCOMPARE(searchKey(searchKey(text)), key); // folding twice changes nothing
}

void TestAliasSearch::findByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("uids");
    const QStringList luoyang{QStringLiteral("city:luoyang")};
    for (const char* text : {"洛阳", "洛陽", "洛阳市", "Luoyang", "luoyang", "luo yang", "LUOYANG"})
        QTest::newRow(text) << QString::fromUtf8(text) << luoyang;
    const QStringList mexico{QStringLiteral("city:mexico-city")};
    for (const char* text : {"Ciudad de México", "Ciudad de Mexico", "CDMX", "cdmx", "Mexico City", "墨西哥城"})
        QTest::newRow(text) << QString::fromUtf8(text) << mexico;
    const QStringList queretaro{QStringLiteral("city:queretaro")};
    for (const char* text : {"Querétaro", "Queretaro", "Santiago de Querétaro"})
        QTest::newRow(text) << QString::fromUtf8(text) << queretaro;
    const QStringList huaian{QStringLiteral("city:huaian")};
    for (const char* text : {"Huai'an", "Huaian", "淮安"})
        QTest::newRow(text) << QString::fromUtf8(text) << huaian;
    QTest::newRow("abbreviation ANCMPM") << QStringLiteral("ancmpm")
                                         << QStringList{QStringLiteral("institution:ancmpm")};
    QTest::newRow("name outside the BMP")
        << QStringLiteral("淮\U00020000") << QStringList{QStringLiteral("city:ext-b")};
    QTest::newRow("a prefix is not a name") << QStringLiteral("Luo") << QStringList();
    QTest::newRow("matches nothing") << QStringLiteral("Atlantis") << QStringList();
    QTest::newRow("empty string") << QString() << QStringList();
    QTest::newRow("LIKE wildcard") << QStringLiteral("%") << QStringList();
    QTest::newRow("LIKE wildcard after a prefix") << QStringLiteral("Luo%") << QStringList();
    QTest::newRow("SQL-looking text") << QStringLiteral("Robert'); DROP TABLE actors;--") << QStringList();
}

void TestAliasSearch::findByName()
{
    QFETCH(QString, text);
    QFETCH(QStringList, uids);
    QCOMPARE(m_store->actors().findByName(text), ids(uids));
    QCOMPARE(actorRows(), m_actorCount);
}

void TestAliasSearch::searchByPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("uids");
    const QString luohe = QStringLiteral("city:luohe"), luoyang = QStringLiteral("city:luoyang");
    // Shorter matching names first ("luohe" before "luoyang"), then by id.
    QTest::newRow("luo") << QStringLiteral("luo") << 10 << QStringList{luohe, luoyang};
    QTest::newRow("LUO") << QStringLiteral("LUO") << 10 << QStringList{luohe, luoyang};
    QTest::newRow("luo, limit 1") << QStringLiteral("luo") << 1 << QStringList{luohe};
    QTest::newRow("luoy") << QStringLiteral("luoy") << 10 << QStringList{luoyang};
    QTest::newRow("洛") << QStringLiteral("洛") << 10 << QStringList{luoyang};
    QTest::newRow("洛陽 (Traditional)") << QStringLiteral("洛陽") << 10 << QStringList{luoyang};
    QTest::newRow("mex") << QStringLiteral("mex") << 10
                         << QStringList{QStringLiteral("city:mexicali"), QStringLiteral("city:mexico-city")};
    QTest::newRow("méxico c") << QStringLiteral("méxico c") << 10 << QStringList{QStringLiteral("city:mexico-city")};
    QTest::newRow("ciudad de") << QStringLiteral("ciudad de") << 10 << QStringList{QStringLiteral("city:mexico-city")};
    QTest::newRow("cd") << QStringLiteral("cd") << 10 << QStringList{QStringLiteral("city:mexico-city")};
    QTest::newRow("santiago de q") << QStringLiteral("santiago de q") << 10
                                   << QStringList{QStringLiteral("city:queretaro")};
    QTest::newRow("huai'") << QStringLiteral("huai'") << 10 << QStringList{QStringLiteral("city:huaian")};
    // 淮安 and 淮𠀀 both have a two-character key: ordered by id. The second one's next character lies beyond U+FFFF.
    QTest::newRow("淮 (next character outside the BMP)")
        << QStringLiteral("淮") << 10 << QStringList{QStringLiteral("city:huaian"), QStringLiteral("city:ext-b")};
    QTest::newRow("asociación") << QStringLiteral("Asociación") << 10
                                << QStringList{QStringLiteral("institution:ancmpm")};
    QTest::newRow("matches nothing") << QStringLiteral("zz") << 10 << QStringList();
    QTest::newRow("empty string") << QString() << 10 << QStringList();
    QTest::newRow("only spaces") << QStringLiteral("  ") << 10 << QStringList();
    QTest::newRow("LIKE wildcards") << QStringLiteral("%_") << 10 << QStringList();
    QTest::newRow("SQL-looking text") << QStringLiteral("Robert'); DROP TABLE actors;--") << 10 << QStringList();
}

void TestAliasSearch::searchByPrefix()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QStringList, uids);
    QCOMPARE(m_store->actors().searchByPrefix(text, limit), ids(uids));
    QCOMPARE(actorRows(), m_actorCount);
}

void TestAliasSearch::changedAliasesAreFoundAsChanged()
{
    QString error;
    Actor city;
    city.uid = QStringLiteral("city:xian");
    city.countryCode = QStringLiteral("CN");
    city.names.set(lang::En, QStringLiteral("Xi'an"));
    city.names.set(lang::Zh, QStringLiteral("西安"));
    city.aliases = {{QStringLiteral("Chang'an"), lang::En}, {QStringLiteral("長安"), lang::Zh}};
    QVERIFY2(m_store->actors().save(city, &error), qPrintable(error));
    const QList<ActorId> xian{city.id};
    QCOMPARE(m_store->actors().findByName(QStringLiteral("changan")), xian);
    QCOMPARE(m_store->actors().findByName(QStringLiteral("长安")), xian);

    city.aliases = {{QStringLiteral("Hao"), QString()}};
    city.names.set(lang::Es, QStringLiteral("Sian"));
    QVERIFY2(m_store->actors().save(city, &error), qPrintable(error));
    QCOMPARE(m_store->actors().findByName(QStringLiteral("changan")), QList<ActorId>());
    QCOMPARE(m_store->actors().findByName(QStringLiteral("長安")), QList<ActorId>());
    QCOMPARE(m_store->actors().findByName(QStringLiteral("hao")), xian);
    QCOMPARE(m_store->actors().findByName(QStringLiteral("Sian")), xian);
    QCOMPARE(m_store->actors().findByName(QStringLiteral("xian")), xian);

    QVERIFY2(m_store->actors().remove(city.id, &error), qPrintable(error));
    QCOMPARE(m_store->actors().findByName(QStringLiteral("xian")), QList<ActorId>());
    QCOMPARE(m_store->actors().searchByPrefix(QStringLiteral("hao"), 5), QList<ActorId>());
    QCOMPARE(actorRows(), m_actorCount);
}

void TestAliasSearch::hostileNamesAreStoredVerbatim()
{
    QString error;
    const QString hostile = QStringLiteral("Robert'); DROP TABLE actors;--");
    Actor odd;
    odd.uid = QStringLiteral("city:'; DELETE FROM aliases; --");
    odd.names.set(lang::En, hostile);
    odd.aliases = {{QStringLiteral("100% \"quoted\" _under_ \\back"), QString()}};
    QVERIFY2(m_store->actors().save(odd, &error), qPrintable(error));
    QCOMPARE(actorRows(), m_actorCount + 1);
    const std::optional<Actor> loaded = m_store->actors().find(odd.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->uid, odd.uid);
    QCOMPARE(loaded->names.exact(lang::En), hostile);
    QCOMPARE(loaded->aliases.size(), 1);
    QCOMPARE(loaded->aliases[0].text, QStringLiteral("100% \"quoted\" _under_ \\back"));
    QCOMPARE(m_store->actors().findByName(hostile), QList<ActorId>{odd.id});
    QCOMPARE(m_store->actors().findByName(QStringLiteral("Luoyang")), ids({QStringLiteral("city:luoyang")}));

    QVERIFY2(m_store->actors().remove(odd.id, &error), qPrintable(error));
    QCOMPARE(actorRows(), m_actorCount);
    QCOMPARE(m_store->actors().findByName(hostile), QList<ActorId>());
}

QTEST_GUILESS_MAIN(TestAliasSearch)
#include "tst_aliassearch.moc"
