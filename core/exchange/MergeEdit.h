// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergePlan.h"
#include "workspace/WorkspaceEdit.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace cb {

/**
 * Merges a colleague's package into the workspace as one undoable edit, following a MergePlan: entities only in
 * the package are added (with their statements, interests, participations, memberships, stage history and pair
 * rules), entities on both sides keep this workspace's values except where the plan's conflicts say "theirs",
 * aliases are united, and the package's decision-log lines that are not here yet are appended. Nothing only here
 * is removed. It runs inside one store transaction, so a failure leaves the workspace as it was.
 *
 * Undo removes what was added and restores every changed row with its version. The decision log is append-only
 * (the schema refuses deletes), so undo leaves the appended lines and records an "undo" line, as every other
 * edit does; applying again does not append them twice.
 */
class MergeEdit : public WorkspaceEdit
{
    Q_DECLARE_TR_FUNCTIONS(cb::MergeEdit)

public:
    /** user is written to the decision log as the officer who merged. */
    MergeEdit(const MergePlan& plan, const QString& user, const UndoText& text = UndoText());

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    const MergePlan& plan() const { return m_plan; }
    /** What the last apply() wrote. */
    int addedActors() const { return static_cast<int>(m_done.actorUids.size()); }
    int changedActors() const { return static_cast<int>(m_done.actorsBefore.size()); }
    int addedPartnerships() const { return static_cast<int>(m_done.partnershipUids.size()); }
    int appendedDecisions() const { return m_done.decisions; }

private:
    struct Stamp
    {
        QString uid;
        int version = 0;
        QString updatedAt;
    };

    bool stampActor(WorkspaceStore& store, const QString& uid, QString* error);
    bool restoreStamps(WorkspaceStore& store, QString* error);

    MergePlan m_plan;
    QSet<QString> m_takeTheirs;
    QString m_user;

    // What the last apply() wrote, for revert() to take back.
    struct Record
    {
        QStringList countries;
        QStringList sources;
        QStringList themes;
        QStringList actorUids;
        QList<Actor> actorsBefore;
        QList<Stamp> actorStamps;
        QStringList eventUids;
        QList<Event> eventsBefore;
        QStringList groupUids;
        QList<qint64> membershipIds;
        QList<QPair<StatementKind, qint64>> statements;
        QList<qint64> interestIds;
        QStringList partnershipUids;
        QList<Partnership> partnershipsBefore;
        QList<qint64> stageChangeIds;
        QList<PairRule> pairRules;
        QList<qint64> noteIds;
        int decisions = 0;
    };
    Record m_done;
};

/** Runs edit.apply() in one transaction of store (the command line; the GUI uses WorkspaceDocument::perform()). */
bool runMerge(WorkspaceStore& store, MergeEdit& edit, QString* error);

} // namespace cb
