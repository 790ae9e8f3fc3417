// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairScore.h"

#include <algorithm>

namespace cb {

QString scorePartKey(ScorePartKind kind)
{
    switch (kind) {
    case ScorePartKind::SharedPriorities:
        return QStringLiteral("shared_priorities");
    case ScorePartKind::Complementarity:
        return QStringLiteral("complementarity");
    case ScorePartKind::Interest:
        return QStringLiteral("interest");
    case ScorePartKind::Context:
        break;
    }
    return QStringLiteral("context");
}

QStringList vetoKeys(unsigned mask)
{
    static const char* const keys[] = {"self", "affiliate", "same_country", "existing_partnership",
                                       "declined", "excluded", "deferred"};
    QStringList result;
    for (int bit = 0; bit < 7; ++bit) {
        if (mask & (1u << bit))
            result.append(QLatin1String(keys[bit]));
    }
    return result;
}

ScoredPair PairScore::compact() const
{
    ScoredPair p;
    p.a = a;
    p.b = b;
    p.actorA = actorA;
    p.actorB = actorB;
    p.scoreAB = float(scoreAB);
    p.scoreBA = float(scoreBA);
    p.fused = fused;
    for (const ScorePart& part : parts) {
        p.valueAB[int(part.kind)] = float(part.valueAB);
        p.valueBA[int(part.kind)] = float(part.valueBA);
    }
    p.rules = rules;
    p.vetoMask = vetoMask;
    return p;
}

int PairScore::evidenceCount() const
{
    int count = 0;
    for (const ScorePart& part : parts) {
        for (const auto* list : {&part.themesAB, &part.themesBA}) {
            for (const ThemeMatch& m : *list)
                count += int(m.evidenceA.size() + m.evidenceB.size());
        }
        for (const auto* list : {&part.interestsAB, &part.interestsBA}) {
            for (const InterestEntry& i : *list)
                count += int(i.evidence.size());
        }
        count += int(part.context.size());
    }
    return count;
}

QList<int> PairScore::matchedThemes() const
{
    QList<int> themes;
    for (const ScorePart& part : parts) {
        for (const auto* list : {&part.themesAB, &part.themesBA}) {
            for (const ThemeMatch& m : *list) {
                themes.append(m.theme);
                themes.append(m.otherTheme);
            }
        }
    }
    std::sort(themes.begin(), themes.end());
    themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
    return themes;
}

} // namespace cb
