// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of drafts before they are written: each rule reports on its own field, in a table of cases, and a
// name that an existing actor already carries (in any script or spelling) is reported with that actor.
#include "editing/Validation.h"
#include "workspace/WorkspaceData.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace cb;

namespace {

WorkspaceData sampleData()
{
    WorkspaceData d;
    Country cn;
    cn.code = QStringLiteral("CN");
    cn.names.set(lang::En, QStringLiteral("China"));
    Country mx;
    mx.code = QStringLiteral("MX");
    mx.names.set(lang::En, QStringLiteral("Mexico"));
    d.countries = {cn, mx};
    Theme t;
    t.id = 5;
    t.key = QStringLiteral("tourism_development");
    d.themes = {t};
    Source s;
    s.id = 9;
    s.uid = QStringLiteral("src:s");
    d.sources = {s};
    Actor luoyang;
    luoyang.id = 1;
    luoyang.uid = QStringLiteral("city:luoyang");
    luoyang.countryCode = QStringLiteral("CN");
    luoyang.names = {{lang::En, QStringLiteral("Luoyang")}, {lang::Zh, QStringLiteral("洛阳")}};
    luoyang.aliases = {{QStringLiteral("Loyang"), QString()}};
    Actor mexico;
    mexico.id = 2;
    mexico.uid = QStringLiteral("city:mexico-city");
    mexico.countryCode = QStringLiteral("MX");
    mexico.names = {{lang::En, QStringLiteral("Mexico City")}, {lang::Es, QStringLiteral("Ciudad de México")}};
    Actor unossc;
    unossc.id = 3;
    unossc.kind = ActorKind::Institution;
    unossc.uid = QStringLiteral("org:unossc");
    unossc.names = {{lang::En, QStringLiteral("UNOSSC")}};
    d.actors = {luoyang, mexico, unossc};
    d.reindex();
    return d;
}

Actor validCity()
{
    Actor a;
    a.kind = ActorKind::City;
    a.countryCode = QStringLiteral("MX");
    a.names.set(lang::En, QStringLiteral("Puebla"));
    a.city.latitude = 19.04;
    a.city.longitude = -98.2;
    a.city.timezone = QStringLiteral("America/Mexico_City");
    return a;
}

} // namespace

class TestEditValidation : public QObject
{
    Q_OBJECT

private slots:
    void validCityPasses();
    void actorRules_data();
    void actorRules();
    void duplicateCity_data();
    void duplicateCity();
    void duplicateCanBeConfirmed();
    void editingAnActorDoesNotMatchItself();
    void institutionRules();
    void statementRules();
    void interestRules();
    void eventRules();
};

void TestEditValidation::validCityPasses()
{
    const ValidationResult r = validateActor(validCity(), sampleData());
    QVERIFY2(r.isValid(), qPrintable(r.summary()));
    QVERIFY(r.duplicates.isEmpty());
}

void TestEditValidation::actorRules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("no English name") << "name" << field::NameEn;
    QTest::newRow("no country") << "country" << field::Country;
    QTest::newRow("unknown country") << "country-zz" << field::Country;
    QTest::newRow("latitude 91") << "lat91" << field::Latitude;
    QTest::newRow("latitude -90.5") << "lat-90.5" << field::Latitude;
    QTest::newRow("longitude 180.1") << "lon180.1" << field::Longitude;
    QTest::newRow("longitude NaN") << "lonnan" << field::Longitude;
    QTest::newRow("latitude without longitude") << "latonly" << field::Longitude;
    QTest::newRow("negative population") << "pop" << field::Population;
    QTest::newRow("unknown time zone") << "tz" << field::Timezone;
    QTest::newRow("parent is itself") << "parent" << field::Parent;
}

