// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "i18n/Translations.h"
#include "matching/Explanation.h"
#include "matching/MatchJson.h"
#include "matching/Matcher.h"
#include "workspace/WorkspaceData.h"

#include <QJsonDocument>
#include <QLocale>

namespace cb::cli {

namespace {

QString themesOf(const MatchContext& ctx, const PairScore& score, const QString& language, int limit)
{
    QStringList names;
    for (int t : score.matchedThemes())
        names.append(ctx.data().themeName(ctx.themeId(t), language));
    if (names.size() > limit) {
        names = names.mid(0, limit);
        names.append(QStringLiteral("…"));
    }
    return names.join(QStringLiteral(", "));
}

void printPairs(CliContext& ctx, const MatchResult& result, const std::vector<int>& indices, bool numbered)
{
    const QString language = ctx.language();
    const QLocale locale(localeNameFor(language));
    const MatchContext& mc = *result.context;
    TextTable table({tr("#"), tr("Pair"), tr("Score"), tr("A→B"), tr("B→A"), tr("Evidence"), tr("Distance (km)"),
                     tr("Themes")});
    for (int c : {0, 2, 3, 4, 5, 6})
        table.setRightAligned(c);
    int rank = 0;
    for (int i : indices) {
        const PairScore p = result.explain(i);
        table.addRow({numbered ? QString::number(++rank) : QString(),
                      mc.data().actorName(p.actorA, language) + QStringLiteral(" – ") + mc.data().actorName(p.actorB, language),
                      locale.toString(p.fused, 'f', 3), locale.toString(p.scoreAB, 'f', 3),
                      locale.toString(p.scoreBA, 'f', 3), QString::number(p.evidenceCount()),
                      p.distanceKm >= 0 ? locale.toString(p.distanceKm, 'f', 0) : QString(),
                      themesOf(mc, p, language, 4)});
    }
    ctx.out() << table.render();
}

void printExplanation(CliContext& ctx, const MatchResult& result, int index)
{
    const PairScore p = result.explain(index);
    const QString language = ctx.language();
    ctx.out() << Qt::endl
              << tr("Why %1 – %2").arg(result.context->data().actorName(p.actorA, language),
                                       result.context->data().actorName(p.actorB, language))
              << Qt::endl;
    for (const ExplanationLine& line : explainPair(*result.context, p, language)) {
        ctx.out() << (line.kind == ExplanationLine::Kind::Heading ? QStringLiteral("  ") : QStringLiteral("      "))
                  << line.text << Qt::endl;
    }
}

} // namespace

int matchCommand(CliContext& ctx)
{
    MatchSettings settings;
    QCommandLineParser& parser = ctx.parser();
    if (parser.isSet(QStringLiteral("as-of"))) {
        settings.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!settings.asOf.isValid())
            return ctx.fail(tr("--as-of needs a date as YYYY-MM-DD, e.g. 2021-01-31."), BadArguments);
    }
    if (parser.isSet(QStringLiteral("k"))) {
        bool ok = false;
        settings.partnerLimit = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok)
            return ctx.fail(tr("--k needs a whole number of partners per city."), BadArguments);
    }
    int top = 10;
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1)
            return ctx.fail(tr("--top needs a positive whole number."), BadArguments);
    }
    if (parser.isSet(QStringLiteral("cross-border")))
        settings.crossBorderOnly = true;
    if (parser.isSet(QStringLiteral("same-country")))
        settings.crossBorderOnly = false;
    const QString problem = settings.validate();
    if (!problem.isEmpty())
        return ctx.fail(problem, BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;
    // Officers' stored settings apply unless the command line overrides them.
    QStringList ignored;
    MatchSettings stored = MatchSettings::fromMap(ctx.data().settings, &ignored);
    stored.asOf = settings.asOf.isValid() ? settings.asOf : stored.asOf;
    if (parser.isSet(QStringLiteral("k")))
        stored.partnerLimit = settings.partnerLimit;
    if (parser.isSet(QStringLiteral("cross-border")) || parser.isSet(QStringLiteral("same-country")))
        stored.crossBorderOnly = settings.crossBorderOnly;

    const MatchResult result = Matcher::run(ctx.data(), stored, QDate::currentDate());
    if (!result.error.isEmpty())
        return ctx.fail(result.error);
    if (ctx.json()) {
        ctx.out() << QJsonDocument(matchResultToJson(result, ctx.language())).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QString language = ctx.language();
    const QLocale locale(localeNameFor(language));
    if (parser.isSet(QStringLiteral("city"))) {
        const Actor* city = ctx.resolveActor(parser.value(QStringLiteral("city")));
        if (!city)
            return Failure;
        std::vector<int> ranking = result.rankingFor(result.context->indexOf(city->id));
        if (int(ranking.size()) > top)
            ranking.resize(std::size_t(top));
        ctx.out() << tr("Ranked partners for %1").arg(city->name(language)) << Qt::endl;
        printPairs(ctx, result, ranking, true);
        for (int i : ranking)
            printExplanation(ctx, result, i);
        return Ok;
    }
    if (stored.asOf.isValid())
        ctx.out() << tr("Evidence up to %1").arg(locale.toString(stored.asOf, QLocale::LongFormat)) << Qt::endl;
    ctx.out() << tr("Global proposals (%n partner(s) per city, exact optimum)", nullptr, stored.partnerLimit) << Qt::endl;
    printPairs(ctx, result, result.proposals, true);
    ctx.out() << tr("Total weight: %1 (greedy: %2)")
                     .arg(locale.toString(result.proposalsTotal, 'f', 3), locale.toString(result.greedyTotal, 'f', 3))
              << Qt::endl;
    for (const ConstraintPrice& price : result.prices)
        ctx.out() << tr("Price of %1: %2 with it, %3 without")
                         .arg(price.constraint, locale.toString(price.withConstraint, 'f', 3),
                              locale.toString(price.withoutConstraint, 'f', 3))
                  << Qt::endl;
    int shown = 0;
    for (int i : result.proposals) {
        if (shown++ >= top)
            break;
        printExplanation(ctx, result, i);
    }
    return Ok;
}

} // namespace cb::cli
