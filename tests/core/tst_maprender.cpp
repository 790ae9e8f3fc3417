// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/GreatCircle.h"
#include "map/MapExporter.h"
#include "map/MapLegendPainter.h"
#include "map/MapRenderer.h"
#include "map/MapStyle.h"

#include <cmath>

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

constexpr qint64 kMexicoCity = 3530597;
constexpr qint64 kGuadalajara = 4005539;
constexpr qint64 kMonterrey = 3995465;
constexpr qint64 kLuoyang = 1801792;
constexpr qint64 kBeijing = 1816670;
constexpr qint64 kShanghai = 1796236;

cb::MapMarker marker(qint64 id, double lon, double lat, double weight, const char *region, const QString &label)
{
    cb::MapMarker m;
    m.id = id;
    m.longitude = lon;
    m.latitude = lat;
    m.weight = weight;
    m.colorGroup = QString::fromLatin1(region);
    m.label = label;
    m.tooltip = label;
    return m;
}

cb::MapScene testScene(bool chinese = false)
{
    auto name = [chinese](const char *en, const char *zh) {
        return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    };
    cb::MapScene scene;
    scene.title = QStringLiteral("Mexico–China corridor");
    scene.labelLanguage = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    scene.markers = {
        marker(kMexicoCity, -99.13, 19.43, 12.3, "Americas", name("Mexico City", "墨西哥城")),
        marker(kGuadalajara, -103.39, 20.67, 1.5, "Americas", name("Guadalajara", "瓜达拉哈拉")),
        marker(kMonterrey, -100.32, 25.67, 1.1, "Americas", name("Monterrey", "蒙特雷")),
        marker(kLuoyang, 112.45, 34.68, 1.4, "Asia", name("Luoyang", "洛阳")),
        marker(kBeijing, 116.40, 39.90, 11.7, "Asia", name("Beijing", "北京")),
        marker(kShanghai, 121.46, 31.22, 22.3, "Asia", name("Shanghai", "上海")),
    };
    scene.arcs.append({kMexicoCity, kLuoyang, cb::MapArc::Style::Partnership, QStringLiteral("active"), false, QString()});
    scene.arcs.append({kMonterrey, kShanghai, cb::MapArc::Style::Proposal, QString(), false, QString()});
    scene.arrows.append({kGuadalajara, kBeijing, 4, QStringLiteral("×4"), false, QString()});
    return scene;
}

bool near(QRgb actual, const QColor &expected, int tolerance)
{
    return std::abs(qRed(actual) - expected.red()) <= tolerance && std::abs(qGreen(actual) - expected.green()) <= tolerance
        && std::abs(qBlue(actual) - expected.blue()) <= tolerance;
}

QString describe(QRgb c)
{
    return QColor::fromRgb(c).name();
}

} // namespace

class TestMapRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pixelsWhereExpected();
    void legendFollowsLayers();
    void levelOfDetailBoundsWork();
    void pngExport();
    void svgExport();
    void chineseLabels();
    void exportErrors();

private:
    cb::MapRenderer m_renderer;
    cb::MapViewport m_viewport;
};

void TestMapRender::initTestCase()
{
    m_renderer.setScene(testScene());
    m_viewport = m_renderer.fitViewport({}, QSize(900, 500));
}

