// SPDX-License-Identifier: GPL-3.0-or-later
// The interest map built from the bundled sample: markers, group arrows, partnerships by stage, proposals, and
// every part of the filter (theme and cluster, stage, country and region, date range), plus the two matrices.
#include "map/CityInterestMatrix.h"
#include "map/CityThemeMatrix.h"
#include "map/MapEvidence.h"
#include "map/MapFilter.h"
#include "map/MapSceneBuilder.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

const MapMarker* markerOf(const MapScene& scene, qint64 id)
{
    for (const MapMarker& m : scene.markers) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const MapArrow* arrowOf(const MapScene& scene, qint64 from, qint64 to)
{
    for (const MapArrow& a : scene.arrows) {
        if (a.fromId == from && a.toId == to)
            return &a;
    }
    return nullptr;
}

const MapArc* arcOf(const MapScene& scene, qint64 a, qint64 b, MapArc::Style style)
{
    for (const MapArc& arc : scene.arcs) {
        if (arc.style == style && ((arc.aId == a && arc.bId == b) || (arc.aId == b && arc.bId == a)))
            return &arc;
    }
    return nullptr;
}

} // namespace

class TestMapSceneBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void markersForEveryActiveCity();
    void groupInterestsAddUpFromTheirMembers();
    void labelsInTheRequestedLanguage_data();
    void labelsInTheRequestedLanguage();
    void partnershipStageOnTheLastDay_data();
    void partnershipStageOnTheLastDay();
    void themeFilter_data();
    void themeFilter();
    void stageFilterKeepsOnlyThatStage();
    void placeFilterKeepsLinksWithOneEndThere_data();
    void placeFilterKeepsLinksWithOneEndThere();
    void dateRangeDropsLaterEvidence();
    void proposalsAreDashedArcs();
    void tooltipsNameThreeLanguagesAndCounts();
    void findTheme_data();
    void findTheme();
    void setPlace_data();
    void setPlace();
    void themeMatrix();
    void interestMatrix();

private:
    ActorId id(const QString& uid) const;
    GroupId group(const QString& uid) const;
    ThemeId theme(const QString& key) const { return m_data.themeByKey(key) ? m_data.themeByKey(key)->id : 0; }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
};

