// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefBuilder.h"

#include "BriefLanguage.h"
#include "BriefMap.h"
#include "BriefPairOrder.h"
#include "graph/ActorGraph.h"
#include "matching/MatchResult.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace cb {

namespace {

QString q(const char* text)
{
    return QCoreApplication::translate("cb::Brief", text);
}

/** Writes the blocks of one brief language. */
class Composer
{
public:
    Composer(const MatchContext& ctx, const PairScore& score, const BriefOptions& options, const QString& language,
             const QDate& date)
        : m_ctx(ctx)
        , m_data(ctx.data())
        , m_score(score)
        , m_options(options)
        , m_lang(language)
        , m_date(date)
        , m_nameA(m_data.actorName(score.actorA, language))
        , m_nameB(m_data.actorName(score.actorB, language))
    {
    }

    QList<BriefBlock> compose()
    {
        title();
        summary();
        locatorMap();
        scoreSection();
        interests();
        connections();
        profiles();
        practical();
        activities();
        partnership();
        sources();
        return m_blocks;
    }

    QString titleText() const
    {
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Pairing brief: %1 and %2")).arg(m_nameA, m_nameB);
    }

private:
    QString t(const char* text) const { return m_lang.lookup("cb::Brief", text); }
    QString tx(const char* text) const { return m_lang.lookup("cb::Explanation", text); }
    QString language() const { return m_lang.language(); }
    QString sep() const { return language() == QLatin1String("zh") ? QStringLiteral("、") : QStringLiteral(", "); }
    QString comma() const { return language() == QLatin1String("zh") ? QStringLiteral("，") : QStringLiteral(", "); }
    QString colon() const { return language() == QLatin1String("zh") ? QStringLiteral("：") : QStringLiteral(": "); }
    QString open() const { return language() == QLatin1String("zh") ? QStringLiteral("（") : QStringLiteral(" ("); }
    QString close() const { return language() == QLatin1String("zh") ? QStringLiteral("）") : QStringLiteral(")"); }
    QString semi() const { return language() == QLatin1String("zh") ? QStringLiteral("；") : QStringLiteral("; "); }
    QString theme(int index) const { return m_data.themeName(m_ctx.themeId(index), language()); }
    /** Theme names inside a sentence: "develop tourism development", but acronyms such as "SMEs" stay. */
    QString inSentence(const QStringList& names) const
    {
        QStringList out;
        for (const QString& name : names) {
            const bool word = name.size() > 1 && name.at(0).isUpper() && name.at(1).isLower();
            out.append(word && language() != QLatin1String("zh") ? name.at(0).toLower() + name.mid(1) : name);
        }
        return out.join(sep());
    }

    void add(BriefBlock::Kind kind, const QString& text, const QString& key = QString())
    {
        BriefBlock b;
        b.kind = kind;
        b.text = text;
        b.key = key;
        b.language = language();
        m_blocks.append(b);
    }
    void heading(const QString& key, const QString& text) { add(BriefBlock::Kind::Heading, text, key); }
    void paragraph(const QString& text) { add(BriefBlock::Kind::Paragraph, text); }
    void bullets(const QStringList& items)
    {
        if (items.isEmpty())
            return;
        BriefBlock b;
        b.kind = BriefBlock::Kind::Bullets;
        b.items = items;
        b.language = language();
        m_blocks.append(b);
    }
    void table(const QList<QStringList>& rows)
    {
        BriefBlock b;
        b.kind = BriefBlock::Kind::Table;
        b.rows = rows;
        b.language = language();
        m_blocks.append(b);
    }

    const ScorePart* part(ScorePartKind kind) const
    {
        for (const ScorePart& p : m_score.parts) {
            if (p.kind == kind)
                return &p;
        }
        return nullptr;
    }

    QString partLabel(ScorePartKind kind) const
    {
        switch (kind) {
        case ScorePartKind::SharedPriorities:
            return tx(QT_TRANSLATE_NOOP("cb::Explanation", "Shared priorities"));
        case ScorePartKind::Complementarity:
            return tx(QT_TRANSLATE_NOOP("cb::Explanation", "Complementarity"));
        case ScorePartKind::Interest:
            return tx(QT_TRANSLATE_NOOP("cb::Explanation", "Expressed interest"));
        case ScorePartKind::Context:
            break;
        }
        return tx(QT_TRANSLATE_NOOP("cb::Explanation", "Shared context"));
    }

