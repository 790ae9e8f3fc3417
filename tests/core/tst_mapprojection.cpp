// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/GreatCircle.h"
#include "map/MapProjection.h"
#include "map/MapViewport.h"
#include "map/WorldGeometry.h"

#include <cmath>

#include <QTest>

using cb::GreatCircle;
using cb::MapProjection;
using cb::MapViewport;
using Kind = cb::MapProjection::Kind;

Q_DECLARE_METATYPE(cb::MapProjection::Kind)

namespace {

const QPointF kMexicoCity(-99.13, 19.43);
const QPointF kLuoyang(112.45, 34.68);

double lonDifference(double a, double b)
{
    return std::abs(MapProjection::wrapLongitude(a - b));
}

double haversineDegrees(const QPointF &a, const QPointF &b)
{
    const double toRad = M_PI / 180.0;
    const double dLat = (b.y() - a.y()) * toRad;
    const double dLon = (b.x() - a.x()) * toRad;
    const double h = std::pow(std::sin(dLat / 2), 2)
        + std::cos(a.y() * toRad) * std::cos(b.y() * toRad) * std::pow(std::sin(dLon / 2), 2);
    return 2 * std::asin(std::sqrt(h)) / toRad;
}

double shoelace(const QPolygonF &ring)
{
    double area = 0;
    for (int i = 0; i + 1 < ring.size(); ++i)
        area += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
    return std::abs(area) / 2;
}

} // namespace

class TestMapProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapLongitude_data();
    void wrapLongitude();
    void roundTrip_data();
    void roundTrip();
    void antimeridianNeighbours_data();
    void antimeridianNeighbours();
    void unprojectOutsideWorld_data();
    void unprojectOutsideWorld();
    void greatCircleMexicoLuoyang();
    void greatCircleEndpointsAndDistance_data();
    void greatCircleEndpointsAndDistance();
    void polylineSeamSplit_data();
    void polylineSeamSplit();
    void ringSeamClip();
    void worldGeometryLoads();
    void worldGeometryNoStreaks_data();
    void worldGeometryNoStreaks();
    void worldGeometryRejectsBadInput_data();
    void worldGeometryRejectsBadInput();
    void viewportFitAcrossPacific();
    void viewportZoomKeepsAnchor_data();
    void viewportZoomKeepsAnchor();
    void viewportPanTurnsGlobe();
};

void TestMapProjection::wrapLongitude_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("expected");
    QTest::newRow("zero") << 0.0 << 0.0;
    QTest::newRow("east edge wraps to west") << 180.0 << -180.0;
    QTest::newRow("west edge stays") << -180.0 << -180.0;
    QTest::newRow("190 is -170") << 190.0 << -170.0;
    QTest::newRow("-190 is 170") << -190.0 << 170.0;
    QTest::newRow("one and a half turns") << 540.0 << -180.0;
    QTest::newRow("two turns back") << -719.0 << 1.0;
    QTest::newRow("not a number is 0") << std::nan("") << 0.0;
}

void TestMapProjection::wrapLongitude()
{
    QFETCH(double, input);
    QFETCH(double, expected);
    QCOMPARE(MapProjection::wrapLongitude(input), expected);
}

void TestMapProjection::roundTrip_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<double>("meridian");
    QTest::addColumn<QPointF>("lonLat");
    const struct
    {
        const char *name;
        double meridian;
        QPointF p;
    } rows[] = {
        {"origin", 0, {0, 0}},
        {"Mexico City", 0, kMexicoCity},
        {"Luoyang", 0, kLuoyang},
        {"near east edge", 0, {179.9, 10}},
        {"near west edge", 0, {-179.9, -10}},
        {"Pacific view, east of the antimeridian", 170, {-170, 30}},
        {"Pacific view, west of the antimeridian", 170, {175, 0}},
        {"Pacific view, Mexico City", 170, kMexicoCity},
        {"Americas view, Luoyang", -99, kLuoyang},
        {"high north", 30, {100, 85}},
        {"far south", -60, {-70, -80}},
    };
    for (const auto &r : rows) {
        QTest::addRow("equirectangular, %s", r.name) << Kind::Equirectangular << r.meridian << r.p;
        QTest::addRow("natural earth, %s", r.name) << Kind::NaturalEarth << r.meridian << r.p;
    }
}

