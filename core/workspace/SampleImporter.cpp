// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleImporter.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqliteWorkspaceStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::SampleImporter", text);
}

bool readJson(const QString& path, QJsonObject* object, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1.").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not valid JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    *object = doc.object();
    return true;
}

LocalizedText localized(const QJsonValue& value)
{
    LocalizedText text;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        text.set(it.key(), it.value().toString());
    return text;
}

QDate date(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

/** Resolves the JSON's string references to the row ids just written, reporting the first dangling one. */
class References
{
public:
    QHash<QString, qint64> sources, actors, themes, events, groups;

    qint64 need(const QHash<QString, qint64>& table, const QJsonValue& key, const QString& where, QString* error) const
    {
        const qint64 id = table.value(key.toString());
        if (id == 0 && error->isEmpty())
            *error = tr("%1 refers to an unknown entry \"%2\".").arg(where, key.toString());
        return id;
    }
    qint64 optional(const QHash<QString, qint64>& table, const QJsonValue& key, const QString& where,
                    QString* error) const
    {
        if (key.isNull() || key.isUndefined() || key.toString().isEmpty())
            return 0;
        return need(table, key, where, error);
    }
};

bool importThemes(WorkspaceStore& store, const QJsonObject& root, References& refs, QString* error)
{
    int order = 0;
    for (const QJsonValue& v : root.value(QStringLiteral("themes")).toArray()) {
        const QJsonObject o = v.toObject();
        Theme theme;
        theme.key = o.value(QStringLiteral("key")).toString();
        theme.parentId = refs.optional(refs.themes, o.value(QStringLiteral("parent")), theme.key, error);
        theme.sortOrder = order++;
        theme.names = localized(o.value(QStringLiteral("names")));
        if (!error->isEmpty() || !store.catalog().saveTheme(theme, error))
            return false;
        refs.themes.insert(theme.key, theme.id);
    }
    return true;
}

bool importSources(WorkspaceStore& store, const QJsonObject& root, References& refs, QString* error)
{
    for (const QJsonValue& v : root.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        Source source;
        source.uid = o.value(QStringLiteral("uid")).toString();
        source.kind = o.value(QStringLiteral("kind")).toString();
        source.titles = localized(o.value(QStringLiteral("titles")));
        source.date = date(o.value(QStringLiteral("date")));
        source.publisher = o.value(QStringLiteral("publisher")).toString();
        source.url = o.value(QStringLiteral("url")).toString();
        source.citation = o.value(QStringLiteral("citation")).toString();
        if (!store.catalog().saveSource(source, error))
            return false;
        refs.sources.insert(source.uid, source.id);
    }
    return true;
}

QList<Alias> aliases(const QJsonValue& value)
{
    QList<Alias> result;
    for (const QJsonValue& a : value.toArray()) {
        const QJsonObject o = a.toObject();
        result.append({o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("lang")).toString()});
    }
    return result;
}