    void cite(const QList<EvidenceRef>& evidence)
    {
        for (const EvidenceRef& e : evidence)
            cite(e.sourceId);
    }
    void cite(SourceId id)
    {
        if (id && m_data.source(id) && !m_sources.contains(id))
            m_sources.append(id);
    }
    /** "[2]" style references to the sources list, numbered in order of first citation. */
    QString refs(const QList<EvidenceRef>& evidence)
    {
        QStringList marks;
        for (const EvidenceRef& e : evidence) {
            cite(e.sourceId);
            const int n = int(m_sources.indexOf(e.sourceId)) + 1;
            const QString mark = QStringLiteral("[%1]").arg(n);
            if (n > 0 && !marks.contains(mark))
                marks.append(mark);
        }
        return marks.join(QString());
    }
    /**
     * Evidence as numbered references to the sources list ("[2]"), with the survey tally or the speaking
     * institution where that is what the evidence is: "[2] (8 of 10 survey respondents)".
     */
    QString evidenceText(const QList<EvidenceRef>& evidence)
    {
        QStringList parts;
        for (const EvidenceRef& e : evidence) {
            if (!m_data.source(e.sourceId))
                continue;
            QString text = refs({e});
            if (e.kind == EvidenceRef::Kind::GroupStatement || e.kind == EvidenceRef::Kind::GroupInterest)
                text += open() + tx(QT_TRANSLATE_NOOP("cb::Explanation", "%1 of %2 survey respondents"))
                                     .arg(m_lang.number(qint64(e.mentions)), m_lang.number(qint64(e.respondents)))
                        + close();
            else if (e.kind == EvidenceRef::Kind::InstitutionInterest)
                text += open() + tx(QT_TRANSLATE_NOOP("cb::Explanation", "through an institution that speaks for it"))
                        + close();
            if (!parts.contains(text))
                parts.append(text);
        }
        return parts.join(comma());
    }

    QStringList themeNames(const QList<ThemeMatch>& matches, bool other) const
    {
        QStringList names;
        for (const ThemeMatch& m : matches) {
            const QString name = theme(other ? m.otherTheme : m.theme);
            if (!names.contains(name))
                names.append(name);
        }
        return names;
    }

    void title()
    {
        add(BriefBlock::Kind::Title, titleText());
        QString line = m_options.preparedBy.isEmpty()
                           ? t(QT_TRANSLATE_NOOP("cb::Brief", "Prepared on %1")).arg(m_lang.date(m_date))
                           : t(QT_TRANSLATE_NOOP("cb::Brief", "Prepared by %1 on %2"))
                                 .arg(m_options.preparedBy, m_lang.date(m_date));
        if (m_ctx.settings().asOf.isValid())
            line += QStringLiteral(" · ")
                    + t(QT_TRANSLATE_NOOP("cb::Brief", "evidence up to %1")).arg(m_lang.date(m_ctx.settings().asOf));
        add(BriefBlock::Kind::Subtitle, line);
    }

