// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergePlan.h"

#include <QCoreApplication>

#include <optional>

namespace cb {

class WorkspaceStore;

/**
 * Works out what merging a colleague's package into the open workspace would do, without writing anything:
 * the package is opened read-only (damaged or foreign files are refused with a clear message) and compared with
 * the workspace through MergeMatcher. Apply the result with MergeEdit.
 */
class WorkspaceMerge
{
    Q_DECLARE_TR_FUNCTIONS(cb::WorkspaceMerge)

public:
    /** Plans the merge of the package file into mine. Returns nothing (with error) when the package is refused. */
    static std::optional<MergePlan> plan(WorkspaceStore& mine, const QString& packagePath, QString* error);

    /** Plans the merge of an already loaded package (theirs and its decision log) into the workspace data mine. */
    static MergePlan plan(const WorkspaceData& mine, const QList<DecisionEntry>& mineDecisions,
                          const QList<SubjectNote>& mineNotes, const WorkspaceData& theirs,
                          const QList<DecisionEntry>& theirDecisions, const QList<SubjectNote>& theirNotes);

    /** Every note on the actors and partnerships of data, with the uid of its subject. */
    static QList<SubjectNote> notesOf(WorkspaceStore& store, const WorkspaceData& data, QString* error);

    /** A readable name for a field key of MergeConflict::field, in the interface language. */
    static QString fieldLabel(const QString& field);
    /** A readable name for a mergekind key, in the interface language. */
    static QString kindLabel(const QString& kind);
};

} // namespace cb