bool importActors(WorkspaceStore& store, const QJsonObject& root, References& refs, QString* error)
{
    struct Pending
    {
        QString uid;
        QString parent;
    };
    QList<Pending> parents;
    for (const QString& list : {QStringLiteral("cities"), QStringLiteral("institutions")}) {
        const bool isCity = list == QLatin1String("cities");
        for (const QJsonValue& v : root.value(list).toArray()) {
            const QJsonObject o = v.toObject();
            Actor actor;
            actor.kind = isCity ? ActorKind::City : ActorKind::Institution;
            actor.uid = o.value(QStringLiteral("uid")).toString();
            actor.countryCode = o.value(QStringLiteral("country")).toString();
            actor.names = localized(o.value(QStringLiteral("names")));
            actor.aliases = aliases(o.value(QStringLiteral("aliases")));
            actor.profile = localized(o.value(QStringLiteral("profile")));
            actor.heritage = localized(o.value(QStringLiteral("heritage")));
            actor.sectors = localized(o.value(QStringLiteral("sectors")));
            for (const QJsonValue& s : o.value(QStringLiteral("sources")).toArray())
                actor.sourceIds.append(refs.need(refs.sources, s, actor.uid, error));
            if (isCity) {
                actor.city.geonameId = o.value(QStringLiteral("geonameid")).toInteger();
                if (o.contains(QStringLiteral("lat")) && o.contains(QStringLiteral("lon"))) {
                    actor.city.latitude = o.value(QStringLiteral("lat")).toDouble();
                    actor.city.longitude = o.value(QStringLiteral("lon")).toDouble();
                }
                actor.city.timezone = o.value(QStringLiteral("timezone")).toString();
                actor.city.adminRegion = o.value(QStringLiteral("admin_region")).toString();
                actor.city.population = o.value(QStringLiteral("population")).toInteger();
                actor.city.populationYear = o.value(QStringLiteral("population_year")).toInt();
                actor.city.areaKm2 = o.value(QStringLiteral("area_km2")).toDouble();
            } else {
                actor.institution.category = o.value(QStringLiteral("category")).toString();
                actor.institution.abbreviation = o.value(QStringLiteral("abbreviation")).toString();
                actor.institution.website = o.value(QStringLiteral("website")).toString();
            }
            if (!error->isEmpty() || !store.actors().save(actor, error))
                return false;
            refs.actors.insert(actor.uid, actor.id);
            const QString parent = o.value(isCity ? QStringLiteral("parent") : QStringLiteral("home_city")).toString();
            if (!parent.isEmpty() && isCity)
                parents.append({actor.uid, parent});
        }
    }
    // Parents are set in a second pass so that the JSON order does not matter.
    for (const Pending& p : parents) {
        auto actor = store.actors().find(refs.actors.value(p.uid));
        if (!actor)
            continue;
        actor->parentId = refs.need(refs.actors, p.parent, p.uid, error);
        if (!error->isEmpty() || !store.actors().save(*actor, error))
            return false;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("institutions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString home = o.value(QStringLiteral("home_city")).toString();
        if (home.isEmpty())
            continue;
        Membership m;
        m.institutionId = refs.actors.value(o.value(QStringLiteral("uid")).toString());
        m.cityId = refs.need(refs.actors, home, o.value(QStringLiteral("uid")).toString(), error);
        m.role = QStringLiteral("home");
        if (!error->isEmpty() || !store.actors().saveMembership(m, error))
            return false;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("memberships")).toArray()) {
        const QJsonObject o = v.toObject();
        Membership m;
        m.institutionId = refs.need(refs.actors, o.value(QStringLiteral("institution")), QStringLiteral("membership"),
                                    error);
        m.cityId = refs.need(refs.actors, o.value(QStringLiteral("city")), QStringLiteral("membership"), error);
        m.role = o.value(QStringLiteral("role")).toString();
        m.sourceId = refs.optional(refs.sources, o.value(QStringLiteral("source")), QStringLiteral("membership"), error);
        if (!error->isEmpty() || !store.actors().saveMembership(m, error))
            return false;
    }
    return true;
}

bool importEvents(WorkspaceStore& store, const QJsonObject& root, References& refs, QString* error)
{
    for (const QJsonValue& v : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        Event event;
        event.uid = o.value(QStringLiteral("uid")).toString();
        event.kind = o.value(QStringLiteral("kind")).toString();
        event.titles = localized(o.value(QStringLiteral("titles")));
        event.date = date(o.value(QStringLiteral("date")));
        event.endDate = date(o.value(QStringLiteral("end_date")));
        event.sourceId = refs.optional(refs.sources, o.value(QStringLiteral("source")), event.uid, error);
        event.note = o.value(QStringLiteral("note")).toString();
        for (const QJsonValue& pv : o.value(QStringLiteral("participations")).toArray()) {
            const QJsonObject po = pv.toObject();
            Participation p;
            p.actorId = refs.need(refs.actors, po.value(QStringLiteral("actor")), event.uid, error);
            p.role = po.value(QStringLiteral("role")).toString();
            p.person = po.value(QStringLiteral("person")).toString();
            p.personTitle = po.value(QStringLiteral("person_title")).toString();
            p.sourceId = refs.optional(refs.sources, po.value(QStringLiteral("source")), event.uid, error);
            event.participations.append(p);
        }
        if (!error->isEmpty() || !store.events().save(event, error))
            return false;
        refs.events.insert(event.uid, event.id);
    }
    return true;
}

