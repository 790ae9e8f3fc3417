// SPDX-License-Identifier: GPL-3.0-or-later
// citybridge: with no subcommand it opens the window; with one (list, show, match, ...) it works on the
// terminal through core only, without creating any widget.
#include "GuiStart.h"
#include "cli/BriefCommand.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/MapCommand.h"
#include "cli/MergeCommand.h"
#include "cli/MigrateCommand.h"
#include "cli/PackageCommand.h"
#include "cli/RestoreCommand.h"

#include "i18n/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstring>
#include <functional>
#include <map>

namespace {

using Command = std::function<int(cb::cli::CliContext&)>;

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("list"), cb::cli::listCommand},
        {QStringLiteral("show"), cb::cli::showCommand},
        {QStringLiteral("match"), cb::cli::matchCommand},
        {QStringLiteral("paths"), cb::cli::pathsCommand},
        {QStringLiteral("generate"), cb::cli::generateCommand},
        {QStringLiteral("map"), cb::cli::mapCommand},
        {QStringLiteral("export"), cb::cli::exportCommand},
        {QStringLiteral("import"), cb::cli::importCommand},
        {QStringLiteral("brief"), cb::cli::briefCommand},
        {QStringLiteral("package"), cb::cli::packageCommand},
        {QStringLiteral("merge"), cb::cli::mergeCommand},
        {QStringLiteral("restore"), cb::cli::restoreCommand},
        {QStringLiteral("migrate-to"), cb::cli::migrateCommand},
    };
    return table;
}

QString languageArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

// --database URL with no command opens the window on that team database.
QString databaseArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--database") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--database=", 11) == 0)
            return QString::fromLocal8Bit(argv[i] + 11);
    }
    return {};
}

bool hasSubcommand(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") || arg == QLatin1String("--database")) {
            ++i; // its value is not a command: "citybridge --lang zh" opens the window in Chinese
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
            || arg == QLatin1String("-v") || commands().count(arg) > 0)
            return true;
        if (!arg.startsWith(QLatin1Char('-')))
            return true; // an unknown word: let the parser report it
    }
    return false;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        cb::cli::tr("CityBridge proposes, explains and tracks city-to-city partnerships for South-South cooperation.\n\n"
           "Commands:\n"
           "  list cities|institutions|themes   list the workspace's entries\n"
           "  show NAME                         everything known about a city or institution, with sources\n"
           "  match                             scored pairs and the global proposals, with explanations\n"
           "  paths A B                         who could introduce A to B, and the actors that bridge most\n"
           "  generate --cities N --out FILE    write a synthetic workspace (benchmarks, load tests)\n"
           "  map --out FILE                    draw the interest map as PNG or SVG (--theme, --country, ...)\n"
           "  export WHAT --format F --out FILE write cities, institutions, interests, proposals, partnerships\n"
           "                                    or the network as csv, xlsx, geojson or graphml\n"
           "  import FILE --mapping M.json      add a survey export (CSV, XLSX, ODS) to a workspace\n"
           "  brief A B --out FILE              the pairing brief of two cities as PDF, ODT or HTML\n"
           "  brief --all --out DIR             briefs for all current proposals\n"
           "  package --out FILE                a copy of the workspace to send to a colleague\n"
           "  merge PACKAGE --workspace W       merge a colleague's package (--dry-run shows the plan)\n"
           "  migrate-to TARGET --workspace W   copy a workspace into a new file or an empty PostgreSQL database\n\n"
           "A team database instead of a file: --database postgresql://user@host:port/database\n\n"
           "Without a command, the window opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), cb::cli::tr("The command to run (list, show, match)."));
    parser.addOptions({
        {QStringLiteral("workspace"), cb::cli::tr("Work on FILE instead of the bundled sample workspace."), cb::cli::tr("FILE")},
        {QStringLiteral("database"), cb::cli::tr("Work on the team's PostgreSQL database at URL (postgresql://user@host:port/database; the password from PGPASSWORD, ~/.pgpass or asked)."), cb::cli::tr("URL")},
        {QStringLiteral("lang"), cb::cli::tr("Language of the output: en, zh or es (default: the system's)."), cb::cli::tr("LANG")},
        {QStringLiteral("json"), cb::cli::tr("Print JSON instead of tables.")},
        {QStringLiteral("as-of"), cb::cli::tr("match, map: use only evidence dated up to DATE (YYYY-MM-DD)."), cb::cli::tr("DATE")},
        {QStringLiteral("k"), cb::cli::tr("match: partners per city in the global proposals (default 1)."), cb::cli::tr("K")},
        {QStringLiteral("top"), cb::cli::tr("match: how many pairs to explain (default 10)."), cb::cli::tr("N")},
        {QStringLiteral("city"), cb::cli::tr("match: rank the partners of this city."), cb::cli::tr("NAME")},
        {QStringLiteral("cross-border"), cb::cli::tr("match: only propose pairs from different countries (the default).")},
        {QStringLiteral("same-country"), cb::cli::tr("match: also propose pairs within one country.")},
        {QStringLiteral("cities"), cb::cli::tr("generate: number of cities."), cb::cli::tr("N")},
        {QStringLiteral("seed"), cb::cli::tr("generate: random seed (default 1)."), cb::cli::tr("S")},
        {QStringLiteral("out"), cb::cli::tr("generate: the workspace file to write; map: the PNG or SVG file."), cb::cli::tr("FILE")},
        {QStringLiteral("width"), cb::cli::tr("map: picture width in pixels (default 1600)."), cb::cli::tr("PX")},
        {QStringLiteral("height"), cb::cli::tr("map: picture height in pixels (default 900)."), cb::cli::tr("PX")},
        {QStringLiteral("theme"), cb::cli::tr("map: only evidence on this theme or cluster (key or name)."), cb::cli::tr("THEME")},
        {QStringLiteral("stage"), cb::cli::tr("map: only partnerships at this stage."), cb::cli::tr("STAGE")},
        {QStringLiteral("country"), cb::cli::tr("map: only this country or region (code or name)."), cb::cli::tr("PLACE")},
        {QStringLiteral("format"), cb::cli::tr("export: csv, xlsx, geojson or graphml; brief: pdf, odt or html (default: from the --out file name; pdf for brief --all)."), cb::cli::tr("FORMAT")},
        {QStringLiteral("since"), cb::cli::tr("map: only evidence dated from DATE (YYYY-MM-DD)."), cb::cli::tr("DATE")},
        {QStringLiteral("paper"), cb::cli::tr("brief: PDF paper size, a4 or letter (default a4)."), cb::cli::tr("SIZE")},
        {QStringLiteral("all"), cb::cli::tr("brief: write the briefs of all current proposals into --out DIR.")},
        {QStringLiteral("bilingual"), cb::cli::tr("brief: write the brief in both partners' languages, one after the other.")},
        {QStringLiteral("by"), cb::cli::tr("brief: the name printed after \"Prepared by\" (default CityBridge)."), cb::cli::tr("NAME")},
    });
}

