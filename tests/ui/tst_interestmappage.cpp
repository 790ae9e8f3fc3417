// SPDX-License-Identifier: GPL-3.0-or-later
// The interest map page on the bundled sample: models checked by QAbstractItemModelTester, filters, clicks that set
// the shared selection and a selection that the map and the matrices follow, proposals, live language switch,
// exports, and screenshots in three languages for a human look (CB_SCREENSHOT_DIR).
#include "i18n/Translations.h"
#include "map/MapHitTest.h"
#include "map/MapSceneBuilder.h"
#include "map/GreatCircle.h"
#include "map/CityThemeMatrix.h"
#include "storage/SqliteWorkspaceStore.h"
#include "map/CityInterestMatrixModel.h"
#include "map/CityThemeMatrixModel.h"
#include "map/InterestMapPage.h"
#include "map/MapFilterBar.h"
#include "map/MapPanel.h"
#include "map/MapView.h"
#include "map/MatrixPanel.h"
#include "map/MatrixRoles.h"
#include "workspace/SampleImporter.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QImageReader>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestInterestMapPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildsFromTheDocument();
    void modelsPassTheTester();
    void themeFilterNarrowsEverything();
    void clickingACityActivatesIt();
    void clickingALinkSelectsThePair();
    void followsTheSharedSelection();
    void matrixClicksSetTheSelection();
    void proposalsBecomeDashedArcs();
    void layerSwitchesSurviveARebuild();
    void labelsSwitchLanguageAtOnce();
    void exportsEachTab();
    void screenshots();

private:
    ActorId id(const QString& uid) const;
    QTemporaryDir m_dir;
    QString m_path;
    WorkspaceDocument* m_document = nullptr;
    InterestMapPage* m_page = nullptr;
};