    void summary()
    {
        QStringList sentences;
        sentences << t(QT_TRANSLATE_NOOP("cb::Brief", "%1 and %2 are proposed as partners with a score of %3 out of 1."))
                         .arg(m_nameA, m_nameB, m_lang.number(m_score.fused, 2));
        if (const ScorePart* p = part(ScorePartKind::SharedPriorities); p && !p->themesAB.isEmpty())
            sentences << t(QT_TRANSLATE_NOOP("cb::Brief", "Both list the same priorities: %1."))
                             .arg(inSentence(themeNames(p->themesAB, false).mid(0, 4)));
        if (const ScorePart* p = part(ScorePartKind::Complementarity)) {
            if (!p->themesAB.isEmpty())
                sentences << t(QT_TRANSLATE_NOOP("cb::Brief", "%1 can share its experience in %2 with %3."))
                                 .arg(m_nameB, inSentence(themeNames(p->themesAB, true).mid(0, 3)), m_nameA);
            if (!p->themesBA.isEmpty())
                sentences << t(QT_TRANSLATE_NOOP("cb::Brief", "%1 can share its experience in %2 with %3."))
                                 .arg(m_nameA, inSentence(themeNames(p->themesBA, true).mid(0, 3)), m_nameB);
        }
        if (const ScorePart* p = part(ScorePartKind::Interest)) {
            if (!p->interestsAB.isEmpty() && !p->interestsBA.isEmpty())
                sentences << t(QT_TRANSLATE_NOOP("cb::Brief", "Each side has said it wants to work with the other."));
            else if (!p->interestsAB.isEmpty() || !p->interestsBA.isEmpty())
                sentences << t(QT_TRANSLATE_NOOP("cb::Brief", "%1 has said it wants to work with %2."))
                                 .arg(p->interestsAB.isEmpty() ? m_nameB : m_nameA,
                                      p->interestsAB.isEmpty() ? m_nameA : m_nameB);
        }
        if (const ScorePart* p = part(ScorePartKind::Context); p && !p->context.isEmpty())
            sentences << t(QT_TRANSLATE_NOOP("cb::Brief", "They have already met through shared events or institutions."));
        heading(QStringLiteral("summary"), t(QT_TRANSLATE_NOOP("cb::Brief", "Why they match")));
        paragraph(sentences.join(language() == QLatin1String("zh") ? QString() : QStringLiteral(" ")));
    }

    void scoreSection()
    {
        heading(QStringLiteral("score"), t(QT_TRANSLATE_NOOP("cb::Brief", "Score")));
        paragraph(t(QT_TRANSLATE_NOOP("cb::Brief", "Overall score %1: %2 for %3 and %4 for %5.")).arg(
            m_lang.number(m_score.fused, 2), m_lang.number(m_score.scoreAB, 2), m_nameA,
            m_lang.number(m_score.scoreBA, 2), m_nameB));
        QList<QStringList> rows{{t(QT_TRANSLATE_NOOP("cb::Brief", "Part")), t(QT_TRANSLATE_NOOP("cb::Brief", "Weight")),
                                 t(QT_TRANSLATE_NOOP("cb::Brief", "Gain for %1")).arg(m_nameA),
                                 t(QT_TRANSLATE_NOOP("cb::Brief", "Gain for %1")).arg(m_nameB),
                                 t(QT_TRANSLATE_NOOP("cb::Brief", "Contribution"))}};
        for (const ScorePart& p : m_score.parts)
            rows.append({partLabel(p.kind), m_lang.number(p.weight, 2), m_lang.number(p.valueAB, 2),
                         m_lang.number(p.valueBA, 2), m_lang.number(p.weight * (p.valueAB + p.valueBA) / 2.0, 2)});
        table(rows);
        auto themeLines = [&](const QList<ThemeMatch>& matches, const QString& left, const QString& right) {
            QStringList items;
            for (const ThemeMatch& m : matches) {
                QString text = m.broad ? t(QT_TRANSLATE_NOOP("cb::Brief", "%1, close to %2")).arg(theme(m.theme), theme(m.otherTheme))
                                       : theme(m.theme);
                text += QStringLiteral(" — ") + left + QLatin1Char(' ') + evidenceText(m.evidenceA) + semi() + right
                        + QLatin1Char(' ') + evidenceText(m.evidenceB);
                items.append(text);
            }
            return items;
        };
        if (const ScorePart* p = part(ScorePartKind::SharedPriorities); p && !p->themesAB.isEmpty()) {
            paragraph(t(QT_TRANSLATE_NOOP("cb::Brief", "Priorities both share:")));
            bullets(themeLines(p->themesAB, m_nameA, m_nameB));
        }
        if (const ScorePart* p = part(ScorePartKind::Complementarity)) {
            if (!p->themesAB.isEmpty()) {
                paragraph(t(QT_TRANSLATE_NOOP("cb::Brief", "Priorities of %1 that %2 can help with:")).arg(m_nameA, m_nameB));
                bullets(themeLines(p->themesAB, m_nameA, m_nameB));
            }
            if (!p->themesBA.isEmpty()) {
                paragraph(t(QT_TRANSLATE_NOOP("cb::Brief", "Priorities of %1 that %2 can help with:")).arg(m_nameB, m_nameA));
                bullets(themeLines(p->themesBA, m_nameB, m_nameA));
            }
        }
    }

