// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqliteWorkspaceStore.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace cb::test {

/**
 * A small workspace for the UI tests, written through the repositories into a real SQLite file: Chinese, Mexican,
 * Chilean, Greenlandic and Spanish cities whose names exercise search folding and collation, one institution, and
 * a little evidence (statements, a survey group, an interest, an event, a partnership).
 */
struct UiTestWorkspace
{
    QString path;
    QHash<QString, ActorId> ids; ///< by English name

    bool build(const QString& file, QString* error)
    {
        path = file;
        auto store = SqliteWorkspaceStore::create(file, error);
        if (!store)
            return false;
        return store->inTransaction([&](QString* err) { return fill(*store, err); }, error);
    }

private:
    static LocalizedText names(const QString& en, const QString& zh, const QString& es, const QString& native = {})
    {
        LocalizedText text{{lang::En, en}, {lang::Zh, zh}, {lang::Es, es}};
        text.set(lang::Native, native);
        return text;
    }

    static Country country(const QString& code, const QString& en, const QString& zh, const QString& es)
    {
        Country c;
        c.code = code;
        c.names = names(en, zh, es);
        return c;
    }

    bool city(WorkspaceStore& store, const QString& country, const LocalizedText& cityNames, const QStringList& aliases,
              qint64 population, QString* error)
    {
        Actor actor;
        actor.kind = ActorKind::City;
        actor.uid = QStringLiteral("city:") + cityNames.value(lang::En).toLower();
        actor.countryCode = country;
        actor.names = cityNames;
        for (const QString& alias : aliases)
            actor.aliases.append({alias, QString()});
        actor.city.population = population;
        actor.city.populationYear = population > 0 ? 2020 : 0;
        if (!store.actors().save(actor, error))
            return false;
        ids.insert(cityNames.value(lang::En), actor.id);
        return true;
    }

