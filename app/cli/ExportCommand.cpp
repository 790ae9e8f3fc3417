// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliContext.h"

#include "exporting/Exporter.h"
#include "matching/MatchSettings.h"
#include "matching/Matcher.h"

#include <QDir>
#include <QRegularExpression>

namespace cb::cli {

int exportCommand(CliContext& ctx)
{
    QCommandLineParser& parser = ctx.parser();
    const QStringList args = ctx.arguments();
    const QString usage = tr("Usage: citybridge export cities|institutions|interests|proposals|partnerships|network "
                             "--format csv|xlsx|geojson|graphml --out FILE");
    if (args.size() != 1)
        return ctx.fail(usage, BadArguments);
    const std::optional<ExportDataset> dataset = Exporter::datasetFromKey(args.first());
    if (!dataset)
        return ctx.fail(tr("Unknown export \"%1\".").arg(args.first()) + QLatin1Char('\n') + usage, BadArguments);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(tr("export needs --out FILE."), BadArguments);
    QString error;
    // Checked before anything else: a wrong path should not wait for the workspace and the matcher.
    if (!Exporter::checkTarget(out, &error))
        return ctx.fail(error);
    std::optional<ExportFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = Exporter::formatFromKey(parser.value(QStringLiteral("format")));
        if (!format)
            return ctx.fail(tr("Unknown format \"%1\": use csv, xlsx, geojson or graphml.")
                                .arg(parser.value(QStringLiteral("format"))),
                            BadArguments);
    } else {
        format = Exporter::formatFromFileName(out);
        if (!format)
            return ctx.fail(tr("Cannot tell the format of %1: give --format csv, xlsx, geojson or graphml.").arg(out),
                            BadArguments);
    }
    if (!Exporter::supports(*dataset, *format))
        return ctx.fail(tr("%1 cannot be exported as %2.").arg(args.first(), Exporter::formatSuffix(*format)),
                        BadArguments);
    ExportOptions options;
    options.language = ctx.language();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QString text = parser.value(QStringLiteral("as-of")).trimmed();
        // Qt's ISO parser also takes 2021/01/31; only the documented form is accepted.
        static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (isoDay.match(text).hasMatch())
            options.asOf = QDate::fromString(text, Qt::ISODate);
        if (!options.asOf.isValid())
            return ctx.fail(tr("--as-of needs a date as YYYY-MM-DD, e.g. 2021-01-31."), BadArguments);
    }
    if (!ctx.openWorkspace())
        return BadWorkspace;
    const WorkspaceData& data = ctx.data();

    MatchResult result;
    const bool needsProposals = *dataset == ExportDataset::Proposals || *dataset == ExportDataset::Network;
    if (needsProposals) {
        // The same proposals `citybridge match --as-of` prints: stored settings, the same date.
        QStringList ignored;
        MatchSettings settings = MatchSettings::fromMap(data.settings, &ignored);
        if (options.asOf.isValid())
            settings.asOf = options.asOf;
        result = Matcher::run(data, settings, QDate::currentDate());
        if (!result.error.isEmpty())
            return ctx.fail(result.error);
    }
    Exporter exporter(data, options);
    if (needsProposals)
        exporter.setProposals(&result);
    if (!exporter.exportFile(out, *dataset, *format))
        return ctx.fail(exporter.errorString());
    ctx.out() << tr("Exported %n item(s) to %1.", nullptr, exporter.itemCount()).arg(QDir::toNativeSeparators(out))
              << Qt::endl;
    return Ok;
}

} // namespace cb::cli
