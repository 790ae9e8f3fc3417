// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>

namespace cb {

/** How the two directional sub-scores of a pair are fused into one. */
enum class FusionOperator { HarmonicMean, Minimum, Mean };

QString fusionKey(FusionOperator op);
FusionOperator fusionFromKey(const QString& key, bool* ok = nullptr);

/**
 * The officer's matching settings: weights of the score parts, rules and limits. Stored per workspace
 * (settings table) through toMap()/fromMap().
 */
struct MatchSettings
{
    double sharedPrioritiesWeight = 1.0;
    double complementarityWeight = 1.5;
    double interestWeight = 2.0;
    double contextWeight = 0.75;
    FusionOperator fusion = FusionOperator::HarmonicMean;
    double halfLifeMonths = 36.0; ///< evidence this old counts half
    double broadThemeFactor = 0.3; ///< a shared cluster counts this much of a shared specific theme
    QDate asOf;                   ///< only evidence dated up to this day; invalid = all evidence
    bool crossBorderOnly = true;  ///< South-South city pairs are international by default
    bool citiesOnly = true;       ///< propose city–city pairs; institutions act as context and brokers
    int partnerLimit = 1;         ///< k: partners per city in the global proposals
    int countryPairCap = 0;       ///< at most this many proposals per pair of countries (0 = no cap)
    int candidatesPerActor = 12;  ///< ranked partners kept per actor
    double minimumScore = 0.02;   ///< pairs below are not proposed
    QSet<ThemeId> excludedThemes; ///< evidence on these themes (or their children) is ignored

    /** A translated explanation of what is wrong, or an empty string when the settings are usable. */
    QString validate() const;
    QMap<QString, QString> toMap() const;
    /** Reads stored settings; unknown or invalid values keep their defaults (and are listed in *problems). */
    static MatchSettings fromMap(const QMap<QString, QString>& map, QStringList* problems = nullptr);
};

} // namespace cb
