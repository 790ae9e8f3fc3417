// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Statement.h"
#include "workspace/WorkspaceEdit.h"

#include <memory>
#include <optional>

namespace cb {

struct WorkspaceData;

/**
 * Adding, changing or removing an actor's priority or offer. Statements have no uid, so the edit finds its row
 * by content (the row id it last wrote is tried first); the actor is named by uid. Changing the kind moves the
 * statement between the priority and offer lists.
 */
class StatementEdit : public WorkspaceEdit
{
public:
    static std::unique_ptr<StatementEdit> add(const Statement& statement, const WorkspaceData& data,
                                              const UndoText& text);
    static std::unique_ptr<StatementEdit> update(const Statement& before, const Statement& after,
                                                 const WorkspaceData& data, const UndoText& text);
    static std::unique_ptr<StatementEdit> remove(const Statement& statement, const WorkspaceData& data,
                                                 const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    /** The row the last apply() or revert() wrote, or 0. */
    qint64 statementId() const { return m_id; }

private:
    StatementEdit(const std::optional<Statement>& before, const std::optional<Statement>& after,
                  const WorkspaceData& data, const UndoText& text);
    bool write(WorkspaceStore& store, const std::optional<Statement>& from, const std::optional<Statement>& to,
               QString* error);

    std::optional<Statement> m_before;
    std::optional<Statement> m_after;
    QString m_actorUid;
    qint64 m_id = 0;
};

} // namespace cb
