// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionEdits.h"

#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace cb {

namespace {

bool log(WorkspaceStore& store, const QString& action, ActorId a, ActorId b, PartnershipId partnership,
         const DecisionContext& context, const QString& details, QString* error)
{
    DecisionEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.user = context.user;
    entry.action = action;
    entry.actorA = std::min(a, b);
    entry.actorB = std::max(a, b);
    entry.partnershipId = partnership;
    entry.reason = context.reason;
    entry.scoreSnapshot = context.scoreSnapshot;
    entry.details = details;
    return store.pipeline().appendDecision(entry, error);
}

// An undo is itself a decision: the log says what was taken back, and the original line stays.
bool logUndo(WorkspaceStore& store, const QString& undone, ActorId a, ActorId b, PartnershipId partnership,
             const DecisionContext& context, QString* error)
{
    DecisionContext undo = context;
    undo.scoreSnapshot.clear();
    return log(store, QStringLiteral("undo"), a, b, partnership, undo, undone, error);
}

std::optional<PairRule> findRule(WorkspaceStore& store, ActorId a, ActorId b, const QString& rule, QString* error)
{
    QString e;
    const QList<PairRule> rules = store.pipeline().pairRules(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    for (const PairRule& r : rules) {
        if (r.actorA == std::min(a, b) && r.actorB == std::max(a, b) && r.rule == rule)
            return r;
    }
    return std::nullopt;
}

} // namespace

std::optional<Partnership> findPartnership(WorkspaceStore& store, const QString& uid, QString* error)
{
    QString e;
    const QList<Partnership> all = store.pipeline().partnerships(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    for (const Partnership& p : all) {
        if (p.uid == uid)
            return p;
    }
    if (error)
        *error = QCoreApplication::translate("cb::DecisionEdits", "The partnership no longer exists in this workspace.");
    return std::nullopt;
}

AcceptPairEdit::AcceptPairEdit(ActorId a, ActorId b, const DecisionContext& context, const UndoText& text)
    : WorkspaceEdit(text),
      m_a(std::min(a, b)),
      m_b(std::max(a, b)),
      m_context(context),
      m_uid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

bool AcceptPairEdit::apply(WorkspaceStore& store, QString* error)
{
    if (m_a == m_b || m_a <= 0) {
        if (error)
            *error = QCoreApplication::translate("cb::DecisionEdits", "A partnership joins two different actors.");
        return false;
    }
    QString e;
    const QList<Partnership> existing = store.pipeline().partnerships(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    for (const Partnership& p : existing) {
        if (p.actorA == m_a && p.actorB == m_b && p.stage != stage::Closed) {
            if (!log(store, QStringLiteral("accept"), m_a, m_b, p.id, m_context, QStringLiteral("existing"), error))
                return false;
            m_partnershipId = p.id;
            m_foundExisting = true;
            m_clearedRules.clear();
            return true;
        }
    }
    const QDate today = QDate::currentDate();
    Partnership p;
    p.uid = m_uid;
    p.actorA = m_a;
    p.actorB = m_b;
    p.stage = stage::Proposed;
    p.startedOn = today;
    p.lastActivity = today;
    p.owner = m_context.user;
    if (!store.pipeline().savePartnership(p, error))
        return false;
    StageChange change;
    change.partnershipId = p.id;
    change.stage = stage::Proposed;
    change.date = today;
    change.changedBy = m_context.user;
    change.recordedAt = QDateTime::currentDateTimeUtc();
    change.note = m_context.reason;
    if (!store.pipeline().addStageChange(change, error))
        return false;
    m_clearedRules.clear();
    for (const QString& rule : {pairrule::Declined, pairrule::Deferred}) {
        QString ruleError;
        const std::optional<PairRule> open = findRule(store, m_a, m_b, rule, &ruleError);
        if (!ruleError.isEmpty()) {
            if (error)
                *error = ruleError;
            return false;
        }
        if (open) {
            if (!store.pipeline().clearPairRule(m_a, m_b, rule, error))
                return false;
            m_clearedRules.append(*open);
        }
    }
    if (!log(store, QStringLiteral("accept"), m_a, m_b, p.id, m_context, QString(), error))
        return false;
    m_partnershipId = p.id;
    m_foundExisting = false;
    return true;
}

bool AcceptPairEdit::revert(WorkspaceStore& store, QString* error)
{
    if (!m_foundExisting && !store.pipeline().removePartnership(m_partnershipId, error))
        return false;
    for (const PairRule& rule : m_clearedRules) {
        if (!store.pipeline().setPairRule(rule, error))
            return false;
    }
    return logUndo(store, QStringLiteral("accept"), m_a, m_b, m_partnershipId, m_context, error);
}

PairRuleEdit::PairRuleEdit(ActorId a, ActorId b, const QString& rule, bool set, const DecisionContext& context,
                           const UndoText& text)
    : WorkspaceEdit(text), m_a(std::min(a, b)), m_b(std::max(a, b)), m_rule(rule), m_set(set), m_context(context)
{
}

QString PairRuleEdit::actionFor(const QString& rule)
{
    if (rule == pairrule::Declined)
        return QStringLiteral("decline");
    if (rule == pairrule::Deferred)
        return QStringLiteral("defer");
    if (rule == pairrule::Pinned)
        return QStringLiteral("pin");
    if (rule == pairrule::Locked)
        return QStringLiteral("lock");
    if (rule == pairrule::Excluded)
        return QStringLiteral("exclude");
    return rule;
}

bool PairRuleEdit::apply(WorkspaceStore& store, QString* error)
{
    if (m_a == m_b || m_a <= 0) {
        if (error)
            *error = QCoreApplication::translate("cb::DecisionEdits", "A rule applies to two different actors.");
        return false;
    }
    if (m_set && m_rule == pairrule::Declined && m_context.reason.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cb::DecisionEdits", "Say why the pair is declined.");
        return false;
    }
    QString e;
    m_previous = findRule(store, m_a, m_b, m_rule, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    if (m_set) {
        PairRule rule;
        rule.actorA = m_a;
        rule.actorB = m_b;
        rule.rule = m_rule;
        rule.reason = m_context.reason;
        rule.createdBy = m_context.user;
        rule.createdAt = QDateTime::currentDateTimeUtc();
        if (!store.pipeline().setPairRule(rule, error))
            return false;
        return log(store, actionFor(m_rule), m_a, m_b, 0, m_context, QString(), error);
    }
    if (!m_previous) {
        if (error)
            *error = QCoreApplication::translate("cb::DecisionEdits", "The pair has no such rule to clear.");
        return false;
    }
    if (!store.pipeline().clearPairRule(m_a, m_b, m_rule, error))
        return false;
    return log(store, QStringLiteral("clear"), m_a, m_b, 0, m_context, m_rule, error);
}

bool PairRuleEdit::revert(WorkspaceStore& store, QString* error)
{
    if (m_previous) {
        if (!store.pipeline().setPairRule(*m_previous, error))
            return false;
    } else if (!store.pipeline().clearPairRule(m_a, m_b, m_rule, error)) {
        return false;
    }
    return logUndo(store, m_set ? actionFor(m_rule) : QStringLiteral("clear"), m_a, m_b, 0, m_context, error);
}

StageChangeEdit::StageChangeEdit(const QString& partnershipUid, const QString& stage, const QDate& date,
                                 const QString& note, const DecisionContext& context, const UndoText& text)
    : WorkspaceEdit(text), m_uid(partnershipUid), m_stage(stage), m_date(date), m_note(note), m_context(context)
{
}

bool StageChangeEdit::apply(WorkspaceStore& store, QString* error)
{
    if (!stage::isValid(m_stage)) {
        if (error)
            *error = QCoreApplication::translate("cb::DecisionEdits", "Unknown partnership stage: %1").arg(m_stage);
        return false;
    }
    if (!m_date.isValid() || m_date > QDate::currentDate()) {
        if (error)
            *error = QCoreApplication::translate("cb::DecisionEdits", "The date of a stage change must be a valid day, not in the future.");
        return false;
    }
    m_before = findPartnership(store, m_uid, error);
    if (!m_before)
        return false;
    if (m_before->stage == m_stage) {
        if (error)
            *error = QCoreApplication::translate("cb::DecisionEdits", "The partnership is already at this stage.");
        return false;
    }
    Partnership after = *m_before;
    after.stage = m_stage;
    after.lastActivity = std::max(m_before->lastActivity, m_date);
    if (!store.pipeline().savePartnership(after, error))
        return false;
    StageChange change;
    change.partnershipId = m_before->id;
    change.stage = m_stage;
    change.date = m_date;
    change.changedBy = m_context.user;
    change.recordedAt = QDateTime::currentDateTimeUtc();
    change.note = m_note;
    if (!store.pipeline().addStageChange(change, error))
        return false;
    if (!log(store, QStringLiteral("stage"), m_before->actorA, m_before->actorB, m_before->id, m_context,
             m_before->stage + QStringLiteral(" → ") + m_stage, error))
        return false;
    m_changeId = change.id;
    return true;
}

bool StageChangeEdit::revert(WorkspaceStore& store, QString* error)
{
    std::optional<Partnership> now = findPartnership(store, m_uid, error);
    if (!now || !m_before)
        return false;
    Partnership restored = *m_before;
    restored.id = now->id;
    restored.version = now->version;
    if (!store.pipeline().savePartnership(restored, error))
        return false;
    if (!store.pipeline().removeStageChange(m_changeId, error))
        return false;
    return logUndo(store, QStringLiteral("stage"), now->actorA, now->actorB, now->id, m_context, error);
}

PartnershipDetailsEdit::PartnershipDetailsEdit(const Partnership& changed, const DecisionContext& context,
                                               const UndoText& text)
    : WorkspaceEdit(text), m_after(changed), m_context(context)
{
}

bool PartnershipDetailsEdit::apply(WorkspaceStore& store, QString* error)
{
    m_before = findPartnership(store, m_after.uid, error);
    if (!m_before)
        return false;
    // Only the details change here: the stage moves through StageChangeEdit, which keeps the history.
    Partnership after = *m_before;
    // The first write carries the version the officer loaded: when someone else saved the partnership since, the
    // store refuses it with both values instead of writing these details over theirs. Redo writes over this edit's
    // own versions.
    if (!m_appliedOnce)
        after.version = m_after.version;
    after.owner = m_after.owner.trimmed();
    after.nextAction = m_after.nextAction.trimmed();
    after.nextActionDue = m_after.nextActionDue;
    after.summary = m_after.summary.trimmed();
    if (!store.pipeline().savePartnership(after, error))
        return false;
    if (!log(store, QStringLiteral("edit"), after.actorA, after.actorB, after.id, m_context, QString(), error))
        return false;
    m_appliedOnce = true;
    return true;
}

bool PartnershipDetailsEdit::revert(WorkspaceStore& store, QString* error)
{
    std::optional<Partnership> now = findPartnership(store, m_after.uid, error);
    if (!now || !m_before)
        return false;
    Partnership restored = *m_before;
    restored.id = now->id;
    restored.version = now->version;
    if (!store.pipeline().savePartnership(restored, error))
        return false;
    return logUndo(store, QStringLiteral("edit"), restored.actorA, restored.actorB, restored.id, m_context, error);
}

} // namespace cb
