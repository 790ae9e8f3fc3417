// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"
#include "domain/Partnership.h"
#include "workspace/WorkspaceEdit.h"

#include <QDate>

#include <optional>

namespace cb {

/** What every decision records besides the pair: who took it, why, and the score the officer saw. */
struct DecisionContext
{
    QString user;
    QString reason;
    QString scoreSnapshot; ///< JSON of the proposal's score parts, or empty when the pair was not scored
};

/**
 * Accepting a proposal: a Partnership at stage "proposed" with its first stage change, and an "accept" line in
 * the decision log. Open declined or deferred rules on the pair are cleared with it. Undo removes the
 * partnership (the log keeps both lines).
 *
 * When the pair already has a partnership that is not closed (a replay of the past can propose a pair that
 * later became one), no second one is made: the acceptance is logged against the existing partnership.
 */
class AcceptPairEdit : public WorkspaceEdit
{
public:
    AcceptPairEdit(ActorId a, ActorId b, const DecisionContext& context, const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    /** The partnership created or found by the last apply(), or 0. */
    PartnershipId partnershipId() const { return m_partnershipId; }
    /** True when the last apply() found an open partnership instead of creating one. */
    bool foundExisting() const { return m_foundExisting; }

private:
    ActorId m_a;
    ActorId m_b;
    DecisionContext m_context;
    QString m_uid; // kept across undo and redo, so later edits of the partnership still find it
    PartnershipId m_partnershipId = 0;
    bool m_foundExisting = false;
    QList<PairRule> m_clearedRules;
};

/**
 * Putting a standing rule on a pair (decline, defer, pin, lock, exclude) or clearing one. The decision log
 * gets a line either way; undo restores the rule as it was.
 */
class PairRuleEdit : public WorkspaceEdit
{
public:
    /** set: true puts rule on the pair, false clears it. */
    PairRuleEdit(ActorId a, ActorId b, const QString& rule, bool set, const DecisionContext& context,
                 const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

    /** The decision-log action for a rule key: "declined" → "decline", and so on. */
    static QString actionFor(const QString& rule);

private:
    ActorId m_a;
    ActorId m_b;
    QString m_rule;
    bool m_set;
    DecisionContext m_context;
    std::optional<PairRule> m_previous;
};

/**
 * Moving a partnership to another stage on a given day; recorded in its history and the decision log. The
 * partnership is named by its uid, which survives an undone and redone acceptance.
 */
class StageChangeEdit : public WorkspaceEdit
{
public:
    StageChangeEdit(const QString& partnershipUid, const QString& stage, const QDate& date, const QString& note,
                    const DecisionContext& context, const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

private:
    QString m_uid;
    QString m_stage;
    QDate m_date;
    QString m_note;
    DecisionContext m_context;
    std::optional<Partnership> m_before;
    qint64 m_changeId = 0;
};

/** Changing a partnership's owner, next action, due date or summary (not its stage). */
class PartnershipDetailsEdit : public WorkspaceEdit
{
public:
    PartnershipDetailsEdit(const Partnership& changed, const DecisionContext& context, const UndoText& text);

    bool apply(WorkspaceStore& store, QString* error) override;
    bool revert(WorkspaceStore& store, QString* error) override;

private:
    Partnership m_after;
    DecisionContext m_context;
    std::optional<Partnership> m_before;
    bool m_appliedOnce = false;
};

/** The stored partnership with this uid, or nothing (error says why). */
std::optional<Partnership> findPartnership(WorkspaceStore& store, const QString& uid, QString* error);

} // namespace cb
