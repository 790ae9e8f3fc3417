// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchContext.h"
#include "PairScore.h"

namespace cb {

/**
 * Scores one candidate pair from the two actors' profiles. Every part is a sum of per-theme,
 * per-interest or per-event terms, each kept with its evidence, then squashed into 0..1 with
 * 1 - exp(-x): more evidence always scores higher, with diminishing returns. The two directional
 * sub-scores (what each side gains) are fused with the selected operator.
 */
class PairScorer
{
public:
    explicit PairScorer(const MatchContext& context)
        : m_context(context)
    {
    }

    /** Scores actors a and b (dense indices, any order); the result has a < b. */
    PairScore score(int a, int b) const;
    /** The numbers only, without building explanations: the bulk path for every candidate pair. */
    ScoredPair scoreCompact(int a, int b) const;

    static double fuse(double ab, double ba, FusionOperator op);

private:
    ScorePart sharedPriorities(const ActorProfile& a, const ActorProfile& b, bool explain) const;
    ScorePart complementarity(const ActorProfile& a, const ActorProfile& b, bool explain) const;
    ScorePart interest(const ActorProfile& a, const ActorProfile& b, bool explain) const;
    ScorePart context(const ActorProfile& a, const ActorProfile& b, bool explain) const;
    double matchThemes(const std::vector<ThemeEntry>& left, const std::vector<ThemeEntry>& right, bool product,
                       QList<ThemeMatch>* matches) const;
    double matchWeights(const std::vector<ActorProfile::Weight>& left, const std::vector<double>& bestLeft,
                        const std::vector<ActorProfile::Weight>& right, const std::vector<double>& bestRight,
                        bool product) const;
    void vetoes(PairScore& score) const;
    unsigned vetoMask(int a, int b, unsigned rules) const;
    void practical(PairScore& score) const;
    PairScore compute(int a, int b, bool explain) const;

    const MatchContext& m_context;
};

} // namespace cb
