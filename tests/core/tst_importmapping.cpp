// SPDX-License-Identifier: GPL-3.0-or-later
// Column mappings for survey imports: header suggestions in English, Spanish and Chinese, the JSON form that the
// next survey of the same form reuses, and the resolution of names in three scripts to actors or gazetteer cities.
#include "gazetteer/Gazetteer.h"
#include "importing/ColumnMapping.h"
#include "importing/EntityResolver.h"
#include "importing/MappingSuggester.h"
#include "importing/ThemeLookup.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void suggestions_data();
    void suggestions();
    void onlyOneNameColumn();
    void jsonRoundTripAndAlign();
    void malformedMappingIsRefused();
    void themeLookup_data();
    void themeLookup();
    void resolution_data();
    void resolution();
    void choicesDecideUncertainNames();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
};

void TestImportMapping::initTestCase()
{
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("w.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    // A state government that shares its name with its capital: "Oaxaca" alone is then uncertain.
    Actor state;
    state.uid = QStringLiteral("org:oaxaca-state");
    state.kind = ActorKind::Institution;
    state.countryCode = QStringLiteral("MX");
    state.names.set(lang::En, QStringLiteral("Government of the State of Oaxaca"));
    state.aliases.append({QStringLiteral("Oaxaca"), QString()});
    state.institution.category = QStringLiteral("government");
    QVERIFY2(m_store->actors().save(state, &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
}

void TestImportMapping::suggestions_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("rank");

    QTest::newRow("en city") << "City" << "actor_name" << "" << 0;
    QTest::newRow("es city") << "Ciudad" << "actor_name" << "" << 0;
    QTest::newRow("zh city") << QString::fromUtf8("城市") << "actor_name" << "" << 0;
    QTest::newRow("es municipality") << "Nombre del municipio" << "actor_name" << "" << 0;
    QTest::newRow("en country") << "Country" << "country" << "" << 0;
    QTest::newRow("es country") << QString::fromUtf8("País") << "country" << "" << 0;
    QTest::newRow("zh country") << QString::fromUtf8("国家") << "country" << "" << 0;
    QTest::newRow("en priority 2") << "Priority 2" << "priority" << "" << 2;
    QTest::newRow("es priority 1") << "Prioridad 1" << "priority" << "" << 1;
    QTest::newRow("zh priority three") << QString::fromUtf8("优先事项三") << "priority" << "" << 3;
    QTest::newRow("en offer") << "What can your city offer?" << "offer" << "" << 0;
    QTest::newRow("es offer") << "Oferta" << "offer" << "" << 0;
    QTest::newRow("zh offer") << QString::fromUtf8("可提供的经验") << "offer" << "" << 0;
    QTest::newRow("en partner city") << "Partner city" << "interest_actor" << "" << 0;
    QTest::newRow("es partner city") << QString::fromUtf8("Ciudad de interés") << "interest_actor" << "" << 0;
    QTest::newRow("zh partner city") << QString::fromUtf8("感兴趣的城市") << "interest_actor" << "" << 0;
    QTest::newRow("en partner country") << "Partner country" << "interest_country" << "" << 0;
    QTest::newRow("es partner country") << QString::fromUtf8("País de interés") << "interest_country" << "" << 0;
    QTest::newRow("zh partner country") << QString::fromUtf8("感兴趣的国家") << "interest_country" << "" << 0;
    QTest::newRow("en contact") << "Contact e-mail" << "contact" << "" << 0;
    QTest::newRow("es contact") << "Correo de contacto" << "contact" << "" << 0;
    QTest::newRow("zh contact") << QString::fromUtf8("联系人") << "contact" << "" << 0;
    QTest::newRow("en date") << "Date" << "date" << "" << 0;
    QTest::newRow("es date") << "Marca temporal" << "date" << "" << 0;
    QTest::newRow("zh date") << QString::fromUtf8("日期") << "date" << "" << 0;
    QTest::newRow("en comments") << "Comments" << "free_text" << "" << 0;
    QTest::newRow("es comments") << "Observaciones" << "free_text" << "" << 0;
    QTest::newRow("zh comments") << QString::fromUtf8("备注") << "free_text" << "" << 0;
    QTest::newRow("en theme column") << "Heritage protection" << "priority" << "heritage_protection" << 0;
    QTest::newRow("es theme column") << QString::fromUtf8("Comercio electrónico") << "priority" << "e_commerce" << 0;
    QTest::newRow("zh theme column") << QString::fromUtf8("旅游发展") << "priority" << "tourism_development" << 0;
    QTest::newRow("offer with theme") << QString::fromUtf8("Oferta: Economía creativa") << "offer" << "creative_economy"
                                      << 0;
    QTest::newRow("unknown") << "Favourite colour" << "ignore" << "" << 0;
    QTest::newRow("empty") << "" << "ignore" << "" << 0;
}

void TestImportMapping::suggestions()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QFETCH(QString, theme);
    QFETCH(int, rank);
    const ColumnRule rule = MappingSuggester(m_data.themes).suggest(3, header);
    QCOMPARE(importFieldKey(rule.field), field);
    QCOMPARE(rule.themeKey, theme);
    QCOMPARE(rule.rank, rank);
    QCOMPARE(rule.column, 3);
    QCOMPARE(rule.header, header);
}

void TestImportMapping::onlyOneNameColumn()
{
    const ColumnMapping m = MappingSuggester(m_data.themes)
                                .suggestMapping({QStringLiteral("Ciudad"), QStringLiteral("City"), QStringLiteral("País")});
    QCOMPARE(m.rules.size(), 3);
    QCOMPARE(m.rules.at(0).field, ImportField::ActorName);
    QCOMPARE(m.rules.at(1).field, ImportField::Ignore);
    QCOMPARE(m.rules.at(2).field, ImportField::Country);
}

void TestImportMapping::jsonRoundTripAndAlign()
{
    ColumnMapping m = MappingSuggester(m_data.themes)
                          .suggestMapping({QStringLiteral("Ciudad"), QStringLiteral("Prioridad 2"),
                                           QString::fromUtf8("Protección del patrimonio")});
    m.sourceTitle = QStringLiteral("Encuesta");
    m.setChoice(QStringLiteral("San José"), QStringLiteral("skip"));
    const QString path = m_dir.filePath(QStringLiteral("mapping.json"));
    QString error;
    QVERIFY2(m.save(path, &error), qPrintable(error));
    ColumnMapping read;
    QVERIFY2(read.load(path, &error), qPrintable(error));
    QCOMPARE(read.toJson(), m.toJson());
    QCOMPARE(read.choiceFor(QStringLiteral("san jose")), QStringLiteral("skip"));
    QCOMPARE(read.ruleForColumn(1).rank, 2);

    // The next survey of the same form moved its columns: the rules follow their headers.
    read.alignTo({QString::fromUtf8("Protección del patrimonio"), QStringLiteral("Comentarios"), QStringLiteral("ciudad"),
                  QStringLiteral("Prioridad 2")});
    QCOMPARE(read.rulesFor(ImportField::ActorName).first().column, 2);
    QCOMPARE(read.rulesFor(ImportField::Priority).size(), 2);
    QCOMPARE(read.ruleForColumn(0).themeKey, QStringLiteral("heritage_protection"));
    QCOMPARE(read.ruleForColumn(3).rank, 2);
}

void TestImportMapping::malformedMappingIsRefused()
{
    QString error;
    ColumnMapping m;
    QVERIFY(!m.fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}, &error));
    QVERIFY(!error.isEmpty());
    QJsonObject bad{{QStringLiteral("format"), QStringLiteral("citybridge-import-mapping")},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("columns"), QJsonArray{QJsonObject{{QStringLiteral("column"), 0}}}}};
    error.clear();
    QVERIFY(!m.fromJson(bad, &error));
    QVERIFY(!error.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("junk.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\x00\x01{not json");
    f.close();
    QVERIFY(!m.load(path, &error));
}

