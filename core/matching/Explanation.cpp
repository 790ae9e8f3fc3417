// SPDX-License-Identifier: GPL-3.0-or-later
#include "Explanation.h"

#include "MatchContext.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cb {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("cb::Explanation", text, nullptr, n);
}

QList<SourceId> sourcesOf(const QList<EvidenceRef>& evidence)
{
    QList<SourceId> ids;
    for (const EvidenceRef& e : evidence) {
        if (e.sourceId && !ids.contains(e.sourceId))
            ids.append(e.sourceId);
    }
    return ids;
}

QString evidenceSummary(const MatchContext& ctx, const QList<EvidenceRef>& evidence, const QString& language)
{
    QStringList parts;
    for (const EvidenceRef& e : evidence) {
        QString text = sourceCitation(ctx, e.sourceId, language);
        if (e.kind == EvidenceRef::Kind::GroupStatement || e.kind == EvidenceRef::Kind::GroupInterest)
            text = tr("%1 of %2 survey respondents").arg(e.mentions).arg(e.respondents) + QStringLiteral(", ") + text;
        else if (e.kind == EvidenceRef::Kind::InstitutionInterest)
            text = tr("through an institution that speaks for it") + QStringLiteral(", ") + text;
        if (!parts.contains(text))
            parts.append(text);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString scorePartLabel(ScorePartKind kind)
{
    switch (kind) {
    case ScorePartKind::SharedPriorities:
        return tr("Shared priorities");
    case ScorePartKind::Complementarity:
        return tr("Complementarity");
    case ScorePartKind::Interest:
        return tr("Expressed interest");
    case ScorePartKind::Context:
        break;
    }
    return tr("Shared context");
}

QString vetoLabel(const QString& key)
{
    if (key == QLatin1String("self"))
        return tr("an actor is never paired with itself");
    if (key == QLatin1String("affiliate"))
        return tr("one belongs to the other (own affiliate)");
    if (key == QLatin1String("same_country"))
        return tr("same country, and only cross-border pairs are proposed");
    if (key == QLatin1String("existing_partnership"))
        return tr("a partnership already exists");
    if (key == QLatin1String("declined"))
        return tr("declined by an officer");
    if (key == QLatin1String("excluded"))
        return tr("excluded by an officer");
    if (key == QLatin1String("deferred"))
        return tr("deferred by an officer");
    return key;
}

QString sourceCitation(const MatchContext& context, SourceId id, const QString& language)
{
    const Source* s = context.data().source(id);
    if (!s)
        return QString();
    const QLocale locale(localeNameFor(language));
    return s->date.isValid() ? s->titles.value(language) + QStringLiteral(", ") + locale.toString(s->date, QLocale::LongFormat)
                             : s->titles.value(language);
}

QList<ExplanationLine> explainPair(const MatchContext& ctx, const PairScore& score, const QString& language)
{
    QList<ExplanationLine> lines;
    const WorkspaceData& data = ctx.data();
    const QString nameA = data.actorName(score.actorA, language);
    const QString nameB = data.actorName(score.actorB, language);
    const QLocale locale(localeNameFor(language));
    auto theme = [&](int index) { return data.themeName(ctx.themeId(index), language); };

    for (const ScorePart& part : score.parts) {
        ExplanationLine heading;
        heading.kind = ExplanationLine::Kind::Heading;
        heading.part = part.kind;
        const double contribution = part.weight * (part.valueAB + part.valueBA) / 2.0;
        heading.text = tr("%1: weight %2, %3 / %4 (%5 → %6 / %6 → %5), contribution %7")
                           .arg(scorePartLabel(part.kind), locale.toString(part.weight, 'f', 2),
                                locale.toString(part.valueAB, 'f', 2), locale.toString(part.valueBA, 'f', 2), nameA,
                                nameB, locale.toString(contribution, 'f', 2));
        lines.append(heading);
        // left/right: whose evidence is on each side of the matches (B's priorities come first in themesBA).
        auto themeLines = [&](const QList<ThemeMatch>& matches, const QString& pattern, const QString& broadPattern,
                              const QString& left, const QString& right) {
            for (const ThemeMatch& m : matches) {
                ExplanationLine line;
                line.kind = ExplanationLine::Kind::Theme;
                line.part = part.kind;
                line.text = (m.broad ? broadPattern.arg(theme(m.theme), theme(m.otherTheme),
                                                        data.themeName(ctx.themeId(ctx.clusterOf(m.theme)), language))
                                     : pattern.arg(theme(m.theme)))
                            + QStringLiteral(" — ") + left + QStringLiteral(": ")
                            + evidenceSummary(ctx, m.evidenceA, language) + QStringLiteral("; ") + right
                            + QStringLiteral(": ") + evidenceSummary(ctx, m.evidenceB, language);
                line.sources = sourcesOf(m.evidenceA) + sourcesOf(m.evidenceB);
                lines.append(line);
            }
        };
        if (part.kind == ScorePartKind::SharedPriorities) {
            themeLines(part.themesAB, tr("Both prioritise %1"), tr("Related priorities %1 and %2 (cluster: %3)"), nameA,
                       nameB);
        } else if (part.kind == ScorePartKind::Complementarity) {
            themeLines(part.themesAB, tr("%1 needed by %2 is offered by %3").arg(QStringLiteral("%1"), nameA, nameB),
                       tr("%1 needed by %2 is close to %3 offered by %4 (cluster: %5)")
                           .arg(QStringLiteral("%1"), nameA, QStringLiteral("%2"), nameB, QStringLiteral("%3")),
                       nameA, nameB);
            themeLines(part.themesBA, tr("%1 needed by %2 is offered by %3").arg(QStringLiteral("%1"), nameB, nameA),
                       tr("%1 needed by %2 is close to %3 offered by %4 (cluster: %5)")
                           .arg(QStringLiteral("%1"), nameB, QStringLiteral("%2"), nameA, QStringLiteral("%3")),
                       nameB, nameA);
        } else if (part.kind == ScorePartKind::Interest) {
            auto interestLines = [&](const QList<InterestEntry>& entries, const QString& from, const QString& to) {
                for (const InterestEntry& e : entries) {
                    ExplanationLine line;
                    line.kind = ExplanationLine::Kind::Interest;
                    line.part = part.kind;
                    line.text = e.target >= 0
                                    ? tr("%1 wants to work with %2").arg(from, to)
                                    : tr("%1 wants to work with cities in %2").arg(from, data.countryName(e.country, language));
                    QStringList themeNames;
                    for (int t : e.themes)
                        themeNames.append(theme(t));
                    if (!themeNames.isEmpty())
                        line.text += tr(" on %1").arg(themeNames.join(QStringLiteral(", ")));
                    line.text += QStringLiteral(" — ") + evidenceSummary(ctx, e.evidence, language);
                    line.sources = sourcesOf(e.evidence);
                    lines.append(line);
                }
            };
            interestLines(part.interestsAB, nameA, nameB);
            interestLines(part.interestsBA, nameB, nameA);
        } else {
            for (const ContextItem& item : part.context) {
                ExplanationLine line;
                line.kind = ExplanationLine::Kind::Context;
                line.part = part.kind;
                if (item.isEvent) {
                    const Event* e = data.event(item.id);
                    if (!e)
                        continue;
                    line.text = tr("Both took part in %1 (%2)")
                                    .arg(e->titles.value(language), locale.toString(e->date, QLocale::LongFormat));
                    if (e->sourceId)
                        line.sources.append(e->sourceId);
                } else {
                    line.text = tr("Both are linked to %1").arg(data.actorName(item.id, language));
                }
                lines.append(line);
            }
        }
    }
    for (const QString& veto : score.vetoes) {
        ExplanationLine line;
        line.kind = ExplanationLine::Kind::Rule;
        line.text = tr("Not proposed: %1").arg(vetoLabel(veto));
        lines.append(line);
    }
    if (score.rules & RuleLocked)
        lines.append({ExplanationLine::Kind::Rule, ScorePartKind::SharedPriorities, tr("Locked by an officer: always in the proposals"), {}});
    if (score.rules & RulePinned)
        lines.append({ExplanationLine::Kind::Rule, ScorePartKind::SharedPriorities, tr("Pinned by an officer"), {}});
    if (score.distanceKm >= 0)
        lines.append({ExplanationLine::Kind::Practical, ScorePartKind::Context,
                      tr("Distance: %1 km").arg(locale.toString(score.distanceKm, 'f', 0)), {}});
    if (score.workingHoursOverlap >= 0)
        lines.append({ExplanationLine::Kind::Practical, ScorePartKind::Context,
                      tr("Shared office hours (09:00–17:00): %1 h").arg(locale.toString(score.workingHoursOverlap, 'f', 1)),
                      {}});
    return lines;
}

} // namespace cb
