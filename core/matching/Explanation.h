// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PairScore.h"

#include <QList>
#include <QString>

namespace cb {

class MatchContext;

/** One line of a "why" explanation; every line points to stored facts (sources, events, actors). */
struct ExplanationLine
{
    enum class Kind { Heading, Theme, Interest, Context, Rule, Practical };
    Kind kind = Kind::Theme;
    ScorePartKind part = ScorePartKind::SharedPriorities;
    QString text;          ///< translated sentence
    QList<SourceId> sources;
};

/** Builds the translated, evidence-backed explanation of a scored pair in the given language. */
QList<ExplanationLine> explainPair(const MatchContext& context, const PairScore& score, const QString& language);

/** The translated label of a score part. */
QString scorePartLabel(ScorePartKind kind);
/** The translated label of a hard rule key (self, affiliate, same_country, existing_partnership, ...). */
QString vetoLabel(const QString& key);
/** "Source title, date" for citing. */
QString sourceCitation(const MatchContext& context, SourceId id, const QString& language);

} // namespace cb