void TestEditValidation::actorRules()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    Actor a = validCity();
    a.id = 77;
    if (change == QLatin1String("name"))
        a.names.set(lang::En, QStringLiteral("  "));
    else if (change == QLatin1String("country"))
        a.countryCode.clear();
    else if (change == QLatin1String("country-zz"))
        a.countryCode = QStringLiteral("ZZ");
    else if (change == QLatin1String("lat91"))
        a.city.latitude = 91.0;
    else if (change == QLatin1String("lat-90.5"))
        a.city.latitude = -90.5;
    else if (change == QLatin1String("lon180.1"))
        a.city.longitude = 180.1;
    else if (change == QLatin1String("lonnan"))
        a.city.longitude = std::numeric_limits<double>::quiet_NaN();
    else if (change == QLatin1String("latonly"))
        a.city.longitude.reset();
    else if (change == QLatin1String("pop"))
        a.city.population = -1;
    else if (change == QLatin1String("tz"))
        a.city.timezone = QStringLiteral("Mars/Olympus_Mons");
    else if (change == QLatin1String("parent"))
        a.parentId = 77;
    const ValidationResult r = validateActor(a, sampleData());
    QVERIFY(!r.isValid());
    QVERIFY2(r.has(field), qPrintable(r.summary()));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(!r.message(field).isEmpty());
}

void TestEditValidation::duplicateCity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<qint64>("existing");
    QTest::newRow("same name other case") << "LUOYANG" << "" << qint64(1);
    QTest::newRow("spaced") << "Luo Yang" << "" << qint64(1);
    QTest::newRow("traditional Chinese alias") << "Somewhere" << "洛陽市" << qint64(1);
    QTest::newRow("existing alias") << "Loyang" << "" << qint64(1);
    QTest::newRow("Spanish name without accent") << "Ciudad de Mexico" << "" << qint64(2);
}

void TestEditValidation::duplicateCity()
{
    QFETCH(QString, name);
    QFETCH(QString, alias);
    QFETCH(qint64, existing);
    Actor a = validCity();
    a.names.set(lang::En, name);
    if (!alias.isEmpty())
        a.aliases.append({alias, lang::Zh});
    const ValidationResult r = validateActor(a, sampleData());
    QCOMPARE(r.duplicates, QList<ActorId>{existing});
    QVERIFY(r.has(field::NameEn));
    QVERIFY(r.message(field::NameEn).contains(sampleData().actor(existing)->names.value(lang::En)));
}

void TestEditValidation::duplicateCanBeConfirmed()
{
    Actor a = validCity();
    a.names.set(lang::En, QStringLiteral("Luoyang"));
    const ValidationResult r = validateActor(a, sampleData(), true);
    QVERIFY(r.isValid());
    QCOMPARE(r.duplicates, QList<ActorId>{1});
    // Institutions are not cities: an institution named like a city is no duplicate of it.
    Actor org;
    org.kind = ActorKind::Institution;
    org.names.set(lang::En, QStringLiteral("Luoyang"));
    QVERIFY(validateActor(org, sampleData()).duplicates.isEmpty());
}

void TestEditValidation::editingAnActorDoesNotMatchItself()
{
    Actor luoyang = *sampleData().actor(1);
    luoyang.city.population = 1390581;
    const ValidationResult r = validateActor(luoyang, sampleData());
    QVERIFY2(r.isValid(), qPrintable(r.summary()));
}

void TestEditValidation::institutionRules()
{
    Actor org;
    org.kind = ActorKind::Institution;
    org.names.set(lang::En, QStringLiteral("WHITRAP"));
    QVERIFY(validateActor(org, sampleData()).isValid()); // no country needed
    org.institution.category = QStringLiteral("secret_society");
    QVERIFY(validateActor(org, sampleData()).has(field::Category));
    org.institution.category = QStringLiteral("training_institute");
    org.institution.website = QStringLiteral("ftp://whitrap.org");
    QVERIFY(validateActor(org, sampleData()).has(field::Website));
    org.institution.website = QStringLiteral("https://www.whitr-ap.org/");
    QVERIFY(validateActor(org, sampleData()).isValid());
    org.names.set(lang::En, QStringLiteral("unossc"));
    QCOMPARE(validateActor(org, sampleData()).duplicates, QList<ActorId>{3});
}

