// SPDX-License-Identifier: GPL-3.0-or-later
// Map rendering benchmark: the full GeoNames gazetteer (24k markers) and the Wikipedia twin-town
// list (26k links), painted at 1366x768 after a zoom at three zoom levels, median of 10.
//
//   bench_maprender [--snapshots DIR]   (DIR receives map-*.png views for a visual check)

#include "TestPaths.h"
#include "map/MapExporter.h"
#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/WorldGeometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QTextStream>

namespace {

struct City
{
    qint64 id;
    QString name, zh, es, country;
    double lat, lon, population;
};

QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QVector<City> loadGazetteer(const QString &path)
{
    QVector<City> cities;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return cities;
    QTextStream in(&file);
    in.readLine();
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char('\t'));
        if (f.size() < 13)
            continue;
        cities.append(City{f.at(0).toLongLong(), f.at(1), f.at(10), f.at(12), f.at(4), f.at(8).toDouble(),
                           f.at(9).toDouble(), f.at(7).toDouble()});
    }
    return cities;
}

QString labelFor(const City &c, const QString &lang)
{
    if (lang == QLatin1String("zh") && !c.zh.isEmpty())
        return c.zh;
    if (lang == QLatin1String("es") && !c.es.isEmpty())
        return c.es;
    return c.name;
}