int runCommandLine(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> application = cb::cli::isBriefCommand(argc, argv)
                                                              ? cb::cli::createBriefApplication(argc, argv)
                                                              : cb::cli::createCommandLineApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("CityBridge"));
    QCoreApplication::setOrganizationName(QStringLiteral("CityBridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYBRIDGE_VERSION));
    const QString requested = languageArgument(argc, argv);
    if (!requested.isEmpty() && !cb::isInterfaceLanguageCode(requested)) {
        QTextStream(stderr) << cb::cli::tr("Unknown language \"%1\": use en, zh or es.").arg(requested) << Qt::endl;
        return cb::cli::BadArguments;
    }
    cb::installLanguage(cb::chooseStartLanguage(requested, QString(), QLocale::system().name()));

    QCommandLineParser parser;
    addOptions(parser);
    cb::cli::addImportOptions(parser);
    cb::cli::addExchangeOptions(parser);
    cb::cli::addRestoreOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << Qt::endl << cb::cli::tr("Try: citybridge --help") << Qt::endl;
        return cb::cli::BadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return cb::cli::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("CityBridge ") << QCoreApplication::applicationVersion() << Qt::endl;
        return cb::cli::Ok;
    }
    const QString name = parser.positionalArguments().value(0);
    const auto it = commands().find(name);
    if (it == commands().end()) {
        err << cb::cli::tr("Unknown command \"%1\". Try: citybridge --help").arg(name) << Qt::endl;
        return cb::cli::BadArguments;
    }
    cb::cli::CliContext context(parser, out, err);
    return it->second(context);
}

} // namespace

int main(int argc, char** argv)
{
    if (hasSubcommand(argc, argv))
        return runCommandLine(argc, argv);
    return cb::app::startGui(argc, argv, languageArgument(argc, argv), databaseArgument(argc, argv));
}