void TestMapSceneBuilder::initTestCase()
{
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("sample.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
}

ActorId TestMapSceneBuilder::id(const QString& uid) const
{
    for (const Actor& a : m_data.actors) {
        if (a.uid == uid)
            return a.id;
    }
    qFatal("no actor %s", qPrintable(uid));
}

GroupId TestMapSceneBuilder::group(const QString& uid) const
{
    for (const RespondentGroup& g : m_data.groups) {
        if (g.uid == uid)
            return g.id;
    }
    qFatal("no group %s", qPrintable(uid));
}

void TestMapSceneBuilder::markersForEveryActiveCity()
{
    const MapScene scene = MapSceneBuilder::build(m_data, MapFilter(), MapSceneOptions());
    int cities = 0;
    for (const Actor& a : m_data.actors)
        cities += a.isCity() ? 1 : 0;
    int cityMarkers = 0;
    for (const MapMarker& m : scene.markers) {
        if (m.group)
            continue;
        ++cityMarkers;
        const Actor* a = m_data.actor(m.id);
        QVERIFY(a && a->isCity());
        QCOMPARE(m.longitude, *a->city.longitude);
        QCOMPARE(m.colorGroup, m_data.country(a->countryCode)->region);
        QVERIFY(m.weight >= 1.0);
    }
    // Without a theme or dates every city shows, even one with nothing said yet; institutions have no place.
    QCOMPARE(cityMarkers, cities);
    MapFilter tourism;
    tourism.theme = theme(QStringLiteral("tourism_development"));
    QVERIFY(MapSceneBuilder::build(m_data, tourism, MapSceneOptions()).markers.size() < scene.markers.size());
    const MapMarker* luoyang = markerOf(scene, id(QStringLiteral("city:luoyang")));
    const MapMarker* venice = markerOf(scene, id(QStringLiteral("city:venice")));
    QVERIFY(luoyang && venice);
    QVERIFY2(luoyang->weight > 3 * venice->weight, "the most talked-about city has the biggest marker");
    QCOMPARE(scene.groupLabels.value(QStringLiteral("Asia")), QStringLiteral("Asia"));
    QVERIFY(!scene.title.isEmpty());
    QVERIFY(scene.attribution.contains(QStringLiteral("Natural Earth")));
}

void TestMapSceneBuilder::groupInterestsAddUpFromTheirMembers()
{
    const MapScene scene = MapSceneBuilder::build(m_data, MapFilter(), MapSceneOptions());
    const qint64 ring = MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:tsoc-survey-mx")));
    const MapMarker* anchor = markerOf(scene, ring);
    QVERIFY(anchor);
    QVERIFY(anchor->group);
    // The ring stands among the twelve Mexican participants: central Mexico.
    QVERIFY2(anchor->longitude > -104 && anchor->longitude < -96, qPrintable(QString::number(anchor->longitude)));
    QVERIFY2(anchor->latitude > 18 && anchor->latitude < 23, qPrintable(QString::number(anchor->latitude)));
    const MapArrow* toLuoyang = arrowOf(scene, ring, id(QStringLiteral("city:luoyang")));
    QVERIFY(toLuoyang);
    QCOMPARE(toLuoyang->strength, 4.0);
    QCOMPARE(toLuoyang->label, QStringLiteral("×4"));
    const MapArrow* toAnyang = arrowOf(scene, ring, id(QStringLiteral("city:anyang")));
    QVERIFY(toAnyang);
    QCOMPARE(toAnyang->strength, 2.0);
    // One voice has no count label; interests in institutions and whole countries draw no arrow.
    const MapArrow* toBeijing = arrowOf(scene, ring, id(QStringLiteral("city:beijing")));
    QVERIFY(toBeijing);
    QVERIFY(toBeijing->label.isEmpty());
    QVERIFY(!arrowOf(scene, ring, id(QStringLiteral("inst:unossc"))));
    // The Uzbek survey has no member city: its ring stands among the Uzbek cities of the workspace.
    const MapMarker* uzbek = markerOf(scene, MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:uzbek-training-survey"))));
    QVERIFY(uzbek);
    QVERIFY(uzbek->longitude > 60 && uzbek->longitude < 70);
    // Direct interests both ways between Mexico City and Luoyang.
    QVERIFY(arrowOf(scene, id(QStringLiteral("city:mexico-city")), id(QStringLiteral("city:luoyang"))));
    QVERIFY(arrowOf(scene, id(QStringLiteral("city:luoyang")), id(QStringLiteral("city:mexico-city"))));
    for (const MapArrow& a : scene.arrows)
        QVERIFY2(markerOf(scene, a.fromId) && markerOf(scene, a.toId), "every arrow ends at markers");
}

void TestMapSceneBuilder::labelsInTheRequestedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("mexicoCity");
    QTest::addColumn<QString>("luoyang");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Mexico City") << QStringLiteral("Luoyang");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("墨西哥城") << QStringLiteral("洛阳");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("墨西哥城") << QStringLiteral("洛阳");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Ciudad de México") << QStringLiteral("Luoyang");
}

void TestMapSceneBuilder::labelsInTheRequestedLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, mexicoCity);
    QFETCH(QString, luoyang);
    MapSceneOptions options;
    options.language = language;
    const MapScene scene = MapSceneBuilder::build(m_data, MapFilter(), options);
    QCOMPARE(markerOf(scene, id(QStringLiteral("city:mexico-city")))->label, mexicoCity);
    QCOMPARE(markerOf(scene, id(QStringLiteral("city:luoyang")))->label, luoyang);
    QCOMPARE(scene.labelLanguage, lang::normalize(language));
}