cb::MapScene buildScene(const QVector<City> &cities, const QString &twinPath, const QString &lang)
{
    const cb::WorldGeometry &world = cb::WorldGeometry::builtIn();
    cb::MapScene scene;
    scene.labelLanguage = lang;
    scene.title = QStringLiteral("CityBridge — cities and twin towns");
    QHash<qint64, QVector<int>> grid; // 0.2° cells -> marker index, to attach twin towns to gazetteer cities
    auto cellKey = [](double lat, double lon) {
        return qint64(std::floor((lat + 90) * 5)) * 10000 + qint64(std::floor((lon + 180) * 5));
    };
    for (const City &c : cities) {
        cb::MapMarker m;
        m.id = c.id;
        m.longitude = c.lon;
        m.latitude = c.lat;
        m.label = labelFor(c, lang);
        m.tooltip = c.name;
        m.weight = c.population;
        m.colorGroup = world.regionForIso2(c.country);
        grid[cellKey(c.lat, c.lon)].append(scene.markers.size());
        scene.markers.append(m);
    }
    QFile file(twinPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return scene;
    QTextStream in(&file);
    in.readLine();
    qint64 nextId = 1000000000;
    auto markerFor = [&](const QString &name, double lat, double lon) -> qint64 {
        const qint64 centre = cellKey(lat, lon);
        int best = -1;
        double bestD = 0.15 * 0.15;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                for (const int i : grid.value(centre + dy * 10000 + dx)) {
                    const cb::MapMarker &m = scene.markers.at(i);
                    const double d = (m.latitude - lat) * (m.latitude - lat) + (m.longitude - lon) * (m.longitude - lon);
                    if (d < bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        if (best >= 0)
            return scene.markers.at(best).id;
        cb::MapMarker m;
        m.id = nextId++;
        m.longitude = lon;
        m.latitude = lat;
        m.label = name;
        m.tooltip = name;
        m.weight = 0;
        const cb::MapCountry *country = world.countryAt(QPointF(lon, lat));
        m.colorGroup = country ? country->region : QString();
        grid[centre].append(scene.markers.size());
        scene.markers.append(m);
        return m.id;
    };
    while (!in.atEnd()) {
        const QStringList f = splitCsv(in.readLine());
        if (f.size() < 8)
            continue;
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        const double lat1 = f.at(2).toDouble(&ok1), lon1 = f.at(3).toDouble(&ok2);
        const double lat2 = f.at(6).toDouble(&ok3), lon2 = f.at(7).toDouble(&ok4);
        if (!(ok1 && ok2 && ok3 && ok4))
            continue;
        cb::MapArc arc;
        arc.aId = markerFor(f.at(0), lat1, lon1);
        arc.bId = markerFor(f.at(4), lat2, lon2);
        arc.style = cb::MapArc::Style::Twin;
        scene.arcs.append(arc);
    }
    return scene;
}

// The product's showcase on top of the full load: Mexico City and Luoyang with interests and proposals.
void addCorridor(cb::MapScene *scene)
{
    const qint64 mexico = 3530597, luoyang = 1801792, guadalajara = 4005539, xian = 1790630, dunhuang = 1529531;
    scene->arrows.append({mexico, luoyang, 4, QStringLiteral("×4"), false, QString()});
    scene->arrows.append({luoyang, mexico, 2, QStringLiteral("×2"), false, QString()});
    scene->arrows.append({guadalajara, xian, 1, QString(), false, QString()});
    scene->arcs.append({mexico, luoyang, cb::MapArc::Style::Partnership, QStringLiteral("active"), false, QString()});
    scene->arcs.append({guadalajara, dunhuang, cb::MapArc::Style::Proposal, QString(), false, QString()});
    for (cb::MapMarker &m : scene->markers) {
        if (m.id == mexico || m.id == luoyang)
            m.selected = m.id == luoyang;
    }
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.at(v.size() / 2) + v.at((v.size() - 1) / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    // The benchmark paints into images only; it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int snapIndex = args.indexOf(QStringLiteral("--snapshots"));
    const QString snapshotDir = snapIndex > 0 && snapIndex + 1 < args.size() ? args.at(snapIndex + 1) : QString();
    const QString data = cb::test::sharedDataDir();
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const QVector<City> cities = loadGazetteer(data + QStringLiteral("/gazetteer/cities15000_en_zh_es.tsv"));
    const double parseMs = timer.nsecsElapsed() / 1e6;
    if (cities.isEmpty()) {
        out << "cannot read the gazetteer under " << data << "\n";
        return 1;
    }
    timer.restart();
    cb::MapScene scene = buildScene(cities, data + QStringLiteral("/twin-towns/twin_cities_geocoded.csv"),
                                    QStringLiteral("en"));
    const double sceneMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    cb::MapRenderer renderer;
    renderer.setScene(scene);
    const double prepareMs = timer.nsecsElapsed() / 1e6;
    out << "markers " << scene.markers.size() << ", twin links " << scene.arcs.size() << "\n";
    out << "gazetteer parse " << parseMs << " ms, scene build (incl. twin CSV) " << sceneMs
        << " ms, renderer setScene " << prepareMs << " ms\n";

    const QSize size(1366, 768);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    struct Level
    {
        const char *name;
        QPointF centre;
        double zoom;
    };
    const Level levels[] = {{"world", {10, 20}, 1.0}, {"europe", {12, 49}, 5.0}, {"mexico", {-99.1, 19.4}, 24.0}};
    for (const Level &level : levels) {
        QVector<double> times;
        cb::MapRenderer::Stats stats;
        for (int run = 0; run < 10; ++run) {
            cb::MapViewport base(cb::MapProjection(cb::MapProjection::Kind::NaturalEarth, level.centre.x()),
                                 level.centre, level.zoom / 1.1, size);
            // A real wheel step: the new view differs from the last one.
            const cb::MapViewport v = base.zoomedAt(QPointF(size.width() / 2.0 + run, size.height() / 2.0), 1.1);
            QPainter painter(&image);
            timer.restart();
            renderer.render(&painter, v);
            painter.end();
            times.append(timer.nsecsElapsed() / 1e6);
            stats = renderer.lastStats();
        }
        out << "repaint " << level.name << " (zoom " << level.zoom << "): median " << median(times) << " ms, min "
            << *std::min_element(times.begin(), times.end()) << " ms; drew " << stats.markersDrawn << " markers, "
            << stats.labelsDrawn << " labels, " << stats.arcsDrawn << " links\n";
    }

    if (!snapshotDir.isEmpty()) {
        struct Snap
        {
            const char *file;
            const char *lang;
            QPointF centre;
            double meridian;
            double zoom;
            bool corridor;
            bool twins;
        };
        const Snap snaps[] = {
            {"map-world.png", "en", {10, 0}, 10, 1.0, false, true},
            {"map-pacific.png", "zh", {170, 25}, 170, 1.6, true, false},
            {"map-mexico-es.png", "es", {-99.5, 20.5}, -99.5, 14.0, true, true},
            {"map-china-zh.png", "zh", {110, 32}, 110, 5.0, true, false},
            {"map-europe-es.png", "es", {12, 48}, 12, 5.0, false, true},
        };
        for (const Snap &s : snaps) {
            cb::MapScene localized = buildScene(cities, data + QStringLiteral("/twin-towns/twin_cities_geocoded.csv"),
                                                QString::fromLatin1(s.lang));
            if (s.corridor)
                addCorridor(&localized);
            localized.layers.twinTowns = s.twins;
            cb::MapRenderer snapRenderer;
            snapRenderer.setScene(localized);
            cb::MapExporter exporter(snapRenderer);
            const cb::MapViewport v(cb::MapProjection(cb::MapProjection::Kind::NaturalEarth, s.meridian), s.centre,
                                    s.zoom, size);
            const QString path = snapshotDir + QLatin1Char('/') + QString::fromLatin1(s.file);
            if (!exporter.exportPng(path, v))
                out << exporter.errorString() << "\n";
            else
                out << "wrote " << path << "\n";
        }
    }
    return 0;
}
