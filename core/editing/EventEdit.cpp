// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventEdit.h"

#include "ActorResolver.h"
#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>

#include <algorithm>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::EventEdit", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

EventEdit::EventEdit(const std::optional<Event>& before, const std::optional<Event>& after, const WorkspaceData& data,
                     const UndoText& text)
    : WorkspaceEdit(text), m_before(before), m_after(after)
{
    m_uid = (before ? before : after)->uid;
    if (m_uid.isEmpty())
        m_uid = newEventUid();
    for (const std::optional<Event>* side : {&m_before, &m_after}) {
        if (!*side)
            continue;
        for (const Participation& p : (*side)->participations)
            m_actorUids.insert(p.actorId, actorUid(data, p.actorId));
    }
    if (m_before)
        m_before->uid = m_uid;
    if (m_after)
        m_after->uid = m_uid;
    m_id = before ? before->id : 0;
}

std::unique_ptr<EventEdit> EventEdit::add(const Event& event, const WorkspaceData& data, const UndoText& text)
{
    Event fresh = event;
    fresh.id = 0;
    return std::unique_ptr<EventEdit>(new EventEdit(std::nullopt, fresh, data, text));
}

std::unique_ptr<EventEdit> EventEdit::update(const Event& before, const Event& after, const WorkspaceData& data,
                                             const UndoText& text)
{
    Event changed = after;
    changed.uid = before.uid;
    return std::unique_ptr<EventEdit>(new EventEdit(before, changed, data, text));
}

std::unique_ptr<EventEdit> EventEdit::remove(const Event& event, const WorkspaceData& data, const UndoText& text)
{
    return std::unique_ptr<EventEdit>(new EventEdit(event, std::nullopt, data, text));
}

bool EventEdit::apply(WorkspaceStore& store, QString* error)
{
    return write(store, m_before, m_after, error);
}

bool EventEdit::revert(WorkspaceStore& store, QString* error)
{
    return write(store, m_after, m_before, error);
}

bool EventEdit::write(WorkspaceStore& store, const std::optional<Event>& from, const std::optional<Event>& to,
                      QString* error)
{
    EventId rowId = 0;
    if (from) {
        QString e;
        const QList<Event> all = store.events().all(&e);
        if (!e.isEmpty())
            return fail(error, e);
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Event& ev) { return ev.uid == m_uid; });
        if (it == all.cend())
            return fail(error, tr("The event no longer exists in this workspace."));
        rowId = it->id;
    }
    if (!to) {
        QString e;
        const QList<RespondentGroup> groups = store.evidence().groups(&e);
        if (!e.isEmpty())
            return fail(error, e);
        if (std::any_of(groups.cbegin(), groups.cend(), [&](const RespondentGroup& g) { return g.eventId == rowId; }))
            return fail(error, tr("Survey respondent groups refer to this event; it cannot be removed."));
        if (!store.events().remove(rowId, error))
            return false;
        m_id = 0;
        return true;
    }
    Event row = *to;
    row.id = rowId;
    row.uid = m_uid;
    ActorResolver resolver(store);
    for (Participation& p : row.participations) {
        p.id = 0;
        p.eventId = rowId;
        p.actorId = resolver.resolve(m_actorUids.value(p.actorId), p.actorId, error);
        if (p.actorId == 0)
            return false;
    }
    if (!store.events().save(row, error))
        return false;
    m_id = row.id;
    return true;
}

} // namespace cb