    void interests()
    {
        const ScorePart* p = part(ScorePartKind::Interest);
        if (!p || (p->interestsAB.isEmpty() && p->interestsBA.isEmpty()))
            return;
        QStringList items;
        auto lines = [&](const QList<InterestEntry>& entries, const QString& from, const QString& to) {
            for (const InterestEntry& e : entries) {
                QString text = e.target >= 0
                                   ? tx(QT_TRANSLATE_NOOP("cb::Explanation", "%1 wants to work with %2")).arg(from, to)
                                   : tx(QT_TRANSLATE_NOOP("cb::Explanation", "%1 wants to work with cities in %2"))
                                         .arg(from, m_data.countryName(e.country, language()));
                QStringList names;
                for (int th : e.themes)
                    names.append(theme(th));
                if (!names.isEmpty())
                    text += tx(QT_TRANSLATE_NOOP("cb::Explanation", " on %1")).arg(names.join(sep()));
                const QString evidence = evidenceText(e.evidence);
                if (!evidence.isEmpty())
                    text += QStringLiteral(" — ") + evidence;
                items.append(text);
            }
        };
        lines(p->interestsAB, m_nameA, m_nameB);
        lines(p->interestsBA, m_nameB, m_nameA);
        heading(QStringLiteral("interests"), t(QT_TRANSLATE_NOOP("cb::Brief", "Expressed interest")));
        bullets(items);
    }

    QString nodeName(const GraphNode& node) const
    {
        if (node.kind == GraphNode::Kind::Event) {
            const Event* e = m_data.event(node.id);
            if (!e)
                return QString();
            return e->date.isValid() ? e->titles.value(language()) + QStringLiteral(" (") + m_lang.date(e->date)
                                           + QLatin1Char(')')
                                     : e->titles.value(language());
        }
        return m_data.actorName(node.id, language());
    }

    void connections()
    {
        QStringList shared;
        if (const ScorePart* p = part(ScorePartKind::Context)) {
            for (const ContextItem& item : p->context) {
                if (item.isEvent) {
                    const Event* e = m_data.event(item.id);
                    if (!e)
                        continue;
                    cite(e->sourceId);
                    shared.append(tx(QT_TRANSLATE_NOOP("cb::Explanation", "Both took part in %1 (%2)"))
                                      .arg(e->titles.value(language()), m_lang.date(e->date)));
                } else {
                    shared.append(tx(QT_TRANSLATE_NOOP("cb::Explanation", "Both are linked to %1"))
                                      .arg(m_data.actorName(item.id, language())));
                }
            }
        }
        QStringList paths;
        const QDate asOf = m_ctx.settings().asOf;
        const ActorGraph graph(m_data);
        for (const IntroductionPath& path : graph.introductionPaths(m_score.actorA, m_score.actorB, 3)) {
            if (path.nodes.size() < 3)
                continue;
            QStringList names;
            bool visible = true;
            for (const GraphNode& node : path.nodes) {
                if (node.kind == GraphNode::Kind::Event && asOf.isValid()) {
                    const Event* e = m_data.event(node.id);
                    visible = visible && e && (!e->date.isValid() || e->date <= asOf);
                }
                names.append(nodeName(node));
            }
            if (visible && !names.contains(QString()))
                paths.append(names.join(QStringLiteral(" → ")));
        }
        if (shared.isEmpty() && paths.isEmpty())
            return;
        heading(QStringLiteral("connections"), t(QT_TRANSLATE_NOOP("cb::Brief", "Shared events and introductions")));
        bullets(shared);
        if (!paths.isEmpty()) {
            paragraph(t(QT_TRANSLATE_NOOP("cb::Brief", "Who could introduce them:")));
            bullets(paths);
        }
    }