void TestEditValidation::statementRules()
{
    const WorkspaceData d = sampleData();
    Statement s{0, StatementKind::Priority, 1, 0, 5, 0.6, 0, 9, QDate(2021, 1, 1), {}};
    QVERIFY(validateStatement(s, d).isValid());
    Statement bad = s;
    bad.weight = 1.2;
    QVERIFY(validateStatement(bad, d).has(field::Weight));
    bad.weight = -0.1;
    QVERIFY(validateStatement(bad, d).has(field::Weight));
    bad = s;
    bad.sourceId = 0;
    QVERIFY(validateStatement(bad, d).has(field::Source));
    bad = s;
    bad.themeId = 42;
    QVERIFY(validateStatement(bad, d).has(field::Theme));
    bad = s;
    bad.actorId = 99;
    QVERIFY(validateStatement(bad, d).has(field::Actor));
    bad = s;
    bad.date = QDate::currentDate().addDays(3);
    QVERIFY(validateStatement(bad, d).has(field::Date));
}

void TestEditValidation::interestRules()
{
    const WorkspaceData d = sampleData();
    Interest i{0, 2, 0, 1, {}, 0.8, 0, {5}, 9, QDate(2021, 1, 1), {}};
    QVERIFY(validateInterest(i, d).isValid());
    Interest self = i;
    self.toActorId = 2;
    const ValidationResult r = validateInterest(self, d);
    QVERIFY(r.has(field::Target));
    QVERIFY(r.message(field::Target).contains(QStringLiteral("itself")));
    Interest both = i;
    both.toCountry = QStringLiteral("CN");
    QVERIFY(validateInterest(both, d).has(field::Target));
    Interest country = i;
    country.toActorId = 0;
    country.toCountry = QStringLiteral("CN");
    QVERIFY(validateInterest(country, d).isValid());
    country.toCountry = QStringLiteral("ZZ");
    QVERIFY(validateInterest(country, d).has(field::Target));
    Interest strong = i;
    strong.strength = 2.0;
    QVERIFY(validateInterest(strong, d).has(field::Strength));
    Interest unsourced = i;
    unsourced.sourceId = 0;
    QVERIFY(validateInterest(unsourced, d).has(field::Source));
}

void TestEditValidation::eventRules()
{
    const WorkspaceData d = sampleData();
    Event e;
    e.kind = QStringLiteral("webinar");
    e.titles.set(lang::En, QStringLiteral("Webinar"));
    e.date = QDate(2021, 3, 15);
    e.participations = {{0, 0, 1, QStringLiteral("speaker"), {}, {}, 0}, {0, 0, 2, QStringLiteral("speaker"), {}, {}, 0}};
    QVERIFY(validateEvent(e, d).isValid());
    Event bad = e;
    bad.titles = LocalizedText{{lang::Zh, QStringLiteral("网络研讨会")}};
    QVERIFY(validateEvent(bad, d).has(field::Title));
    bad = e;
    bad.kind = QStringLiteral("party");
    QVERIFY(validateEvent(bad, d).has(field::Kind));
    bad = e;
    bad.date = QDate();
    QVERIFY(validateEvent(bad, d).has(field::Date));
    bad = e;
    bad.endDate = QDate(2021, 3, 14);
    QVERIFY(validateEvent(bad, d).has(field::EndDate));
    bad = e;
    bad.participations[1].actorId = 1;
    QVERIFY(validateEvent(bad, d).has(field::Participations));
    bad = e;
    bad.participations[1].role = QStringLiteral("juggler");
    QVERIFY(validateEvent(bad, d).has(field::Participations));
    QVERIFY(validateParticipation(bad.participations[1], d).has(field::Role));
}

QTEST_GUILESS_MAIN(TestEditValidation)
#include "tst_editvalidation.moc"
