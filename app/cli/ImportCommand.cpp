// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliContext.h"

#include "gazetteer/Gazetteer.h"
#include "importing/ImportEdit.h"
#include "importing/ImportPlanner.h"
#include "importing/MappingSuggester.h"
#include "importing/SurveyFile.h"
#include "io/TextEncoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cb::cli {

void addImportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("mapping"), tr("import: the column mapping (JSON) to use."), tr("FILE")},
        {QStringLiteral("write-mapping"), tr("import: save the mapping used (or suggested from the headers) to FILE."),
         tr("FILE")},
        {QStringLiteral("sheet"), tr("import: the sheet of a workbook to read (default 1)."), tr("N")},
        {QStringLiteral("encoding"), tr("import: the text encoding of a CSV file (utf-8, gb18030, windows-1252, ...)."),
         tr("ENCODING")},
        {QStringLiteral("delimiter"), tr("import: the delimiter of a CSV file (, ; or tab)."), tr("D")},
        {QStringLiteral("dry-run"), tr("import: print what would be added, write nothing.")},
        {QStringLiteral("preview"), tr("import: print the parsed rows, before any mapping (with --json: as JSON).")},
        {QStringLiteral("accept-uncertain"), tr("import: \"skip\" leaves out rows whose names need confirming."),
         tr("ACTION")},
        {QStringLiteral("skip-bad-rows"), tr("import: leave out rows with problems instead of stopping.")},
    });
}

int importCommand(CliContext& ctx)
{
    QCommandLineParser& p = ctx.parser();
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.fail(tr("Usage: citybridge import FILE --mapping MAPPING.json [--workspace FILE] [--dry-run]"),
                        BadArguments);
    const QString file = args.first();

    TableReadOptions options;
    if (p.isSet(QStringLiteral("encoding"))) {
        const auto encoding = textEncodingFromName(p.value(QStringLiteral("encoding")));
        if (!encoding)
            return ctx.fail(tr("Unknown encoding \"%1\".").arg(p.value(QStringLiteral("encoding"))), BadArguments);
        options.encoding = *encoding;
    }
    if (p.isSet(QStringLiteral("delimiter"))) {
        const QString d = p.value(QStringLiteral("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            options.delimiter = QLatin1Char('\t');
        else if (d.size() == 1 && (d == QLatin1String(",") || d == QLatin1String(";") || d == QLatin1String("\t")))
            options.delimiter = d.front();
        else
            return ctx.fail(tr("The delimiter must be \",\", \";\" or \"tab\"."), BadArguments);
    }
    ColumnMapping mapping;
    QString error;
    const bool hasMapping = p.isSet(QStringLiteral("mapping"));
    if (hasMapping && !mapping.load(p.value(QStringLiteral("mapping")), &error))
        return ctx.fail(error, BadArguments);
    int sheet = mapping.sheet;
    if (p.isSet(QStringLiteral("sheet"))) {
        bool ok = false;
        sheet = p.value(QStringLiteral("sheet")).toInt(&ok) - 1;
        if (!ok || sheet < 0)
            return ctx.fail(tr("--sheet needs a sheet number from 1."), BadArguments);
    }

    SurveyFile survey;
    if (!survey.read(file, options, sheet, -1, &error))
        return ctx.fail(error);

    if (p.isSet(QStringLiteral("preview"))) {
        if (ctx.json()) {
            QJsonArray rows;
            for (const QStringList& row : survey.rows)
                rows.append(QJsonArray::fromStringList(row));
            ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            for (const QStringList& row : survey.rows)
                ctx.out() << row.join(QLatin1Char('\t')) << Qt::endl;
        }
        return Ok;
    }

    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun && !ctx.hasWorkspaceOption())
        return ctx.fail(tr("An import writes to a workspace: give it with --workspace FILE. The bundled sample is "
                           "never changed by an import (use --dry-run to see what would be added to it)."),
                        BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;
    const QStringList headers = survey.rows.value(mapping.headerRow - 1);
    if (hasMapping)
        mapping.alignTo(headers);
    else
        mapping = MappingSuggester(ctx.data().themes).suggestMapping(headers);
    if (p.isSet(QStringLiteral("write-mapping")) && !mapping.save(p.value(QStringLiteral("write-mapping")), &error))
        return ctx.fail(error);
    if (!hasMapping) {
        ctx.err() << tr("No --mapping given; the columns were mapped from their headers:") << Qt::endl;
        for (const ColumnRule& rule : mapping.rules)
            ctx.err() << QStringLiteral("  %1. %2 -> %3").arg(rule.column + 1).arg(rule.header, importFieldLabel(rule.field))
                      << Qt::endl;
    }

    const ImportPlanner planner(ctx.data(), Gazetteer::bundled());
    ImportPlan plan = planner.plan(survey.rows, mapping, file, survey.sha256);
    const QString accept = p.value(QStringLiteral("accept-uncertain"));
    if (!accept.isEmpty() && accept != QLatin1String("skip"))
        return ctx.fail(tr("--accept-uncertain only accepts \"skip\"."), BadArguments);
    if (!plan.uncertain.isEmpty()) {
        ctx.out() << tr("Names to confirm:") << Qt::endl;
        for (const UncertainName& u : plan.uncertain) {
            QStringList rows;
            for (int r : u.rows)
                rows << QString::number(r);
            ctx.out() << QStringLiteral("  ") << tr("%1 (rows %2): %3").arg(u.name, rows.join(QStringLiteral(", ")),
                                                                             u.resolution.reason)
                      << Qt::endl;
            for (const ResolutionCandidate& c : u.resolution.candidates)
                ctx.out() << QStringLiteral("    ") << c.choice << QStringLiteral("  ") << c.label << Qt::endl;
        }
        if (accept == QLatin1String("skip")) {
            for (const UncertainName& u : plan.uncertain)
                mapping.setChoice(u.name, QStringLiteral("skip"));
            plan = planner.plan(survey.rows, mapping, file, survey.sha256);
        }
    }
    for (const ImportIssue& issue : plan.issues)
        ctx.out() << ImportPlan::formatIssue(issue) << Qt::endl;
    ctx.out() << plan.summary() << Qt::endl;

    if (!plan.uncertain.isEmpty())
        return ctx.fail(tr("Nothing was imported: confirm the names above in the mapping's \"choices\", or pass "
                           "--accept-uncertain skip."));
    if (!plan.issues.isEmpty() && !p.isSet(QStringLiteral("skip-bad-rows")))
        return ctx.fail(tr("Nothing was imported: fix the rows above, or pass --skip-bad-rows."));
    if (dryRun) {
        ctx.out() << tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    ImportEdit edit(plan);
    if (!runImport(ctx.store(), edit, &error))
        return ctx.fail(tr("Nothing was imported: %1").arg(error));
    ctx.out() << tr("Imported %1 new cities or institutions, %2 priorities or offers and %3 interests.")
                     .arg(edit.addedActors())
                     .arg(edit.addedStatements())
                     .arg(edit.addedInterests())
              << Qt::endl;
    return Ok;
}

} // namespace cb::cli
