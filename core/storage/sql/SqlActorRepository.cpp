// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlActorRepository.h"

#include "storage/SqlUtil.h"
#include "storage/StoreConflict.h"
#include "text/SearchKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::SqlActorRepository", text);
}

QVariant realOrNull(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

bool writeTexts(QSqlDatabase& db, ActorId id, const QString& field, const LocalizedText& text, QString* error)
{
    for (auto it = text.all().constBegin(); it != text.all().constEnd(); ++it) {
        if (!sql::exec(db, QStringLiteral("INSERT INTO actor_texts(actor_id, field, lang, body) VALUES (?, ?, ?, ?)"),
                       {id, field, it.key(), it.value()}, error))
            return false;
    }
    return true;
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? QString::number(*value) : QString();
}

QString aliasList(const QList<Alias>& aliases)
{
    QStringList texts;
    for (const Alias& a : aliases)
        texts << a.text;
    texts.sort();
    return texts.join(QStringLiteral(", "));
}

} // namespace

QString SqlActorRepository::conflict(const Actor& yours)
{
    const std::optional<Actor> stored = find(yours.id);
    // No row with this id and uid: the record is gone, or the id is a leftover of a rolled-back insert.
    if (!stored || stored->uid != yours.uid)
        return tr("This record was changed elsewhere since it was loaded; reload it and try again.");
    StoreConflict c;
    c.record = stored->names.value(lang::En);
    c.storedVersion = stored->version;
    c.yourVersion = yours.version;
    c.compare(tr("Name (English)"), stored->names.exact(lang::En), yours.names.exact(lang::En));
    c.compare(tr("Name (Chinese)"), stored->names.exact(lang::Zh), yours.names.exact(lang::Zh));
    c.compare(tr("Name (Spanish)"), stored->names.exact(lang::Es), yours.names.exact(lang::Es));
    c.compare(tr("Country"), stored->countryCode, yours.countryCode);
    c.compare(tr("Part of"), stored->parentId ? QString::number(stored->parentId) : QString(),
              yours.parentId ? QString::number(yours.parentId) : QString());
    c.compare(tr("Kind"), actorKindKey(stored->kind), actorKindKey(yours.kind));
    c.compare(tr("Other names"), aliasList(stored->aliases), aliasList(yours.aliases));
    c.compare(tr("Profile"), stored->profile.value(lang::En), yours.profile.value(lang::En));
    if (yours.isCity()) {
        c.compare(tr("Latitude"), optionalNumber(stored->city.latitude), optionalNumber(yours.city.latitude));
        c.compare(tr("Longitude"), optionalNumber(stored->city.longitude), optionalNumber(yours.city.longitude));
        c.compare(tr("Population"), QString::number(stored->city.population), QString::number(yours.city.population));
        c.compare(tr("Region"), stored->city.adminRegion, yours.city.adminRegion);
    } else {
        c.compare(tr("Category"), stored->institution.category, yours.institution.category);
        c.compare(tr("Abbreviation"), stored->institution.abbreviation, yours.institution.abbreviation);
        c.compare(tr("Website"), stored->institution.website, yours.institution.website);
    }
    return c.message();
}

