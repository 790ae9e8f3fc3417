// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorEdit.h"

#include "ActorResolver.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::ActorEdit", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Reads a list and turns a read error into a failed edit.
template <typename T, typename Read>
bool readAll(QList<T>* out, Read read, QString* error)
{
    QString e;
    *out = read(&e);
    return e.isEmpty() || fail(error, e);
}

} // namespace

ActorEdit::ActorEdit(Kind kind, const Actor& actor, const UndoText& text)
    : WorkspaceEdit(text), m_kind(kind), m_uid(actor.uid), m_after(actor), m_id(actor.id)
{
    if (m_uid.isEmpty()) {
        m_uid = (actor.isCity() ? QStringLiteral("city:") : QStringLiteral("org:"))
                + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_after.uid = m_uid;
    }
}

std::unique_ptr<ActorEdit> ActorEdit::add(const Actor& actor, const UndoText& text)
{
    Actor fresh = actor;
    fresh.id = 0;
    fresh.version = 1;
    return std::unique_ptr<ActorEdit>(new ActorEdit(Kind::Add, fresh, text));
}

std::unique_ptr<ActorEdit> ActorEdit::update(const Actor& changed, const UndoText& text)
{
    return std::unique_ptr<ActorEdit>(new ActorEdit(Kind::Update, changed, text));
}

std::unique_ptr<ActorEdit> ActorEdit::remove(const Actor& actor, const UndoText& text)
{
    return std::unique_ptr<ActorEdit>(new ActorEdit(Kind::Remove, actor, text));
}

bool ActorEdit::apply(WorkspaceStore& store, QString* error)
{
    bool ok = false;
    switch (m_kind) {
    case Kind::Add:
        ok = insert(store, m_after, error);
        break;
    case Kind::Update:
        ok = replace(store, m_after, !m_appliedOnce, error);
        break;
    case Kind::Remove:
        ok = removeWithDependents(store, error);
        break;
    }
    m_appliedOnce = m_appliedOnce || ok;
    return ok;
}

bool ActorEdit::revert(WorkspaceStore& store, QString* error)
{
    switch (m_kind) {
    case Kind::Add: {
        const ActorId id = ActorResolver(store).resolve(m_uid, m_id, error);
        if (id == 0 || !store.actors().remove(id, error))
            return false;
        m_id = 0;
        return true;
    }
    case Kind::Update:
        return m_before && replace(store, *m_before, false, error);
    case Kind::Remove:
        return restoreWithDependents(store, error);
    }
    return false;
}

bool ActorEdit::insert(WorkspaceStore& store, const Actor& actor, QString* error)
{
    // A copy: a failed save must not leave a row id in the edit's own record.
    Actor row = actor;
    row.id = 0;
    row.version = 1;
    if (!store.actors().save(row, error))
        return false;
    m_id = row.id;
    return true;
}

bool ActorEdit::replace(WorkspaceStore& store, const Actor& with, bool checkVersion, QString* error)
{
    const ActorId id = ActorResolver(store).resolve(m_uid, m_id, error);
    if (id == 0)
        return false;
    const std::optional<Actor> current = store.actors().find(id);
    if (!current)
        return fail(error, tr("The actor no longer exists in this workspace."));
    if (m_kind == Kind::Update && &with == &m_after)
        m_before = current;
    Actor row = with;
    row.id = current->id;
    row.uid = m_uid;
    // The first write carries the version the officer loaded: when someone else saved the actor since, the store
    // refuses it with a message that shows their values beside these. Undo and redo write over this edit's own
    // versions.
    row.version = checkVersion ? with.version : current->version;
    if (!store.actors().save(row, error))
        return false;
    m_id = row.id;
    return true;
}