    bool fill(WorkspaceStore& store, QString* error)
    {
        const QList<Country> countries{
            country(QStringLiteral("CN"), QStringLiteral("China"), QStringLiteral("中国"), QStringLiteral("China")),
            country(QStringLiteral("MX"), QStringLiteral("Mexico"), QStringLiteral("墨西哥"), QStringLiteral("México")),
            country(QStringLiteral("CL"), QStringLiteral("Chile"), QStringLiteral("智利"), QStringLiteral("Chile")),
            country(QStringLiteral("GL"), QStringLiteral("Greenland"), QStringLiteral("格陵兰"),
                    QStringLiteral("Groenlandia")),
            country(QStringLiteral("ES"), QStringLiteral("Spain"), QStringLiteral("西班牙"), QStringLiteral("España")),
        };
        if (!store.catalog().saveCountries(countries, error))
            return false;

        Theme tourism;
        tourism.key = QStringLiteral("tourism_development");
        tourism.names = names(QStringLiteral("Tourism development"), QStringLiteral("旅游发展"),
                              QStringLiteral("Desarrollo turístico"));
        Theme heritage;
        heritage.key = QStringLiteral("heritage_protection");
        heritage.names = names(QStringLiteral("Heritage protection"), QStringLiteral("遗产保护"),
                               QStringLiteral("Protección del patrimonio"));
        Source survey;
        survey.uid = QStringLiteral("src:survey");
        survey.kind = QStringLiteral("survey");
        survey.titles = names(QStringLiteral("China-Mexico city exchange survey"), QStringLiteral("中墨城市交流调查"),
                              QStringLiteral("Encuesta del intercambio de ciudades China-México"));
        survey.date = QDate(2021, 3, 15);
        if (!store.catalog().saveTheme(tourism, error) || !store.catalog().saveTheme(heritage, error) ||
            !store.catalog().saveSource(survey, error))
            return false;

        const bool citiesSaved =
            city(store, QStringLiteral("CN"),
                 names(QStringLiteral("Luoyang"), QStringLiteral("洛阳"), QStringLiteral("Luoyang")),
                 {QStringLiteral("洛陽")}, 7056699, error) &&
            city(store, QStringLiteral("MX"),
                 names(QStringLiteral("Mexico City"), QStringLiteral("墨西哥城"), QStringLiteral("Ciudad de México"),
                       QStringLiteral("Ciudad de México")),
                 {QStringLiteral("CDMX"), QStringLiteral("Мехико")}, 9209944, error) &&
            city(store, QStringLiteral("MX"),
                 names(QStringLiteral("Santiago de Querétaro"), QStringLiteral("克雷塔罗"),
                       QStringLiteral("Santiago de Querétaro")),
                 {QStringLiteral("Querétaro")}, 1049777, error) &&
            city(store, QStringLiteral("CN"),
                 names(QStringLiteral("Beijing"), QStringLiteral("北京"), QStringLiteral("Pekín")),
                 {QStringLiteral("Peking")}, 21893095, error) &&
            city(store, QStringLiteral("CN"),
                 names(QStringLiteral("Shanghai"), QStringLiteral("上海"), QStringLiteral("Shanghái")), {}, 24870895,
                 error) &&
            city(store, QStringLiteral("CL"), LocalizedText{{lang::En, QStringLiteral("Ñuñoa")}}, {}, 208237, error) &&
            city(store, QStringLiteral("GL"), LocalizedText{{lang::En, QStringLiteral("Nuuk")}}, {}, 19872, error) &&
            city(store, QStringLiteral("ES"), LocalizedText{{lang::En, QStringLiteral("Ávila")}}, {}, 0, error) &&
            city(store, QStringLiteral("ES"), LocalizedText{{lang::En, QStringLiteral("Badajoz")}}, {}, 150702, error);
        if (!citiesSaved)
            return false;

        Actor unossc;
        unossc.kind = ActorKind::Institution;
        unossc.uid = QStringLiteral("org:unossc");
        unossc.names = names(QStringLiteral("United Nations Office for South-South Cooperation"),
                             QStringLiteral("联合国南南合作办公室"),
                             QStringLiteral("Oficina de las Naciones Unidas para la Cooperación Sur-Sur"));
        unossc.institution.category = QStringLiteral("un_agency");
        unossc.institution.abbreviation = QStringLiteral("UNOSSC");
        // A document link whose id has no break opportunity and is wider than the detail panel.
        unossc.institution.website =
            QStringLiteral("https://drive.unsouthsouth.org/file/"
                           "1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz");
        unossc.profile = LocalizedText{{lang::En, QStringLiteral("Promotes South-South cooperation <worldwide>.")}};
        if (!store.actors().save(unossc, error))
            return false;
        ids.insert(QStringLiteral("UNOSSC"), unossc.id);

        const ActorId luoyang = ids.value(QStringLiteral("Luoyang"));
        const ActorId mexico = ids.value(QStringLiteral("Mexico City"));
        const ActorId queretaro = ids.value(QStringLiteral("Santiago de Querétaro"));
        Actor luoyangActor = *store.actors().find(luoyang);
        luoyangActor.profile =
            names(QStringLiteral("Ancient capital of thirteen dynasties."), QStringLiteral("十三朝古都。"),
                  QStringLiteral("Antigua capital de trece dinastías."));
        luoyangActor.city.latitude = 34.6197;
        luoyangActor.city.longitude = 112.4540;
        luoyangActor.city.timezone = QStringLiteral("Asia/Shanghai");
        luoyangActor.city.areaKm2 = 15230;
        luoyangActor.sourceIds = {survey.id};
        if (!store.actors().save(luoyangActor, error))
            return false;

        Event webinar;
        webinar.uid = QStringLiteral("event:webinar");
        webinar.kind = QStringLiteral("webinar");
        webinar.titles = names(QStringLiteral("China-Mexico Cities Webinar"), QStringLiteral("中墨城市网络研讨会"),
                               QStringLiteral("Seminario web de ciudades China-México"));
        webinar.date = QDate(2021, 3, 15);
        webinar.sourceId = survey.id;
        Participation speaker;
        speaker.actorId = luoyang;
        speaker.role = QStringLiteral("speaker");
        speaker.person = QStringLiteral("Li Wei");
        speaker.personTitle = QStringLiteral("Deputy Mayor");
        Participation guest;
        guest.actorId = mexico;
        guest.role = QStringLiteral("participant");
        Participation guest2 = guest;
        guest2.actorId = queretaro;
        Participation organizer;
        organizer.actorId = unossc.id;
        organizer.role = QStringLiteral("organizer");
        webinar.participations = {speaker, guest, guest2, organizer};
        if (!store.events().save(webinar, error))
            return false;

        RespondentGroup group;
        group.uid = QStringLiteral("group:mx");
        group.sourceId = survey.id;
        group.eventId = webinar.id;
        group.countryCode = QStringLiteral("MX");
        group.respondents = 10;
        group.label = QStringLiteral("Mexican cities at the webinar");
        if (!store.evidence().saveGroup(group, error))
            return false;

        const auto statement = [&](StatementKind kind, ActorId actor, GroupId g, ThemeId theme, double weight,
                                   const QString& note) {
            Statement s;
            s.kind = kind;
            s.actorId = actor;
            s.groupId = g;
            s.themeId = theme;
            s.weight = weight;
            s.mentions = g != 0 ? 7 : 0;
            s.sourceId = survey.id;
            s.date = survey.date;
            s.note = note;
            return store.evidence().saveStatement(s, error);
        };
        if (!statement(StatementKind::Priority, luoyang, 0, tourism.id, 0.9, QStringLiteral("night-time economy")) ||
            !statement(StatementKind::Offer, luoyang, 0, heritage.id, 1.0,
                       QStringLiteral("digital heritage exhibition")) ||
            !statement(StatementKind::Priority, mexico, 0, tourism.id, 0.8, QString()) ||
            !statement(StatementKind::Priority, 0, group.id, heritage.id, 0.7, QString()))
            return false;

        Interest wish;
        wish.fromActorId = mexico;
        wish.toActorId = luoyang;
        wish.strength = 0.8;
        wish.themeIds = {tourism.id};
        wish.sourceId = survey.id;
        wish.date = survey.date;
        wish.note = QStringLiteral("wants to learn from Luoyang's heritage tourism");
        if (!store.evidence().saveInterest(wish, error))
            return false;

        Partnership pair;
        pair.uid = QStringLiteral("pair:luoyang-mexico");
        pair.actorA = luoyang;
        pair.actorB = mexico;
        pair.stage = stage::Contacted;
        pair.startedOn = QDate(2021, 4, 1);
        pair.lastActivity = QDate(2021, 6, 1);
        pair.sourceId = survey.id;
        return store.pipeline().savePartnership(pair, error);
    }
};

} // namespace cb::test