void TestInterestMapPage::initTestCase()
{
    QString error;
    m_path = m_dir.filePath(QStringLiteral("sample.citybridge"));
    auto store = SqliteWorkspaceStore::create(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    installLanguage(QStringLiteral("en"));
}

void TestInterestMapPage::init()
{
    m_document = new WorkspaceDocument;
    QString error;
    QVERIFY2(m_document->open(m_path, &error), qPrintable(error));
    m_page = new InterestMapPage(m_document);
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestInterestMapPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_document;
    m_document = nullptr;
    installLanguage(QStringLiteral("en"));
}

ActorId TestInterestMapPage::id(const QString& uid) const
{
    for (const Actor& a : m_document->data().actors) {
        if (a.uid == uid)
            return a.id;
    }
    return 0;
}

void TestInterestMapPage::buildsFromTheDocument()
{
    QVERIFY(m_page->scene().markers.size() > 40);
    QVERIFY(!m_page->scene().arrows.isEmpty());
    QVERIFY(m_page->themeMatrixModel()->rowCount() > 10);
    QVERIFY(m_page->interestMatrixModel()->rowCount() > 3);
    // A page made before any workspace is open, then given one, shows it too.
    WorkspaceDocument empty;
    InterestMapPage page(&empty);
    QVERIFY(page.scene().markers.isEmpty());
    QString error;
    QVERIFY(empty.open(m_path, &error));
    QVERIFY(page.scene().markers.size() > 40);
    QVERIFY(m_document->reload(&error)); // dataChanged rebuilds without losing anything
    QVERIFY(m_page->scene().markers.size() > 40);
}

void TestInterestMapPage::modelsPassTheTester()
{
    QAbstractItemModelTester themes(m_page->themeMatrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester interests(m_page->interestMatrixModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester themeProxy(m_page->themeMatrixPanel()->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester interestProxy(m_page->interestMatrixPanel()->proxy(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rebuilds, sorting and searching under the testers.
    MapFilter filter;
    filter.theme = m_document->data().themeByKey(QStringLiteral("tourism_development"))->id;
    m_page->setFilter(filter);
    m_page->setFilter(MapFilter());
    m_page->themeMatrixPanel()->view()->sortByColumn(3, Qt::DescendingOrder);
    m_page->interestMatrixPanel()->view()->sortByColumn(CityInterestMatrixModel::TotalColumn, Qt::DescendingOrder);
    m_page->themeMatrixPanel()->proxy()->setFilterFixedString(QStringLiteral("lu"));
    QVERIFY(m_page->themeMatrixPanel()->proxy()->rowCount() >= 2); // Luoyang, Lishui
    m_page->themeMatrixPanel()->proxy()->setFilterFixedString(QString());
    // Sorted by total voices, the Mexican survey comes first.
    const QModelIndex top = m_page->interestMatrixPanel()->proxy()->index(0, 0);
    QCOMPARE(top.data().toString(), QStringLiteral("Survey: Mexico"));
    const QVariantList heat = m_page->themeMatrixModel()->index(0, 1).data(MatrixRoles::Heat).toList();
    QCOMPARE(heat.size(), 2);
}

void TestInterestMapPage::themeFilterNarrowsEverything()
{
    const int markers = m_page->scene().markers.size();
    const int rows = m_page->themeMatrixModel()->rowCount();
    auto* combo = m_page->filterBar()->findChild<QComboBox*>(QStringLiteral("themeFilter"));
    QVERIFY(combo);
    const ThemeId tourism = m_document->data().themeByKey(QStringLiteral("tourism_development"))->id;
    combo->setCurrentIndex(combo->findData(tourism));
    QCOMPARE(m_page->filter().theme, tourism);
    QVERIFY(m_page->scene().markers.size() < markers);
    QVERIFY(m_page->themeMatrixModel()->rowCount() < rows);
    QCOMPARE(m_page->themeMatrixModel()->columnCount(), 2); // the city's name and tourism development
    QVERIFY(m_page->scene().title.contains(QStringLiteral("Tourism")));
    // The cluster selects all its themes.
    const ThemeId cluster = m_document->data().clusterOf(tourism);
    combo->setCurrentIndex(combo->findData(cluster));
    QVERIFY(m_page->themeMatrixModel()->columnCount() > 3);
}

void TestInterestMapPage::clickingACityActivatesIt()
{
    m_page->setCurrentTab(InterestMapPage::Tab::Map);
    MapView* view = m_page->mapPanel()->view();
    const ActorId dunhuang = id(QStringLiteral("city:dunhuang"));
    const Actor* a = m_document->data().actor(dunhuang);
    view->fitToMarkers({dunhuang});
    QSignalSpy activated(m_document->selection(), &SharedSelection::actorActivated);
    const QPoint at = view->viewport().lonLatToPixel(QPointF(*a->city.longitude, *a->city.latitude)).toPoint();
    QTest::mouseClick(view, Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<ActorId>(), dunhuang);
    QCOMPARE(m_document->selection()->actor(), dunhuang);
    QCOMPARE(view->selectedMarker(), qint64(dunhuang));
}

void TestInterestMapPage::clickingALinkSelectsThePair()
{
    MapView* view = m_page->mapPanel()->view();
    const ActorId henan = id(QStringLiteral("city:henan"));
    const ActorId banjul = id(QStringLiteral("city:banjul"));
    view->fitToMarkers({henan, banjul});
    const Actor* a = m_document->data().actor(henan);
    const Actor* b = m_document->data().actor(banjul);
    const QPointF mid = GreatCircle::pointAt(QPointF(*a->city.longitude, *a->city.latitude),
                                             QPointF(*b->city.longitude, *b->city.latitude), 0.5);
    const QPointF at = view->viewport().lonLatToPixel(mid);
    const auto hit = MapHitTest::arcAt(view->scene(), view->viewport(), at);
    QVERIFY(hit);
    QSignalSpy pairs(m_document->selection(), &SharedSelection::pairChanged);
    QTest::mouseClick(view, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(m_document->selection()->pairA(), std::min(hit->fromId, hit->toId));
    QCOMPARE(m_document->selection()->pairB(), std::max(hit->fromId, hit->toId));
    QCOMPARE(std::min(henan, banjul), m_document->selection()->pairA());
}

void TestInterestMapPage::followsTheSharedSelection()
{
    const ActorId mexico = id(QStringLiteral("city:mexico-city"));
    const ActorId luoyang = id(QStringLiteral("city:luoyang"));
    m_document->selection()->setActor(mexico);
    QCOMPARE(m_page->mapPanel()->view()->selectedMarker(), qint64(mexico));
    const QModelIndex current = m_page->themeMatrixPanel()->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(MatrixRoles::RowId).toLongLong(), qint64(mexico));
    m_document->selection()->setPair(luoyang, mexico);
    bool selected = false;
    for (const MapArc& arc : m_page->mapPanel()->view()->renderer().scene().arcs)
        selected = selected || (arc.selected && ((arc.aId == mexico && arc.bId == luoyang) || (arc.aId == luoyang && arc.bId == mexico)));
    QVERIFY(selected);
    const QModelIndex cell = m_page->interestMatrixPanel()->view()->currentIndex();
    QVERIFY(cell.isValid());
    // Either direction's cell: both cities named each other.
    QVERIFY(cell.data(MatrixRoles::RowId).toLongLong() == mexico || cell.data(MatrixRoles::RowId).toLongLong() == luoyang);
    // Fit to selection frames the pair.
    m_page->fitToSelection();
    const MapViewport v = m_page->mapPanel()->view()->viewport();
    for (const ActorId idOf : {mexico, luoyang}) {
        const Actor* a = m_document->data().actor(idOf);
        const QPointF px = v.lonLatToPixel(QPointF(*a->city.longitude, *a->city.latitude));
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(v.size())).contains(px));
    }
}

void TestInterestMapPage::matrixClicksSetTheSelection()
{
    m_page->setCurrentTab(InterestMapPage::Tab::InterestsBetweenCities);
    QTableView* table = m_page->interestMatrixPanel()->view();
    const ActorId mexico = id(QStringLiteral("city:mexico-city"));
    const ActorId luoyang = id(QStringLiteral("city:luoyang"));
    auto* proxy = m_page->interestMatrixPanel()->proxy();
    QModelIndex cell;
    for (int r = 0; r < proxy->rowCount() && !cell.isValid(); ++r) {
        if (proxy->index(r, 0).data(MatrixRoles::RowId).toLongLong() != mexico)
            continue;
        for (int c = CityInterestMatrixModel::FirstCityColumn; c < proxy->columnCount(); ++c) {
            if (proxy->headerData(c, Qt::Horizontal, MatrixRoles::ColumnId).toLongLong() == luoyang)
                cell = proxy->index(r, c);
        }
    }
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), QStringLiteral("1"));
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(m_document->selection()->pairA(), std::min(mexico, luoyang));
    QCOMPARE(m_document->selection()->pairB(), std::max(mexico, luoyang));
    // The name column activates the city itself.
    m_page->setCurrentTab(InterestMapPage::Tab::ThemesByCity);
    QTableView* themes = m_page->themeMatrixPanel()->view();
    const QModelIndex name = m_page->themeMatrixPanel()->proxy()->index(0, 0);
    QSignalSpy activated(m_document->selection(), &SharedSelection::actorActivated);
    QTest::mouseClick(themes->viewport(), Qt::LeftButton, {}, themes->visualRect(name).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<ActorId>(), name.data(MatrixRoles::RowId).value<ActorId>());
}

void TestInterestMapPage::proposalsBecomeDashedArcs()
{
    const ActorId dunhuang = id(QStringLiteral("city:dunhuang"));
    const ActorId oaxaca = id(QStringLiteral("city:oaxaca"));
    m_page->setProposals({MapProposal{dunhuang, oaxaca, 0.7}});
    int dashed = 0;
    for (const MapArc& arc : m_page->scene().arcs)
        dashed += arc.style == MapArc::Style::Proposal ? 1 : 0;
    QCOMPARE(dashed, 1);
    QCOMPARE(m_page->proposals().size(), 1);
    m_page->setProposals({});
    for (const MapArc& arc : m_page->scene().arcs)
        QVERIFY(arc.style != MapArc::Style::Proposal);
}

void TestInterestMapPage::layerSwitchesSurviveARebuild()
{
    auto* interests = m_page->mapPanel()->findChild<QCheckBox*>(QStringLiteral("interestsCheck"));
    QVERIFY(interests);
    interests->setChecked(false);
    QVERIFY(!m_page->scene().layers.interests);
    m_page->setFilter(MapFilter());
    m_page->rebuild();
    QVERIFY(!m_page->scene().layers.interests);
    QVERIFY(!interests->isChecked());
    QVERIFY2(m_page->mapPanel()->findChild<QCheckBox*>(QStringLiteral("twinTownsCheck"))->isHidden(),
             "no twin-town data: no switch for it");
}

void TestInterestMapPage::labelsSwitchLanguageAtOnce()
{
    const ActorId luoyang = id(QStringLiteral("city:luoyang"));
    auto label = [&] {
        for (const MapMarker& m : m_page->scene().markers) {
            if (m.id == luoyang)
                return m.label;
        }
        return QString();
    };
    QCOMPARE(label(), QStringLiteral("Luoyang"));
    installLanguage(QStringLiteral("zh"));
    QTRY_COMPARE(label(), QStringLiteral("洛阳")); // LanguageChange arrives as a posted event
    QCOMPARE(m_page->scene().labelLanguage, QStringLiteral("zh"));
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("interestMapTabs"));
    QCOMPARE(tabs->tabText(0), QCoreApplication::translate("cb::ui::InterestMapPage", "Map"));
    QVERIFY(tabs->tabText(0) != QStringLiteral("Map"));
    installLanguage(QStringLiteral("es"));
    QCOMPARE(m_page->interestMatrixModel()->index(0, 0).data().toString().isEmpty(), false);
    QTRY_VERIFY(m_page->scene().title.startsWith(QStringLiteral("Mapa")));
}

void TestInterestMapPage::exportsEachTab()
{
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("page-map.png"));
    QVERIFY2(m_page->exportMap(png, QSize(1200, 800), &error), qPrintable(error));
    QCOMPARE(QImageReader(png).size(), QSize(1200, 800));
    const QString svg = m_dir.filePath(QStringLiteral("page-map.svg"));
    QVERIFY2(m_page->exportMap(svg, QSize(1200, 800), &error), qPrintable(error));
    QVERIFY(QFileInfo(svg).size() > 10000);
    const QString themes = m_dir.filePath(QStringLiteral("themes.svg"));
    QVERIFY2(m_page->exportThemeMatrix(themes, QSize(), &error), qPrintable(error));
    QFile file(themes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Themes by city"));
    const QString interests = m_dir.filePath(QStringLiteral("interests.png"));
    QVERIFY2(m_page->exportInterestMatrix(interests, QSize(1000, 800), &error), qPrintable(error));
    QCOMPARE(QImageReader(interests).size(), QSize(1000, 800));
    QVERIFY(!m_page->exportMap(m_dir.filePath(QStringLiteral("map.bmp")), QSize(800, 600), &error));
    QVERIFY(!error.isEmpty());
}

void TestInterestMapPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("es")}) {
        installLanguage(language);
        QCoreApplication::processEvents();
        MapFilter filter;
        filter.theme = m_document->data().themeByKey(QStringLiteral("tourism_development"))->id;
        m_page->setFilter(filter);
        for (const InterestMapPage::Tab tab : {InterestMapPage::Tab::Map, InterestMapPage::Tab::ThemesByCity,
                                               InterestMapPage::Tab::InterestsBetweenCities}) {
            m_page->setCurrentTab(tab);
            if (tab == InterestMapPage::Tab::Map)
                m_page->mapPanel()->view()->fitToMarkers({});
            QCoreApplication::processEvents();
            const QImage shot = m_page->grab().toImage();
            QCOMPARE(shot.size(), QSize(1366, 768));
            // Nothing in the filter bar is cut off at 1366 pixels.
            const QWidget* bar = m_page->filterBar();
            for (const QWidget* w : bar->findChildren<QWidget*>()) {
                if (w->isVisible())
                    QVERIFY2(w->geometry().right() <= bar->width(), qPrintable(language + w->objectName()));
            }
            if (!folder.isEmpty())
                shot.save(folder + QStringLiteral("/interest-map-%1-%2.png").arg(language).arg(static_cast<int>(tab)));
        }
    }
}

QTEST_MAIN(TestInterestMapPage)
#include "tst_interestmappage.moc"
