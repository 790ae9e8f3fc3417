// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackageInfo.h"
#include "domain/Decision.h"
#include "workspace/WorkspaceData.h"

#include <QList>
#include <QSet>
#include <QString>

namespace cb {

/** Kinds of entity a merge reports on; the keys are stable (JSON, tests), labels are translated by the UI. */
namespace mergekind {
inline const QString Actor = QStringLiteral("actor");
inline const QString Source = QStringLiteral("source");
inline const QString Theme = QStringLiteral("theme");
inline const QString Event = QStringLiteral("event");
inline const QString Group = QStringLiteral("group");
inline const QString Partnership = QStringLiteral("partnership");
} // namespace mergekind

/** A note together with the uid of the actor or partnership it is about, comparable across workspaces. */
struct SubjectNote
{
    Note note;
    QString subjectUid;
};

/** An entity of the colleague's package, as the merge sees it: new to this workspace, or one it already holds. */
struct MergeEntity
{
    QString kind;        ///< a mergekind key
    QString uid;         ///< the uid in the package
    QString mineUid;     ///< the uid of the same entity here (empty when new)
    QString label;       ///< a readable name
    bool byName = false; ///< recognised by a name or alias rather than by uid
};

/** One field edited differently on the two sides. The officer keeps one value: mine (default) or theirs. */
struct MergeConflict
{
    QString kind;   ///< a mergekind key
    QString uid;    ///< the entity's uid in this workspace
    QString label;  ///< the entity's readable name
    QString field;  ///< a stable field key, e.g. "population" or "name.zh"
    QString mine;   ///< this workspace's value, as text
    QString theirs; ///< the package's value, as text
    bool takeTheirs = false;

    /** Identifies the conflict across a re-planning: kind, uid and field. */
    QString key() const { return kind + QLatin1Char('|') + uid + QLatin1Char('|') + field; }
};

/**
 * What merging a package would do, worked out before anything is written: the entities it adds, the ones it
 * recognises, the conflicting fields (each with both values and the officer's choice) and how many statements,
 * interests, stage changes, decision-log lines and other rows it appends. It also holds the package's data, so
 * MergeEdit can apply it after the package file is closed.
 */
struct MergePlan
{
    QString packagePath;
    PackageInfo info;
    WorkspaceData theirs;
    QList<DecisionEntry> theirDecisions;
    QList<SubjectNote> theirNotes;

    QList<MergeEntity> added;
    QList<MergeEntity> same;
    QList<MergeConflict> conflicts;
    /**
     * Values only the package has, taken without asking: a field empty here, or the stage of a partnership the
     * package moved on from (its history holds all of this workspace's stage changes, and more).
     */
    QList<MergeConflict> updates;
    int newAliases = 0;
    int newStatements = 0;
    int newInterests = 0;
    int newMemberships = 0;
    int newParticipations = 0;
    int newStageChanges = 0;
    int newPairRules = 0;
    int newDecisions = 0;
    int newNotes = 0;

    /** Sets every conflict to one side: theirs true takes the package's values, false keeps this workspace's. */
    void preferAll(bool theirs);
    /** The keys of the updates and of the conflicts resolved in favour of the package. */
    QSet<QString> theirsChoices() const;
    /** True when merging would change nothing. */
    bool isEmpty() const;
    /** How many entities of a kind the merge adds. */
    int addedCount(const QString& kind) const;
};

} // namespace cb
