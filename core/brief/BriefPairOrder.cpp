// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefPairOrder.h"

#include <utility>

namespace cb {

PairScore orientPairScore(const PairScore& score, ActorId first)
{
    if (first == 0 || first != score.actorB)
        return score;
    PairScore s = score;
    std::swap(s.a, s.b);
    std::swap(s.actorA, s.actorB);
    std::swap(s.scoreAB, s.scoreBA);
    for (ScorePart& part : s.parts) {
        std::swap(part.valueAB, part.valueBA);
        std::swap(part.interestsAB, part.interestsBA);
        if (part.kind == ScorePartKind::SharedPriorities) {
            // One list for both sides: each match names A's theme first.
            for (ThemeMatch& m : part.themesAB) {
                std::swap(m.theme, m.otherTheme);
                std::swap(m.weightA, m.weightB);
                std::swap(m.evidenceA, m.evidenceB);
            }
        } else {
            // Each list already starts with the side whose priorities it meets.
            std::swap(part.themesAB, part.themesBA);
        }
    }
    return s;
}

} // namespace cb
