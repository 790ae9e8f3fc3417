// SPDX-License-Identifier: GPL-3.0-or-later
// The sample's interest map rendered headless and checked against stored expectations (tests/data/map): colours
// where the cities, the sea and the land are, the Mexico City–Luoyang link across the Pacific, three zoom levels,
// and the PNG and SVG exports of the map and both matrices.
#include "TestPaths.h"

#include "map/CityInterestMatrix.h"
#include "map/CityThemeMatrix.h"
#include "map/GreatCircle.h"
#include "map/MapEvidence.h"
#include "map/MapExporter.h"
#include "map/MapFilter.h"
#include "map/MapRenderer.h"
#include "map/MapSceneBuilder.h"
#include "map/MapStyle.h"
#include "map/MatrixExporter.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <cmath>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cb;

namespace {

bool near(QRgb actual, const QColor& expected, int tolerance)
{
    return std::abs(qRed(actual) - expected.red()) <= tolerance
        && std::abs(qGreen(actual) - expected.green()) <= tolerance
        && std::abs(qBlue(actual) - expected.blue()) <= tolerance;
}

/** All text of an SVG document, and whether it parsed. */
bool svgText(const QByteArray& svg, QString* text)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            *text += xml.text();
    }
    return !xml.hasError();
}

} // namespace

class TestMapSampleRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coloursWhereExpected();
    void mexicoCityLuoyangCrossesThePacific();
    void threeZoomLevels_data();
    void threeZoomLevels();
    void mapExports();
    void matrixExports();
    void exportErrors();

private:
    ActorId id(const QString& uid) const;
    QColor expected(const QString& name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
    QJsonObject m_expect;
    MapRenderer m_renderer;
    MapViewport m_viewport;
    QImage m_image;
    MapFilter m_filter;
};

void TestMapSampleRender::initTestCase()
{
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("sample.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    QFile file(cb::test::testDataDir() + QStringLiteral("/map/sample-render.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_expect = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_expect.isEmpty());

    m_filter.theme = m_data.themeByKey(m_expect.value(QStringLiteral("theme")).toString())->id;
    MapSceneOptions options;
    options.language = m_expect.value(QStringLiteral("language")).toString();
    m_renderer.setScene(MapSceneBuilder::build(m_data, m_filter, options));
    const QJsonArray size = m_expect.value(QStringLiteral("size")).toArray();
    m_viewport = m_renderer.fitViewport({}, QSize(size.at(0).toInt(), size.at(1).toInt()));
    m_image = m_renderer.renderToImage(m_viewport);
    QCOMPARE(m_image.size(), m_viewport.size());
    if (qEnvironmentVariableIsSet("CB_MAP_TEST_DUMP"))
        m_image.save(qEnvironmentVariable("CB_MAP_TEST_DUMP"));
}

ActorId TestMapSampleRender::id(const QString& uid) const
{
    for (const Actor& a : m_data.actors) {
        if (a.uid == uid)
            return a.id;
    }
    return 0;
}

QColor TestMapSampleRender::expected(const QString& name) const
{
    if (name.startsWith(QLatin1String("region:")))
        return MapStyle::groupColor(name.mid(7));
    if (name == QLatin1String("sea"))
        return MapStyle::sea();
    if (name == QLatin1String("land"))
        return MapStyle::land();
    return QColor();
}