void TestMapSceneBuilder::partnershipStageOnTheLastDay_data()
{
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("stage");
    QTest::newRow("all evidence") << QDate() << QStringLiteral("exploratory_exchange");
    QTest::newRow("after the survey") << QDate(2021, 6, 30) << QStringLiteral("candidate");
    QTest::newRow("before it began") << QDate(2020, 6, 1) << QString();
}

void TestMapSceneBuilder::partnershipStageOnTheLastDay()
{
    QFETCH(QDate, to);
    QFETCH(QString, stage);
    MapFilter filter;
    filter.to = to;
    const MapScene scene = MapSceneBuilder::build(m_data, filter, MapSceneOptions());
    const MapArc* arc = arcOf(scene, id(QStringLiteral("city:mexico-city")), id(QStringLiteral("city:luoyang")),
                              MapArc::Style::Partnership);
    if (stage.isEmpty()) {
        QVERIFY(!arc);
        return;
    }
    QVERIFY(arc);
    QCOMPARE(arc->stageKey, stage);
    QVERIFY(arc->tooltip.contains(partnershipStageName(stage)));
}

void TestMapSceneBuilder::themeFilter_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("mexicoToLuoyang"); // 2022: cultural exchange, social protection
    QTest::addColumn<bool>("luoyangToMexico"); // 2022: trade, technology, education, tourism
    QTest::addColumn<bool>("uzbekToBeijing");  // no theme named
    QTest::newRow("any") << QString() << true << true << true;
    QTest::newRow("tourism") << QStringLiteral("tourism_development") << false << true << false;
    QTest::newRow("cluster") << QStringLiteral("tourism_heritage_creative") << true << true << false;
    QTest::newRow("education") << QStringLiteral("education") << false << true << false;
}

void TestMapSceneBuilder::themeFilter()
{
    QFETCH(QString, theme);
    QFETCH(bool, mexicoToLuoyang);
    QFETCH(bool, luoyangToMexico);
    QFETCH(bool, uzbekToBeijing);
    MapFilter filter;
    filter.theme = theme.isEmpty() ? 0 : this->theme(theme);
    QVERIFY(theme.isEmpty() || filter.theme != 0);
    const MapScene scene = MapSceneBuilder::build(m_data, filter, MapSceneOptions());
    const ActorId mexico = id(QStringLiteral("city:mexico-city"));
    const ActorId luoyang = id(QStringLiteral("city:luoyang"));
    QCOMPARE(arrowOf(scene, mexico, luoyang) != nullptr, mexicoToLuoyang);
    QCOMPARE(arrowOf(scene, luoyang, mexico) != nullptr, luoyangToMexico);
    const qint64 uzbek = MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:uzbek-training-survey")));
    QCOMPARE(arrowOf(scene, uzbek, id(QStringLiteral("city:beijing"))) != nullptr, uzbekToBeijing);
    if (!theme.isEmpty()) {
        QVERIFY(scene.title.contains(m_data.themeName(filter.theme, lang::En)));
        // The survey's tourism and trade wishes pass tourism and its cluster, not education.
        const qint64 ring = MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:tsoc-survey-mx")));
        QCOMPARE(arrowOf(scene, ring, luoyang) != nullptr, theme != QLatin1String("education"));
        // Cities without evidence on the theme and no link drop out.
        QVERIFY(scene.markers.size() < MapSceneBuilder::build(m_data, MapFilter(), MapSceneOptions()).markers.size());
    }
}