void TestMapRender::pixelsWhereExpected()
{
    const QImage image = m_renderer.renderToImage(m_viewport);
    QCOMPARE(image.size(), QSize(900, 500));
    if (qEnvironmentVariableIsSet("CB_MAP_TEST_DUMP"))
        image.save(qEnvironmentVariable("CB_MAP_TEST_DUMP"));
    QCOMPARE(m_renderer.lastStats().markersDrawn, 6);
    QCOMPARE(m_renderer.lastStats().arcsDrawn, 2);
    QCOMPARE(m_renderer.lastStats().arrowsDrawn, 1);
    QCOMPARE(m_renderer.lastStats().labelsDrawn, 6);

    const cb::MapLegendPainter furniture(m_renderer.scene(), m_renderer.effectiveLegend(), m_viewport.size());
    const QRectF legend = furniture.layout().legend;
    auto sample = [&](const QPointF &lonLat) {
        const QPoint px = m_viewport.lonLatToPixel(lonLat).toPoint();
        if (!image.rect().contains(px) || legend.contains(px))
            qFatal("sample point %g,%g is not in the open map", lonLat.x(), lonLat.y());
        return image.pixel(px);
    };
    // The centre of the Mexico City disc carries its group's colour.
    const QRgb mexico = sample(QPointF(-99.13, 19.43));
    QVERIFY2(near(mexico, cb::MapStyle::groupColor(QStringLiteral("Americas")), 10), qPrintable(describe(mexico)));
    const QRgb shanghai = sample(QPointF(121.46, 31.22));
    QVERIFY2(near(shanghai, cb::MapStyle::groupColor(QStringLiteral("Asia")), 10), qPrintable(describe(shanghai)));
    // Open sea in the eastern Pacific, land in Sichuan.
    const QRgb sea = sample(QPointF(-135, 12));
    QVERIFY2(near(sea, cb::MapStyle::sea(), 3), qPrintable(describe(sea)));
    const QRgb land = sample(QPointF(106, 28));
    QVERIFY2(near(land, cb::MapStyle::land(), 3), qPrintable(describe(land)));
    // A third of the way along the partnership, off the coast of Alaska, the line has its stage colour.
    const QPointF middle = cb::GreatCircle::pointAt(QPointF(-99.13, 19.43), QPointF(112.45, 34.68), 0.3);
    QVERIFY(middle.y() > 45);
    const QRgb line = sample(middle);
    QVERIFY2(near(line, cb::MapStyle::stageColor(QStringLiteral("active")), 40), qPrintable(describe(line)));

    // The legend box is drawn: mostly its pale panel, with dark text and coloured symbols in it.
    QVERIFY(legend.width() > 60 && legend.height() > 60);
    int dark = 0;
    int coloured = 0;
    for (int y = int(legend.top()) + 2; y < int(legend.bottom()) - 2; ++y) {
        for (int x = int(legend.left()) + 2; x < int(legend.right()) - 2; ++x) {
            const QColor c = QColor::fromRgb(image.pixel(x, y));
            if (c.lightness() < 90)
                ++dark;
            if (c.hsvSaturation() > 120 && c.value() > 60)
                ++coloured;
        }
    }
    QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
}

void TestMapRender::legendFollowsLayers()
{
    cb::MapRenderer renderer;
    renderer.setScene(testScene());
    QStringList labels;
    for (const cb::MapLegendEntry &e : renderer.effectiveLegend())
        labels << e.label;
    QCOMPARE(labels, QStringList({QStringLiteral("Americas"), QStringLiteral("Asia"),
                                  QStringLiteral("Expressed interest"), QStringLiteral("Proposed pairing"),
                                  QStringLiteral("Partnership: active")}));
    cb::MapLayers layers;
    layers.interests = false;
    layers.proposals = false;
    renderer.setLayers(layers);
    QCOMPARE(renderer.effectiveLegend().size(), 3);
    // A caller's legend replaces the automatic one.
    cb::MapScene scene = testScene();
    scene.legend = {{cb::MapLegendEntry::Symbol::Twin, QStringLiteral("Hermanamientos"), QString()}};
    renderer.setScene(scene);
    QCOMPARE(renderer.effectiveLegend().size(), 1);
    QCOMPARE(renderer.effectiveLegend().first().label, QStringLiteral("Hermanamientos"));
}

void TestMapRender::levelOfDetailBoundsWork()
{
    cb::MapScene scene;
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) / double(1 << 24);
    };
    for (int i = 0; i < 6000; ++i) {
        cb::MapMarker m = marker(i + 1, -180 + 360 * next(), -60 + 130 * next(), std::pow(next(), 4) * 1000, "Europe",
                                 QStringLiteral("Place %1").arg(i + 1));
        m.selected = i == 4321;
        scene.markers.append(m);
    }
    for (int i = 0; i < 6000; ++i)
        scene.arcs.append({qint64(i + 1), qint64((i * 7919) % 6000 + 1), cb::MapArc::Style::Twin, QString(), false, QString()});
    cb::MapRenderer renderer;
    renderer.setScene(scene);
    const cb::MapViewport world = cb::MapViewport::world(QSize(1000, 560));
    renderer.renderToImage(world);
    const cb::MapRenderer::Stats far = renderer.lastStats();
    // Zoomed out, lighter markers that would share a screen cell are skipped, and labels are rationed.
    QVERIFY2(far.markersDrawn < 6000 && far.markersDrawn > 1000, qPrintable(QString::number(far.markersDrawn)));
    QVERIFY(far.labelsDrawn > 20 && far.labelsDrawn <= 320);
    QVERIFY(far.arcsDrawn > 0 && far.arcsDrawn <= 4000);
    // Zoomed in on a small area, everything there is drawn and most of the world is culled.
    cb::MapViewport close(world.projection(), QPointF(10, 10), 40, world.size());
    renderer.renderToImage(close);
    QVERIFY(renderer.lastStats().markersDrawn < far.markersDrawn);
    QVERIFY(renderer.lastStats().arcsDrawn < far.arcsDrawn);
}

