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