void TestMapProjection::roundTrip()
{
    QFETCH(Kind, kind);
    QFETCH(double, meridian);
    QFETCH(QPointF, lonLat);
    const MapProjection projection(kind, meridian);
    const QPointF scene = projection.project(lonLat);
    QVERIFY(projection.worldRect().adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(scene));
    QPointF back;
    QVERIFY(projection.unproject(scene, &back));
    QVERIFY2(lonDifference(back.x(), lonLat.x()) < 1e-7, qPrintable(QString::number(back.x())));
    QVERIFY2(std::abs(back.y() - lonLat.y()) < 1e-7, qPrintable(QString::number(back.y())));
}

void TestMapProjection::antimeridianNeighbours_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addRow("equirectangular") << Kind::Equirectangular;
    QTest::addRow("natural earth") << Kind::NaturalEarth;
}

void TestMapProjection::antimeridianNeighbours()
{
    QFETCH(Kind, kind);
    // On a Greenwich map 179°E and 179°W sit at opposite edges; centred on 180° they are neighbours.
    const MapProjection greenwich(kind, 0);
    QVERIFY(greenwich.project(179, 0).x() - greenwich.project(-179, 0).x() > 300 * greenwich.project(1, 0).x());
    const MapProjection pacific(kind, 180);
    QCOMPARE(pacific.seamLongitude(), 0.0);
    const double gap = pacific.project(-179, 0).x() - pacific.project(179, 0).x();
    QVERIFY(gap > 0);
    QVERIFY(std::abs(gap - 2 * pacific.project(-179, 0).x() + 2 * pacific.project(-180, 0).x()) < 1e-9 || gap < 5);
    QCOMPARE(pacific.project(180, 0).x(), 0.0);
    QVERIFY(pacific.relativeLongitude(-170) > 0);
    QVERIFY(pacific.relativeLongitude(170) < 0);
}

void TestMapProjection::unprojectOutsideWorld_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QPointF>("scene");
    QTest::newRow("equirectangular beyond the east edge") << Kind::Equirectangular << QPointF(200, 0);
    QTest::newRow("equirectangular beyond the pole") << Kind::Equirectangular << QPointF(0, -95);
    QTest::newRow("natural earth corner outside the rounded edge") << Kind::NaturalEarth << QPointF(150, -75);
    QTest::newRow("natural earth above the flat pole") << Kind::NaturalEarth << QPointF(0, -100);
    QTest::newRow("not a number") << Kind::NaturalEarth << QPointF(std::nan(""), 0);
}

void TestMapProjection::unprojectOutsideWorld()
{
    QFETCH(Kind, kind);
    QFETCH(QPointF, scene);
    QPointF lonLat(1234, 5678);
    QVERIFY(!MapProjection(kind).unproject(scene, &lonLat));
    QCOMPARE(lonLat, QPointF(1234, 5678));
}

void TestMapProjection::greatCircleMexicoLuoyang()
{
    const QVector<QPointF> points = GreatCircle::interpolate(kMexicoCity, kLuoyang, 200);
    QCOMPARE(points.size(), 201);
    QCOMPARE(points.first(), kMexicoCity);
    QCOMPARE(points.last(), kLuoyang);
    double maxLat = -90;
    for (int i = 1; i + 1 < points.size(); ++i) {
        const double lon = points.at(i).x();
        // Over the North Pacific, never over Africa or Europe.
        QVERIFY2(lon < -20 || lon > 60, qPrintable(QStringLiteral("point %1 at lon %2").arg(i).arg(lon)));
        maxLat = std::max(maxLat, points.at(i).y());
    }
    QVERIFY2(maxLat > 30, qPrintable(QString::number(maxLat)));
    // The vertex of this route lies far north (Bering Sea / Alaska).
    QVERIFY(maxLat > 55 && maxLat < 75);
    // Consecutive points are evenly spaced along the arc.
    const double step = GreatCircle::angularDistance(points.at(0), points.at(1));
    for (int i = 1; i < points.size(); ++i)
        QVERIFY(std::abs(GreatCircle::angularDistance(points.at(i - 1), points.at(i)) - step) < 1e-6);

    // On a Greenwich map the route crosses the seam once: two polylines, both inside the world.
    const MapProjection greenwich(Kind::NaturalEarth, 0);
    const QVector<QPolygonF> parts = GreatCircle::projected(kMexicoCity, kLuoyang, greenwich, 1.0);
    QCOMPARE(parts.size(), 2);
    // Centred on the Pacific, it is one unbroken line.
    const MapProjection pacific(Kind::NaturalEarth, 175);
    QCOMPARE(GreatCircle::projected(kMexicoCity, kLuoyang, pacific, 1.0).size(), 1);
}

