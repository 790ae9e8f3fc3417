// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "i18n/Translations.h"
#include "text/SearchKey.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb", text);
}

bool inUnitRange(double value)
{
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

QSet<QString> keysOf(const Actor& actor)
{
    QSet<QString> keys;
    for (auto it = actor.names.all().cbegin(); it != actor.names.all().cend(); ++it)
        keys.insert(searchKey(it.value()));
    for (const Alias& alias : actor.aliases)
        keys.insert(searchKey(alias.text));
    keys.remove(QString());
    return keys;
}

void checkDate(const QDate& date, const QString& fieldName, bool pastOnly, ValidationResult& result)
{
    if (date.isNull())
        return;
    if (!date.isValid())
        result.add(fieldName, tr("Enter a valid date."));
    else if (pastOnly && date > QDate::currentDate())
        result.add(fieldName, tr("The date cannot be in the future."));
}

void checkSource(SourceId id, bool required, const WorkspaceData& data, ValidationResult& result)
{
    if (id == 0) {
        if (required)
            result.add(field::Source, tr("Choose the source this comes from."));
    } else if (!data.source(id)) {
        result.add(field::Source, tr("The chosen source does not exist in this workspace."));
    }
}

} // namespace

namespace choices {

QStringList eventKinds()
{
    return {QStringLiteral("webinar"), QStringLiteral("meeting"),  QStringLiteral("forum"),
            QStringLiteral("training"), QStringLiteral("exchange"), QStringLiteral("donation")};
}

QStringList participationRoles()
{
    return {QStringLiteral("participant"), QStringLiteral("speaker"), QStringLiteral("organizer"),
            QStringLiteral("partner"),     QStringLiteral("moderator"), QStringLiteral("donor"),
            QStringLiteral("recipient")};
}

QStringList institutionCategories()
{
    return {QStringLiteral("un_agency"),       QStringLiteral("city_association"), QStringLiteral("training_institute"),
            QStringLiteral("university"),      QStringLiteral("business_council"), QStringLiteral("ngo"),
            QStringLiteral("government"),      QStringLiteral("other")};
}

} // namespace choices

QList<ActorId> findDuplicateActors(const Actor& draft, const WorkspaceData& data)
{
    QList<ActorId> found;
    const QSet<QString> keys = keysOf(draft);
    if (keys.isEmpty())
        return found;
    for (const Actor& other : data.actors) {
        if (other.kind != draft.kind || (draft.id != 0 && other.id == draft.id))
            continue;
        if (keysOf(other).intersects(keys))
            found.append(other.id);
    }
    return found;
}

