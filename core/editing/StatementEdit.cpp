// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementEdit.h"

#include "ActorResolver.h"
#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>

#include <cmath>

namespace cb {

namespace {

bool sameContent(const Statement& a, const Statement& b)
{
    return a.kind == b.kind && a.actorId == b.actorId && a.groupId == b.groupId && a.themeId == b.themeId
           && std::abs(a.weight - b.weight) < 1e-9 && a.mentions == b.mentions && a.sourceId == b.sourceId
           && a.date == b.date && a.note == b.note;
}

} // namespace

StatementEdit::StatementEdit(const std::optional<Statement>& before, const std::optional<Statement>& after,
                             const WorkspaceData& data, const UndoText& text)
    : WorkspaceEdit(text), m_before(before), m_after(after)
{
    const Statement& any = after ? *after : *before;
    m_actorUid = actorUid(data, any.actorId);
    m_id = before ? before->id : 0;
}

std::unique_ptr<StatementEdit> StatementEdit::add(const Statement& statement, const WorkspaceData& data,
                                                  const UndoText& text)
{
    return std::unique_ptr<StatementEdit>(new StatementEdit(std::nullopt, statement, data, text));
}

std::unique_ptr<StatementEdit> StatementEdit::update(const Statement& before, const Statement& after,
                                                     const WorkspaceData& data, const UndoText& text)
{
    Statement changed = after;
    changed.actorId = before.actorId; // a statement stays with its actor
    return std::unique_ptr<StatementEdit>(new StatementEdit(before, changed, data, text));
}

std::unique_ptr<StatementEdit> StatementEdit::remove(const Statement& statement, const WorkspaceData& data,
                                                     const UndoText& text)
{
    return std::unique_ptr<StatementEdit>(new StatementEdit(statement, std::nullopt, data, text));
}

bool StatementEdit::apply(WorkspaceStore& store, QString* error)
{
    return write(store, m_before, m_after, error);
}

bool StatementEdit::revert(WorkspaceStore& store, QString* error)
{
    return write(store, m_after, m_before, error);
}

bool StatementEdit::write(WorkspaceStore& store, const std::optional<Statement>& from,
                          const std::optional<Statement>& to, QString* error)
{
    const ActorId actor = ActorResolver(store).resolve(m_actorUid, (from ? from : to)->actorId, error);
    if (actor == 0)
        return false;
    qint64 rowId = 0;
    if (from) {
        Statement wanted = *from;
        wanted.actorId = actor;
        QString e;
        const QList<Statement> all = store.evidence().statements(&e);
        if (!e.isEmpty()) {
            if (error)
                *error = e;
            return false;
        }
        const Statement* found = nullptr;
        for (const Statement& s : all) {
            if (sameContent(s, wanted) && (!found || s.id == m_id))
                found = &s;
        }
        if (!found) {
            if (error)
                *error = QCoreApplication::translate("cb::StatementEdit",
                                                     "The priority or offer was changed elsewhere; reload and try again.");
            return false;
        }
        rowId = found->id;
    }
    if (from && to && from->kind == to->kind) {
        Statement row = *to;
        row.id = rowId;
        row.actorId = actor;
        if (!store.evidence().saveStatement(row, error))
            return false;
        m_id = row.id;
        return true;
    }
    if (from && !store.evidence().removeStatement(from->kind, rowId, error))
        return false;
    m_id = 0;
    if (to) {
        Statement row = *to;
        row.id = 0;
        row.actorId = actor;
        if (!store.evidence().saveStatement(row, error))
            return false;
        m_id = row.id;
    }
    return true;
}

} // namespace cb