void TestMapProjection::greatCircleEndpointsAndDistance_data()
{
    QTest::addColumn<QPointF>("a");
    QTest::addColumn<QPointF>("b");
    QTest::newRow("Mexico City to Luoyang") << kMexicoCity << kLuoyang;
    QTest::newRow("along the equator") << QPointF(0, 0) << QPointF(90, 0);
    QTest::newRow("across the antimeridian") << QPointF(170, -15) << QPointF(-170, -20);
    QTest::newRow("tiny step") << QPointF(2.35, 48.85) << QPointF(2.36, 48.86);
    QTest::newRow("over the pole") << QPointF(0, 80) << QPointF(180, 80);
}

void TestMapProjection::greatCircleEndpointsAndDistance()
{
    QFETCH(QPointF, a);
    QFETCH(QPointF, b);
    const double expected = haversineDegrees(a, b);
    QVERIFY(std::abs(GreatCircle::angularDistance(a, b) - expected) < 1e-6);
    const QVector<QPointF> points = GreatCircle::interpolate(a, b, 50);
    double total = 0;
    for (int i = 1; i < points.size(); ++i)
        total += GreatCircle::angularDistance(points.at(i - 1), points.at(i));
    // The samples lie on the great circle: their path is as long as the arc.
    QVERIFY2(std::abs(total - expected) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(expected)));
    const QPointF middle = GreatCircle::pointAt(a, b, 0.5);
    QVERIFY(std::abs(GreatCircle::angularDistance(a, middle) - expected / 2) < 1e-6);
}

void TestMapProjection::polylineSeamSplit_data()
{
    QTest::addColumn<double>("meridian");
    QTest::addColumn<int>("parts");
    QTest::newRow("Greenwich: split at 180") << 0.0 << 2;
    QTest::newRow("Pacific: whole") << 180.0 << 1;
    QTest::newRow("seam at 175E: split") << -5.0 << 2;
}

void TestMapProjection::polylineSeamSplit()
{
    QFETCH(double, meridian);
    QFETCH(int, parts);
    const MapProjection projection(Kind::Equirectangular, meridian);
    const QVector<QPolygonF> lines = projection.projectPolyline({{170, 10}, {-170, 20}});
    QCOMPARE(lines.size(), parts);
    for (const QPolygonF &line : lines) {
        for (const QPointF &p : line)
            QVERIFY(p.x() >= -180 && p.x() <= 180);
    }
    if (parts == 2) {
        // Both halves meet the seam at the same latitude, on opposite edges.
        QCOMPARE(std::abs(lines.at(0).last().x()), 180.0);
        QCOMPARE(lines.at(0).last().x(), -lines.at(1).first().x());
        QCOMPARE(lines.at(0).last().y(), lines.at(1).first().y());
    }
}

void TestMapProjection::ringSeamClip()
{
    // A 6° x 4° box from 172°E to 178°E; with the seam at 175°E it must fall into two pieces.
    const QPolygonF box({{172, 0}, {178, 0}, {178, 4}, {172, 4}, {172, 0}});
    const MapProjection seamAt175(Kind::Equirectangular, -5);
    const QVector<QPolygonF> pieces = seamAt175.projectRing(box);
    QCOMPARE(pieces.size(), 2);
    double area = 0;
    for (const QPolygonF &piece : pieces) {
        QVERIFY(piece.isClosed());
        for (const QPointF &p : piece)
            QVERIFY(p.x() >= -180 - 1e-9 && p.x() <= 180 + 1e-9);
        area += shoelace(piece);
    }
    QVERIFY(std::abs(area - 24.0) < 1e-9);
    // Away from the seam the box stays whole.
    QCOMPARE(MapProjection(Kind::Equirectangular, 0).projectRing(box).size(), 1);
    QCOMPARE(MapProjection(Kind::NaturalEarth, 175).projectRing(box).size(), 1);
}

