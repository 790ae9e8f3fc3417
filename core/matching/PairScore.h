// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActorProfile.h"

#include <QList>
#include <QStringList>

namespace cb {

/** The explainable parts of a pair score. */
enum class ScorePartKind { SharedPriorities, Complementarity, Interest, Context };

QString scorePartKey(ScorePartKind kind);

/** A theme matched between the pair, with the weights on each side and the evidence behind both. */
struct ThemeMatch
{
    int theme = 0;        ///< dense theme index of A's side
    int otherTheme = 0;   ///< dense theme index of B's side (differs for a broad, same-cluster match)
    bool broad = false;   ///< matched only through the shared cluster
    double weightA = 0.0; ///< A's priority (shared, or "A needs") ...
    double weightB = 0.0; ///< ... and B's priority or offer
    double value = 0.0;   ///< what this match adds before normalisation
    QList<EvidenceRef> evidenceA;
    QList<EvidenceRef> evidenceB;
};

/** A shared event or institution. */
struct ContextItem
{
    bool isEvent = true;
    qint64 id = 0; ///< event id or institution actor id
    double value = 0.0;
};

/**
 * One part of a score: its directional values (A's view, B's view; equal for symmetric parts),
 * its weight, what it contributes, and the facts behind it.
 */
struct ScorePart
{
    ScorePartKind kind = ScorePartKind::SharedPriorities;
    double weight = 0.0;
    double valueAB = 0.0; ///< 0..1 from A's side: what A gains
    double valueBA = 0.0; ///< 0..1 from B's side
    QList<ThemeMatch> themesAB; ///< shared themes, or A's priorities met by B's offers
    QList<ThemeMatch> themesBA; ///< B's priorities met by A's offers
    QList<InterestEntry> interestsAB; ///< A's wishes towards B (direct, via country, group or institution)
    QList<InterestEntry> interestsBA;
    QList<ContextItem> context;
};

/** A scored candidate pair with everything needed to explain it. */
struct PairScore
{
    int a = -1; ///< dense actor indices, a < b
    int b = -1;
    ActorId actorA = 0;
    ActorId actorB = 0;
    double scoreAB = 0.0; ///< A's directional sub-score
    double scoreBA = 0.0;
    double fused = 0.0;
    unsigned rules = 0;   ///< PairRuleFlag bits that apply
    QStringList vetoes;   ///< keys of the hard rules that keep this pair out of proposals
    QList<ScorePart> parts;
    double distanceKm = -1.0;      ///< great-circle distance, -1 when unknown
    double workingHoursOverlap = -1.0; ///< hours of 09:00-17:00 shared on the reference date, -1 when unknown

    bool isVetoed() const { return !vetoes.isEmpty(); }
    int evidenceCount() const;
    /** Themes shared or matched in either direction (dense indices, sorted, unique). */
    QList<int> matchedThemes() const;
};

} // namespace cb
