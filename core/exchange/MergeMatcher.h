// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MergePlan.h"
#include "domain/Decision.h"
#include "workspace/WorkspaceData.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace cb {

/**
 * Pairs the entities of two workspaces (mine: the open one; theirs: a colleague's package) and gives every row an
 * identity that reads the same on both sides, built from stable uids and keys instead of row ids. The planner and
 * the edit both use it, so the plan shows exactly what the edit writes.
 *
 * Actors are the same when their uids are equal or, failing that, when exactly one actor here of the same kind
 * (and country, when both have one) shares a name or alias search key with the package's actor.
 */
class MergeMatcher
{
public:
    MergeMatcher(const WorkspaceData& mine, const WorkspaceData& theirs);

    /** The uid here of the package's actor, or empty when it is new. */
    QString mineActorUid(const QString& theirUid) const { return m_actorUid.value(theirUid); }
    bool matchedByName(const QString& theirUid) const { return m_byName.contains(theirUid); }
    /** The uid here of the package's partnership (by uid, else by its pair), or empty when it is new. */
    QString minePartnershipUid(const QString& theirUid) const { return m_partnershipUid.value(theirUid); }

    /** An actor's identity on either side: its uid here (the package's actors are translated). */
    QString actorKey(bool theirSide, ActorId id) const;
    QString statementKey(bool theirSide, const Statement& s) const;
    QString interestKey(bool theirSide, const Interest& i) const;
    QString membershipKey(bool theirSide, const Membership& m) const;
    QString participationKey(bool theirSide, const Participation& p) const;
    static QString stageChangeKey(const StageChange& c);
    QString pairRuleKey(bool theirSide, const PairRule& r) const;
    QString decisionKey(bool theirSide, const DecisionEntry& d) const;
    QString noteKey(bool theirSide, const SubjectNote& n) const;
    static QString aliasKey(const Alias& alias);

private:
    const WorkspaceData& side(bool theirSide) const { return theirSide ? m_theirs : m_mine; }
    QString sourceKey(bool theirSide, SourceId id) const;
    QString themeKey(bool theirSide, ThemeId id) const;
    QString groupKey(bool theirSide, GroupId id) const;

    const WorkspaceData& m_mine;
    const WorkspaceData& m_theirs;
    QHash<QString, QString> m_actorUid;
    QHash<QString, bool> m_byName;
    QHash<QString, QString> m_partnershipUid;
};

/** A field of an entity that a merge compares: a stable key, its value as text, and how to copy it over. */
template <typename T> struct MergeField
{
    QString key;
    std::function<QString(const T&)> value;
    std::function<void(T& target, const T& from)> copy;
};

/** The fields of an actor a merge compares (names, texts per language, country, city and institution facts). */
const std::vector<MergeField<Actor>>& actorMergeFields();
/** The fields of a partnership a merge compares (stage, owner, next action, dates, summary). */
const std::vector<MergeField<Partnership>>& partnershipMergeFields();
/** The fields of an event a merge compares (kind, titles, dates, note). */
const std::vector<MergeField<Event>>& eventMergeFields();

} // namespace cb
