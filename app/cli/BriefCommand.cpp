// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefCommand.h"

#include "CliContext.h"

#include "brief/BriefBatch.h"
#include "brief/BriefBuilder.h"
#include "brief/BriefExporter.h"
#include "brief/BriefLanguage.h"
#include "matching/Matcher.h"
#include "matching/MatchSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstring>

namespace cb::cli {

bool isBriefCommand(int argc, char** argv)
{
    static const char* const withValue[] = {"--workspace", "--lang", "--as-of", "--out", "--format", "--paper", "--by",
                                            "--k", "--top", "--city", "--cities", "--seed", "--width", "--height",
                                            "--theme", "--stage", "--country", "--since"};
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            for (const char* option : withValue) {
                if (std::strcmp(argv[i], option) == 0)
                    ++i;
            }
            continue;
        }
        return std::strcmp(argv[i], "brief") == 0;
    }
    return false;
}

std::unique_ptr<QCoreApplication> createBriefApplication(int& argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int briefCommand(CliContext& ctx)
{
    QCommandLineParser& parser = ctx.parser();
    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList names = ctx.arguments();
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(all ? tr("brief --all needs --out DIR.") : tr("brief needs --out FILE."), BadArguments);
    if (!all && names.size() != 2)
        return ctx.fail(tr("brief needs two names, e.g. citybridge brief \"Mexico City\" Luoyang --out brief.pdf, "
                           "or --all."),
                        BadArguments);
    if (all && !names.isEmpty())
        return ctx.fail(tr("brief --all takes no names."), BadArguments);

    QString formatName = parser.value(QStringLiteral("format"));
    if (formatName.isEmpty())
        formatName = all ? QStringLiteral("pdf") : QFileInfo(out).suffix();
    const std::optional<BriefFormat> format = BriefExporter::formatFromName(formatName);
    if (!format)
        return ctx.fail(tr("Unknown brief format \"%1\": use pdf, odt or html.").arg(formatName), BadArguments);
    QPageSize::PageSizeId paper = QPageSize::A4;
    const QString paperName = parser.value(QStringLiteral("paper")).toLower();
    if (paperName == QLatin1String("letter"))
        paper = QPageSize::Letter;
    else if (!paperName.isEmpty() && paperName != QLatin1String("a4"))
        return ctx.fail(tr("Unknown paper size \"%1\": use a4 or letter.").arg(paperName), BadArguments);

    BriefOptions options;
    options.language = parser.isSet(QStringLiteral("bilingual")) ? QStringLiteral("bilingual") : ctx.language();
    options.preparedBy = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                             : QStringLiteral("CityBridge");
    MatchSettings settings;
    QStringList ignored;
    if (!ctx.openWorkspace())
        return BadWorkspace;
    settings = MatchSettings::fromMap(ctx.data().settings, &ignored);
    if (parser.isSet(QStringLiteral("as-of"))) {
        settings.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!settings.asOf.isValid())
            return ctx.fail(tr("--as-of needs a date as YYYY-MM-DD, e.g. 2021-01-31."), BadArguments);
    }
    const MatchResult result = Matcher::run(ctx.data(), settings, QDate::currentDate());
    if (!result.error.isEmpty())
        return ctx.fail(result.error);

    if (!all) {
        const Actor* a = ctx.resolveActor(names.at(0));
        if (!a)
            return BadArguments;
        const Actor* b = ctx.resolveActor(names.at(1));
        if (!b)
            return BadArguments;
        const int index = result.findPair(a->id, b->id);
        if (index < 0)
            return ctx.fail(tr("%1 and %2 are not a scored pair: they share no theme, interest or context.")
                                .arg(ctx.data().actorName(a->id, ctx.language()),
                                     ctx.data().actorName(b->id, ctx.language())));
        options.firstActor = a->id;
        QString error;
        const BriefDocument document = BriefBuilder::build(result, index, options, &error);
        if (document.blocks.isEmpty())
            return ctx.fail(error);
        if (!BriefExporter::writeFile(out, document, *format, paper, &error))
            return ctx.fail(error);
        ctx.out() << tr("Brief written to %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
        return Ok;
    }

    const QList<int> pairs(result.proposals.begin(), result.proposals.end());
    if (pairs.isEmpty())
        return ctx.fail(tr("There are no proposals to write briefs for."));
    const BriefBatchResult batch = BriefBatch::run(result, pairs, out, options, *format, paper);
    for (const QString& path : batch.written)
        ctx.out() << tr("Brief written to %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    for (const BriefBatchResult::Failure& failure : batch.failures)
        ctx.err() << tr("Failed: %1: %2").arg(failure.file, failure.error) << Qt::endl;
    ctx.out() << tr("%1 of %2 briefs written.").arg(batch.written.size()).arg(pairs.size()) << Qt::endl;
    return batch.ok() ? Ok : Failure;
}

} // namespace cb::cli
