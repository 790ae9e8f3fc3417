// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "Language.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace cb {

enum class ActorKind { City, Institution };

QString actorKindKey(ActorKind kind);
std::optional<ActorKind> actorKindFromKey(const QString& key);

/** A name under which an actor can be found: any language, any script, abbreviations. */
struct Alias
{
    QString text;
    QString language; ///< "en", "zh", "es", "native" or empty when not tied to one
};

/** Attributes that only a city has. */
struct CityFacts
{
    qint64 geonameId = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
    qint64 population = 0; ///< 0 = unknown
    int populationYear = 0;
    double areaKm2 = 0.0; ///< 0 = unknown
    QString timezone;     ///< IANA name, e.g. "America/Mexico_City"
    QString adminRegion;  ///< province or state, e.g. "Henan"
};

/** Attributes that only an institution has. */
struct InstitutionFacts
{
    QString category; ///< un_agency, city_association, training_institute, university, business_council, ngo, government, other
    QString abbreviation;
    QString website;
};

/**
 * A City or an Institution: the common base for everything that can express priorities,
 * offers and interests, attend events and enter partnerships.
 */
struct Actor
{
    ActorId id = 0;
    QString uid; ///< stable identifier across workspaces (merge, import), e.g. "city:luoyang"
    ActorKind kind = ActorKind::City;
    QString countryCode; ///< ISO alpha-2, may be empty for international bodies
    ActorId parentId = 0; ///< the actor this one belongs to (a borough's city); never proposed as a pair
    LocalizedText names;   ///< en / zh / es / native
    LocalizedText profile; ///< a paragraph per language
    LocalizedText heritage;
    LocalizedText sectors;
    QList<Alias> aliases;
    QList<SourceId> sourceIds; ///< where the profile facts come from
    CityFacts city;
    InstitutionFacts institution;
    int version = 1; ///< bumped on every update; used for conflict checks

    bool isCity() const { return kind == ActorKind::City; }
    QString name(const QString& language) const { return names.value(language); }
};

/** An institution that speaks for or gathers cities, e.g. ANCMPM for Mexican World Heritage cities. */
struct Membership
{
    qint64 id = 0;
    ActorId institutionId = 0;
    ActorId cityId = 0;
    QString role; ///< member, home, speaks_for
    SourceId sourceId = 0;
};

} // namespace cb
