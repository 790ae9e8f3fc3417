// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticWorkspace.h"

#include "storage/WorkspaceStore.h"

#include <QRandomGenerator>

#include <algorithm>

namespace cb {

namespace {

struct CountryShare
{
    const char* code;
    const char* name;
    int weight; ///< rough share of the world's cities over 15,000 inhabitants
    double lat;
    double lon;
};

// Weighted by the number of GeoNames cities over 15,000 inhabitants per country (rounded).
const CountryShare kCountries[] = {
    {"CN", "China", 180, 32, 112},       {"IN", "India", 170, 22, 79},         {"BR", "Brazil", 80, -15, -48},
    {"US", "United States", 70, 39, -95}, {"MX", "Mexico", 60, 20, -100},       {"ID", "Indonesia", 45, -4, 112},
    {"NG", "Nigeria", 30, 9, 8},          {"PH", "Philippines", 35, 12, 122},   {"RU", "Russia", 35, 55, 45},
    {"TR", "Turkey", 25, 39, 33},         {"IR", "Iran", 20, 32, 53},           {"PK", "Pakistan", 20, 30, 70},
    {"CO", "Colombia", 15, 5, -74},       {"AR", "Argentina", 15, -34, -62},    {"EG", "Egypt", 15, 27, 31},
    {"ZA", "South Africa", 12, -29, 25},  {"VN", "Viet Nam", 12, 16, 107},      {"TH", "Thailand", 10, 15, 101},
    {"ET", "Ethiopia", 10, 9, 39},        {"KE", "Kenya", 8, 0, 37},            {"PE", "Peru", 8, -10, -76},
    {"CL", "Chile", 8, -33, -71},         {"UZ", "Uzbekistan", 8, 41, 64},      {"MA", "Morocco", 8, 32, -6},
    {"GH", "Ghana", 6, 7, -1},            {"BD", "Bangladesh", 10, 24, 90},     {"TZ", "Tanzania", 6, -6, 35},
    {"DZ", "Algeria", 8, 35, 3},          {"EC", "Ecuador", 5, -1, -78},        {"SN", "Senegal", 4, 14, -15},
};

const char* const kThemeKeys[][2] = {
    {"public_health", nullptr},          {"covid19_response", "public_health"},     {"medical_supplies", "public_health"},
    {"drr_resilience", nullptr},         {"disaster_risk_reduction", "drr_resilience"},
    {"urban_resilience", "drr_resilience"}, {"climate_action", "drr_resilience"},
    {"tourism_heritage_creative", nullptr}, {"tourism_development", "tourism_heritage_creative"},
    {"heritage_protection", "tourism_heritage_creative"}, {"creative_economy", "tourism_heritage_creative"},
    {"agriculture_value_chain", nullptr}, {"agriculture", "agriculture_value_chain"},
    {"food_security", "agriculture_value_chain"}, {"ecommerce_smart_city", nullptr},
    {"e_commerce", "ecommerce_smart_city"}, {"digitalization", "ecommerce_smart_city"},
    {"smart_city", "ecommerce_smart_city"}, {"smes", "ecommerce_smart_city"},
    {"transport_air_quality", nullptr},  {"transport_mobility", "transport_air_quality"},
    {"air_quality", "transport_air_quality"}, {"infrastructure", "transport_air_quality"},
    {"waste_green_energy", nullptr},     {"waste_management", "waste_green_energy"},
    {"green_city", "waste_green_energy"}, {"renewable_energy", "waste_green_energy"},
    {"cross_cutting", nullptr},          {"education", "cross_cutting"},            {"youth_entrepreneurship", "cross_cutting"},
    {"gender_equality", "cross_cutting"}, {"public_services", "cross_cutting"},
};

} // namespace

WorkspaceData generateSyntheticWorkspace(int cityCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    WorkspaceData data;
    qint64 nextId = 1;
    int totalWeight = 0;
    for (const CountryShare& c : kCountries) {
        Country country;
        country.code = QLatin1String(c.code);
        country.names.set(lang::En, QLatin1String(c.name));
        data.countries.append(country);
        totalWeight += c.weight;
    }
    std::vector<ThemeId> leaves;
    for (const auto& entry : kThemeKeys) {
        Theme t;
        t.id = nextId++;
        t.key = QLatin1String(entry[0]);
        t.sortOrder = int(data.themes.size());
        t.names.set(lang::En, t.key);
        if (entry[1]) {
            for (const Theme& p : data.themes) {
                if (p.key == QLatin1String(entry[1]))
                    t.parentId = p.id;
            }
            leaves.push_back(t.id);
        }
        data.themes.append(t);
    }
    Source survey;
    survey.id = nextId++;
    survey.uid = QStringLiteral("src:synthetic-survey");
    survey.kind = QStringLiteral("survey");
    survey.date = QDate(2024, 6, 30);
    survey.titles.set(lang::En, QStringLiteral("Synthetic needs survey"));
    data.sources.append(survey);

    data.actors.reserve(cityCount);
    for (int i = 0; i < cityCount; ++i) {
        int pick = int(rng.bounded(totalWeight));
        const CountryShare* country = &kCountries[0];
        for (const CountryShare& c : kCountries) {
            if (pick < c.weight) {
                country = &c;
                break;
            }
            pick -= c.weight;
        }
        Actor a;
        a.id = nextId++;
        a.uid = QStringLiteral("city:synthetic-%1").arg(i);
        a.kind = ActorKind::City;
        a.countryCode = QLatin1String(country->code);
        a.names.set(lang::En, QStringLiteral("%1 City %2").arg(QLatin1String(country->name)).arg(i));
        a.city.latitude = std::clamp(country->lat + (rng.generateDouble() - 0.5) * 12.0, -89.0, 89.0);
        a.city.longitude = std::clamp(country->lon + (rng.generateDouble() - 0.5) * 16.0, -179.0, 179.0);
        a.city.population = 15000 + qint64(rng.bounded(2000000));
        a.sourceIds.append(survey.id);
        data.actors.append(a);
        for (StatementKind kind : {StatementKind::Priority, StatementKind::Offer}) {
            std::vector<ThemeId> themes = leaves;
            const int count = 3 + int(rng.bounded(6));
            for (int k = 0; k < count; ++k) {
                const int j = k + int(rng.bounded(quint32(themes.size() - std::size_t(k))));
                std::swap(themes[std::size_t(k)], themes[std::size_t(j)]);
                Statement s;
                s.id = nextId++;
                s.kind = kind;
                s.actorId = a.id;
                s.themeId = themes[std::size_t(k)];
                s.weight = 0.3 + 0.7 * rng.generateDouble();
                s.sourceId = survey.id;
                s.date = survey.date.addDays(-qint64(rng.bounded(1500)));
                data.statements.append(s);
            }
        }
    }
    // 5% of the cities name one to three partners.
    for (int i = 0; i < cityCount; ++i) {
        if (rng.bounded(100) >= 5 || cityCount < 2)
            continue;
        const int count = 1 + int(rng.bounded(3));
        for (int k = 0; k < count; ++k) {
            const int target = int(rng.bounded(cityCount));
            if (target == i)
                continue;
            Interest interest;
            interest.id = nextId++;
            interest.fromActorId = data.actors[i].id;
            interest.toActorId = data.actors[target].id;
            interest.strength = 0.5 + 0.5 * rng.generateDouble();
            interest.sourceId = survey.id;
            interest.date = survey.date;
            data.interests.append(interest);
        }
    }
    // Webinars: each gathers 10-40 cities.
    const int eventCount = std::max(1, cityCount / 100);
    for (int e = 0; e < eventCount && cityCount > 0; ++e) {
        Event event;
        event.id = nextId++;
        event.uid = QStringLiteral("event:synthetic-%1").arg(e);
        event.kind = QStringLiteral("webinar");
        event.date = survey.date.addDays(-qint64(rng.bounded(1000)));
        event.titles.set(lang::En, QStringLiteral("Synthetic webinar %1").arg(e));
        event.sourceId = survey.id;
        const int size = 10 + int(rng.bounded(31));
        for (int k = 0; k < size; ++k) {
            Participation p;
            p.id = nextId++;
            p.eventId = event.id;
            p.actorId = data.actors[int(rng.bounded(cityCount))].id;
            p.role = QStringLiteral("participant");
            event.participations.append(p);
        }
        data.events.append(event);
    }
    data.reindex();
    return data;
}

bool writeWorkspace(WorkspaceStore& store, const WorkspaceData& data, QString* error)
{
    return store.inTransaction(
        [&](QString* err) {
            if (!store.catalog().saveCountries(data.countries, err))
                return false;
            QHash<qint64, qint64> themes, sources, actors, events, groups;
            for (Theme t : data.themes) {
                const qint64 old = t.id;
                t.id = 0;
                t.parentId = themes.value(t.parentId);
                if (!store.catalog().saveTheme(t, err))
                    return false;
                themes.insert(old, t.id);
            }
            for (Source s : data.sources) {
                const qint64 old = s.id;
                s.id = 0;
                if (!store.catalog().saveSource(s, err))
                    return false;
                sources.insert(old, s.id);
            }
            for (Actor a : data.actors) {
                const qint64 old = a.id;
                a.id = 0;
                a.parentId = 0;
                for (SourceId& s : a.sourceIds)
                    s = sources.value(s);
                if (!store.actors().save(a, err))
                    return false;
                actors.insert(old, a.id);
            }
            for (const Actor& a : data.actors) {
                if (a.parentId == 0)
                    continue;
                auto stored = store.actors().find(actors.value(a.id));
                if (!stored)
                    return false;
                stored->parentId = actors.value(a.parentId);
                if (!store.actors().save(*stored, err))
                    return false;
            }
            for (Membership m : data.memberships) {
                m.id = 0;
                m.institutionId = actors.value(m.institutionId);
                m.cityId = actors.value(m.cityId);
                m.sourceId = sources.value(m.sourceId);
                if (!store.actors().saveMembership(m, err))
                    return false;
            }
            for (Event e : data.events) {
                const qint64 old = e.id;
                e.id = 0;
                e.sourceId = sources.value(e.sourceId);
                for (Participation& p : e.participations) {
                    p.actorId = actors.value(p.actorId);
                    p.sourceId = sources.value(p.sourceId);
                }
                if (!store.events().save(e, err))
                    return false;
                events.insert(old, e.id);
            }
            for (RespondentGroup g : data.groups) {
                const qint64 old = g.id;
                g.id = 0;
                g.sourceId = sources.value(g.sourceId);
                g.eventId = events.value(g.eventId);
                if (!store.evidence().saveGroup(g, err))
                    return false;
                groups.insert(old, g.id);
            }
            for (Statement s : data.statements) {
                s.id = 0;
                s.actorId = actors.value(s.actorId);
                s.groupId = groups.value(s.groupId);
                s.themeId = themes.value(s.themeId);
                s.sourceId = sources.value(s.sourceId);
                if (!store.evidence().saveStatement(s, err))
                    return false;
            }
            for (Interest i : data.interests) {
                i.id = 0;
                i.fromActorId = actors.value(i.fromActorId);
                i.fromGroupId = groups.value(i.fromGroupId);
                i.toActorId = actors.value(i.toActorId);
                i.sourceId = sources.value(i.sourceId);
                for (ThemeId& t : i.themeIds)
                    t = themes.value(t);
                if (!store.evidence().saveInterest(i, err))
                    return false;
            }
            for (Partnership p : data.partnerships) {
                p.id = 0;
                p.actorA = actors.value(p.actorA);
                p.actorB = actors.value(p.actorB);
                p.sourceId = sources.value(p.sourceId);
                for (ThemeId& t : p.themeIds)
                    t = themes.value(t);
                if (!store.pipeline().savePartnership(p, err))
                    return false;
                for (StageChange c : p.history) {
                    c.id = 0;
                    c.partnershipId = p.id;
                    c.sourceId = sources.value(c.sourceId);
                    if (!store.pipeline().addStageChange(c, err))
                        return false;
                }
            }
            for (PairRule r : data.pairRules) {
                r.actorA = actors.value(r.actorA);
                r.actorB = actors.value(r.actorB);
                if (!store.pipeline().setPairRule(r, err))
                    return false;
            }
            return data.settings.isEmpty() || store.pipeline().setSettings(data.settings, err);
        },
        error);
}

} // namespace cb