void TestMapProjection::worldGeometryLoads()
{
    const cb::WorldGeometry &world = cb::WorldGeometry::builtIn();
    QVERIFY2(!world.isEmpty(), qPrintable(world.errorString()));
    QCOMPARE(world.countries().size(), 177);
    const cb::MapCountry *china = world.countryByIso2(QStringLiteral("cn"));
    QVERIFY(china);
    QCOMPARE(china->isoNumeric, 156);
    QCOMPARE(china->region, QStringLiteral("Asia"));
    const cb::MapCountry *mexico = world.countryByNumeric(484);
    QVERIFY(mexico);
    QCOMPARE(mexico->iso2, QStringLiteral("MX"));
    QCOMPARE(world.regionForIso2(QStringLiteral("FR")), QStringLiteral("Europe"));
    QCOMPARE(world.countryAt(kMexicoCity), mexico);
    QCOMPARE(world.countryAt(kLuoyang), china);
    QCOMPARE(world.countryAt(QPointF(-140, 10)), nullptr); // the Pacific
    QVERIFY(mexico->bounds.contains(kMexicoCity));
}

void TestMapProjection::worldGeometryNoStreaks_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<double>("meridian");
    for (const double m : {0.0, 150.0, 180.0, -170.0, 100.0}) {
        QTest::addRow("equirectangular %g", m) << Kind::Equirectangular << m;
        QTest::addRow("natural earth %g", m) << Kind::NaturalEarth << m;
    }
}

void TestMapProjection::worldGeometryNoStreaks()
{
    QFETCH(Kind, kind);
    QFETCH(double, meridian);
    const cb::WorldGeometry &world = cb::WorldGeometry::builtIn();
    const MapProjection projection(kind, meridian);
    // No border segment may run across the map: the longest real 110m edge spans ~30 scene units.
    for (const QPolygonF &line : world.borderLines(projection)) {
        for (int i = 0; i + 1 < line.size(); ++i)
            QVERIFY2(std::abs(line.at(i + 1).x() - line.at(i).x()) < 40,
                     qPrintable(QStringLiteral("streak from %1 to %2").arg(line.at(i).x()).arg(line.at(i + 1).x())));
    }
    // Land rings: only the flat pole line of Antarctica may be long.
    const QPainterPath land = world.landPath(projection);
    const double poleY = projection.worldRect().bottom();
    for (int i = 1; i < land.elementCount(); ++i) {
        const QPainterPath::Element a = land.elementAt(i - 1);
        const QPainterPath::Element b = land.elementAt(i);
        if (b.type != QPainterPath::LineToElement)
            continue;
        const bool alongPole = std::abs(a.y - poleY) < 1e-6 && std::abs(b.y - poleY) < 1e-6;
        QVERIFY2(alongPole || std::abs(b.x - a.x) < 40, qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(a.x).arg(a.y).arg(b.x).arg(b.y)));
    }
    QVERIFY(projection.worldRect().adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(land.boundingRect()));
}

void TestMapProjection::worldGeometryRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{ nope");
    QTest::newRow("not a collection") << QByteArray(R"({"type":"Feature"})");
    QTest::newRow("empty collection") << QByteArray(R"({"type":"FeatureCollection","features":[]})");
    QTest::newRow("latitude out of range") << QByteArray(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME":"X"},)"
        R"("geometry":{"type":"Polygon","coordinates":[[[0,0],[1,95],[2,0],[0,0]]]}}]})");
    QTest::newRow("unsupported geometry") << QByteArray(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NAME":"X"},)"
        R"("geometry":{"type":"Point","coordinates":[0,0]}}]})");
}

