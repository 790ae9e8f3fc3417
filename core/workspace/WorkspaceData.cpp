// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceData.h"

#include "storage/WorkspaceStore.h"

namespace cb {

namespace {

template <typename Key, typename T>
const T* lookup(const QHash<Key, qsizetype>& index, const QList<T>& list, const Key& key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &list[it.value()];
}

} // namespace

void WorkspaceData::reindex()
{
    m_actorIndex.clear();
    m_themeIndex.clear();
    m_themeKeyIndex.clear();
    m_sourceIndex.clear();
    m_countryIndex.clear();
    m_eventIndex.clear();
    m_groupIndex.clear();
    for (qsizetype i = 0; i < actors.size(); ++i)
        m_actorIndex.insert(actors[i].id, i);
    for (qsizetype i = 0; i < themes.size(); ++i) {
        m_themeIndex.insert(themes[i].id, i);
        m_themeKeyIndex.insert(themes[i].key, i);
    }
    for (qsizetype i = 0; i < sources.size(); ++i)
        m_sourceIndex.insert(sources[i].id, i);
    for (qsizetype i = 0; i < countries.size(); ++i)
        m_countryIndex.insert(countries[i].code, i);
    for (qsizetype i = 0; i < events.size(); ++i)
        m_eventIndex.insert(events[i].id, i);
    for (qsizetype i = 0; i < groups.size(); ++i)
        m_groupIndex.insert(groups[i].id, i);
}

const Actor* WorkspaceData::actor(ActorId id) const
{
    return lookup(m_actorIndex, actors, id);
}

const Theme* WorkspaceData::theme(ThemeId id) const
{
    return lookup(m_themeIndex, themes, id);
}

const Theme* WorkspaceData::themeByKey(const QString& key) const
{
    return lookup(m_themeKeyIndex, themes, key);
}

const Source* WorkspaceData::source(SourceId id) const
{
    return lookup(m_sourceIndex, sources, id);
}

const Country* WorkspaceData::country(const QString& code) const
{
    return lookup(m_countryIndex, countries, code);
}

const Event* WorkspaceData::event(EventId id) const
{
    return lookup(m_eventIndex, events, id);
}

const RespondentGroup* WorkspaceData::group(GroupId id) const
{
    return lookup(m_groupIndex, groups, id);
}

const Partnership* WorkspaceData::partnershipBetween(ActorId a, ActorId b) const
{
    const ActorId low = std::min(a, b);
    const ActorId high = std::max(a, b);
    for (const Partnership& p : partnerships) {
        if (p.actorA == low && p.actorB == high)
            return &p;
    }
    return nullptr;
}

QString WorkspaceData::actorName(ActorId id, const QString& language) const
{
    const Actor* a = actor(id);
    return a ? a->name(language) : QString();
}

QString WorkspaceData::countryName(const QString& code, const QString& language) const
{
    const Country* c = country(code);
    return c ? c->names.value(language) : code;
}

QString WorkspaceData::themeName(ThemeId id, const QString& language) const
{
    const Theme* t = theme(id);
    return t ? t->names.value(language) : QString();
}

ThemeId WorkspaceData::clusterOf(ThemeId id) const
{
    const Theme* t = theme(id);
    int guard = 0;
    while (t && t->parentId != 0 && guard++ < 16)
        t = theme(t->parentId);
    return t ? t->id : 0;
}

QList<ActorId> WorkspaceData::groupMembers(GroupId id) const
{
    QList<ActorId> members;
    const RespondentGroup* g = group(id);
    if (!g)
        return members;
    const Event* e = event(g->eventId);
    if (!e)
        return members;
    for (const Participation& p : e->participations) {
        const Actor* a = actor(p.actorId);
        if (a && a->isCity() && (g->countryCode.isEmpty() || a->countryCode == g->countryCode)
            && !members.contains(a->id))
            members.append(a->id);
    }
    std::sort(members.begin(), members.end());
    return members;
}

QList<EventId> WorkspaceData::eventsOf(ActorId id) const
{
    QList<EventId> result;
    for (const Event& e : events) {
        for (const Participation& p : e.participations) {
            if (p.actorId == id) {
                result.append(e.id);
                break;
            }
        }
    }
    return result;
}

QList<ActorId> WorkspaceData::institutionsOf(ActorId cityId) const
{
    QList<ActorId> result;
    for (const Membership& m : memberships) {
        if (m.cityId == cityId && !result.contains(m.institutionId))
            result.append(m.institutionId);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<const Statement*> WorkspaceData::statementsOf(ActorId id) const
{
    QList<const Statement*> result;
    for (const Statement& s : statements) {
        if (s.actorId == id)
            result.append(&s);
    }
    return result;
}

QList<const Interest*> WorkspaceData::interestsFrom(ActorId id) const
{
    QList<const Interest*> result;
    for (const Interest& i : interests) {
        if (i.fromActorId == id)
            result.append(&i);
    }
    return result;
}

QList<const Interest*> WorkspaceData::interestsTo(ActorId id) const
{
    QList<const Interest*> result;
    for (const Interest& i : interests) {
        if (i.toActorId == id)
            result.append(&i);
    }
    return result;
}

bool loadWorkspace(WorkspaceStore& store, WorkspaceData* data, QString* error)
{
    QString e;
    WorkspaceData d;
    d.countries = store.catalog().countries(&e);
    if (e.isEmpty())
        d.themes = store.catalog().themes(&e);
    if (e.isEmpty())
        d.sources = store.catalog().sources(&e);
    if (e.isEmpty())
        d.actors = store.actors().all(&e);
    if (e.isEmpty())
        d.memberships = store.actors().memberships(&e);
    if (e.isEmpty())
        d.events = store.events().all(&e);
    if (e.isEmpty())
        d.groups = store.evidence().groups(&e);
    if (e.isEmpty())
        d.statements = store.evidence().statements(&e);
    if (e.isEmpty())
        d.interests = store.evidence().interests(&e);
    if (e.isEmpty())
        d.partnerships = store.pipeline().partnerships(&e);
    if (e.isEmpty())
        d.pairRules = store.pipeline().pairRules(&e);
    if (e.isEmpty())
        d.settings = store.pipeline().settings(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    d.reindex();
    *data = std::move(d);
    return true;
}

} // namespace cb
