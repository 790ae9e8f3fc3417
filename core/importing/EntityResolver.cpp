// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityResolver.h"

#include "gazetteer/Gazetteer.h"
#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"
#include "text/SearchKey.h"
#include "workspace/WorkspaceData.h"

#include <QSet>

namespace cb {

EntityResolver::EntityResolver(const WorkspaceData& data, const Gazetteer& gazetteer)
    : m_data(data), m_gazetteer(gazetteer)
{
    for (int i = 0; i < m_data.actors.size(); ++i) {
        const Actor& actor = m_data.actors.at(i);
        QSet<QString> keys;
        for (const QString& name : actor.names.all())
            keys.insert(searchKey(name));
        for (const Alias& alias : actor.aliases)
            keys.insert(searchKey(alias.text));
        keys.remove(QString());
        for (const QString& key : keys)
            m_byKey[key].append(i);
        if (actor.city.geonameId != 0)
            m_byGeoname.insert(actor.city.geonameId, i);
    }
}

QString EntityResolver::existingWithGeoname(qint64 geonameId) const
{
    const auto it = m_byGeoname.constFind(geonameId);
    return it == m_byGeoname.cend() ? QString() : m_data.actors.at(*it).uid;
}

QString EntityResolver::candidateLabel(const GazetteerEntry& entry) const
{
    const QString language = currentLanguage();
    const QString name = language == lang::Zh && !entry.nameZh.isEmpty() ? entry.chineseName()
                         : language == lang::Es                        ? entry.spanishName()
                                                                        : entry.name;
    const QString country = m_data.country(entry.countryCode) ? m_data.countryName(entry.countryCode, language)
                                                              : entry.countryName;
    return tr("%1 (%2, %3; population %4; gazetteer)")
        .arg(name, entry.adminRegion, country, groupedInteger(entry.population));
}

QString EntityResolver::actorLabel(int index) const
{
    const QString language = currentLanguage();
    const Actor& actor = m_data.actors.at(index);
    const QString country = m_data.countryName(actor.countryCode, language);
    const QString kind = actor.isCity() ? tr("city") : tr("institution");
    return tr("%1 (%2, %3; in the workspace)").arg(actor.name(language), kind, country);
}

QList<GazetteerEntry> EntityResolver::gazetteerMatches(const QString& name, const QString& key,
                                                       const QString& countryCode) const
{
    QList<GazetteerEntry> result;
    for (const GazetteerEntry& entry : m_gazetteer.search(name, 60)) {
        const bool same = searchKey(entry.name) == key || searchKey(entry.nameZh) == key
                          || searchKey(entry.nameEs) == key;
        if (same && (countryCode.isEmpty() || entry.countryCode.compare(countryCode, Qt::CaseInsensitive) == 0))
            result.append(entry);
    }
    return result;
}

Resolution EntityResolver::resolve(const QString& name, const QString& countryCode, const QString& choice) const
{
    Resolution r;
    if (choice == QLatin1String("skip")) {
        r.status = Resolution::Status::Skipped;
        return r;
    }
    if (choice == QLatin1String("new")) {
        r.status = Resolution::Status::NewActor;
        return r;
    }
    if (choice.startsWith(QLatin1String("actor:"))) {
        const QString uid = choice.mid(6);
        for (const Actor& actor : m_data.actors) {
            if (actor.uid == uid) {
                r.status = Resolution::Status::Existing;
                r.actorUid = uid;
                return r;
            }
        }
    } else if (choice.startsWith(QLatin1String("geoname:"))) {
        if (const auto entry = m_gazetteer.byGeonameId(choice.mid(8).toLongLong())) {
            r.actorUid = existingWithGeoname(entry->geonameId);
            r.status = r.actorUid.isEmpty() ? Resolution::Status::NewCity : Resolution::Status::Existing;
            if (r.actorUid.isEmpty())
                r.entry = entry;
            return r;
        }
    }

    const QString key = searchKey(name);
    if (key.isEmpty()) {
        r.reason = tr("The name is empty.");
        return r;
    }
    QList<int> actors = m_byKey.value(key);
    if (!countryCode.isEmpty() && actors.size() > 1) {
        QList<int> sameCountry;
        for (int i : actors) {
            if (m_data.actors.at(i).countryCode.compare(countryCode, Qt::CaseInsensitive) == 0)
                sameCountry.append(i);
        }
        if (!sameCountry.isEmpty())
            actors = sameCountry;
    }
    if (actors.size() == 1) {
        r.status = Resolution::Status::Existing;
        r.actorUid = m_data.actors.at(actors.first()).uid;
        return r;
    }
    if (actors.size() > 1) {
        r.reason = tr("\"%1\" is the name of several entries of the workspace.").arg(name);
        for (int i : actors)
            r.candidates.append({QStringLiteral("actor:") + m_data.actors.at(i).uid, actorLabel(i)});
        return r;
    }

    const QList<GazetteerEntry> cities = gazetteerMatches(name, key, countryCode);
    if (cities.size() == 1) {
        r.actorUid = existingWithGeoname(cities.first().geonameId);
        r.status = r.actorUid.isEmpty() ? Resolution::Status::NewCity : Resolution::Status::Existing;
        if (r.actorUid.isEmpty())
            r.entry = cities.first();
        return r;
    }
    if (cities.size() > 1) {
        r.reason = tr("\"%1\" is the name of several cities of the gazetteer.").arg(name);
        for (const GazetteerEntry& entry : cities)
            r.candidates.append({QStringLiteral("geoname:") + QString::number(entry.geonameId), candidateLabel(entry)});
        return r;
    }
    r.reason = tr("No city or institution called \"%1\" was found in the workspace or the gazetteer.").arg(name);
    for (const GazetteerEntry& entry : m_gazetteer.search(name, 5)) {
        if (countryCode.isEmpty() || entry.countryCode.compare(countryCode, Qt::CaseInsensitive) == 0)
            r.candidates.append({QStringLiteral("geoname:") + QString::number(entry.geonameId), candidateLabel(entry)});
    }
    return r;
}

} // namespace cb
