// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhyPanel.h"

#include "i18n/Translations.h"
#include "matching/Explanation.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cb::ui {

WhyPanel::WhyPanel(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("whyPanel"));
    setOpenLinks(false);
    clearPair();
}

void WhyPanel::showPair(std::shared_ptr<const MatchOutcome> outcome, int pairIndex)
{
    m_outcome = std::move(outcome);
    m_pair = m_outcome && pairIndex >= 0 && std::size_t(pairIndex) < m_outcome->result.pairs.size() ? pairIndex : -1;
    render();
}

void WhyPanel::clearPair()
{
    m_outcome.reset();
    m_pair = -1;
    render();
}

QString WhyPanel::scoreSnapshot() const
{
    if (!m_outcome || m_pair < 0)
        return {};
    const ScoredPair& p = m_outcome->result.pairs[std::size_t(m_pair)];
    QJsonArray parts;
    const double weights[4] = {m_outcome->settings.sharedPrioritiesWeight, m_outcome->settings.complementarityWeight,
                               m_outcome->settings.interestWeight, m_outcome->settings.contextWeight};
    for (int k = 0; k < 4; ++k) {
        parts.append(QJsonObject{{QStringLiteral("part"), scorePartKey(ScorePartKind(k))},
                                 {QStringLiteral("weight"), weights[k]},
                                 {QStringLiteral("ab"), double(p.valueAB[k])},
                                 {QStringLiteral("ba"), double(p.valueBA[k])}});
    }
    const QJsonObject snapshot{
        {QStringLiteral("fused"), p.fused},
        {QStringLiteral("ab"), double(p.scoreAB)},
        {QStringLiteral("ba"), double(p.scoreBA)},
        {QStringLiteral("fusion"), fusionKey(m_outcome->settings.fusion)},
        {QStringLiteral("as_of"), m_outcome->settings.asOf.isValid() ? m_outcome->settings.asOf.toString(Qt::ISODate)
                                                                      : QString()},
        {QStringLiteral("parts"), parts},
    };
    return QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
}

void WhyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void WhyPanel::render()
{
    if (!m_outcome || m_pair < 0) {
        setHtml(QStringLiteral("<p style='color:palette(mid)'>%1</p>")
                    .arg(tr("Select a proposal or a ranked partner to see why it is proposed.").toHtmlEscaped()));
        return;
    }
    const MatchResult& result = m_outcome->result;
    const ScoredPair& p = result.pairs[std::size_t(m_pair)];
    const QString language = currentLanguage();
    const QLocale locale(localeNameFor(language));
    auto name = [&](ActorId id) {
        const Actor* actor = m_outcome->data->actor(id);
        return actor ? actor->name(language) : QString();
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%1 – %2").arg(name(p.actorA), name(p.actorB)).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Score %1: %2 for %3, %4 for %5.")
                         .arg(locale.toString(p.fused, 'f', 3), locale.toString(p.scoreAB, 'f', 3), name(p.actorA),
                              locale.toString(p.scoreBA, 'f', 3), name(p.actorB))
                         .toHtmlEscaped());
    if (m_outcome->settings.asOf.isValid()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Replay: only evidence dated up to %1 counts.")
                             .arg(locale.toString(m_outcome->settings.asOf, QLocale::LongFormat))
                             .toHtmlEscaped());
    }
    bool inList = false;
    for (const ExplanationLine& line : explainPair(*result.context, result.explain(m_pair), language)) {
        const QString text = line.text.toHtmlEscaped();
        if (line.kind == ExplanationLine::Kind::Heading) {
            if (inList)
                html += QStringLiteral("</ul>");
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(text);
            inList = true;
        } else {
            if (!inList) {
                html += QStringLiteral("<ul>");
                inList = true;
            }
            html += QStringLiteral("<li>%1</li>").arg(text);
        }
    }
    if (inList)
        html += QStringLiteral("</ul>");
    setHtml(html);
}

} // namespace cb::ui
