// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapHitTest.h"
#include "map/MapStyle.h"

#include <QTest>

using cb::MapHitTest;
using HitKind = cb::MapHitTest::ArcHit::Kind;

Q_DECLARE_METATYPE(cb::MapLayers)

namespace {

// An equirectangular world 720 x 360 at zoom 1 centred on (0, 0): 1.94 pixels per degree.
cb::MapViewport testViewport()
{
    return cb::MapViewport(cb::MapProjection(cb::MapProjection::Kind::Equirectangular, 0), QPointF(0, 0), 1.0,
                           QSize(720, 360));
}

cb::MapMarker marker(qint64 id, double lon, double lat, double weight)
{
    cb::MapMarker m;
    m.id = id;
    m.longitude = lon;
    m.latitude = lat;
    m.weight = weight;
    m.label = QStringLiteral("m%1").arg(id);
    return m;
}

cb::MapScene testScene()
{
    cb::MapScene scene;
    scene.markers = {marker(1, 0, 0, 100), marker(2, 40, 0, 10), marker(3, 42, 0, 10), marker(4, -100, 40, 50),
                     marker(5, 120, -30, 1), marker(6, 150, -30, 1), marker(7, 100, 60, 1), marker(8, 160, 60, 1)};
    scene.arcs.append({1, 2, cb::MapArc::Style::Proposal, QString(), false, QString()});
    scene.arcs.append({4, 1, cb::MapArc::Style::Partnership, QStringLiteral("active"), false, QString()});
    scene.arcs.append({5, 6, cb::MapArc::Style::Twin, QString(), false, QString()});
    scene.arcs.append({7, 8, cb::MapArc::Style::Twin, QString(), false, QString()});
    scene.arrows.append({7, 8, 3, QStringLiteral("×3"), false, QString()});
    return scene;
}

QPointF at(double lon, double lat)
{
    return testViewport().lonLatToPixel(QPointF(lon, lat));
}

} // namespace

class TestMapHitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markerAt_data();
    void markerAt();
    void arcAt_data();
    void arcAt();
    void distanceToPolyline_data();
    void distanceToPolyline();
};

void TestMapHitTest::markerAt_data()
{
    QTest::addColumn<QPointF>("pixel");
    QTest::addColumn<cb::MapLayers>("layers");
    QTest::addColumn<qint64>("expected"); // 0: nothing
    const cb::MapLayers all;
    cb::MapLayers noMarkers;
    noMarkers.markers = false;
    QTest::newRow("right on the heavy marker") << at(0, 0) << all << qint64(1);
    QTest::newRow("inside its disc") << at(0, 0) + QPointF(5, 0) << all << qint64(1);
    QTest::newRow("far from everything") << at(-30, -50) << all << qint64(0);
    QTest::newRow("just outside a light disc and the tolerance") << at(-100, 40) + QPointF(0, 20) << all << qint64(0);
    QTest::newRow("two close markers: the nearer wins (left)") << at(40, 0) - QPointF(1, 0) << all << qint64(2);
    QTest::newRow("two close markers: the nearer wins (right)") << at(42, 0) + QPointF(1, 0) << all << qint64(3);
    QTest::newRow("marker layer hidden") << at(0, 0) << noMarkers << qint64(0);
}

void TestMapHitTest::markerAt()
{
    QFETCH(QPointF, pixel);
    QFETCH(cb::MapLayers, layers);
    QFETCH(qint64, expected);
    cb::MapScene scene = testScene();
    scene.layers = layers;
    const auto hit = MapHitTest::markerAt(scene, testViewport(), pixel);
    QCOMPARE(hit.value_or(0), expected);
}