bool SqlActorRepository::save(Actor& actor, QString* error)
{
    if (actor.names.value(lang::En).isEmpty()) {
        if (error)
            *error = tr("An actor needs a name.");
        return false;
    }
    if (actor.isCity()) {
        const auto& c = actor.city;
        if ((c.latitude && (*c.latitude < -90 || *c.latitude > 90))
            || (c.longitude && (*c.longitude < -180 || *c.longitude > 180))) {
            if (error)
                *error = tr("Coordinates are out of range (latitude -90..90, longitude -180..180).");
            return false;
        }
    }
    if (actor.parentId != 0 && actor.parentId == actor.id) {
        if (error)
            *error = tr("An actor cannot belong to itself.");
        return false;
    }
    // The id and version go back into the caller's object only once the write is committed: a rolled-back id
    // left behind would turn the retry into an update of whatever row is given that id next.
    Actor saved = actor;
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery query(m_db);
    if (saved.id == 0) {
        if (!sql::insert(query,
                       QStringLiteral("INSERT INTO actors(uid, kind, country_code, parent_id, version, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)"),
                       {saved.uid, actorKindKey(saved.kind), sql::textOrNull(saved.countryCode),
                        sql::idOrNull(saved.parentId), now, now},
                       &saved.id, error))
            return false;
        saved.version = 1;
    } else {
        if (!sql::exec(query,
                       // The uid never changes and must match too: an id left over from a rolled-back insert
                       // then cannot update another actor that was given the same id since.
                       QStringLiteral("UPDATE actors SET kind = ?, country_code = ?, parent_id = ?, "
                                      "version = version + 1, updated_at = ? WHERE id = ? AND version = ? AND uid = ?"),
                       {actorKindKey(saved.kind), sql::textOrNull(saved.countryCode), sql::idOrNull(saved.parentId),
                        now, saved.id, saved.version, saved.uid},
                       error))
            return false;
        if (query.numRowsAffected() != 1) {
            if (error)
                *error = conflict(saved);
            return false;
        }
        ++saved.version;
        // Details are rewritten as a whole: simpler than diffing, and still one transaction.
        for (const char* table : {"cities", "institutions", "actor_names", "actor_texts", "actor_sources", "aliases"}) {
            if (!sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE actor_id = ?").arg(QLatin1String(table)),
                           {saved.id}, error))
                return false;
        }
    }
    if (!writeDetails(saved, error) || !tx.commit(error))
        return false;
    actor.id = saved.id;
    actor.version = saved.version;
    return true;
}

bool SqlActorRepository::writeDetails(const Actor& actor, QString* error)
{
    if (actor.isCity()) {
        const CityFacts& c = actor.city;
        if (!sql::exec(m_db,
                       QStringLiteral("INSERT INTO cities(actor_id, geoname_id, latitude, longitude, population, "
                                      "population_year, area_km2, timezone, admin_region) VALUES (?,?,?,?,?,?,?,?,?)"),
                       {actor.id, sql::idOrNull(c.geonameId), realOrNull(c.latitude), realOrNull(c.longitude),
                        c.population, c.populationYear > 0 ? QVariant(c.populationYear) : QVariant(),
                        c.areaKm2 > 0 ? QVariant(c.areaKm2) : QVariant(), sql::textOrNull(c.timezone),
                        sql::textOrNull(c.adminRegion)},
                       error))
            return false;
    } else {
        const InstitutionFacts& i = actor.institution;
        if (!sql::exec(m_db,
                       QStringLiteral("INSERT INTO institutions(actor_id, category, abbreviation, website) "
                                      "VALUES (?, ?, ?, ?)"),
                       {actor.id, i.category.isEmpty() ? QStringLiteral("other") : i.category,
                        sql::textOrNull(i.abbreviation), sql::textOrNull(i.website)},
                       error))
            return false;
    }
    for (auto it = actor.names.all().constBegin(); it != actor.names.all().constEnd(); ++it) {
        if (!sql::exec(m_db, QStringLiteral("INSERT INTO actor_names(actor_id, lang, name) VALUES (?, ?, ?)"),
                       {actor.id, it.key(), it.value()}, error))
            return false;
    }
    if (!writeTexts(m_db, actor.id, QStringLiteral("profile"), actor.profile, error)
        || !writeTexts(m_db, actor.id, QStringLiteral("heritage"), actor.heritage, error)
        || !writeTexts(m_db, actor.id, QStringLiteral("sectors"), actor.sectors, error))
        return false;
    for (SourceId source : QSet<SourceId>(actor.sourceIds.begin(), actor.sourceIds.end())) {
        if (!sql::exec(m_db, QStringLiteral("INSERT INTO actor_sources(actor_id, source_id) VALUES (?, ?)"),
                       {actor.id, source}, error))
            return false;
    }
    // Every name is also an alias, so one indexed lookup finds an actor by any of its names.
    QList<Alias> aliases = actor.aliases;
    for (auto it = actor.names.all().constBegin(); it != actor.names.all().constEnd(); ++it)
        aliases.append({it.value(), it.key()});
    if (!actor.institution.abbreviation.isEmpty())
        aliases.append({actor.institution.abbreviation, QString()});
    QSet<QString> seen;
    for (const Alias& alias : aliases) {
        const QString text = alias.text.trimmed();
        if (text.isEmpty() || seen.contains(text))
            continue;
        seen.insert(text);
        if (!sql::exec(m_db,
                       QStringLiteral("INSERT INTO aliases(actor_id, alias, lang, search_key) VALUES (?, ?, ?, ?)"),
                       {actor.id, text, sql::textOrNull(alias.language), searchKey(text)}, error))
            return false;
    }
    return true;
}

