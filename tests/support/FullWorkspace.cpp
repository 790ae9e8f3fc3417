// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullWorkspace.h"

#include "storage/WorkspaceStore.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace cb::test {

namespace {

QDateTime utc(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, QTimeZone::utc());
}

Actor city(const QString& uid, const QString& country, const LocalizedText& names)
{
    Actor a;
    a.uid = uid;
    a.kind = ActorKind::City;
    a.countryCode = country;
    a.names = names;
    return a;
}

} // namespace

ActorId SavedWorkspace::actorId(const QString& uid) const
{
    for (const Actor& a : actors) {
        if (a.uid == uid)
            return a.id;
    }
    return 0;
}

bool populateFullWorkspace(WorkspaceStore& store, SavedWorkspace* s, QString* error)
{
    const QString en = lang::En, zh = lang::Zh, es = lang::Es, native = lang::Native;

    // Reference data.
    Country cn{QStringLiteral("CN"),
               QStringLiteral("CHN"),
               156,
               QStringLiteral("Asia"),
               QStringLiteral("Eastern Asia"),
               {{en, QStringLiteral("China")}, {zh, QStringLiteral("中国")}, {es, QStringLiteral("China")}}};
    Country mx{QStringLiteral("MX"),
               QStringLiteral("MEX"),
               484,
               QStringLiteral("Americas"),
               QStringLiteral("Latin America and the Caribbean"),
               {{en, QStringLiteral("Mexico")}, {zh, QStringLiteral("墨西哥")}, {es, QStringLiteral("México")}}};
    Country xk{QStringLiteral("XK"), QString(), 0, QString(), QString(), {{en, QStringLiteral("Kosovo")}}};
    s->countries = {cn, mx, xk};
    if (!store.catalog().saveCountries(s->countries, error))
        return false;

    Theme cluster{0,
                  QStringLiteral("tourism_heritage_creative"),
                  0,
                  1,
                  {{en, QStringLiteral("Tourism, heritage and creative economy")},
                   {zh, QStringLiteral("旅游、遗产与创意经济")},
                   {es, QStringLiteral("Turismo, patrimonio y economía creativa")}}};
    if (!store.catalog().saveTheme(cluster, error))
        return false;
    Theme tourism{0,
                  QStringLiteral("tourism_development"),
                  cluster.id,
                  2,
                  {{en, QStringLiteral("Tourism development")}, {zh, QStringLiteral("旅游发展")}}};
    Theme heritage{
        0, QStringLiteral("heritage_protection"), cluster.id, 3, {{en, QStringLiteral("Heritage protection")}}};
    if (!store.catalog().saveTheme(tourism, error) || !store.catalog().saveTheme(heritage, error))
        return false;
    s->themes = {cluster, tourism, heritage};

    Source survey{0,
                  QStringLiteral("source:survey-2021"),
                  QStringLiteral("survey"),
                  {{en, QStringLiteral("City-to-city cooperation survey")},
                   {zh, QStringLiteral("城市间合作调查")},
                   {es, QStringLiteral("Encuesta de cooperación entre ciudades")}},
                  QDate(2021, 6, 30),
                  QStringLiteral("UN-Habitat"),
                  QStringLiteral("https://example.org/survey?id=1&x=2"),
                  QStringLiteral("UN-Habitat (2021), survey, question 7.")};
    Source webinar{0,
                   QStringLiteral("source:webinar"),
                   QStringLiteral("webinar"),
                   {{en, QStringLiteral("Heritage cities webinar")}},
                   QDate(),
                   QString(),
                   QString(),
                   QString()};
    if (!store.catalog().saveSource(survey, error) || !store.catalog().saveSource(webinar, error))
        return false;
    s->sources = {survey, webinar};

    // Actors.
    Actor luoyang = city(QStringLiteral("city:luoyang"), QStringLiteral("CN"),
                         {{en, QStringLiteral("Luoyang")},
                          {zh, QStringLiteral("洛阳")},
                          {es, QStringLiteral("Luoyang")},
                          {native, QStringLiteral("洛阳")}});
    luoyang.profile = {{en, QStringLiteral("Ancient capital of thirteen dynasties.")},
                       {zh, QStringLiteral("十三朝古都。")}};
    luoyang.heritage = {{en, QStringLiteral("Longmen Grottoes")}, {es, QStringLiteral("Grutas de Longmen")}};
    luoyang.sectors = {{en, QStringLiteral("Tourism; bearings; peonies")}};
    luoyang.aliases = {{QStringLiteral("Loyang"), en}, {QStringLiteral("洛陽"), zh}};
    luoyang.sourceIds = {webinar.id, survey.id, webinar.id};
    luoyang.city = {
        1801792, 34.6836, 112.4536, 7056700, 2020, 15230.5, QStringLiteral("Asia/Shanghai"), QStringLiteral("Henan")};
    Actor mexico = city(QStringLiteral("city:mexico-city"), QStringLiteral("MX"),
                        {{en, QStringLiteral("Mexico City")},
                         {es, QStringLiteral("Ciudad de México")},
                         {zh, QStringLiteral("墨西哥城")},
                         {native, QStringLiteral("Ciudad de México")}});
    mexico.aliases = {{QStringLiteral("CDMX"), es}};
    mexico.sourceIds = {survey.id};
    mexico.city.latitude = 19.4326;
    mexico.city.longitude = -99.1332;
    mexico.city.timezone = QStringLiteral("America/Mexico_City");
    Actor queretaro = city(QStringLiteral("city:queretaro"), QStringLiteral("MX"),
                           {{en, QStringLiteral("Querétaro")}, {es, QStringLiteral("Santiago de Querétaro")}});
    queretaro.city.latitude = -0.0; // the equator and the meridian are real coordinates, not "unknown"
    queretaro.city.longitude = 0.0;
    queretaro.city.population = 1;
    for (Actor* a : {&luoyang, &mexico, &queretaro}) {
        if (!store.actors().save(*a, error))
            return false;
    }
    Actor coyoacan = city(QStringLiteral("city:coyoacan"), QStringLiteral("MX"), {{en, QStringLiteral("Coyoacán")}});
    coyoacan.parentId = mexico.id;
    coyoacan.city.adminRegion = QStringLiteral("Ciudad de México");
    Actor ancmpm;
    ancmpm.uid = QStringLiteral("institution:ancmpm");
    ancmpm.kind = ActorKind::Institution;
    ancmpm.countryCode = QStringLiteral("MX");
    ancmpm.names = {{en, QStringLiteral("National Association of Mexican World Heritage Cities")},
                    {es, QStringLiteral("Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial")}};
    ancmpm.profile = {{es, QStringLiteral("Reúne a las ciudades mexicanas del Patrimonio Mundial.")}};
    ancmpm.institution = {QStringLiteral("city_association"), QStringLiteral("ANCMPM"),
                          QStringLiteral("https://example.org/ancmpm")};
    Actor network; // no country, no category: stored as an international body of category "other"
    network.uid = QStringLiteral("institution:network");
    network.kind = ActorKind::Institution;
    network.names = {{en, QStringLiteral("Heritage Cities Network")}};
    for (Actor* a : {&coyoacan, &ancmpm, &network}) {
        if (!store.actors().save(*a, error))
            return false;
    }
    luoyang.sourceIds = {std::min(survey.id, webinar.id), std::max(survey.id, webinar.id)};
    network.institution.category = QStringLiteral("other");
    s->actors = {luoyang, mexico, queretaro, coyoacan, ancmpm, network};

    Membership member{0, ancmpm.id, queretaro.id, QStringLiteral("member"), survey.id};
    Membership speaksFor{0, ancmpm.id, mexico.id, QStringLiteral("speaks_for"), 0};
    if (!store.actors().saveMembership(member, error) || !store.actors().saveMembership(speaksFor, error))
        return false;
    s->memberships = {member, speaksFor};

    // Events and evidence.
    Event exchange;
    exchange.uid = QStringLiteral("event:exchange-2021");
    exchange.kind = QStringLiteral("webinar");
    exchange.titles = {{en, QStringLiteral("China–Mexico heritage cities exchange")},
                       {zh, QStringLiteral("中墨遗产城市交流")},
                       {es, QStringLiteral("Intercambio de ciudades patrimonio China–México")}};
    exchange.date = QDate(2021, 5, 20);
    exchange.endDate = QDate(2021, 5, 21);
    exchange.sourceId = webinar.id;
    exchange.note = QStringLiteral("Online, two sessions.");
    exchange.participations = {
        {0, 0, luoyang.id, QStringLiteral("organizer"), QStringLiteral("Li Wei"), QStringLiteral("Deputy Mayor"),
         webinar.id},
        {0, 0, mexico.id, QStringLiteral("participant"), QString(), QString(), 0},
        {0, 0, queretaro.id, QStringLiteral("speaker"), QStringLiteral("Ana Ruiz"), QString(), survey.id},
        {0, 0, ancmpm.id, QStringLiteral("partner"), QString(), QString(), 0},
    };
    Event meeting;
    meeting.uid = QStringLiteral("event:meeting");
    meeting.kind = QStringLiteral("meeting");
    meeting.titles = {{en, QStringLiteral("Preparatory meeting")}};
    meeting.date = QDate(2020, 11, 2);
    if (!store.events().save(exchange, error) || !store.events().save(meeting, error))
        return false;
    s->events = {exchange, meeting};

    RespondentGroup mexicans{0,
                             QStringLiteral("group:mx-2021"),
                             survey.id,
                             exchange.id,
                             QStringLiteral("MX"),
                             10,
                             QStringLiteral("10 responses from 8 Mexican cities")};
    RespondentGroup anyone{0, QStringLiteral("group:any"), survey.id, 0, QString(), 3, QString()};
    if (!store.evidence().saveGroup(mexicans, error) || !store.evidence().saveGroup(anyone, error))
        return false;
    s->groups = {mexicans, anyone};

    const QDate said(2021, 6, 1);
    Statement priority{0,          StatementKind::Priority,
                       luoyang.id, 0,
                       tourism.id, 0.8,
                       0,          survey.id,
                       said,       QStringLiteral("digital heritage exhibition")};
    Statement offer{0, StatementKind::Offer, mexico.id, 0, heritage.id, 0.6, 0, webinar.id, QDate(), QString()};
    Statement groupPriority{0, StatementKind::Priority, 0, mexicans.id, tourism.id, 0.7, 7, survey.id, said, QString()};
    Statement groupOffer{0,           StatementKind::Offer,
                         0,           mexicans.id,
                         heritage.id, 0.3,
                         3,           survey.id,
                         said,        QStringLiteral("restoration workshops")};
    for (Statement* st : {&priority, &offer, &groupPriority, &groupOffer}) {
        if (!store.evidence().saveStatement(*st, error))
            return false;
    }
    s->statements = {priority, offer, groupPriority, groupOffer};

    Interest wish{0,
                  luoyang.id,
                  0,
                  mexico.id,
                  QString(),
                  0.9,
                  0,
                  {heritage.id, tourism.id},
                  survey.id,
                  said,
                  QStringLiteral("wants a sister-city MoU")};
    Interest groupWish{0, 0, mexicans.id, luoyang.id, QString(), 0.5, 5, {tourism.id}, survey.id, said, QString()};
    Interest countryWish{0, queretaro.id, 0, 0, QStringLiteral("CN"), 0.4, 0, {}, webinar.id, QDate(), QString()};
    for (Interest* i : {&wish, &groupWish, &countryWish}) {
        if (!store.evidence().saveInterest(*i, error))
            return false;
    }
    s->interests = {wish, groupWish, countryWish};

    // Pipeline.
    Partnership pair;
    pair.uid = QStringLiteral("partnership:luoyang-mexico");
    pair.actorA = mexico.id; // the larger id first: storage puts pairs in (smaller, larger) order
    pair.actorB = luoyang.id;
    pair.stage = stage::Exploratory;
    pair.startedOn = QDate(2020, 11, 2);
    pair.owner = QStringLiteral("officer.mx");
    pair.nextAction = QStringLiteral("Send draft MoU");
    pair.nextActionDue = QDate(2021, 7, 1);
    pair.lastActivity = QDate(2021, 3, 5);
    pair.sourceId = survey.id;
    pair.themeIds = {heritage.id, tourism.id};
    pair.summary = QStringLiteral("Heritage tourism exchange");
    Partnership second;
    second.uid = QStringLiteral("partnership:queretaro-ancmpm");
    second.actorA = queretaro.id;
    second.actorB = ancmpm.id;
    second.stage = stage::Candidate;
    if (!store.pipeline().savePartnership(pair, error) || !store.pipeline().savePartnership(second, error))
        return false;
    // Recorded out of order: history reads back by the day each move happened.
    const QList<std::tuple<QString, QDate, QTime>> moves{
        {stage::Contacted, QDate(2021, 1, 10), QTime(9, 30, 0, 125)},
        {stage::Proposed, QDate(2020, 11, 2), QTime(8, 0, 0, 1)},
        {stage::Exploratory, QDate(2021, 3, 5), QTime(17, 45, 59, 999)},
    };
    for (const auto& [stageKey, day, time] : moves) {
        StageChange change{0,
                           pair.id,
                           stageKey,
                           day,
                           QStringLiteral("officer.mx"),
                           utc(day, time),
                           QStringLiteral("moved to ") + stageKey,
                           stageKey == stage::Contacted ? survey.id : 0};
        if (!store.pipeline().addStageChange(change, error))
            return false;
        pair.history.append(change);
    }
    std::sort(pair.history.begin(), pair.history.end(),
              [](const StageChange& a, const StageChange& b) { return a.date < b.date; });
    s->partnerships = {pair, second};

    Note actorNote{0,
                   QStringLiteral("actor"),
                   luoyang.id,
                   QStringLiteral("officer.cn"),
                   utc(QDate(2021, 2, 1), QTime(10, 0, 0, 500)),
                   QStringLiteral("Prefers contact through the FAO.")};
    Note first{0,
               QStringLiteral("partnership"),
               pair.id,
               QStringLiteral("officer.mx"),
               utc(QDate(2021, 1, 11), QTime(12, 0)),
               QStringLiteral("Mayor's office answered.")};
    Note later{0,
               QStringLiteral("partnership"),
               pair.id,
               QString(),
               utc(QDate(2021, 3, 6), QTime(8, 15, 2, 20)),
               QStringLiteral("Second call; 'quotes' and \"double quotes\" survive.")};
    for (Note* n : {&actorNote, &first, &later}) {
        if (!store.pipeline().addNote(*n, error))
            return false;
    }
    s->notes = {actorNote, first, later};

    const QDateTime ruleTime = utc(QDate(2021, 4, 1), QTime(16, 20, 5, 7));
    const QList<PairRule> rules{
        {queretaro.id, luoyang.id, pairrule::Declined, QStringLiteral("no direct flights"),
         QStringLiteral("officer.mx"), ruleTime},
        {luoyang.id, mexico.id, pairrule::Pinned, QString(), QString(), ruleTime.addSecs(60)},
    };
    for (const PairRule& rule : rules) {
        if (!store.pipeline().setPairRule(rule, error))
            return false;
        s->pairRules.append({std::min(rule.actorA, rule.actorB), std::max(rule.actorA, rule.actorB), rule.rule,
                             rule.reason, rule.createdBy, rule.createdAt});
    }

    DecisionEntry accept{0,
                         utc(QDate(2021, 3, 5), QTime(18, 0, 0, 42)),
                         QStringLiteral("officer.mx"),
                         QStringLiteral("accept"),
                         mexico.id,
                         luoyang.id,
                         pair.id,
                         QStringLiteral("strong heritage fit"),
                         QStringLiteral("{\"total\":0.82,\"themes\":0.5}"),
                         QStringLiteral("from the proposals list")};
    DecisionEntry decline{0,
                          utc(QDate(2021, 4, 1), QTime(16, 20, 5, 7)),
                          QStringLiteral("officer.mx"),
                          QStringLiteral("decline"),
                          queretaro.id,
                          luoyang.id,
                          0,
                          QStringLiteral("no direct flights"),
                          QString(),
                          QString()};
    DecisionEntry imported{0,
                           utc(QDate(2021, 1, 1), QTime(0, 0)),
                           QStringLiteral("system"),
                           QStringLiteral("import"),
                           0,
                           0,
                           0,
                           QString(),
                           QString(),
                           QStringLiteral("sample data")};
    for (DecisionEntry* d : {&accept, &decline, &imported}) {
        if (!store.pipeline().appendDecision(*d, error))
            return false;
        const ActorId a = std::min(d->actorA, d->actorB);
        d->actorB = std::max(d->actorA, d->actorB);
        d->actorA = a;
    }
    s->decisions = {accept, decline, imported};

    if (!store.pipeline().setSettings({{QStringLiteral("match.top_k"), QStringLiteral("12")},
                                       {QStringLiteral("ui.language"), QStringLiteral("zh")}},
                                      error) ||
        !store.pipeline().setSettings({{QStringLiteral("ui.language"), QStringLiteral("es")},
                                       {QStringLiteral("map.region"), QStringLiteral("Americas")}},
                                      error))
        return false;
    s->settings = {{QStringLiteral("match.top_k"), QStringLiteral("12")},
                   {QStringLiteral("ui.language"), QStringLiteral("es")},
                   {QStringLiteral("map.region"), QStringLiteral("Americas")}};
    return true;
}

} // namespace cb::test