    QStringList topThemes(const std::vector<ThemeEntry>& entries) const
    {
        std::vector<ThemeEntry> sorted = entries;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const ThemeEntry& x, const ThemeEntry& y) { return x.weight > y.weight; });
        QStringList names;
        for (const ThemeEntry& e : sorted) {
            if (names.size() < 6)
                names.append(theme(e.theme));
        }
        return names;
    }

    void profiles()
    {
        const Actor* a = m_data.actor(m_score.actorA);
        const Actor* b = m_data.actor(m_score.actorB);
        if (!a || !b)
            return;
        const ActorProfile& pa = m_ctx.profile(m_score.a);
        const ActorProfile& pb = m_ctx.profile(m_score.b);
        QList<QStringList> rows{{QString(), m_nameA, m_nameB}};
        auto row = [&](const QString& label, const QString& x, const QString& y) {
            if (!x.trimmed().isEmpty() || !y.trimmed().isEmpty())
                rows.append({label, x, y});
        };
        auto country = [&](const Actor* x) {
            QString text = x->countryCode.isEmpty() ? QString() : m_data.countryName(x->countryCode, language());
            return text;
        };
        auto population = [&](const Actor* x) {
            if (x->city.population <= 0)
                return QString();
            return x->city.populationYear > 0 ? t(QT_TRANSLATE_NOOP("cb::Brief", "%1 (%2)"))
                                                    .arg(m_lang.number(x->city.population), QString::number(x->city.populationYear))
                                              : m_lang.number(x->city.population);
        };
        auto area = [&](const Actor* x) {
            return x->city.areaKm2 > 0 ? t(QT_TRANSLATE_NOOP("cb::Brief", "%1 km²")).arg(m_lang.number(x->city.areaKm2, 0))
                                       : QString();
        };
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Country")), country(a), country(b));
        // Regions are stored in English only: printing them in a Chinese or Spanish brief would mix languages.
        if (language() == QLatin1String("en"))
            row(t(QT_TRANSLATE_NOOP("cb::Brief", "Province or state")), a->city.adminRegion, b->city.adminRegion);
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Population")), population(a), population(b));
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Area")), area(a), area(b));
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Profile")), a->profile.value(language()), b->profile.value(language()));
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Heritage")), a->heritage.value(language()), b->heritage.value(language()));
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Key sectors")), a->sectors.value(language()), b->sectors.value(language()));
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Current priorities")), topThemes(pa.priorities).join(sep()),
            topThemes(pb.priorities).join(sep()));
        row(t(QT_TRANSLATE_NOOP("cb::Brief", "Can share")), topThemes(pa.offers).join(sep()),
            topThemes(pb.offers).join(sep()));
        for (const Actor* x : {a, b}) {
            for (SourceId id : x->sourceIds)
                cite(id);
        }
        if (rows.size() < 2)
            return;
        heading(QStringLiteral("profiles"), t(QT_TRANSLATE_NOOP("cb::Brief", "Profiles")));
        table(rows);
    }

    void locatorMap()
    {
        if (!m_options.includeMap)
            return;
        const QImage image = BriefMap::render(m_data, m_score.actorA, m_score.actorB, language(), m_options.mapSize);
        if (image.isNull())
            return;
        heading(QStringLiteral("map"), t(QT_TRANSLATE_NOOP("cb::Brief", "Locator map")));
        BriefBlock b;
        b.kind = BriefBlock::Kind::Image;
        b.image = image;
        b.language = language();
        b.text = t(QT_TRANSLATE_NOOP("cb::Brief", "%1 and %2, joined along the great circle.")).arg(m_nameA, m_nameB);
        m_blocks.append(b);
    }

    void practical()
    {
        QStringList items;
        if (m_score.distanceKm >= 0)
            items << tx(QT_TRANSLATE_NOOP("cb::Explanation", "Distance: %1 km")).arg(m_lang.number(m_score.distanceKm, 0));
        if (m_score.workingHoursOverlap >= 0) {
            items << tx(QT_TRANSLATE_NOOP("cb::Explanation", "Shared office hours (09:00–17:00): %1 h"))
                         .arg(m_lang.number(m_score.workingHoursOverlap, 1));
            if (m_score.workingHoursOverlap < 1.0)
                items << t(QT_TRANSLATE_NOOP("cb::Brief",
                                             "Office hours barely overlap: plan calls early in the morning in one city "
                                             "and in the evening in the other, or work by e-mail."));
        }
        const Actor* a = m_data.actor(m_score.actorA);
        const Actor* b = m_data.actor(m_score.actorB);
        if (a && b && !a->city.timezone.isEmpty() && !b->city.timezone.isEmpty()) {
            const QDateTime when(m_date, QTime(12, 0), Qt::UTC);
            auto offset = [&](const Actor* x) {
                const QTimeZone zone(x->city.timezone.toUtf8());
                return zone.isValid() ? QStringLiteral("UTC") + (zone.offsetFromUtc(when) >= 0 ? QStringLiteral("+") : QString())
                                            + m_lang.number(zone.offsetFromUtc(when) / 3600.0, 0)
                                      : QString();
            };
            const QString oa = offset(a);
            const QString ob = offset(b);
            if (!oa.isEmpty() && !ob.isEmpty())
                items << t(QT_TRANSLATE_NOOP("cb::Brief", "Time zones: %1 %2, %3 %4")).arg(m_nameA, oa, m_nameB, ob);
        }
        if (a && b && !a->countryCode.isEmpty() && !b->countryCode.isEmpty()) {
            auto spoken = [&](const Actor* x) {
                const QString code = BriefLanguage::languageOfCountry(x->countryCode);
                if (code == QLatin1String("zh"))
                    return t(QT_TRANSLATE_NOOP("cb::Brief", "Chinese"));
                if (code == QLatin1String("es"))
                    return t(QT_TRANSLATE_NOOP("cb::Brief", "Spanish"));
                return QString();
            };
            const QString la = spoken(a);
            const QString lb = spoken(b);
            if (!la.isEmpty() && !lb.isEmpty())
                items << (la == lb ? t(QT_TRANSLATE_NOOP("cb::Brief", "Working language: %1 in both cities")).arg(la)
                                   : t(QT_TRANSLATE_NOOP("cb::Brief", "Languages: %1 in %2, %3 in %4; plan interpretation"))
                                         .arg(la, m_nameA, lb, m_nameB));
        }
        if (items.isEmpty())
            return;
        heading(QStringLiteral("practical"), t(QT_TRANSLATE_NOOP("cb::Brief", "Practical notes")));
        bullets(items);
    }

    void activities()
    {
        QStringList items;
        if (const ScorePart* p = part(ScorePartKind::Complementarity)) {
            for (const ThemeMatch& m : p->themesAB.mid(0, 2))
                items << t(QT_TRANSLATE_NOOP("cb::Brief", "A webinar in which %1 presents its practice in %2 to officials of %3"))
                             .arg(m_nameB, theme(m.otherTheme), m_nameA);
            for (const ThemeMatch& m : p->themesBA.mid(0, 2))
                items << t(QT_TRANSLATE_NOOP("cb::Brief", "A webinar in which %1 presents its practice in %2 to officials of %3"))
                             .arg(m_nameA, theme(m.otherTheme), m_nameB);
        }
        if (const ScorePart* p = part(ScorePartKind::SharedPriorities)) {
            for (const ThemeMatch& m : p->themesAB.mid(0, 2))
                items << t(QT_TRANSLATE_NOOP("cb::Brief", "An exchange of experts on %1, a priority for both cities"))
                             .arg(theme(m.theme));
        }
        if (items.isEmpty())
            return;
        items.prepend(t(QT_TRANSLATE_NOOP("cb::Brief", "An introductory video call between both mayors' offices")));
        heading(QStringLiteral("activities"), t(QT_TRANSLATE_NOOP("cb::Brief", "Suggested first activities")));
        bullets(items);
    }

    QString stageLabel(const QString& key) const;

    void partnership()
    {
        const Partnership* p = m_data.partnershipBetween(m_score.actorA, m_score.actorB);
        if (!p)
            return;
        const QDate asOf = m_ctx.settings().asOf;
        QList<StageChange> history;
        for (const StageChange& c : p->history) {
            if (!asOf.isValid() || !c.date.isValid() || c.date <= asOf)
                history.append(c);
        }
        std::stable_sort(history.begin(), history.end(),
                         [](const StageChange& x, const StageChange& y) { return x.date < y.date; });
        if (asOf.isValid() && history.isEmpty())
            return;
        const QString current = history.isEmpty() ? p->stage : history.last().stage;
        heading(QStringLiteral("partnership"), t(QT_TRANSLATE_NOOP("cb::Brief", "Partnership so far")));
        paragraph(t(QT_TRANSLATE_NOOP("cb::Brief", "Current stage: %1")).arg(stageLabel(current)));
        QStringList items;
        for (const StageChange& c : history) {
            QString text = (c.date.isValid() ? m_lang.date(c.date) + colon() : QString()) + stageLabel(c.stage);
            if (!c.note.isEmpty())
                text += QStringLiteral(" — ") + c.note;
            cite(c.sourceId);
            items.append(text);
        }
        bullets(items);
    }

    void sources()
    {
        QStringList items;
        for (int i = 0; i < m_sources.size(); ++i) {
            const Source* s = m_data.source(m_sources.at(i));
            QStringList parts{s->titles.value(language())};
            if (!s->publisher.isEmpty())
                parts.append(s->publisher);
            if (s->date.isValid())
                parts.append(m_lang.date(s->date));
            if (!s->url.isEmpty())
                parts.append(s->url);
            items.append(QStringLiteral("[%1] ").arg(i + 1) + parts.join(comma()));
        }
        if (items.isEmpty())
            return;
        heading(QStringLiteral("sources"), t(QT_TRANSLATE_NOOP("cb::Brief", "Sources")));
        bullets(items);
    }

    const MatchContext& m_ctx;
    const WorkspaceData& m_data;
    const PairScore& m_score;
    const BriefOptions& m_options;
    BriefLanguage m_lang;
    QDate m_date;
    QString m_nameA;
    QString m_nameB;
    QList<BriefBlock> m_blocks;
    QList<SourceId> m_sources;
};