bool SqlActorRepository::remove(ActorId id, QString* error)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    QSqlQuery query(m_db);
    if (!sql::exec(query, QStringLiteral("DELETE FROM actors WHERE id = ?"), {id}, error))
        return false;
    return tx.commit(error);
}

std::optional<Actor> SqlActorRepository::find(ActorId id)
{
    const QList<Actor> found = load(QStringLiteral("a.id = ?"), id, nullptr);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Actor> SqlActorRepository::all(QString* error)
{
    return load(QString(), QVariant(), error);
}

QList<Actor> SqlActorRepository::load(const QString& where, const QVariant& value, QString* error)
{
    QList<Actor> actors;
    QHash<ActorId, qsizetype> index;
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.uid, a.kind, a.country_code, a.parent_id, a.version, "
                                 "c.geoname_id, c.latitude, c.longitude, c.population, c.population_year, c.area_km2, "
                                 "c.timezone, c.admin_region, i.category, i.abbreviation, i.website "
                                 "FROM actors a LEFT JOIN cities c ON c.actor_id = a.id "
                                 "LEFT JOIN institutions i ON i.actor_id = a.id")
                  + filter + QStringLiteral(" ORDER BY a.id"));
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    while (query.next()) {
        Actor actor;
        actor.id = query.value(0).toLongLong();
        actor.uid = query.value(1).toString();
        actor.kind = actorKindFromKey(query.value(2).toString()).value_or(ActorKind::City);
        actor.countryCode = query.value(3).toString();
        actor.parentId = query.value(4).toLongLong();
        actor.version = query.value(5).toInt();
        actor.city.geonameId = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            actor.city.latitude = query.value(7).toDouble();
        if (!query.value(8).isNull())
            actor.city.longitude = query.value(8).toDouble();
        actor.city.population = query.value(9).toLongLong();
        actor.city.populationYear = query.value(10).toInt();
        actor.city.areaKm2 = query.value(11).toDouble();
        actor.city.timezone = query.value(12).toString();
        actor.city.adminRegion = query.value(13).toString();
        actor.institution.category = query.value(14).toString();
        actor.institution.abbreviation = query.value(15).toString();
        actor.institution.website = query.value(16).toString();
        index.insert(actor.id, actors.size());
        actors.append(actor);
    }
    const QString sub = where.isEmpty() ? QString() : QStringLiteral(" WHERE actor_id = ?");
    auto forEachRow = [&](const QString& statement, auto&& apply) {
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        rows.prepare(statement + sub);
        if (value.isValid())
            rows.addBindValue(value);
        if (!rows.exec())
            return;
        while (rows.next()) {
            const auto it = index.constFind(rows.value(0).toLongLong());
            if (it != index.constEnd())
                apply(actors[it.value()], rows);
        }
    };
    forEachRow(QStringLiteral("SELECT actor_id, lang, name FROM actor_names"),
               [](Actor& a, QSqlQuery& r) { a.names.set(r.value(1).toString(), r.value(2).toString()); });
    forEachRow(QStringLiteral("SELECT actor_id, field, lang, body FROM actor_texts"), [](Actor& a, QSqlQuery& r) {
        const QString field = r.value(1).toString();
        LocalizedText& target = field == QLatin1String("profile")    ? a.profile
                                : field == QLatin1String("heritage") ? a.heritage
                                                                     : a.sectors;
        target.set(r.value(2).toString(), r.value(3).toString());
    });
    forEachRow(QStringLiteral("SELECT actor_id, source_id FROM actor_sources"),
               [](Actor& a, QSqlQuery& r) { a.sourceIds.append(r.value(1).toLongLong()); });
    forEachRow(QStringLiteral("SELECT actor_id, alias, lang FROM aliases"), [](Actor& a, QSqlQuery& r) {
        const QString text = r.value(1).toString();
        const QString language = r.value(2).toString();
        // Names are stored as aliases too; keep only the extra ones in the list.
        if (a.names.exact(language) != text && a.institution.abbreviation != text)
            a.aliases.append({text, language});
    });
    for (Actor& actor : actors)
        std::sort(actor.sourceIds.begin(), actor.sourceIds.end());
    return actors;
}