void TestMapSceneBuilder::stageFilterKeepsOnlyThatStage()
{
    MapFilter filter;
    filter.stage = stage::Active;
    const MapScene scene = MapSceneBuilder::build(m_data, filter, MapSceneOptions());
    int partnerships = 0;
    for (const MapArc& arc : scene.arcs) {
        if (arc.style == MapArc::Style::Partnership) {
            ++partnerships;
            QCOMPARE(arc.stageKey, stage::Active);
        }
    }
    QCOMPARE(partnerships, 1); // Henan – Banjul
    QVERIFY(arcOf(scene, id(QStringLiteral("city:henan")), id(QStringLiteral("city:banjul")), MapArc::Style::Partnership));
    QVERIFY(!arcOf(scene, id(QStringLiteral("city:mexico-city")), id(QStringLiteral("city:luoyang")),
                   MapArc::Style::Partnership));
}

void TestMapSceneBuilder::placeFilterKeepsLinksWithOneEndThere_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("Mexico") << QStringLiteral("MX")
                            << QStringList{QStringLiteral("city:mexico-city"), QStringLiteral("city:luoyang"),
                                           QStringLiteral("city:campeche")}
                            << QStringList{QStringLiteral("city:tashkent"), QStringLiteral("city:venice"),
                                           QStringLiteral("city:xiamen")};
    QTest::newRow("Uzbekistan") << QStringLiteral("Uzbekistan")
                                << QStringList{QStringLiteral("city:tashkent"), QStringLiteral("city:beijing")}
                                << QStringList{QStringLiteral("city:mexico-city"), QStringLiteral("city:venice")};
    QTest::newRow("Europe") << QStringLiteral("Europe")
                            << QStringList{QStringLiteral("city:venice"), QStringLiteral("city:barcelona")}
                            << QStringList{QStringLiteral("city:tashkent"), QStringLiteral("city:xiamen")};
}

void TestMapSceneBuilder::placeFilterKeepsLinksWithOneEndThere()
{
    QFETCH(QString, place);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    MapFilter filter;
    QString error;
    QVERIFY2(filter.setPlace(m_data, place, &error), qPrintable(error));
    const MapScene scene = MapSceneBuilder::build(m_data, filter, MapSceneOptions());
    for (const QString& uid : present)
        QVERIFY2(markerOf(scene, id(uid)), qPrintable(uid));
    for (const QString& uid : absent)
        QVERIFY2(!markerOf(scene, id(uid)), qPrintable(uid));
    for (const MapArrow& a : scene.arrows) {
        const bool fromThere = a.fromId > 0 ? filter.matchesPlace(m_data, a.fromId) : true;
        QVERIFY(fromThere || filter.matchesPlace(m_data, a.toId));
    }
}