void TestImportMapping::themeLookup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("en") << "tourism development" << "tourism_development";
    QTest::newRow("es accents dropped") << "Proteccion del Patrimonio" << "heritage_protection";
    QTest::newRow("zh") << QString::fromUtf8("电子商务") << "e_commerce";
    QTest::newRow("zh traditional") << QString::fromUtf8("電子商務") << "e_commerce";
    QTest::newRow("key") << "smes" << "smes";
    QTest::newRow("unknown") << "basket weaving" << "";
}

void TestImportMapping::themeLookup()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const Theme* theme = ThemeLookup(m_data.themes).find(text);
    QCOMPARE(theme ? theme->key : QString(), key);
}

void TestImportMapping::resolution_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("uid");

    QTest::newRow("es name") << QString::fromUtf8("Ciudad de México") << "" << "existing" << "city:mexico-city";
    QTest::newRow("en name") << "Mexico City" << "" << "existing" << "city:mexico-city";
    QTest::newRow("zh name") << QString::fromUtf8("墨西哥城") << "" << "existing" << "city:mexico-city";
    QTest::newRow("no accent") << "Ciudad de Mexico" << "MX" << "existing" << "city:mexico-city";
    QTest::newRow("zh traditional") << QString::fromUtf8("洛陽") << "" << "existing" << "city:luoyang";
    QTest::newRow("zh with shi") << QString::fromUtf8("洛阳市") << "CN" << "existing" << "city:luoyang";
    QTest::newRow("native alias") << QString::fromUtf8("Oaxaca de Juárez") << "" << "existing" << "city:oaxaca";
    QTest::newRow("city or state") << "Oaxaca" << "MX" << "uncertain" << "";
    QTest::newRow("gazetteer en") << "Chengdu" << "" << "new" << "";
    QTest::newRow("gazetteer zh") << QString::fromUtf8("西安") << "CN" << "new" << "";
    QTest::newRow("gazetteer es") << QString::fromUtf8("Mérida") << "MX" << "new" << "";
    QTest::newRow("several countries") << QString::fromUtf8("Mérida") << "" << "uncertain" << "";
    QTest::newRow("nothing") << "Robert'); DROP TABLE cities;--" << "" << "uncertain" << "";
}

