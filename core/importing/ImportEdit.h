// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"
#include "workspace/WorkspaceEdit.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cb {

/**
 * Writes an ImportPlan as one undoable edit: the survey Source, the new actors, the priorities, offers and
 * interests. It runs inside one store transaction (WorkspaceDocument::perform() or runImport()), so a failure
 * at any row leaves the workspace exactly as it was; undo removes exactly what it added. What the workspace
 * already holds when it runs is not added twice.
 */
class ImportEdit : public WorkspaceEdit
{
    Q_DECLARE_TR_FUNCTIONS(cb::ImportEdit)

public:
    explicit ImportEdit(const ImportPlan& plan, const UndoText& text = UndoText());

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    /** Test hook: apply() fails when it reaches anything planned from this 1-based row (0 = never). */
    void setFailAtRow(int row) { m_failAtRow = row; }

    const ImportPlan& plan() const { return m_plan; }
    /** What the last apply() wrote: actors, statements and interests. */
    int addedActors() const { return static_cast<int>(m_actorUids.size()); }
    int addedStatements() const { return static_cast<int>(m_statements.size()); }
    int addedInterests() const { return static_cast<int>(m_interestIds.size()); }

private:
    bool failHere(int row, QString* error) const;

    ImportPlan m_plan;
    int m_failAtRow = 0;
    bool m_sourceCreated = false;
    QStringList m_actorUids;
    QList<QPair<StatementKind, qint64>> m_statements;
    QList<qint64> m_interestIds;
};

/** Runs edit.apply() in one transaction of store. Returns false with error when nothing was written. */
bool runImport(WorkspaceStore& store, ImportEdit& edit, QString* error);

} // namespace cb
