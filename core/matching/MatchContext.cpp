// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchContext.h"

#include "workspace/WorkspaceData.h"

#include <algorithm>
#include <cmath>

namespace cb {

namespace {

// A wish to work with "a Chinese city" says less about one particular city than naming it.
constexpr double kCountryInterestFactor = 0.5;
// An institution speaking for its member cities is weaker evidence than the city itself.
constexpr double kInstitutionInterestFactor = 0.5;

quint64 pairKey(int a, int b)
{
    const auto low = quint64(std::min(a, b));
    const auto high = quint64(std::max(a, b));
    return (low << 32) | high;
}

double roleWeight(const QString& role)
{
    if (role == QLatin1String("participant"))
        return 0.7;
    if (role == QLatin1String("moderator"))
        return 0.5;
    return 1.0; // organizer, partner, speaker, donor, recipient: an active part
}

void addEvidence(std::vector<ThemeEntry>& entries, int theme, const EvidenceRef& ref)
{
    auto it = std::find_if(entries.begin(), entries.end(), [theme](const ThemeEntry& e) { return e.theme == theme; });
    if (it == entries.end()) {
        entries.push_back({theme, 0.0, {}});
        it = entries.end() - 1;
    }
    it->evidence.append(ref);
}

double combine(const QList<EvidenceRef>& evidence)
{
    double keep = 1.0;
    for (const EvidenceRef& e : evidence)
        keep *= 1.0 - std::clamp(e.weight, 0.0, 1.0);
    return 1.0 - keep;
}

} // namespace

MatchContext::MatchContext(const WorkspaceData& data, const MatchSettings& settings, const QDate& today)
    : m_data(data)
    , m_settings(settings)
    , m_reference(settings.asOf.isValid() ? settings.asOf : today)
{
    buildThemes();
    buildActors();
    addStatements();
    addInterests();
    addContext();
    addRules();
    finalize();
}

double MatchContext::freshness(const QDate& date) const
{
    if (!date.isValid() || !m_reference.isValid())
        return 1.0;
    const double months = std::max<qint64>(0, date.daysTo(m_reference)) / 30.4375;
    return std::pow(0.5, months / m_settings.halfLifeMonths);
}

bool MatchContext::visible(const QDate& date) const
{
    return !m_settings.asOf.isValid() || !date.isValid() || date <= m_settings.asOf;
}

unsigned MatchContext::rules(int a, int b) const
{
    return m_rules.value(pairKey(a, b), 0u);
}

std::vector<std::pair<int, int>> MatchContext::pairsWithRules(unsigned mask) const
{
    std::vector<std::pair<int, int>> result;
    for (auto it = m_rules.constBegin(); it != m_rules.constEnd(); ++it) {
        if (it.value() & mask)
            result.emplace_back(int(it.key() >> 32), int(it.key() & 0xffffffffu));
    }
    std::sort(result.begin(), result.end());
    return result;
}

void MatchContext::buildThemes()
{
    for (const Theme& t : m_data.themes) {
        m_themeIndex.insert(t.id, int(m_themeIds.size()));
        m_themeIds.push_back(t.id);
    }
    m_clusterOf.resize(m_themeIds.size());
    m_themeExcluded.resize(m_themeIds.size());
    QHash<int, int> numbers;
    m_clusterNumber.resize(m_themeIds.size());
    for (std::size_t i = 0; i < m_themeIds.size(); ++i) {
        const ThemeId cluster = m_data.clusterOf(m_themeIds[i]);
        m_clusterOf[i] = m_themeIndex.value(cluster, int(i));
        const Theme* t = m_data.theme(m_themeIds[i]);
        m_themeExcluded[i] = m_settings.excludedThemes.contains(m_themeIds[i])
                             || m_settings.excludedThemes.contains(cluster)
                             || (t && m_settings.excludedThemes.contains(t->parentId));
    }
    for (std::size_t i = 0; i < m_themeIds.size(); ++i) {
        const int cluster = m_clusterOf[i];
        if (!numbers.contains(cluster))
            numbers.insert(cluster, int(numbers.size()));
        m_clusterNumber[i] = numbers.value(cluster);
    }
    m_clusterCount = int(numbers.size());
}

void MatchContext::buildActors()
{
    m_profiles.reserve(std::size_t(m_data.actors.size()));
    for (const Actor& a : m_data.actors) {
        ActorProfile p;
        p.id = a.id;
        p.country = a.countryCode;
        p.countryKey = packCountry(a.countryCode);
        p.parentId = a.parentId;
        p.isCity = a.isCity();
        m_actorIndex.insert(a.id, int(m_profiles.size()));
        if (a.isCity() || !m_settings.citiesOnly)
            m_candidates.push_back(int(m_profiles.size()));
        m_profiles.push_back(std::move(p));
    }
}

void MatchContext::addStatements()
{
    for (const Statement& s : m_data.statements) {
        const int theme = m_themeIndex.value(s.themeId, -1);
        if (theme < 0 || m_themeExcluded[std::size_t(theme)] || !visible(s.date))
            continue;
        EvidenceRef ref;
        ref.id = s.id;
        ref.sourceId = s.sourceId;
        ref.date = s.date;
        QList<int> holders;
        double share = 1.0;
        if (s.actorId != 0) {
            ref.kind = EvidenceRef::Kind::Statement;
            holders.append(m_actorIndex.value(s.actorId, -1));
        } else {
            const RespondentGroup* g = m_data.group(s.groupId);
            if (!g)
                continue;
            ref.kind = EvidenceRef::Kind::GroupStatement;
            ref.mentions = s.mentions;
            ref.respondents = g->respondents;
            share = std::clamp(double(s.mentions) / g->respondents, 0.0, 1.0);
            for (ActorId member : m_data.groupMembers(g->id))
                holders.append(m_actorIndex.value(member, -1));
        }
        ref.weight = s.weight * share * freshness(s.date);
        for (int holder : holders) {
            if (holder < 0)
                continue;
            ActorProfile& p = m_profiles[std::size_t(holder)];
            addEvidence(s.kind == StatementKind::Priority ? p.priorities : p.offers, theme, ref);
        }
    }
}

void MatchContext::addInterests()
{
    // Cities an institution speaks for: its members (not the city it is based in).
    QHash<ActorId, QList<ActorId>> speaksFor;
    for (const Membership& m : m_data.memberships) {
        if (m.role != QLatin1String("home"))
            speaksFor[m.institutionId].append(m.cityId);
    }
    auto add = [this](int holder, const Interest& interest, EvidenceRef ref, double factor) {
        if (holder < 0)
            return;
        ActorProfile& p = m_profiles[std::size_t(holder)];
        const int target = interest.toActorId != 0 ? m_actorIndex.value(interest.toActorId, -1) : -1;
        if (interest.toActorId != 0 && (target < 0 || target == holder))
            return;
        if (interest.toActorId == 0)
            ref.kind = ref.kind == EvidenceRef::Kind::Interest ? EvidenceRef::Kind::CountryInterest : ref.kind;
        ref.weight *= factor * (interest.toActorId == 0 ? kCountryInterestFactor : 1.0);
        auto it = std::find_if(p.interests.begin(), p.interests.end(), [&](const InterestEntry& e) {
            return e.target == target && (target >= 0 || e.country == interest.toCountry);
        });
        if (it == p.interests.end()) {
            InterestEntry entry;
            entry.target = target;
            entry.country = target < 0 ? interest.toCountry : QString();
            entry.countryKey = target < 0 ? packCountry(interest.toCountry) : 0;
            p.interests.push_back(entry);
            it = p.interests.end() - 1;
        }
        for (ThemeId t : interest.themeIds) {
            const int ti = m_themeIndex.value(t, -1);
            if (ti >= 0 && !it->themes.contains(ti))
                it->themes.append(ti);
        }
        it->evidence.append(ref);
    };
    for (const Interest& i : m_data.interests) {
        if (!visible(i.date))
            continue;
        // An interest only about excluded themes says nothing under the current filter.
        if (!i.themeIds.isEmpty()
            && std::all_of(i.themeIds.begin(), i.themeIds.end(), [this](ThemeId t) {
                   const int ti = m_themeIndex.value(t, -1);
                   return ti >= 0 && m_themeExcluded[std::size_t(ti)];
               }))
            continue;
        EvidenceRef ref;
        ref.id = i.id;
        ref.sourceId = i.sourceId;
        ref.date = i.date;
        ref.weight = i.strength * freshness(i.date);
        if (i.fromActorId != 0) {
            ref.kind = EvidenceRef::Kind::Interest;
            add(m_actorIndex.value(i.fromActorId, -1), i, ref, 1.0);
            ref.kind = EvidenceRef::Kind::InstitutionInterest;
            for (ActorId city : speaksFor.value(i.fromActorId))
                add(m_actorIndex.value(city, -1), i, ref, kInstitutionInterestFactor);
        } else if (const RespondentGroup* g = m_data.group(i.fromGroupId)) {
            ref.kind = EvidenceRef::Kind::GroupInterest;
            ref.mentions = i.mentions;
            ref.respondents = g->respondents;
            const double share = std::clamp(double(i.mentions) / g->respondents, 0.0, 1.0);
            for (ActorId member : m_data.groupMembers(g->id))
                add(m_actorIndex.value(member, -1), i, ref, share);
        }
    }
}

void MatchContext::addContext()
{
    for (const Event& e : m_data.events) {
        if (!visible(e.date))
            continue;
        const double fresh = freshness(e.date);
        for (const Participation& part : e.participations) {
            const int holder = m_actorIndex.value(part.actorId, -1);
            if (holder < 0)
                continue;
            auto& events = m_profiles[std::size_t(holder)].events;
            const double w = roleWeight(part.role) * fresh;
            auto it = std::find_if(events.begin(), events.end(), [&](const auto& p) { return p.first == e.id; });
            if (it == events.end())
                events.emplace_back(e.id, w);
            else
                it->second = std::max(it->second, w);
        }
    }
    for (const Membership& m : m_data.memberships) {
        const int city = m_actorIndex.value(m.cityId, -1);
        if (city >= 0)
            m_profiles[std::size_t(city)].institutions.push_back(m.institutionId);
    }
}

void MatchContext::addRules()
{
    for (const PairRule& r : m_data.pairRules) {
        const int a = m_actorIndex.value(r.actorA, -1);
        const int b = m_actorIndex.value(r.actorB, -1);
        if (a < 0 || b < 0)
            continue;
        unsigned flag = 0;
        if (r.rule == QLatin1String("declined"))
            flag = RuleDeclined;
        else if (r.rule == QLatin1String("deferred"))
            flag = RuleDeferred;
        else if (r.rule == QLatin1String("pinned"))
            flag = RulePinned;
        else if (r.rule == QLatin1String("locked"))
            flag = RuleLocked;
        else if (r.rule == QLatin1String("excluded"))
            flag = RuleExcluded;
        m_rules[pairKey(a, b)] |= flag;
    }
    static const QStringList notYet{QStringLiteral("proposed"), QStringLiteral("candidate"), QStringLiteral("dormant"),
                                    QStringLiteral("closed")};
    for (const Partnership& p : m_data.partnerships) {
        // The stage on the as-of date: the last recorded move up to that day.
        QString stageThen;
        QDate when;
        for (const StageChange& c : p.history) {
            if (visible(c.date) && (!when.isValid() || c.date >= when)) {
                stageThen = c.stage;
                when = c.date;
            }
        }
        if (p.history.isEmpty() && !m_settings.asOf.isValid())
            stageThen = p.stage;
        if (stageThen.isEmpty() || notYet.contains(stageThen))
            continue;
        const int a = m_actorIndex.value(p.actorA, -1);
        const int b = m_actorIndex.value(p.actorB, -1);
        if (a >= 0 && b >= 0)
            m_rules[pairKey(a, b)] |= RuleExisting;
    }
}

void MatchContext::finalize()
{
    for (ActorProfile& p : m_profiles) {
        for (auto* list : {&p.priorities, &p.offers}) {
            std::sort(list->begin(), list->end(), [](const ThemeEntry& x, const ThemeEntry& y) { return x.theme < y.theme; });
            for (ThemeEntry& e : *list)
                e.weight = combine(e.evidence);
        }
        for (InterestEntry& i : p.interests) {
            i.strength = combine(i.evidence);
            std::sort(i.themes.begin(), i.themes.end());
        }
        std::sort(p.interests.begin(), p.interests.end(), [](const InterestEntry& x, const InterestEntry& y) {
            return x.target != y.target ? x.target < y.target : x.country < y.country;
        });
        std::sort(p.events.begin(), p.events.end());
        std::sort(p.institutions.begin(), p.institutions.end());
        p.institutions.erase(std::unique(p.institutions.begin(), p.institutions.end()), p.institutions.end());
        p.priorityWeights.clear();
        p.offerWeights.clear();
        p.bestPriority.assign(std::size_t(m_clusterCount), 0.0);
        p.bestOffer.assign(std::size_t(m_clusterCount), 0.0);
        for (const ThemeEntry& e : p.priorities) {
            const int c = m_clusterNumber[std::size_t(e.theme)];
            p.priorityWeights.push_back({e.theme, c, e.weight});
            p.bestPriority[std::size_t(c)] = std::max(p.bestPriority[std::size_t(c)], e.weight);
        }
        for (const ThemeEntry& e : p.offers) {
            const int c = m_clusterNumber[std::size_t(e.theme)];
            p.offerWeights.push_back({e.theme, c, e.weight});
            p.bestOffer[std::size_t(c)] = std::max(p.bestOffer[std::size_t(c)], e.weight);
        }
        p.priorityMask = 0;
        p.offerMask = 0;
        for (const ThemeEntry& e : p.priorities)
            p.priorityMask |= std::uint64_t(1) << (e.theme % 64);
        for (const ThemeEntry& e : p.offers)
            p.offerMask |= std::uint64_t(1) << (e.theme % 64);
    }
}

} // namespace cb