void TestMapSampleRender::coloursWhereExpected()
{
    const int tolerance = m_expect.value(QStringLiteral("tolerance")).toInt();
    for (const QJsonValue& v : m_expect.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject s = v.toObject();
        QPointF lonLat;
        if (s.contains(QStringLiteral("actor"))) {
            const Actor* a = m_data.actor(id(s.value(QStringLiteral("actor")).toString()));
            QVERIFY(a);
            lonLat = QPointF(*a->city.longitude, *a->city.latitude);
        } else {
            const QJsonArray p = s.value(QStringLiteral("lonlat")).toArray();
            lonLat = QPointF(p.at(0).toDouble(), p.at(1).toDouble());
        }
        const QPoint px = m_viewport.lonLatToPixel(lonLat).toPoint();
        const QString name = s.value(QStringLiteral("name")).toString();
        QVERIFY2(m_image.rect().contains(px), qPrintable(name + QStringLiteral(" is outside the picture")));
        const QRgb got = m_image.pixel(px);
        QVERIFY2(near(got, expected(s.value(QStringLiteral("expect")).toString()), tolerance),
                 qPrintable(name + QStringLiteral(": ") + QColor::fromRgb(got).name()));
    }
    // Cities labelled in Chinese: the renderer placed labels, and the scene holds the Chinese names.
    QVERIFY(m_renderer.lastStats().labelsDrawn >= 10);
    QVERIFY(m_renderer.lastStats().arrowsDrawn >= 4);
}

void TestMapSampleRender::mexicoCityLuoyangCrossesThePacific()
{
    for (const QJsonValue& v : m_expect.value(QStringLiteral("arcs")).toArray()) {
        const QJsonObject arc = v.toObject();
        const Actor* a = m_data.actor(id(arc.value(QStringLiteral("from")).toString()));
        const Actor* b = m_data.actor(id(arc.value(QStringLiteral("to")).toString()));
        QVERIFY(a && b);
        const QPointF pa(*a->city.longitude, *a->city.latitude);
        const QPointF pb(*b->city.longitude, *b->city.latitude);
        const QPointF mid = GreatCircle::pointAt(pa, pb, 0.5);
        QVERIFY2(std::abs(mid.x()) >= arc.value(QStringLiteral("minAbsMidLongitude")).toDouble(),
                 qPrintable(QString::number(mid.x())));
        // The middle of the link is on the picture, between the two cities on screen: one piece, no wrap.
        const QPointF pxA = m_viewport.lonLatToPixel(pa);
        const QPointF pxB = m_viewport.lonLatToPixel(pb);
        const QPointF pxMid = m_viewport.lonLatToPixel(mid);
        QVERIFY(m_image.rect().contains(pxMid.toPoint()));
        QVERIFY(pxMid.x() > std::min(pxA.x(), pxB.x()) && pxMid.x() < std::max(pxA.x(), pxB.x()));
        QVERIFY2(pxB.x() < pxA.x(), "Luoyang lies west of Mexico City on a Pacific-centred map");
        // Ink of the partnership or the interest arrows lies within a few pixels of the great circle's middle.
        const QColor stage = MapStyle::stageColor(QStringLiteral("exploratory_exchange"));
        bool inked = false;
        for (int dy = -4; dy <= 4 && !inked; ++dy) {
            for (int dx = -4; dx <= 4 && !inked; ++dx) {
                const QRgb c = m_image.pixel(pxMid.toPoint() + QPoint(dx, dy));
                inked = near(c, stage, 45) || near(c, MapStyle::interest(), 45);
            }
        }
        QVERIFY2(inked, qPrintable(arc.value(QStringLiteral("name")).toString()));
    }
}

void TestMapSampleRender::threeZoomLevels_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("city");
    QTest::newRow("fitted") << 1.0 << QStringLiteral("city:luoyang");
    QTest::newRow("China") << 3.0 << QStringLiteral("city:luoyang");
    QTest::newRow("central Mexico") << 12.0 << QStringLiteral("city:mexico-city");
}