ValidationResult validateActor(const Actor& draft, const WorkspaceData& data, bool allowDuplicateName)
{
    ValidationResult result;
    if (draft.names.exact(lang::En).trimmed().isEmpty())
        result.add(field::NameEn, tr("Enter the English name."));
    if (draft.countryCode.isEmpty()) {
        if (draft.isCity())
            result.add(field::Country, tr("Choose the country of the city."));
    } else if (!data.country(draft.countryCode)) {
        result.add(field::Country, tr("“%1” is not a country of this workspace.").arg(draft.countryCode));
    }
    if (draft.parentId != 0) {
        if (draft.parentId == draft.id)
            result.add(field::Parent, tr("An actor cannot belong to itself."));
        else if (!data.actor(draft.parentId))
            result.add(field::Parent, tr("The parent actor does not exist in this workspace."));
    }
    if (draft.isCity()) {
        const CityFacts& c = draft.city;
        if (c.latitude.has_value() != c.longitude.has_value()) {
            result.add(c.latitude ? field::Longitude : field::Latitude,
                       tr("Enter both latitude and longitude, or neither."));
        }
        if (c.latitude && !(std::isfinite(*c.latitude) && *c.latitude >= -90.0 && *c.latitude <= 90.0))
            result.add(field::Latitude, tr("Latitude must be between -90 and 90 degrees."));
        if (c.longitude && !(std::isfinite(*c.longitude) && *c.longitude >= -180.0 && *c.longitude <= 180.0))
            result.add(field::Longitude, tr("Longitude must be between -180 and 180 degrees."));
        if (c.population < 0)
            result.add(field::Population, tr("The population cannot be negative."));
        if (!c.timezone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(c.timezone.toUtf8()))
            result.add(field::Timezone, tr("“%1” is not a known time zone (e.g. Asia/Shanghai).").arg(c.timezone));
    } else {
        const InstitutionFacts& i = draft.institution;
        if (!i.category.isEmpty() && !choices::institutionCategories().contains(i.category))
            result.add(field::Category, tr("Choose a category from the list."));
        if (!i.website.isEmpty()) {
            const QUrl url(i.website, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                result.add(field::Website, tr("Enter a web address starting with http:// or https://."));
        }
    }
    result.duplicates = findDuplicateActors(draft, data);
    if (!result.duplicates.isEmpty() && !allowDuplicateName) {
        const Actor* first = data.actor(result.duplicates.constFirst());
        const QString name = first ? first->names.value(currentLanguage()) : QString();
        result.add(field::NameEn, draft.isCity() ? tr("A city named “%1” already exists.").arg(name)
                                                 : tr("An institution named “%1” already exists.").arg(name));
    }
    return result;
}

ValidationResult validateStatement(const Statement& draft, const WorkspaceData& data)
{
    ValidationResult result;
    if (draft.actorId == 0 || !data.actor(draft.actorId))
        result.add(field::Actor, tr("Choose an actor that exists in this workspace."));
    if (draft.themeId == 0 || !data.theme(draft.themeId))
        result.add(field::Theme, tr("Choose a theme."));
    if (!inUnitRange(draft.weight))
        result.add(field::Weight, tr("The weight must be between 0 and 1."));
    checkSource(draft.sourceId, true, data, result);
    checkDate(draft.date, field::Date, true, result);
    return result;
}

ValidationResult validateInterest(const Interest& draft, const WorkspaceData& data)
{
    ValidationResult result;
    if (draft.fromActorId == 0 || !data.actor(draft.fromActorId))
        result.add(field::Actor, tr("Choose an actor that exists in this workspace."));
    const bool toActor = draft.toActorId != 0;
    const bool toCountry = !draft.toCountry.isEmpty();
    if (toActor == toCountry)
        result.add(field::Target, tr("Choose either a partner or a country."));
    else if (toActor && draft.toActorId == draft.fromActorId)
        result.add(field::Target, tr("An actor cannot express interest in itself."));
    else if (toActor && !data.actor(draft.toActorId))
        result.add(field::Target, tr("The partner does not exist in this workspace."));
    else if (toCountry && !data.country(draft.toCountry))
        result.add(field::Target, tr("“%1” is not a country of this workspace.").arg(draft.toCountry));
    if (!inUnitRange(draft.strength))
        result.add(field::Strength, tr("The strength must be between 0 and 1."));
    for (ThemeId theme : draft.themeIds) {
        if (!data.theme(theme)) {
            result.add(field::Theme, tr("One of the themes does not exist in this workspace."));
            break;
        }
    }
    checkSource(draft.sourceId, true, data, result);
    checkDate(draft.date, field::Date, true, result);
    return result;
}

ValidationResult validateParticipation(const Participation& draft, const WorkspaceData& data)
{
    ValidationResult result;
    if (draft.actorId == 0 || !data.actor(draft.actorId))
        result.add(field::Actor, tr("Choose an actor that exists in this workspace."));
    if (!choices::participationRoles().contains(draft.role))
        result.add(field::Role, tr("Choose a role from the list."));
    if (draft.sourceId != 0 && !data.source(draft.sourceId))
        result.add(field::Source, tr("The chosen source does not exist in this workspace."));
    return result;
}

ValidationResult validateEvent(const Event& draft, const WorkspaceData& data)
{
    ValidationResult result;
    if (draft.titles.exact(lang::En).trimmed().isEmpty())
        result.add(field::Title, tr("Enter the English title."));
    if (!choices::eventKinds().contains(draft.kind))
        result.add(field::Kind, tr("Choose a kind of event from the list."));
    if (!draft.date.isValid())
        result.add(field::Date, tr("Enter the date of the event."));
    if (!draft.endDate.isNull()) {
        if (!draft.endDate.isValid())
            result.add(field::EndDate, tr("Enter a valid date."));
        else if (draft.date.isValid() && draft.endDate < draft.date)
            result.add(field::EndDate, tr("The end date cannot be before the start date."));
    }
    checkSource(draft.sourceId, false, data, result);
    QSet<QPair<ActorId, QString>> seen;
    for (const Participation& p : draft.participations) {
        const ValidationResult one = validateParticipation(p, data);
        if (!one.isValid()) {
            result.add(field::Participations, one.summary());
            break;
        }
        if (seen.contains({p.actorId, p.role})) {
            result.add(field::Participations,
                       tr("%1 is listed twice with the same role.").arg(data.actorName(p.actorId, currentLanguage())));
            break;
        }
        seen.insert({p.actorId, p.role});
    }
    return result;
}

} // namespace cb
