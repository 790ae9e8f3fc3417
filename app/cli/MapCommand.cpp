// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapCommand.h"

#include "CliContext.h"

#include "domain/Partnership.h"
#include "map/MapExporter.h"
#include "map/MapFilter.h"
#include "map/MapProposal.h"
#include "map/MapRenderer.h"
#include "map/MapSceneBuilder.h"
#include "matching/Matcher.h"
#include "matching/MatchSettings.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <cstring>

namespace cb::cli {

namespace {

constexpr int kMinSide = 200;
constexpr int kMaxSide = 10000;

bool readSide(CliContext& ctx, const QString& option, int fallback, int* value)
{
    *value = fallback;
    if (!ctx.parser().isSet(option))
        return true;
    bool ok = false;
    *value = ctx.parser().value(option).toInt(&ok);
    if (ok && *value >= kMinSide && *value <= kMaxSide)
        return true;
    ctx.err() << tr("--%1 needs a whole number of pixels from %2 to %3.").arg(option).arg(kMinSide).arg(kMaxSide)
              << Qt::endl;
    return false;
}

bool readDate(CliContext& ctx, const QString& option, QDate* date)
{
    if (!ctx.parser().isSet(option))
        return true;
    *date = QDate::fromString(ctx.parser().value(option), Qt::ISODate);
    if (date->isValid())
        return true;
    ctx.err() << tr("--%1 needs a date as YYYY-MM-DD, e.g. 2021-01-31.").arg(option) << Qt::endl;
    return false;
}

} // namespace

std::unique_ptr<QCoreApplication> createCommandLineApplication(int& argc, char** argv)
{
    // The first word that is not an option or an option's value names the command.
    static const char* const withValue[] = {"--workspace", "--lang", "--as-of", "--k", "--top", "--city", "--cities",
                                            "--seed", "--out", "--width", "--height", "--theme", "--stage",
                                            "--country", "--since"};
    bool map = false;
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            for (const char* option : withValue) {
                if (std::strcmp(argv[i], option) == 0)
                    ++i;
            }
            continue;
        }
        map = std::strcmp(argv[i], "map") == 0;
        break;
    }
    if (!map)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int mapCommand(CliContext& ctx)
{
    QCommandLineParser& parser = ctx.parser();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(tr("map needs --out FILE (.png or .svg)."), BadArguments);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return ctx.fail(tr("Cannot tell the format of %1: use a .png or .svg file name.").arg(out), BadArguments);
    int width = 0;
    int height = 0;
    if (!readSide(ctx, QStringLiteral("width"), 1600, &width) || !readSide(ctx, QStringLiteral("height"), 900, &height))
        return BadArguments;
    MapFilter filter;
    if (!readDate(ctx, QStringLiteral("as-of"), &filter.to) || !readDate(ctx, QStringLiteral("since"), &filter.from))
        return BadArguments;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return ctx.fail(tr("--since must not be later than --as-of."), BadArguments);
    if (parser.isSet(QStringLiteral("stage"))) {
        filter.stage = parser.value(QStringLiteral("stage")).trimmed().toLower();
        if (!stage::isValid(filter.stage))
            return ctx.fail(tr("Unknown stage \"%1\": use one of %2.")
                                .arg(filter.stage, stage::all().join(QStringLiteral(", "))),
                            BadArguments);
    }
    if (!ctx.openWorkspace())
        return BadWorkspace;
    const WorkspaceData& data = ctx.data();
    QString error;
    if (parser.isSet(QStringLiteral("theme"))) {
        filter.theme = MapFilter::findTheme(data, parser.value(QStringLiteral("theme")), &error);
        if (filter.theme == 0)
            return ctx.fail(error, BadArguments);
    }
    if (parser.isSet(QStringLiteral("country")) && !filter.setPlace(data, parser.value(QStringLiteral("country")), &error))
        return ctx.fail(error, BadArguments);

    // The dashed arcs are the proposals `citybridge match --as-of` prints: stored settings, the same date.
    QStringList ignored;
    MatchSettings settings = MatchSettings::fromMap(data.settings, &ignored);
    if (filter.to.isValid())
        settings.asOf = filter.to;
    const MatchResult result = Matcher::run(data, settings, QDate::currentDate());
    if (!result.error.isEmpty())
        return ctx.fail(result.error);

    MapSceneOptions options;
    options.language = ctx.language();
    options.proposals = mapProposalsFrom(result);
    const MapScene scene = MapSceneBuilder::build(data, filter, options);
    if (scene.markers.isEmpty())
        return ctx.fail(tr("Nothing to draw: no city has evidence under these filters."));
    MapRenderer renderer;
    renderer.setScene(scene);
    const MapViewport viewport = renderer.fitViewport({}, QSize(width, height));
    MapExporter exporter(renderer);
    if (!exporter.exportFile(out, viewport))
        return ctx.fail(exporter.errorString());
    int cities = 0;
    for (const MapMarker& m : scene.markers)
        cities += m.group ? 0 : 1;
    ctx.out() << tr("Map written to %1: %2").arg(out, scene.title) << Qt::endl
              << QStringList{tr("%n city marker(s)", nullptr, cities), tr("%n interest arrow(s)", nullptr, int(scene.arrows.size())),
                             tr("%n link(s)", nullptr, int(scene.arcs.size()))}
                     .join(ctx.language() == QLatin1String("zh") ? QStringLiteral("，") : QStringLiteral(", "))
              << Qt::endl;
    return Ok;
}

} // namespace cb::cli