void TestMapSampleRender::threeZoomLevels()
{
    QFETCH(double, factor);
    QFETCH(QString, city);
    const Actor* a = m_data.actor(id(city));
    MapViewport v = m_viewport;
    v.setCentre(QPointF(*a->city.longitude, *a->city.latitude));
    v.setZoom(m_viewport.zoom() * factor);
    const QImage image = m_renderer.renderToImage(v);
    const MapRenderer::Stats stats = m_renderer.lastStats();
    if (qEnvironmentVariableIsSet("CB_MAP_TEST_DUMP"))
        image.save(qEnvironmentVariable("CB_MAP_TEST_DUMP") + QStringLiteral(".zoom%1.png").arg(factor));
    QVERIFY(stats.markersDrawn >= 3);
    QVERIFY(stats.labelsDrawn >= 3);
    // The city at the centre keeps its colour at every zoom.
    const QRgb centre = image.pixel(v.lonLatToPixel(QPointF(*a->city.longitude, *a->city.latitude)).toPoint());
    const QString region = m_data.country(a->countryCode)->region;
    QVERIFY2(near(centre, MapStyle::groupColor(region), 40), qPrintable(QColor::fromRgb(centre).name()));
    if (factor >= 12.0) {
        // Zoomed in on central Mexico the clustered cities separate and most get a label.
        QVERIFY2(stats.labelsDrawn >= 8, qPrintable(QString::number(stats.labelsDrawn)));
    }
}

void TestMapSampleRender::mapExports()
{
    MapExporter exporter(m_renderer);
    const QString png = m_dir.filePath(QStringLiteral("map.png"));
    const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
    MapViewport big = m_viewport;
    big.setSize(QSize(2000, 1200));
    QVERIFY2(exporter.exportFile(png, big), qPrintable(exporter.errorString()));
    QVERIFY2(exporter.exportFile(svg, m_viewport), qPrintable(exporter.errorString()));
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(2000, 1200));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QString text;
    QVERIFY(svgText(bytes, &text));
    QVERIFY2(text.contains(QStringLiteral("洛阳")), "city labels in Chinese");
    QVERIFY2(text.contains(QStringLiteral("Legend")) || text.contains(QStringLiteral("图例")), "legend present");
    QVERIFY(text.contains(QStringLiteral("Natural Earth")));
    QVERIFY(text.contains(m_renderer.scene().title));
}

void TestMapSampleRender::matrixExports()
{
    const MapEvidence evidence(m_data, MapFilter());
    const MatrixTable themes = CityThemeMatrix::build(evidence).toTable(m_data, QStringLiteral("zh"),
                                                                         QStringLiteral("Themes by city"));
    const MatrixTable interests = CityInterestMatrix::build(evidence).toTable(m_data, QStringLiteral("en"),
                                                                              QStringLiteral("Interests between cities"));
    for (const MatrixTable* table : {&themes, &interests}) {
        MatrixExporter exporter(*table);
        const QString png = m_dir.filePath(QStringLiteral("matrix.png"));
        QVERIFY2(exporter.exportFile(png, QSize(1400, 1000)), qPrintable(exporter.errorString()));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1400, 1000));
        // Not blank: the heat cells bring colour.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                coloured += QColor::fromRgb(image.pixel(x, y)).hsvSaturation() > 60 ? 1 : 0;
        }
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
        const QByteArray svg = exporter.svgData();
        QString text;
        QVERIFY(svgText(svg, &text));
        QVERIFY(text.contains(table->title));
        QVERIFY(text.contains(table->layers.first().name)); // the legend's colour scale
        QVERIFY(text.contains(table->rowLabels.first()));
        QVERIFY(text.contains(QStringLiteral("UNOSSC")));
    }
    QVERIFY(themes.rowLabels.contains(QStringLiteral("洛阳")));
}

void TestMapSampleRender::exportErrors()
{
    MapExporter exporter(m_renderer);
    QVERIFY(!exporter.exportFile(m_dir.filePath(QStringLiteral("map.gif")), m_viewport));
    QVERIFY(exporter.errorString().contains(QStringLiteral(".png")));
    QVERIFY(!exporter.exportFile(QStringLiteral("/nonexistent-dir/x/map.png"), m_viewport));
    QVERIFY(!exporter.errorString().isEmpty());
    MatrixTable empty;
    MatrixExporter matrix(empty);
    QVERIFY(!matrix.exportFile(m_dir.filePath(QStringLiteral("m.png"))));
    QVERIFY(!matrix.errorString().isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("m.png"))));
}

// Painting text needs the font database, hence a QGuiApplication (offscreen).
QTEST_MAIN(TestMapSampleRender)
#include "tst_mapsamplerender.moc"