QString Composer::stageLabel(const QString& key) const
{
    if (key == stage::Proposed)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Proposed"));
    if (key == stage::Candidate)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Candidate"));
    if (key == stage::Contacted)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Contacted"));
    if (key == stage::Exploratory)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Exploratory exchange"));
    if (key == stage::Friendship)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Friendship MoU"));
    if (key == stage::Pilot)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Pilot project"));
    if (key == stage::Agreement)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Formal agreement"));
    if (key == stage::Active)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Active"));
    if (key == stage::Dormant)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Dormant"));
    if (key == stage::Closed)
        return t(QT_TRANSLATE_NOOP("cb::Brief", "Closed"));
    return key;
}

} // namespace

BriefDocument BriefBuilder::build(const MatchResult& result, int pairIndex, const BriefOptions& options, QString* error)
{
    BriefDocument doc;
    if (!result.context || pairIndex < 0 || pairIndex >= int(result.pairs.size())) {
        if (error)
            *error = q(QT_TRANSLATE_NOOP("cb::Brief", "There is no such pair in this matching run."));
        return doc;
    }
    if (!BriefLanguage::options().contains(options.language)) {
        if (error)
            *error = q(QT_TRANSLATE_NOOP("cb::Brief", "Unknown brief language \"%1\": use en, zh, es or bilingual."))
                         .arg(options.language);
        return doc;
    }
    const PairScore score = orientPairScore(result.explain(pairIndex), options.firstActor);
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    doc.languages = BriefLanguage::languagesFor(options.language, result.context->data(), score.actorA, score.actorB);
    for (const QString& language : doc.languages) {
        Composer composer(*result.context, score, options, language, date);
        if (doc.title.isEmpty())
            doc.title = composer.titleText();
        if (!doc.blocks.isEmpty()) {
            BriefBlock pageBreak;
            pageBreak.kind = BriefBlock::Kind::PageBreak;
            doc.blocks.append(pageBreak);
        }
        doc.blocks += composer.compose();
    }
    return doc;
}

} // namespace cb