bool ActorEdit::removeWithDependents(WorkspaceStore& store, QString* error)
{
    const ActorId id = ActorResolver(store).resolve(m_uid, m_id, error);
    if (id == 0)
        return false;
    const std::optional<Actor> current = store.actors().find(id);
    if (!current)
        return fail(error, tr("The actor no longer exists in this workspace."));

    QList<Partnership> partnerships;
    QList<PairRule> rules;
    QList<DecisionEntry> decisions;
    QList<Actor> actors;
    if (!readAll(&partnerships, [&](QString* e) { return store.pipeline().partnerships(e); }, error)
        || !readAll(&rules, [&](QString* e) { return store.pipeline().pairRules(e); }, error)
        || !readAll(&decisions, [&](QString* e) { return store.pipeline().allDecisions(e); }, error)
        || !readAll(&actors, [&](QString* e) { return store.actors().all(e); }, error))
        return false;
    const int inPartnerships = static_cast<int>(std::count_if(
        partnerships.cbegin(), partnerships.cend(), [id](const Partnership& p) { return p.actorA == id || p.actorB == id; }));
    if (inPartnerships > 0)
        return fail(error, tr("It is part of the pipeline (partnerships: %1); close them there instead of removing "
                              "it.")
                               .arg(inPartnerships));
    const bool ruled =
        std::any_of(rules.cbegin(), rules.cend(), [id](const PairRule& r) { return r.actorA == id || r.actorB == id; })
        || std::any_of(decisions.cbegin(), decisions.cend(),
                       [id](const DecisionEntry& d) { return d.actorA == id || d.actorB == id; });
    if (ruled)
        return fail(error, tr("The decision log refers to it; removing it would leave that history without a name."));
    const int children = static_cast<int>(
        std::count_if(actors.cbegin(), actors.cend(), [id](const Actor& a) { return a.parentId == id; }));
    if (children > 0)
        return fail(error, tr("Other actors belong to it (%1); change or remove them first.").arg(children));

    QList<Statement> statements;
    QList<Interest> interests;
    QList<Event> events;
    QList<Membership> memberships;
    if (!readAll(&statements, [&](QString* e) { return store.evidence().statements(e); }, error)
        || !readAll(&interests, [&](QString* e) { return store.evidence().interests(e); }, error)
        || !readAll(&events, [&](QString* e) { return store.events().all(e); }, error)
        || !readAll(&memberships, [&](QString* e) { return store.actors().memberships(e); }, error))
        return false;
    m_statements.clear();
    m_interests.clear();
    m_events.clear();
    m_memberships.clear();
    for (const Statement& s : statements) {
        if (s.actorId == id)
            m_statements.append(s);
    }
    for (const Interest& i : interests) {
        if (i.fromActorId == id || i.toActorId == id)
            m_interests.append(i);
    }
    for (const Event& e : events) {
        if (std::any_of(e.participations.cbegin(), e.participations.cend(),
                        [id](const Participation& p) { return p.actorId == id; }))
            m_events.append(e);
    }
    for (const Membership& m : memberships) {
        if (m.institutionId == id || m.cityId == id)
            m_memberships.append(m);
    }
    m_before = current;
    if (!store.actors().remove(id, error))
        return false;
    m_id = 0;
    return true;
}

bool ActorEdit::restoreWithDependents(WorkspaceStore& store, QString* error)
{
    if (!m_before)
        return fail(error, tr("Nothing to restore."));
    const ActorId oldId = m_before->id;
    if (!insert(store, *m_before, error))
        return false;
    const ActorId newId = m_id;
    const auto remap = [&](ActorId id) { return id == oldId ? newId : id; };
    for (const Statement& s : m_statements) {
        Statement row = s;
        row.id = 0;
        row.actorId = newId;
        if (!store.evidence().saveStatement(row, error))
            return false;
    }
    // Interests keep their row ids: saveInterest writes a given id back as it was.
    for (const Interest& i : m_interests) {
        Interest row = i;
        row.fromActorId = remap(i.fromActorId);
        row.toActorId = remap(i.toActorId);
        if (!store.evidence().saveInterest(row, error))
            return false;
    }
    if (!m_events.isEmpty()) {
        QList<Event> current;
        if (!readAll(&current, [&](QString* e) { return store.events().all(e); }, error))
            return false;
        for (const Event& snapshot : m_events) {
            const auto it = std::find_if(current.cbegin(), current.cend(),
                                         [&](const Event& e) { return e.uid == snapshot.uid; });
            if (it == current.cend())
                return fail(error, tr("An event the actor took part in no longer exists."));
            Event row = snapshot;
            row.id = it->id;
            for (Participation& p : row.participations) {
                p.id = 0;
                p.eventId = row.id;
                p.actorId = remap(p.actorId);
            }
            if (!store.events().save(row, error))
                return false;
        }
    }
    for (const Membership& m : m_memberships) {
        Membership row = m;
        row.id = 0;
        row.institutionId = remap(m.institutionId);
        row.cityId = remap(m.cityId);
        if (!store.actors().saveMembership(row, error))
            return false;
    }
    return true;
}

} // namespace cb
