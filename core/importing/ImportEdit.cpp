// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportEdit.h"

#include "editing/ActorResolver.h"
#include "storage/WorkspaceStore.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace cb {

namespace {

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

ImportEdit::ImportEdit(const ImportPlan& plan, const UndoText& text)
    : WorkspaceEdit(text.isEmpty() ? UndoText([name = plan.fileName] { return tr("Import %1").arg(name); }) : text),
      m_plan(plan)
{
}

bool ImportEdit::failHere(int row, QString* error) const
{
    if (m_failAtRow <= 0 || row != m_failAtRow)
        return false;
    setError(error, tr("Import stopped at row %1 (test).").arg(row));
    return true;
}

bool ImportEdit::apply(WorkspaceStore& store, QString* error)
{
    m_sourceCreated = false;
    m_actorUids.clear();
    m_statements.clear();
    m_interestIds.clear();

    QString e;
    SourceId sourceId = 0;
    const QList<Source> sources = store.catalog().sources(&e);
    if (!e.isEmpty())
        return setError(error, e);
    for (const Source& s : sources) {
        if (s.uid == m_plan.source.uid)
            sourceId = s.id;
    }
    if (sourceId == 0) {
        Source source = m_plan.source;
        source.id = 0;
        if (!store.catalog().saveSource(source, error))
            return false;
        sourceId = source.id;
        m_sourceCreated = true;
    }

    QHash<QString, ActorId> ids;
    const QList<Actor> existing = store.actors().all(&e);
    if (!e.isEmpty())
        return setError(error, e);
    for (const Actor& a : existing)
        ids.insert(a.uid, a.id);
    for (const PlannedActor& planned : m_plan.newActors) {
        if (failHere(planned.row, error))
            return false;
        if (ids.contains(planned.actor.uid))
            continue; // added since the plan was made
        Actor actor = planned.actor;
        actor.id = 0;
        actor.version = 1;
        actor.sourceIds = {sourceId};
        if (!store.actors().save(actor, error))
            return false;
        ids.insert(actor.uid, actor.id);
        m_actorUids.append(actor.uid);
    }
    auto idOf = [&](const QString& uid, ActorId* id) {
        *id = ids.value(uid, 0);
        if (*id == 0)
            return setError(error, tr("The city or institution %1 is no longer in the workspace.").arg(uid));
        return true;
    };

    const QList<Statement> statements = store.evidence().statements(&e);
    if (!e.isEmpty())
        return setError(error, e);
    QSet<QString> stored;
    for (const Statement& s : statements) {
        if (s.sourceId == sourceId && s.actorId != 0)
            stored.insert(QStringLiteral("%1|%2|%3").arg(static_cast<int>(s.kind)).arg(s.actorId).arg(s.themeId));
    }
    for (const PlannedStatement& planned : m_plan.statements) {
        if (failHere(planned.row, error))
            return false;
        Statement s = planned.statement;
        s.id = 0;
        s.sourceId = sourceId;
        if (!idOf(planned.actorUid, &s.actorId))
            return false;
        const QString identity = QStringLiteral("%1|%2|%3").arg(static_cast<int>(s.kind)).arg(s.actorId).arg(s.themeId);
        if (stored.contains(identity))
            continue;
        if (!store.evidence().saveStatement(s, error))
            return false;
        stored.insert(identity);
        m_statements.append({s.kind, s.id});
    }

    const QList<Interest> interests = store.evidence().interests(&e);
    if (!e.isEmpty())
        return setError(error, e);
    QSet<QString> storedInterests;
    for (const Interest& i : interests) {
        if (i.sourceId == sourceId)
            storedInterests.insert(QStringLiteral("%1>%2>%3").arg(i.fromActorId).arg(i.toActorId).arg(i.toCountry));
    }
    for (const PlannedInterest& planned : m_plan.interests) {
        if (failHere(planned.row, error))
            return false;
        Interest i = planned.interest;
        i.id = 0;
        i.sourceId = sourceId;
        if (!idOf(planned.fromUid, &i.fromActorId))
            return false;
        if (!planned.toUid.isEmpty() && !idOf(planned.toUid, &i.toActorId))
            return false;
        const QString identity = QStringLiteral("%1>%2>%3").arg(i.fromActorId).arg(i.toActorId).arg(i.toCountry);
        if (storedInterests.contains(identity))
            continue;
        if (!store.evidence().saveInterest(i, error))
            return false;
        storedInterests.insert(identity);
        m_interestIds.append(i.id);
    }
    return true;
}

bool ImportEdit::revert(WorkspaceStore& store, QString* error)
{
    for (qint64 id : m_interestIds) {
        if (!store.evidence().removeInterest(id, error))
            return false;
    }
    for (const auto& s : m_statements) {
        if (!store.evidence().removeStatement(s.first, s.second, error))
            return false;
    }
    ActorResolver resolver(store);
    for (auto it = m_actorUids.crbegin(); it != m_actorUids.crend(); ++it) {
        const ActorId id = resolver.resolve(*it, 0, error);
        if (id == 0 || !store.actors().remove(id, error))
            return false;
    }
    if (m_sourceCreated) {
        // A source this edit created is cited by nothing once its rows are gone, so undo takes it away too.
        if (!store.catalog().removeSource(m_plan.source.uid, error))
            return false;
    }
    return true;
}

bool runImport(WorkspaceStore& store, ImportEdit& edit, QString* error)
{
    return store.inTransaction([&](QString* e) { return edit.apply(store, e); }, error);
}

} // namespace cb
