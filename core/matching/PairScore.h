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

/** Bits of the hard rules that keep a pair out of the proposals. */
enum VetoFlag : unsigned {
    VetoSelf = 1u << 0,
    VetoAffiliate = 1u << 1,
    VetoSameCountry = 1u << 2,
    VetoExisting = 1u << 3,
    VetoDeclined = 1u << 4,
    VetoExcluded = 1u << 5,
    VetoDeferred = 1u << 6,
};

/** Keys of the veto bits, in bit order: self, affiliate, same_country, existing_partnership, declined, ... */
QStringList vetoKeys(unsigned mask);

/**
 * The compact form of a scored pair kept for every candidate (tens of thousands of cities produce millions):
 * the numbers only. MatchResult::explain() rebuilds the full PairScore with its evidence on demand.
 */
struct ScoredPair
{
    int a = -1;
    int b = -1;
    ActorId actorA = 0;
    ActorId actorB = 0;
    float scoreAB = 0.0f;
    float scoreBA = 0.0f;
    double fused = 0.0;
    float valueAB[4] = {0, 0, 0, 0}; ///< per ScorePartKind
    float valueBA[4] = {0, 0, 0, 0};
    unsigned rules = 0; ///< PairRuleFlag bits
    unsigned vetoMask = 0;

    bool isVetoed() const { return vetoMask != 0; }
    QStringList vetoes() const { return vetoKeys(vetoMask); }
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
    unsigned vetoMask = 0; ///< VetoFlag bits
    QStringList vetoes;    ///< keys of the hard rules that keep this pair out of proposals
    QList<ScorePart> parts;
    double distanceKm = -1.0;      ///< great-circle distance, -1 when unknown
    double workingHoursOverlap = -1.0; ///< hours of 09:00-17:00 shared on the reference date, -1 when unknown

    bool isVetoed() const { return vetoMask != 0; }
    /** The compact form of this score. */
    ScoredPair compact() const;
    int evidenceCount() const;
    /** Themes shared or matched in either direction (dense indices, sorted, unique). */
    QList<int> matchedThemes() const;
};

} // namespace cb
