// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchSettings.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::MatchSettings", text);
}

const QString kPrefix = QStringLiteral("match.");

} // namespace

QString fusionKey(FusionOperator op)
{
    switch (op) {
    case FusionOperator::Minimum:
        return QStringLiteral("min");
    case FusionOperator::Mean:
        return QStringLiteral("mean");
    case FusionOperator::HarmonicMean:
        break;
    }
    return QStringLiteral("harmonic");
}

FusionOperator fusionFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("min"))
        return FusionOperator::Minimum;
    if (key == QLatin1String("mean"))
        return FusionOperator::Mean;
    if (key != QLatin1String("harmonic") && ok)
        *ok = false;
    return FusionOperator::HarmonicMean;
}

QString MatchSettings::validate() const
{
    const double weights[] = {sharedPrioritiesWeight, complementarityWeight, interestWeight, contextWeight};
    double total = 0.0;
    for (double w : weights) {
        if (!std::isfinite(w) || w < 0.0)
            return tr("Every weight must be a number of zero or more.");
        total += w;
    }
    if (total <= 0.0)
        return tr("At least one weight must be above zero.");
    if (!std::isfinite(halfLifeMonths) || halfLifeMonths <= 0.0)
        return tr("The half-life must be a positive number of months.");
    if (!std::isfinite(broadThemeFactor) || broadThemeFactor < 0.0 || broadThemeFactor >= 1.0)
        return tr("The broad-theme factor must be at least 0 and below 1.");
    if (partnerLimit < 1 || partnerLimit > 50)
        return tr("The partner limit per city must be between 1 and 50.");
    if (countryPairCap < 0)
        return tr("The cap per pair of countries cannot be negative.");
    if (candidatesPerActor < 1 || candidatesPerActor > 1000)
        return tr("The number of ranked partners per city must be between 1 and 1000.");
    if (!std::isfinite(minimumScore) || minimumScore < 0.0 || minimumScore >= 1.0)
        return tr("The minimum score must be at least 0 and below 1.");
    return {};
}

QMap<QString, QString> MatchSettings::toMap() const
{
    QMap<QString, QString> map;
    map.insert(kPrefix + QStringLiteral("w_shared"), QString::number(sharedPrioritiesWeight));
    map.insert(kPrefix + QStringLiteral("w_complement"), QString::number(complementarityWeight));
    map.insert(kPrefix + QStringLiteral("w_interest"), QString::number(interestWeight));
    map.insert(kPrefix + QStringLiteral("w_context"), QString::number(contextWeight));
    map.insert(kPrefix + QStringLiteral("fusion"), fusionKey(fusion));
    map.insert(kPrefix + QStringLiteral("half_life_months"), QString::number(halfLifeMonths));
    map.insert(kPrefix + QStringLiteral("broad_theme_factor"), QString::number(broadThemeFactor));
    map.insert(kPrefix + QStringLiteral("as_of"), asOf.isValid() ? asOf.toString(Qt::ISODate) : QString());
    map.insert(kPrefix + QStringLiteral("cross_border_only"), crossBorderOnly ? QStringLiteral("1") : QStringLiteral("0"));
    map.insert(kPrefix + QStringLiteral("cities_only"), citiesOnly ? QStringLiteral("1") : QStringLiteral("0"));
    map.insert(kPrefix + QStringLiteral("partner_limit"), QString::number(partnerLimit));
    map.insert(kPrefix + QStringLiteral("country_pair_cap"), QString::number(countryPairCap));
    map.insert(kPrefix + QStringLiteral("candidates_per_actor"), QString::number(candidatesPerActor));
    map.insert(kPrefix + QStringLiteral("minimum_score"), QString::number(minimumScore));
    QStringList themes;
    QList<ThemeId> sorted(excludedThemes.begin(), excludedThemes.end());
    std::sort(sorted.begin(), sorted.end());
    for (ThemeId id : sorted)
        themes.append(QString::number(id));
    map.insert(kPrefix + QStringLiteral("excluded_themes"), themes.join(QLatin1Char(',')));
    return map;
}

MatchSettings MatchSettings::fromMap(const QMap<QString, QString>& map, QStringList* problems)
{
    MatchSettings s;
    auto number = [&](const char* key, double* target) {
        const QString k = kPrefix + QLatin1String(key);
        if (!map.contains(k))
            return;
        bool ok = false;
        const double value = map.value(k).toDouble(&ok);
        if (ok && std::isfinite(value))
            *target = value;
        else if (problems)
            problems->append(k);
    };
    auto integer = [&](const char* key, int* target) {
        const QString k = kPrefix + QLatin1String(key);
        if (!map.contains(k))
            return;
        bool ok = false;
        const int value = map.value(k).toInt(&ok);
        if (ok)
            *target = value;
        else if (problems)
            problems->append(k);
    };
    number("w_shared", &s.sharedPrioritiesWeight);
    number("w_complement", &s.complementarityWeight);
    number("w_interest", &s.interestWeight);
    number("w_context", &s.contextWeight);
    number("half_life_months", &s.halfLifeMonths);
    number("broad_theme_factor", &s.broadThemeFactor);
    number("minimum_score", &s.minimumScore);
    integer("partner_limit", &s.partnerLimit);
    integer("country_pair_cap", &s.countryPairCap);
    integer("candidates_per_actor", &s.candidatesPerActor);
    bool ok = true;
    if (map.contains(kPrefix + QStringLiteral("fusion")))
        s.fusion = fusionFromKey(map.value(kPrefix + QStringLiteral("fusion")), &ok);
    if (!ok && problems)
        problems->append(kPrefix + QStringLiteral("fusion"));
    const QString asOf = map.value(kPrefix + QStringLiteral("as_of"));
    if (!asOf.isEmpty())
        s.asOf = QDate::fromString(asOf, Qt::ISODate);
    if (map.contains(kPrefix + QStringLiteral("cross_border_only")))
        s.crossBorderOnly = map.value(kPrefix + QStringLiteral("cross_border_only")) == QLatin1String("1");
    if (map.contains(kPrefix + QStringLiteral("cities_only")))
        s.citiesOnly = map.value(kPrefix + QStringLiteral("cities_only")) == QLatin1String("1");
    for (const QString& id : map.value(kPrefix + QStringLiteral("excluded_themes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.excludedThemes.insert(id.toLongLong());
    const MatchSettings defaults;
    if (!s.validate().isEmpty()) {
        if (problems)
            problems->append(s.validate());
        return defaults;
    }
    return s;
}

} // namespace cb