void TestMapSceneBuilder::dateRangeDropsLaterEvidence()
{
    MapFilter filter;
    filter.to = QDate(2020, 12, 31);
    const MapScene before = MapSceneBuilder::build(m_data, filter, MapSceneOptions());
    const ActorId mexico = id(QStringLiteral("city:mexico-city"));
    const ActorId luoyang = id(QStringLiteral("city:luoyang"));
    QVERIFY(!arrowOf(before, luoyang, mexico)); // said in February 2022
    QVERIFY(arrowOf(before, MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:tsoc-survey-mx"))), luoyang));
    QVERIFY(before.title.contains(QStringLiteral("2020-12-31")));
    filter.to = QDate();
    filter.from = QDate(2022, 1, 1);
    const MapScene after = MapSceneBuilder::build(m_data, filter, MapSceneOptions());
    QVERIFY(arrowOf(after, luoyang, mexico));
    QVERIFY(!arrowOf(after, MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:tsoc-survey-mx"))), luoyang));
    QVERIFY(MapFilter().matchesDate(QDate()));
    MapFilter range;
    range.from = QDate(2021, 1, 1);
    range.to = QDate(2021, 12, 31);
    QVERIFY(range.matchesDate(QDate(2021, 5, 5)));
    QVERIFY(!range.matchesDate(QDate(2020, 12, 31)));
    QVERIFY(!range.matchesDate(QDate(2022, 1, 1)));
    QVERIFY2(range.matchesDate(QDate()), "undated evidence passes, as in the matcher");
}

void TestMapSceneBuilder::proposalsAreDashedArcs()
{
    MapSceneOptions options;
    const ActorId dunhuang = id(QStringLiteral("city:dunhuang"));
    const ActorId oaxaca = id(QStringLiteral("city:oaxaca"));
    const ActorId mexico = id(QStringLiteral("city:mexico-city"));
    const ActorId luoyang = id(QStringLiteral("city:luoyang"));
    options.proposals = {MapProposal{dunhuang, oaxaca, 0.61}, MapProposal{mexico, luoyang, 0.9},
                         MapProposal{dunhuang, 999999, 0.5}};
    const MapScene scene = MapSceneBuilder::build(m_data, MapFilter(), options);
    const MapArc* arc = arcOf(scene, dunhuang, oaxaca, MapArc::Style::Proposal);
    QVERIFY(arc);
    QVERIFY(arc->tooltip.contains(QStringLiteral("0.61")));
    // A pair already in the pipeline is drawn as its partnership, not again as a proposal; unknown ids drop.
    QVERIFY(!arcOf(scene, mexico, luoyang, MapArc::Style::Proposal));
    QVERIFY(!arcOf(scene, dunhuang, 999999, MapArc::Style::Proposal));
}

void TestMapSceneBuilder::tooltipsNameThreeLanguagesAndCounts()
{
    MapSceneOptions options;
    options.language = lang::Es;
    const MapScene scene = MapSceneBuilder::build(m_data, MapFilter(), options);
    const QString tip = markerOf(scene, id(QStringLiteral("city:mexico-city")))->tooltip;
    QVERIFY2(tip.contains(QStringLiteral("Ciudad de México")) && tip.contains(QStringLiteral("Mexico City"))
                 && tip.contains(QStringLiteral("墨西哥城")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Interests expressed: 2, received: 1")), qPrintable(tip));
    QVERIFY2(tip.contains(m_data.themeName(theme(QStringLiteral("transport_mobility")), lang::Es)), qPrintable(tip));
    const QString arrowTip =
        arrowOf(scene, MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:tsoc-survey-mx"))), id(QStringLiteral("city:luoyang")))
            ->tooltip;
    QVERIFY2(arrowTip.contains(QStringLiteral("4")), qPrintable(arrowTip));
}

void TestMapSceneBuilder::findTheme_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key"); // empty: not found or ambiguous
    QTest::newRow("word") << QStringLiteral("tourism") << QStringLiteral("tourism_development");
    QTest::newRow("key") << QStringLiteral("tourism_heritage_creative") << QStringLiteral("tourism_heritage_creative");
    QTest::newRow("name") << QStringLiteral("Tourism Development") << QStringLiteral("tourism_development");
    QTest::newRow("chinese name") << m_data.themeName(theme(QStringLiteral("heritage_protection")), lang::Zh)
                                  << QStringLiteral("heritage_protection");
    QTest::newRow("unknown") << QStringLiteral("astronomy") << QString();
    QTest::newRow("ambiguous") << QStringLiteral("digital") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestMapSceneBuilder::findTheme()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QString error;
    const ThemeId found = MapFilter::findTheme(m_data, text, &error);
    if (key.isEmpty()) {
        QCOMPARE(found, ThemeId(0));
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(found, theme(key));
    }
}

void TestMapSceneBuilder::setPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("ok");
    QTest::newRow("code") << QStringLiteral("mx") << QStringLiteral("MX") << QString() << true;
    QTest::newRow("chinese") << QStringLiteral("墨西哥") << QStringLiteral("MX") << QString() << true;
    QTest::newRow("spanish") << QStringLiteral("México") << QStringLiteral("MX") << QString() << true;
    QTest::newRow("region") << QStringLiteral("americas") << QString() << QStringLiteral("Americas") << true;
    QTest::newRow("nowhere") << QStringLiteral("Atlantis") << QString() << QString() << false;
}

void TestMapSceneBuilder::setPlace()
{
    QFETCH(QString, text);
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(bool, ok);
    MapFilter filter;
    QString error;
    QCOMPARE(filter.setPlace(m_data, text, &error), ok);
    QCOMPARE(filter.country, country);
    QCOMPARE(filter.region, region);
    QCOMPARE(error.isEmpty(), ok);
}

void TestMapSceneBuilder::themeMatrix()
{
    MapFilter filter;
    filter.theme = theme(QStringLiteral("tourism_heritage_creative"));
    const MapEvidence evidence(m_data, filter);
    const CityThemeMatrix m = CityThemeMatrix::build(evidence);
    QCOMPARE(m.priorities.size(), m.rows() * m.columns());
    const QSet<ThemeId> selected = filter.selectedThemes(m_data);
    for (const ThemeId t : m.themes)
        QVERIFY(selected.contains(t));
    const int luoyang = m.cities.indexOf(id(QStringLiteral("city:luoyang")));
    const int tourism = m.themes.indexOf(theme(QStringLiteral("tourism_development")));
    QVERIFY(luoyang >= 0 && tourism >= 0);
    QCOMPARE(m.priority(luoyang, tourism), 0.8); // wants more tourism (2022) ...
    QCOMPARE(m.offer(luoyang, tourism), 1.0);    // ... and has its own to show (2020)
    // Guanajuato said nothing itself: the survey's 8 of 10 respondents put tourism first.
    const int guanajuato = m.cities.indexOf(id(QStringLiteral("city:guanajuato")));
    QVERIFY(guanajuato >= 0);
    QCOMPARE(m.priority(guanajuato, tourism), 0.8);
    const MatrixTable table = m.toTable(m_data, lang::Zh, QStringLiteral("t"));
    QCOMPARE(table.rows(), m.rows());
    QCOMPARE(table.layers.size(), 2);
    QVERIFY(table.rowLabels.contains(QStringLiteral("洛阳")));
}

void TestMapSceneBuilder::interestMatrix()
{
    const MapEvidence evidence(m_data, MapFilter());
    const CityInterestMatrix m = CityInterestMatrix::build(evidence);
    const int survey = m.rows.indexOf(MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:tsoc-survey-mx"))));
    const int mexico = m.rows.indexOf(id(QStringLiteral("city:mexico-city")));
    const int luoyang = m.columns.indexOf(id(QStringLiteral("city:luoyang")));
    QVERIFY(survey >= 0 && mexico >= 0 && luoyang >= 0);
    QCOMPARE(m.count(survey, luoyang), 4);
    QCOMPARE(m.count(mexico, luoyang), 1);
    for (const ActorId c : m.columns)
        QVERIFY2(m_data.actor(c)->isCity(), "institutions are no columns");
    QCOMPARE(CityInterestMatrix::rowName(m_data, m.rows.at(survey), lang::En), QStringLiteral("Survey: Mexico"));
    MapFilter tourism;
    tourism.theme = theme(QStringLiteral("tourism_development"));
    const CityInterestMatrix t = CityInterestMatrix::build(MapEvidence(m_data, tourism));
    const int tMexico = t.rows.indexOf(id(QStringLiteral("city:mexico-city")));
    const int tLuoyang = t.columns.indexOf(id(QStringLiteral("city:luoyang")));
    QVERIFY(tLuoyang >= 0);
    QCOMPARE(t.count(t.rows.indexOf(MapSceneBuilder::groupMarkerId(group(QStringLiteral("group:tsoc-survey-mx")))), tLuoyang), 4);
    // Mexico City's own wish named cultural exchange and social protection, not tourism.
    QVERIFY(tMexico < 0 || t.count(tMexico, tLuoyang) == 0);
}

QTEST_GUILESS_MAIN(TestMapSceneBuilder)
#include "tst_mapscenebuilder.moc"
