// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceStore.h"

#include <QMap>
#include <QString>

namespace cb {

/** What copyWorkspace() wrote: rows per table, equal on both sides once verified. */
struct WorkspaceCopyReport
{
    QMap<QString, qint64> rows;
    qint64 total() const;
};

/**
 * Copies a whole workspace into an empty one, between any two backends (SQLite file or PostgreSQL database): every
 * row of every table with its id, uid and history (decision log with the names as written, stage history, notes,
 * pair rules, settings, the workspace's own uid). Everything is written in one transaction on the target; a target
 * that already holds anything is refused, and afterwards the rows of every table are counted on both sides: any
 * difference rolls the whole copy back. Both must be at the same schema version (opening migrates to the latest).
 * On PostgreSQL the history keeps its officers' names only when the target's tables belong to the role copying.
 */
bool copyWorkspace(WorkspaceStore& source, WorkspaceStore& target, WorkspaceCopyReport* report, QString* error);

} // namespace cb
