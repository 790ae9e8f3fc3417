// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapPanel.h"
#include "map/MapView.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using cb::ui::MapPanel;
using cb::ui::MapView;

namespace {

cb::MapMarker marker(qint64 id, double lon, double lat, double weight, const char *label)
{
    cb::MapMarker m;
    m.id = id;
    m.longitude = lon;
    m.latitude = lat;
    m.weight = weight;
    m.label = QString::fromUtf8(label);
    m.tooltip = m.label + QStringLiteral(" (tooltip)");
    m.colorGroup = lon < 0 ? QStringLiteral("Americas") : QStringLiteral("Asia");
    return m;
}

cb::MapScene scene()
{
    cb::MapScene s;
    s.markers = {marker(10, -99.13, 19.43, 12, "Mexico City"), marker(20, 112.45, 34.68, 2, "Luoyang"),
                 marker(30, 116.40, 39.90, 11, "Beijing"), marker(40, -103.39, 20.67, 1.5, "Guadalajara")};
    s.arcs.append({10, 20, cb::MapArc::Style::Partnership, QStringLiteral("active"), false, QString()});
    s.arcs.append({40, 30, cb::MapArc::Style::Twin, QString(), false, QString()});
    return s;
}

void wheel(QWidget *widget, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstSceneFramesMarkers();
    void wheelZoomsAtCursor();
    void keysAndButtonsZoom();
    void clickSelectsMarker();
    void clickSelectsArc();
    void dragPans();
    void panelTogglesLayers();
    void retranslates();

private:
    MapView *m_view = nullptr;
};

void TestMapView::init()
{
    m_view = new MapView;
    m_view->resize(800, 450);
    m_view->setScene(scene());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestMapView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestMapView::firstSceneFramesMarkers()
{
    const cb::MapViewport &v = m_view->viewport();
    QCOMPARE(v.size(), QSize(800, 450));
    for (const cb::MapMarker &m : m_view->scene().markers)
        QVERIFY(QRectF(0, 0, 800, 450).contains(v.lonLatToPixel(QPointF(m.longitude, m.latitude))));
}

void TestMapView::wheelZoomsAtCursor()
{
    QSignalSpy changed(m_view, &MapView::viewportChanged);
    const double before = m_view->viewport().scale();
    const QPointF cursor = m_view->viewport().lonLatToPixel(QPointF(112.45, 34.68));
    wheel(m_view, cursor, 240);
    QVERIFY(m_view->viewport().scale() > before * 1.3);
    QVERIFY(!changed.isEmpty());
    // The place under the cursor stays under it.
    QVERIFY(QLineF(m_view->viewport().lonLatToPixel(QPointF(112.45, 34.68)), cursor).length() < 0.5);
    wheel(m_view, cursor, -240);
    QVERIFY(std::abs(m_view->viewport().scale() - before) < before * 1e-9);
}

void TestMapView::keysAndButtonsZoom()
{
    const double before = m_view->viewport().zoom();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QTRY_VERIFY(m_view->viewport().zoom() > before * 1.5);
    const double afterKey = m_view->viewport().zoom();
    auto *zoomOut = m_view->findChild<QToolButton *>(QStringLiteral("mapZoomOutButton"));
    QVERIFY(zoomOut);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QTRY_VERIFY(m_view->viewport().zoom() < afterKey / 1.5);
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_view->viewport().zoom(), 1.0);
}

void TestMapView::clickSelectsMarker()
{
    QSignalSpy activated(m_view, &MapView::markerActivated);
    const QPoint beijing = m_view->viewport().lonLatToPixel(QPointF(116.40, 39.90)).toPoint();
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, beijing);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), qint64(30));
    QCOMPARE(m_view->selectedMarker(), qint64(30));
    // Clicking the empty sea clears the selection and says nothing.
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier,
                      m_view->viewport().lonLatToPixel(QPointF(-150, -10)).toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_view->selectedMarker(), qint64(0));
}

void TestMapView::clickSelectsArc()
{
    QSignalSpy arcs(m_view, &MapView::arcActivated);
    QSignalSpy markers(m_view, &MapView::markerActivated);
    const QVector<QPolygonF> parts = m_view->viewport().greatCirclePixels(QPointF(-99.13, 19.43), QPointF(112.45, 34.68));
    QVERIFY(!parts.isEmpty());
    const QPolygonF &line = parts.first();
    const QPoint onLine = line.at(line.size() / 2).toPoint();
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, onLine);
    QCOMPARE(markers.count(), 0);
    QCOMPARE(arcs.count(), 1);
    QCOMPARE(arcs.first().at(0).toLongLong(), qint64(10));
    QCOMPARE(arcs.first().at(1).toLongLong(), qint64(20));
}

void TestMapView::dragPans()
{
    const QPointF before = m_view->viewport().centre();
    const QPoint start(400, 300);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(m_view, start + QPoint(20 * i, 0));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, start + QPoint(100, 0));
    QVERIFY(m_view->viewport().centre().x() != before.x());
    QCOMPARE(m_view->selectedMarker(), qint64(0)); // a drag is not a click
}

void TestMapView::panelTogglesLayers()
{
    MapPanel panel;
    panel.resize(900, 520);
    panel.setScene(scene());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *twins = panel.findChild<QCheckBox *>(QStringLiteral("twinTownsCheck"));
    auto *partnerships = panel.findChild<QCheckBox *>(QStringLiteral("partnershipsCheck"));
    QVERIFY(twins && partnerships);
    QVERIFY(twins->isChecked());
    QTest::mouseClick(twins, Qt::LeftButton);
    QVERIFY(!panel.view()->layers().twinTowns);
    QVERIFY(panel.view()->layers().partnerships);
    partnerships->setChecked(false);
    QVERIFY(!panel.view()->layers().partnerships);
    // With partnerships hidden, the line is no longer clickable.
    QSignalSpy arcs(panel.view(), &MapView::arcActivated);
    const QVector<QPolygonF> parts =
        panel.view()->viewport().greatCirclePixels(QPointF(-99.13, 19.43), QPointF(112.45, 34.68));
    QTest::mouseClick(panel.view(), Qt::LeftButton, Qt::NoModifier, parts.first().at(parts.first().size() / 2).toPoint());
    QCOMPARE(arcs.count(), 0);
    // Fit frames the selected city and its partner.
    panel.view()->selectMarker(20);
    auto *fit = panel.findChild<QPushButton *>(QStringLiteral("fitButton"));
    QVERIFY(fit);
    panel.view()->resetView();
    QTest::mouseClick(fit, Qt::LeftButton);
    QVERIFY(panel.view()->viewport().zoom() > 1.0);
}

void TestMapView::retranslates()
{
    auto *zoomIn = m_view->findChild<QToolButton *>(QStringLiteral("mapZoomInButton"));
    QVERIFY(zoomIn);
    zoomIn->setToolTip(QString());
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view, &change);
    QVERIFY(!zoomIn->toolTip().isEmpty());
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