bool importStatements(WorkspaceStore& store, const QJsonObject& root, References& refs, QString* error)
{
    for (const QJsonValue& v : root.value(QStringLiteral("respondent_groups")).toArray()) {
        const QJsonObject o = v.toObject();
        RespondentGroup g;
        g.uid = o.value(QStringLiteral("uid")).toString();
        g.sourceId = refs.need(refs.sources, o.value(QStringLiteral("source")), g.uid, error);
        g.eventId = refs.optional(refs.events, o.value(QStringLiteral("event")), g.uid, error);
        g.countryCode = o.value(QStringLiteral("country")).toString();
        g.respondents = o.value(QStringLiteral("respondents")).toInt();
        g.label = o.value(QStringLiteral("label")).toString();
        if (!error->isEmpty() || !store.evidence().saveGroup(g, error))
            return false;
        refs.groups.insert(g.uid, g.id);
    }
    for (const QString& list : {QStringLiteral("priorities"), QStringLiteral("offers")}) {
        for (const QJsonValue& v : root.value(list).toArray()) {
            const QJsonObject o = v.toObject();
            Statement s;
            s.kind = list == QLatin1String("priorities") ? StatementKind::Priority : StatementKind::Offer;
            const QString where = list + QLatin1Char(' ') + o.value(QStringLiteral("theme")).toString();
            s.actorId = refs.optional(refs.actors, o.value(QStringLiteral("actor")), where, error);
            s.groupId = refs.optional(refs.groups, o.value(QStringLiteral("group")), where, error);
            s.themeId = refs.need(refs.themes, o.value(QStringLiteral("theme")), where, error);
            s.weight = o.value(QStringLiteral("weight")).toDouble(1.0);
            s.mentions = o.value(QStringLiteral("mentions")).toInt();
            s.sourceId = refs.need(refs.sources, o.value(QStringLiteral("source")), where, error);
            s.date = date(o.value(QStringLiteral("date")));
            s.note = o.value(QStringLiteral("note")).toString();
            if (!error->isEmpty() || !store.evidence().saveStatement(s, error))
                return false;
        }
    }
    for (const QJsonValue& v : root.value(QStringLiteral("interests")).toArray()) {
        const QJsonObject o = v.toObject();
        Interest i;
        const QString where = QStringLiteral("interest ") + o.value(QStringLiteral("from")).toString()
                              + o.value(QStringLiteral("from_group")).toString();
        i.fromActorId = refs.optional(refs.actors, o.value(QStringLiteral("from")), where, error);
        i.fromGroupId = refs.optional(refs.groups, o.value(QStringLiteral("from_group")), where, error);
        i.toActorId = refs.optional(refs.actors, o.value(QStringLiteral("to")), where, error);
        i.toCountry = o.value(QStringLiteral("to_country")).toString();
        i.strength = o.value(QStringLiteral("strength")).toDouble(1.0);
        i.mentions = o.value(QStringLiteral("mentions")).toInt();
        for (const QJsonValue& t : o.value(QStringLiteral("themes")).toArray())
            i.themeIds.append(refs.need(refs.themes, t, where, error));
        i.sourceId = refs.need(refs.sources, o.value(QStringLiteral("source")), where, error);
        i.date = date(o.value(QStringLiteral("date")));
        i.note = o.value(QStringLiteral("note")).toString();
        if (!error->isEmpty() || !store.evidence().saveInterest(i, error))
            return false;
    }
    return true;
}

bool importPartnerships(WorkspaceStore& store, const QJsonObject& root, References& refs, QString* error)
{
    for (const QJsonValue& v : root.value(QStringLiteral("partnerships")).toArray()) {
        const QJsonObject o = v.toObject();
        Partnership p;
        p.uid = o.value(QStringLiteral("uid")).toString();
        p.actorA = refs.need(refs.actors, o.value(QStringLiteral("a")), p.uid, error);
        p.actorB = refs.need(refs.actors, o.value(QStringLiteral("b")), p.uid, error);
        for (const QJsonValue& t : o.value(QStringLiteral("themes")).toArray())
            p.themeIds.append(refs.need(refs.themes, t, p.uid, error));
        p.summary = o.value(QStringLiteral("summary")).toString();
        p.sourceId = refs.optional(refs.sources, o.value(QStringLiteral("source")), p.uid, error);
        const QJsonArray history = o.value(QStringLiteral("history")).toArray();
        if (history.isEmpty()) {
            *error = tr("Partnership %1 has no history.").arg(p.uid);
            return false;
        }
        p.stage = history.last().toObject().value(QStringLiteral("stage")).toString();
        p.startedOn = date(history.first().toObject().value(QStringLiteral("date")));
        p.lastActivity = date(history.last().toObject().value(QStringLiteral("date")));
        if (!error->isEmpty() || !store.pipeline().savePartnership(p, error))
            return false;
        for (const QJsonValue& h : history) {
            const QJsonObject ho = h.toObject();
            StageChange change;
            change.partnershipId = p.id;
            change.stage = ho.value(QStringLiteral("stage")).toString();
            change.date = date(ho.value(QStringLiteral("date")));
            change.changedBy = QStringLiteral("UNOSSC Cities Project");
            change.note = ho.value(QStringLiteral("note")).toString();
            change.sourceId = refs.optional(refs.sources, ho.value(QStringLiteral("source")), p.uid, error);
            if (!error->isEmpty() || !store.pipeline().addStageChange(change, error))
                return false;
        }
    }
    return true;
}

} // namespace

