// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeMatcher.h"

#include "text/SearchKey.h"

#include <QSet>

namespace cb {

namespace {

QString joinKey(std::initializer_list<QString> parts)
{
    QStringList list(parts);
    return list.join(QChar(0x1f));
}

QSet<QString> nameKeys(const Actor& a)
{
    QSet<QString> keys;
    for (const QString& name : a.names.all()) {
        const QString k = searchKey(name);
        if (!k.isEmpty())
            keys.insert(k);
    }
    for (const Alias& alias : a.aliases) {
        const QString k = searchKey(alias.text);
        if (!k.isEmpty())
            keys.insert(k);
    }
    return keys;
}

QString pairKey(const QString& a, const QString& b)
{
    return a < b ? a + QLatin1Char('~') + b : b + QLatin1Char('~') + a;
}

QString number(double value)
{
    return value == 0.0 ? QString() : QString::number(value, 'g', 12);
}

QString optional(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

template <typename T>
void addTextFields(std::vector<MergeField<T>>& fields, const QString& prefix, LocalizedText T::*member)
{
    for (const QString& language : {lang::En, lang::Zh, lang::Es, lang::Native}) {
        fields.push_back({prefix + QLatin1Char('.') + language,
                          [member, language](const T& t) { return (t.*member).exact(language); },
                          [member, language](T& target, const T& from) {
                              (target.*member).set(language, (from.*member).exact(language));
                          }});
    }
}

} // namespace

MergeMatcher::MergeMatcher(const WorkspaceData& mine, const WorkspaceData& theirs) : m_mine(mine), m_theirs(theirs)
{
    QSet<QString> mineUids;
    QHash<QString, QList<const Actor*>> mineByKey;
    for (const Actor& a : mine.actors) {
        mineUids.insert(a.uid);
        for (const QString& k : nameKeys(a))
            mineByKey[k].append(&a);
    }
    QSet<QString> theirUids;
    for (const Actor& a : theirs.actors)
        theirUids.insert(a.uid);
    QSet<QString> taken;
    for (const Actor& a : theirs.actors) {
        if (mineUids.contains(a.uid)) {
            m_actorUid.insert(a.uid, a.uid);
            taken.insert(a.uid);
        }
    }
    for (const Actor& a : theirs.actors) {
        if (m_actorUid.contains(a.uid))
            continue;
        QSet<QString> candidates;
        for (const QString& k : nameKeys(a)) {
            for (const Actor* m : mineByKey.value(k)) {
                // An actor here that the package also holds under its own uid is already that one's match.
                if (m->kind != a.kind || theirUids.contains(m->uid) || taken.contains(m->uid))
                    continue;
                if (!m->countryCode.isEmpty() && !a.countryCode.isEmpty() && m->countryCode != a.countryCode)
                    continue;
                candidates.insert(m->uid);
            }
        }
        if (candidates.size() == 1) {
            const QString match = *candidates.cbegin();
            m_actorUid.insert(a.uid, match);
            m_byName.insert(a.uid, true);
            taken.insert(match);
        }
    }

    QHash<QString, QString> minePartnerships;
    QHash<QString, QString> minePairs;
    for (const Partnership& p : mine.partnerships) {
        minePartnerships.insert(p.uid, p.uid);
        minePairs.insert(pairKey(actorKey(false, p.actorA), actorKey(false, p.actorB)), p.uid);
    }
    for (const Partnership& p : theirs.partnerships) {
        if (minePartnerships.contains(p.uid)) {
            m_partnershipUid.insert(p.uid, p.uid);
            continue;
        }
        const QString pair = pairKey(actorKey(true, p.actorA), actorKey(true, p.actorB));
        if (minePairs.contains(pair))
            m_partnershipUid.insert(p.uid, minePairs.value(pair));
    }
}

QString MergeMatcher::actorKey(bool theirSide, ActorId id) const
{
    if (id == 0)
        return QString();
    const Actor* a = side(theirSide).actor(id);
    if (!a)
        return QStringLiteral("#%1").arg(id);
    if (!theirSide)
        return a->uid;
    const QString mine = m_actorUid.value(a->uid);
    return mine.isEmpty() ? a->uid : mine;
}

QString MergeMatcher::sourceKey(bool theirSide, SourceId id) const
{
    const Source* s = id ? side(theirSide).source(id) : nullptr;
    return s ? s->uid : QString();
}

QString MergeMatcher::themeKey(bool theirSide, ThemeId id) const
{
    const Theme* t = id ? side(theirSide).theme(id) : nullptr;
    return t ? t->key : QString();
}

QString MergeMatcher::groupKey(bool theirSide, GroupId id) const
{
    const RespondentGroup* g = id ? side(theirSide).group(id) : nullptr;
    return g ? g->uid : QString();
}

QString MergeMatcher::statementKey(bool theirSide, const Statement& s) const
{
    return joinKey({QString::number(static_cast<int>(s.kind)), actorKey(theirSide, s.actorId),
                    groupKey(theirSide, s.groupId), themeKey(theirSide, s.themeId), sourceKey(theirSide, s.sourceId)});
}

QString MergeMatcher::interestKey(bool theirSide, const Interest& i) const
{
    return joinKey({actorKey(theirSide, i.fromActorId), groupKey(theirSide, i.fromGroupId),
                    actorKey(theirSide, i.toActorId), i.toCountry, sourceKey(theirSide, i.sourceId)});
}

QString MergeMatcher::membershipKey(bool theirSide, const Membership& m) const
{
    return joinKey({actorKey(theirSide, m.institutionId), actorKey(theirSide, m.cityId), m.role});
}

QString MergeMatcher::participationKey(bool theirSide, const Participation& p) const
{
    return joinKey({actorKey(theirSide, p.actorId), p.role});
}

QString MergeMatcher::stageChangeKey(const StageChange& c)
{
    // Without the officer, as decisionKey() explains: a team database records the role that wrote it.
    return joinKey({c.stage, date(c.date), c.recordedAt.toUTC().toString(Qt::ISODateWithMs)});
}

QString MergeMatcher::pairRuleKey(bool theirSide, const PairRule& r) const
{
    return joinKey({pairKey(actorKey(theirSide, r.actorA), actorKey(theirSide, r.actorB)), r.rule});
}

// Decisions and notes are recognised without their officer's name: in a team database (PostgreSQL) the server
// records the role that wrote a merged line, so the name differs from the package's while the line is the same.
// The millisecond, action and pair (or subject and text) identify a line on their own.
QString MergeMatcher::decisionKey(bool theirSide, const DecisionEntry& d) const
{
    return joinKey({d.at.toUTC().toString(Qt::ISODateWithMs), d.action,
                    pairKey(actorKey(theirSide, d.actorA), actorKey(theirSide, d.actorB))});
}

QString MergeMatcher::noteKey(bool theirSide, const SubjectNote& n) const
{
    QString subject = n.subjectUid;
    if (theirSide) {
        const QString mine = n.note.subjectKind == QLatin1String("partnership") ? m_partnershipUid.value(subject)
                                                                                : m_actorUid.value(subject);
        subject = mine.isEmpty() ? subject : mine;
    }
    return joinKey({n.note.subjectKind, subject, n.note.createdAt.toUTC().toString(Qt::ISODateWithMs), n.note.body});
}

QString MergeMatcher::aliasKey(const Alias& alias)
{
    return alias.language + QLatin1Char(':') + searchKey(alias.text);
}

const std::vector<MergeField<Actor>>& actorMergeFields()
{
    static const std::vector<MergeField<Actor>> fields = [] {
        std::vector<MergeField<Actor>> f;
        addTextFields<Actor>(f, QStringLiteral("name"), &Actor::names);
        f.push_back({QStringLiteral("country"), [](const Actor& a) { return a.countryCode; },
                     [](Actor& t, const Actor& s) { t.countryCode = s.countryCode; }});
        f.push_back({QStringLiteral("population"),
                     [](const Actor& a) { return a.city.population ? QString::number(a.city.population) : QString(); },
                     [](Actor& t, const Actor& s) { t.city.population = s.city.population; }});
        f.push_back(
            {QStringLiteral("population_year"),
             [](const Actor& a) { return a.city.populationYear ? QString::number(a.city.populationYear) : QString(); },
             [](Actor& t, const Actor& s) { t.city.populationYear = s.city.populationYear; }});
        f.push_back({QStringLiteral("latitude"), [](const Actor& a) { return optional(a.city.latitude); },
                     [](Actor& t, const Actor& s) { t.city.latitude = s.city.latitude; }});
        f.push_back({QStringLiteral("longitude"), [](const Actor& a) { return optional(a.city.longitude); },
                     [](Actor& t, const Actor& s) { t.city.longitude = s.city.longitude; }});
        f.push_back({QStringLiteral("area_km2"), [](const Actor& a) { return number(a.city.areaKm2); },
                     [](Actor& t, const Actor& s) { t.city.areaKm2 = s.city.areaKm2; }});
        f.push_back({QStringLiteral("timezone"), [](const Actor& a) { return a.city.timezone; },
                     [](Actor& t, const Actor& s) { t.city.timezone = s.city.timezone; }});
        f.push_back({QStringLiteral("admin_region"), [](const Actor& a) { return a.city.adminRegion; },
                     [](Actor& t, const Actor& s) { t.city.adminRegion = s.city.adminRegion; }});
        f.push_back({QStringLiteral("category"), [](const Actor& a) { return a.institution.category; },
                     [](Actor& t, const Actor& s) { t.institution.category = s.institution.category; }});
        f.push_back({QStringLiteral("abbreviation"), [](const Actor& a) { return a.institution.abbreviation; },
                     [](Actor& t, const Actor& s) { t.institution.abbreviation = s.institution.abbreviation; }});
        f.push_back({QStringLiteral("website"), [](const Actor& a) { return a.institution.website; },
                     [](Actor& t, const Actor& s) { t.institution.website = s.institution.website; }});
        addTextFields<Actor>(f, QStringLiteral("profile"), &Actor::profile);
        addTextFields<Actor>(f, QStringLiteral("heritage"), &Actor::heritage);
        addTextFields<Actor>(f, QStringLiteral("sectors"), &Actor::sectors);
        return f;
    }();
    return fields;
}

const std::vector<MergeField<Partnership>>& partnershipMergeFields()
{
    static const std::vector<MergeField<Partnership>> fields = {
        {QStringLiteral("stage"), [](const Partnership& p) { return p.stage; },
         [](Partnership& t, const Partnership& s) { t.stage = s.stage; }},
        {QStringLiteral("started_on"), [](const Partnership& p) { return date(p.startedOn); },
         [](Partnership& t, const Partnership& s) { t.startedOn = s.startedOn; }},
        {QStringLiteral("owner"), [](const Partnership& p) { return p.owner; },
         [](Partnership& t, const Partnership& s) { t.owner = s.owner; }},
        {QStringLiteral("next_action"), [](const Partnership& p) { return p.nextAction; },
         [](Partnership& t, const Partnership& s) { t.nextAction = s.nextAction; }},
        {QStringLiteral("next_action_due"), [](const Partnership& p) { return date(p.nextActionDue); },
         [](Partnership& t, const Partnership& s) { t.nextActionDue = s.nextActionDue; }},
        {QStringLiteral("last_activity"), [](const Partnership& p) { return date(p.lastActivity); },
         [](Partnership& t, const Partnership& s) { t.lastActivity = s.lastActivity; }},
        {QStringLiteral("summary"), [](const Partnership& p) { return p.summary; },
         [](Partnership& t, const Partnership& s) { t.summary = s.summary; }},
    };
    return fields;
}

const std::vector<MergeField<Event>>& eventMergeFields()
{
    static const std::vector<MergeField<Event>> fields = [] {
        std::vector<MergeField<Event>> f;
        f.push_back({QStringLiteral("kind"), [](const Event& e) { return e.kind; },
                     [](Event& t, const Event& s) { t.kind = s.kind; }});
        addTextFields<Event>(f, QStringLiteral("title"), &Event::titles);
        f.push_back({QStringLiteral("date"), [](const Event& e) { return date(e.date); },
                     [](Event& t, const Event& s) { t.date = s.date; }});
        f.push_back({QStringLiteral("end_date"), [](const Event& e) { return date(e.endDate); },
                     [](Event& t, const Event& s) { t.endDate = s.endDate; }});
        f.push_back({QStringLiteral("note"), [](const Event& e) { return e.note; },
                     [](Event& t, const Event& s) { t.note = s.note; }});
        return f;
    }();
    return fields;
}

} // namespace cb