void TestMapRender::pngExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("map.png"));
    cb::MapExporter exporter(m_renderer);
    QVERIFY2(exporter.exportPng(path, m_viewport), qPrintable(exporter.errorString()));
    QImage loaded;
    QVERIFY(loaded.load(path, "PNG"));
    QCOMPARE(loaded.size(), m_viewport.size());
    const QImage direct = m_renderer.renderToImage(m_viewport);
    const QPoint px = m_viewport.lonLatToPixel(QPointF(-99.13, 19.43)).toPoint();
    QCOMPARE(loaded.pixel(px), direct.pixel(px));
}

void TestMapRender::svgExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.svg"));
    cb::MapExporter exporter(m_renderer);
    QVERIFY2(exporter.exportSvg(path, m_viewport), qPrintable(exporter.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();

    QXmlStreamReader xml(svg);
    QStringList texts;
    QStringList strokes; // stroke colour of the group around each polyline/path
    QStringList groupStroke{QString()};
    bool sawSvgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("svg"))
                sawSvgRoot = true;
            if (name == QLatin1String("g"))
                groupStroke.append(xml.attributes().value(QLatin1String("stroke")).toString());
            if (name == QLatin1String("polyline") || name == QLatin1String("path"))
                strokes.append(groupStroke.last());
            if (name == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
            groupStroke.removeLast();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvgRoot);
    QVERIFY(texts.contains(QStringLiteral("Legend")));
    QVERIFY(texts.contains(QStringLiteral("Partnership: active")));
    QVERIFY(texts.contains(QStringLiteral("Mexico City")));
    QVERIFY(texts.contains(QStringLiteral("Natural Earth; GeoNames CC BY 4.0")));
    // The partnership arc is a vector line in its stage colour.
    QVERIFY2(strokes.contains(cb::MapStyle::stageColor(QStringLiteral("active")).name()),
             qPrintable(strokes.join(QLatin1Char(' '))));
    QVERIFY(!exporter.svgData(m_viewport).isEmpty());
}

void TestMapRender::chineseLabels()
{
    const QFont font = cb::MapStyle::labelFont(QStringLiteral("zh_CN"), 14);
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
        QSKIP("fonts-noto-cjk is not installed");
    QCOMPARE(QFontInfo(font).family(), QStringLiteral("Noto Sans CJK SC"));
    QVERIFY(QFontInfo(cb::MapStyle::labelFont(QStringLiteral("es"), 14)).family() != QStringLiteral("Noto Sans CJK SC"));

    cb::MapRenderer renderer;
    renderer.setScene(testScene(true));
    const QImage image = renderer.renderToImage(m_viewport);
    QCOMPARE(renderer.lastStats().labelsDrawn, 6);
    // Glyphs, not tofu boxes: the label beside Luoyang has many dark, varied pixels.
    const QPoint luoyang = m_viewport.lonLatToPixel(QPointF(112.45, 34.68)).toPoint();
    int dark = 0;
    for (int y = luoyang.y() - 20; y <= luoyang.y() + 20; ++y) {
        for (int x = luoyang.x() - 60; x <= luoyang.x() + 60; ++x) {
            if (image.rect().contains(x, y) && QColor::fromRgb(image.pixel(x, y)).lightness() < 80)
                ++dark;
        }
    }
    QVERIFY2(dark > 25, qPrintable(QString::number(dark)));
    cb::MapExporter exporter(renderer);
    const QString svg = QString::fromUtf8(exporter.svgData(m_viewport));
    QVERIFY(svg.contains(QStringLiteral("洛阳")));
    QVERIFY(svg.contains(QStringLiteral("Noto Sans CJK SC")));
}

void TestMapRender::exportErrors()
{
    cb::MapExporter exporter(m_renderer);
    QVERIFY(!exporter.exportPng(QStringLiteral("/nonexistent-dir/map.png"), m_viewport));
    QVERIFY(exporter.errorString().contains(QStringLiteral("/nonexistent-dir/map.png")));
    cb::MapViewport empty = m_viewport;
    empty.setSize(QSize(0, 0));
    QVERIFY(!exporter.exportSvg(QStringLiteral("/tmp/never-written.svg"), empty));
    QVERIFY(!exporter.errorString().isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.svg")));
}

// Text needs fonts, and fonts need a QGuiApplication (no widgets: core links only QtGui; ctest runs it offscreen).
QTEST_MAIN(TestMapRender)
#include "tst_maprender.moc"