QList<Country> bundledCountries(QString* error)
{
    QList<Country> countries;
    QJsonObject root;
    QString e;
    if (!readJson(QStringLiteral(":/countries/countries.json"), &root, &e)) {
        if (error)
            *error = e;
        return countries;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("countries")).toArray()) {
        const QJsonObject o = v.toObject();
        Country c;
        c.code = o.value(QStringLiteral("code")).toString();
        c.code3 = o.value(QStringLiteral("code3")).toString();
        c.numeric = o.value(QStringLiteral("numeric")).toVariant().toInt();
        c.region = o.value(QStringLiteral("region")).toString();
        c.subregion = o.value(QStringLiteral("subregion")).toString();
        c.names = localized(o.value(QStringLiteral("names")));
        countries.append(c);
    }
    return countries;
}

bool importSampleJson(WorkspaceStore& store, const QString& folder, QString* error)
{
    QString e;
    QHash<QString, QJsonObject> files;
    for (const QString& name : {QStringLiteral("themes"), QStringLiteral("sources"), QStringLiteral("actors"),
                                QStringLiteral("events"), QStringLiteral("statements"),
                                QStringLiteral("partnerships")}) {
        QJsonObject object;
        if (!readJson(folder + QLatin1Char('/') + name + QStringLiteral(".json"), &object, &e)) {
            if (error)
                *error = e;
            return false;
        }
        files.insert(name, object);
    }
    const QList<Country> countries = bundledCountries(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    References refs;
    return store.inTransaction(
        [&](QString* err) {
            return store.catalog().saveCountries(countries, err)
                   && importThemes(store, files.value(QStringLiteral("themes")), refs, err)
                   && importSources(store, files.value(QStringLiteral("sources")), refs, err)
                   && importActors(store, files.value(QStringLiteral("actors")), refs, err)
                   && importEvents(store, files.value(QStringLiteral("events")), refs, err)
                   && importStatements(store, files.value(QStringLiteral("statements")), refs, err)
                   && importPartnerships(store, files.value(QStringLiteral("partnerships")), refs, err);
        },
        error);
}

namespace {

/** A fingerprint of the bundled sample sources, stored in the copy, so that a newer program refreshes it. */
QString sampleRevision()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const char* name : {"themes", "sources", "actors", "events", "statements", "partnerships"}) {
        QFile file(QStringLiteral(":/sample/%1.json").arg(QLatin1String(name)));
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString storedRevision(const QString& path)
{
    QString revision;
    const QString name = QStringLiteral("citybridge-sample-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'sample_revision'")) && query.next())
                revision = query.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return revision;
}

} // namespace

QString ensureSampleWorkspace(QString* error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the data folder %1.").arg(folder);
        return {};
    }
    const QString path = folder + QStringLiteral("/sample.citybridge");
    const QString revision = sampleRevision();
    if (QFile::exists(path) && Database::inspect(path).ok) {
        if (storedRevision(path) == revision)
            return path;
        // A newer program ships newer sample facts: keep the officer's old copy beside the fresh one.
        QString ignored;
        backupDatabase(path, path + QStringLiteral(".previous"), &ignored);
    }
    // Build next to the final name, then move: a crash never leaves a half-built sample behind.
    const QString building = path + QStringLiteral(".building");
    QFile::remove(building);
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    {
        auto store = SqliteWorkspaceStore::create(building, error);
        if (!store)
            return {};
        if (!importSampleJson(*store, QStringLiteral(":/sample"), error)) {
            store.reset();
            QFile::remove(building);
            return {};
        }
        QSqlQuery mark(store->database().connection());
        mark.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('sample_revision', ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        mark.addBindValue(revision);
        mark.exec();
        QSqlQuery checkpoint(store->database().connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    if (!QFile::rename(building, path)) {
        if (error)
            *error = tr("Cannot write the sample workspace to %1.").arg(path);
        return {};
    }
    return path;
}

} // namespace cb