void TestImportMapping::resolution()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(QString, status);
    QFETCH(QString, uid);
    const Resolution r = EntityResolver(m_data, Gazetteer::bundled()).resolve(name, country);
    const QString got = r.status == Resolution::Status::Existing    ? QStringLiteral("existing")
                        : r.status == Resolution::Status::NewCity   ? QStringLiteral("new")
                        : r.status == Resolution::Status::Uncertain ? QStringLiteral("uncertain")
                                                                    : QStringLiteral("other");
    QCOMPARE(got, status);
    QCOMPARE(r.actorUid, uid);
    if (status == QLatin1String("uncertain"))
        QVERIFY(!r.reason.isEmpty());
    if (status == QLatin1String("new")) {
        QVERIFY(r.entry.has_value());
        Actor city;
        r.entry->fillCity(city);
        QVERIFY(!city.names.exact(lang::En).isEmpty());
        QVERIFY(city.city.latitude.has_value());
        QVERIFY(city.city.population > 0);
        QVERIFY(!city.city.timezone.isEmpty());
    }
}

void TestImportMapping::choicesDecideUncertainNames()
{
    const EntityResolver resolver(m_data, Gazetteer::bundled());
    const Resolution oaxaca = resolver.resolve(QStringLiteral("Oaxaca"), QStringLiteral("MX"));
    QCOMPARE(oaxaca.candidates.size(), 2);
    QStringList choices;
    for (const ResolutionCandidate& c : oaxaca.candidates)
        choices << c.choice;
    QVERIFY(choices.contains(QStringLiteral("actor:city:oaxaca")));
    const Resolution chosen = resolver.resolve(QStringLiteral("Oaxaca"), QStringLiteral("MX"), QStringLiteral("actor:city:oaxaca"));
    QCOMPARE(chosen.status, Resolution::Status::Existing);
    QCOMPARE(chosen.actorUid, QStringLiteral("city:oaxaca"));

    const Resolution merida = resolver.resolve(QString::fromUtf8("Mérida"), QString());
    QVERIFY(merida.candidates.size() >= 2);
    const Resolution picked = resolver.resolve(QString::fromUtf8("Mérida"), QString(), QStringLiteral("geoname:3523349"));
    QCOMPARE(picked.status, Resolution::Status::NewCity);
    QCOMPARE(picked.entry->countryCode, QStringLiteral("MX"));
    QCOMPARE(resolver.resolve(QStringLiteral("x"), QString(), QStringLiteral("skip")).status, Resolution::Status::Skipped);
    QCOMPARE(resolver.resolve(QStringLiteral("x"), QString(), QStringLiteral("new")).status, Resolution::Status::NewActor);
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