void TestMapProjection::worldGeometryRejectsBadInput()
{
    QFETCH(QByteArray, json);
    cb::WorldGeometry geometry;
    QVERIFY(!geometry.loadFromData(json));
    QVERIFY(!geometry.errorString().isEmpty());
    QVERIFY(geometry.isEmpty());
    QVERIFY(!geometry.load(QStringLiteral("/nonexistent/countries.geojson")));
    QVERIFY(geometry.errorString().contains(QStringLiteral("/nonexistent/countries.geojson")));
}

void TestMapProjection::viewportFitAcrossPacific()
{
    const QSize size(1000, 500);
    const MapViewport v = MapViewport::fitting({kMexicoCity, kLuoyang}, size, Kind::NaturalEarth, 40);
    // The narrow way round is over the Pacific: halfway from 112.45°E east to 99.13°W is 173.34°W.
    QVERIFY2(lonDifference(v.projection().centralMeridian(), -173.34) < 0.01,
             qPrintable(QString::number(v.projection().centralMeridian())));
    for (const QPointF &p : {kMexicoCity, kLuoyang}) {
        const QPointF px = v.lonLatToPixel(p);
        QVERIFY2(QRectF(39, 39, size.width() - 78, size.height() - 78).contains(px),
                 qPrintable(QStringLiteral("%1,%2").arg(px.x()).arg(px.y())));
    }
    QVERIFY(v.zoom() > 1.0);
    // Empty input shows the world.
    QCOMPARE(MapViewport::fitting({}, size).zoom(), 1.0);
}

void TestMapProjection::viewportZoomKeepsAnchor_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QPointF>("pixel");
    QTest::addColumn<double>("factor");
    QTest::newRow("equirectangular, in at a corner") << Kind::Equirectangular << QPointF(100, 80) << 2.0;
    QTest::newRow("natural earth, in off centre") << Kind::NaturalEarth << QPointF(700, 300) << 3.0;
    QTest::newRow("natural earth, out") << Kind::NaturalEarth << QPointF(400, 200) << 0.7;
}

void TestMapProjection::viewportZoomKeepsAnchor()
{
    QFETCH(Kind, kind);
    QFETCH(QPointF, pixel);
    QFETCH(double, factor);
    const MapViewport before(MapProjection(kind, 20), QPointF(20, 10), 2.0, QSize(800, 400));
    QPointF anchor;
    QVERIFY(before.pixelToLonLat(pixel, &anchor));
    const MapViewport after = before.zoomedAt(pixel, factor);
    QVERIFY(std::abs(after.zoom() - 2.0 * factor) < 1e-9);
    const QPointF moved = after.lonLatToPixel(anchor);
    QVERIFY2(QLineF(moved, pixel).length() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
}

void TestMapProjection::viewportPanTurnsGlobe()
{
    MapViewport v(MapProjection(Kind::NaturalEarth, 0), QPointF(0, 0), 1.0, QSize(800, 400));
    // Panning far east keeps going: the meridian follows and the view never tears or stops.
    for (int i = 0; i < 40; ++i)
        v = v.pannedBy(QPointF(-100, 0));
    QVERIFY(v.centre().x() != 0.0);
    QVERIFY(lonDifference(v.projection().centralMeridian(), v.centre().x()) < 1e-6);
    QVERIFY(std::abs(v.centre().y()) < 1e-9);
    // Without following, the centre stops at the edge of the world.
    MapViewport fixed(MapProjection(Kind::Equirectangular, 0), QPointF(0, 0), 1.0, QSize(800, 400));
    fixed.setFollowCentre(false);
    for (int i = 0; i < 40; ++i)
        fixed = fixed.pannedBy(QPointF(-100, 0));
    QCOMPARE(fixed.projection().centralMeridian(), 0.0);
    QVERIFY2(std::abs(std::abs(fixed.centre().x()) - 180.0) < 1e-6, qPrintable(QString::number(fixed.centre().x())));
    QVERIFY(fixed.lonLatToPixel(QPointF(179.9, 0)).x() <= 400.0 + 1e-6);
}

QTEST_GUILESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