QList<ActorId> SqlActorRepository::findByName(const QString& text)
{
    QList<ActorId> ids;
    const QString key = searchKey(text);
    if (key.isEmpty())
        return ids;
    QSqlQuery query(m_db);
    if (!sql::exec(query, QStringLiteral("SELECT DISTINCT actor_id FROM aliases WHERE search_key = ? ORDER BY actor_id"),
                   {key}, nullptr))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<ActorId> SqlActorRepository::searchByPrefix(const QString& text, int limit)
{
    QList<ActorId> ids;
    const QString key = searchKey(text);
    if (key.isEmpty())
        return ids;
    // A range on the indexed key instead of LIKE: no wildcard escaping, works with any script. The bound is U+10FFFF:
    // keys compare as UTF-8 bytes, where characters beyond U+FFFF (CJK Extension B) sort after U+FFFF.
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT actor_id, MIN(length(search_key)) AS l FROM aliases WHERE search_key >= ? "
                                  "AND search_key < ? GROUP BY actor_id ORDER BY l, actor_id LIMIT ?"),
                   {key, QString(key + QString::fromUcs4(U"\U0010FFFF", 1)), limit}, nullptr))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool SqlActorRepository::saveMembership(Membership& membership, QString* error)
{
    QSqlQuery query(m_db);
    if (!sql::insert(query,
                   QStringLiteral("INSERT INTO memberships(institution_id, city_id, role, source_id) VALUES (?,?,?,?)"),
                   {membership.institutionId, membership.cityId, membership.role, sql::idOrNull(membership.sourceId)},
                   &membership.id, error))
        return false;
    return true;
}

bool SqlActorRepository::removeMembership(qint64 id, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM memberships WHERE id = ?"), {id}, error);
}

std::optional<RecordStamp> SqlActorRepository::stamp(const QString& uid, QString* error)
{
    QSqlQuery query(m_db);
    if (!sql::exec(query, QStringLiteral("SELECT version, updated_at FROM actors WHERE uid = ?"), {uid}, error)
        || !query.next())
        return std::nullopt;
    return RecordStamp{query.value(0).toInt(), query.value(1).toString()};
}

bool SqlActorRepository::restoreStamp(const QString& uid, const RecordStamp& stamp, QString* error)
{
    return sql::exec(m_db, QStringLiteral("UPDATE actors SET version = ?, updated_at = ? WHERE uid = ?"),
                     {stamp.version, stamp.updatedAt, uid}, error);
}

QList<Membership> SqlActorRepository::memberships(QString* error)
{
    QList<Membership> result;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, institution_id, city_id, role, source_id FROM memberships ORDER BY id"), {},
                   error))
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toString(), query.value(4).toLongLong()});
    return result;
}

} // namespace cb