void TestMapHitTest::arcAt_data()
{
    QTest::addColumn<QPointF>("pixel");
    QTest::addColumn<cb::MapLayers>("layers");
    QTest::addColumn<qint64>("from"); // 0: nothing
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("kind");
    const cb::MapLayers all;
    cb::MapLayers noProposals;
    noProposals.proposals = false;
    cb::MapLayers noInterests;
    noInterests.interests = false;
    cb::MapLayers nothing;
    nothing.proposals = nothing.partnerships = nothing.twinTowns = nothing.interests = false;
    // The equator is a great circle, drawn straight on this map; the arc from (100, 60) to (160, 60)
    // peaks at 63.43°N halfway.
    QTest::newRow("on the proposal along the equator") << at(20, 0) << all << qint64(1) << qint64(2)
                                                       << int(HitKind::Proposal);
    QTest::newRow("3 px beside the proposal") << at(20, 0) + QPointF(0, 3) << all << qint64(1) << qint64(2)
                                              << int(HitKind::Proposal);
    QTest::newRow("12 px beside the proposal: miss") << at(20, 0) + QPointF(0, 12) << all << qint64(0) << qint64(0)
                                                     << 0;
    QTest::newRow("proposal layer hidden") << at(20, 0) << noProposals << qint64(0) << qint64(0) << 0;
    QTest::newRow("twin link in the south") << at(135, -30.5) << all << qint64(5) << qint64(6) << int(HitKind::Twin);
    QTest::newRow("arrow wins over the twin link it covers") << at(130, 63.4) << all << qint64(7) << qint64(8)
                                                             << int(HitKind::Interest);
    QTest::newRow("twin link under a hidden arrow") << at(130, 63.4) << noInterests << qint64(7) << qint64(8)
                                                    << int(HitKind::Twin);
    QTest::newRow("no line layers") << at(20, 0) << nothing << qint64(0) << qint64(0) << 0;
    QTest::newRow("open sea") << at(-30, -60) << all << qint64(0) << qint64(0) << 0;
}

void TestMapHitTest::arcAt()
{
    QFETCH(QPointF, pixel);
    QFETCH(cb::MapLayers, layers);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, kind);
    cb::MapScene scene = testScene();
    scene.layers = layers;
    const auto hit = MapHitTest::arcAt(scene, testViewport(), pixel);
    if (from == 0) {
        QVERIFY2(!hit, hit ? qPrintable(QStringLiteral("hit %1-%2").arg(hit->fromId).arg(hit->toId)) : "");
        return;
    }
    QVERIFY(hit);
    QCOMPARE(hit->fromId, from);
    QCOMPARE(hit->toId, to);
    QCOMPARE(int(hit->kind), kind);
    QVERIFY(hit->distance >= 0);
}

void TestMapHitTest::distanceToPolyline_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<QPolygonF>("line");
    QTest::addColumn<double>("expected");
    const QPolygonF elbow({{0, 0}, {10, 0}, {10, 10}});
    QTest::newRow("on a vertex") << QPointF(10, 0) << elbow << 0.0;
    QTest::newRow("above the first segment") << QPointF(5, -3) << elbow << 3.0;
    QTest::newRow("beside the second segment") << QPointF(14, 5) << elbow << 4.0;
    QTest::newRow("beyond the start") << QPointF(-3, -4) << elbow << 5.0;
    QTest::newRow("inside the elbow") << QPointF(8, 1) << elbow << 1.0;
    QTest::newRow("single point") << QPointF(3, 4) << QPolygonF({{0, 0}}) << 5.0;
    QTest::newRow("degenerate segment") << QPointF(0, 2) << QPolygonF({{0, 0}, {0, 0}}) << 2.0;
}

void TestMapHitTest::distanceToPolyline()
{
    QFETCH(QPointF, point);
    QFETCH(QPolygonF, line);
    QFETCH(double, expected);
    QVERIFY(std::abs(MapHitTest::distanceToPolyline(point, line) - expected) < 1e-9);
    QVERIFY(std::isinf(MapHitTest::distanceToPolyline(point, QPolygonF())));
}

QTEST_GUILESS_MAIN(TestMapHitTest)
#include "tst_maphittest.moc"
