// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions on pairs as undoable edits: accept, rules, stage moves and detail changes write what they say, record
// every step in the append-only decision log, and take back exactly what they wrote.
#include "pipeline/DecisionEdits.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

class TestDecisionEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void acceptCreatesAProposedPartnershipAndUndoRemovesIt();
    void redoAfterUndoKeepsLaterEditsWorking();
    void acceptingAnOpenPartnershipLogsAgainstIt();
    void declineNeedsAReasonAndUndoRestoresThePreviousRule();
    void clearingARuleIsLoggedAndUndone();
    void stageMoveRecordsHistoryAndUndoRestoresIt();
    void futureOrUnknownStageIsRefused();
    void detailsEditChangesOnlyTheDetails();

private:
    bool run(WorkspaceEdit& edit, bool forward, QString* error = nullptr);
    QList<DecisionEntry> log();
    Partnership onlyPartnershipOf(ActorId a, ActorId b);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    ActorId m_mexico = 0;
    ActorId m_zacatecas = 0;
    DecisionContext m_context;
};

void TestDecisionEdits::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("w%1.citybridge").arg(QDateTime::currentMSecsSinceEpoch()));
    m_store = SqliteWorkspaceStore::create(path, &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    const QList<ActorId> mexico = m_store->actors().findByName(QStringLiteral("Mexico City"));
    const QList<ActorId> luoyang = m_store->actors().findByName(QStringLiteral("Zacatecas"));
    QCOMPARE(mexico.size(), 1);
    QCOMPARE(luoyang.size(), 1);
    m_mexico = mexico.constFirst();
    m_zacatecas = luoyang.constFirst();
    m_context = {QStringLiteral("Ana"), QStringLiteral("Shared heritage tourism"), QStringLiteral("{\"score\":0.5}")};
}

void TestDecisionEdits::cleanup()
{
    m_store.reset();
}

bool TestDecisionEdits::run(WorkspaceEdit& edit, bool forward, QString* error)
{
    QString e;
    const bool ok = m_store->inTransaction(
        [&](QString* err) { return forward ? edit.apply(*m_store, err) : edit.revert(*m_store, err); }, &e);
    if (error)
        *error = e;
    return ok;
}

QList<DecisionEntry> TestDecisionEdits::log()
{
    QString error;
    const QList<DecisionEntry> all = m_store->pipeline().allDecisions(&error);
    [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
    return all;
}

Partnership TestDecisionEdits::onlyPartnershipOf(ActorId a, ActorId b)
{
    QString error;
    QList<Partnership> found;
    for (const Partnership& p : m_store->pipeline().partnerships(&error)) {
        if (p.actorA == std::min(a, b) && p.actorB == std::max(a, b))
            found.append(p);
    }
    return found.size() == 1 ? found.constFirst() : Partnership();
}

void TestDecisionEdits::acceptCreatesAProposedPartnershipAndUndoRemovesIt()
{
    QVERIFY(onlyPartnershipOf(m_mexico, m_zacatecas).id == 0);
    const int logBefore = log().size();
    AcceptPairEdit accept(m_zacatecas, m_mexico, m_context, QStringLiteral("Accept"));
    QString error;
    QVERIFY2(run(accept, true, &error), qPrintable(error));
    const Partnership p = onlyPartnershipOf(m_mexico, m_zacatecas);
    QVERIFY(p.id != 0);
    QCOMPARE(p.id, accept.partnershipId());
    QCOMPARE(p.stage, stage::Proposed);
    QCOMPARE(p.owner, QStringLiteral("Ana"));
    QCOMPARE(p.history.size(), 1);
    QCOMPARE(p.history.constFirst().stage, stage::Proposed);
    QList<DecisionEntry> entries = log();
    QCOMPARE(entries.size(), logBefore + 1);
    QCOMPARE(entries.constLast().action, QStringLiteral("accept"));
    QCOMPARE(entries.constLast().user, QStringLiteral("Ana"));
    QCOMPARE(entries.constLast().reason, m_context.reason);
    QCOMPARE(entries.constLast().scoreSnapshot, m_context.scoreSnapshot);
    QCOMPARE(entries.constLast().partnershipId, p.id);

    QVERIFY2(run(accept, false, &error), qPrintable(error));
    QCOMPARE(onlyPartnershipOf(m_mexico, m_zacatecas).id, PartnershipId(0));
    entries = log();
    QCOMPARE(entries.size(), logBefore + 2);
    QCOMPARE(entries.constLast().action, QStringLiteral("undo"));
    QCOMPARE(entries.constLast().details, QStringLiteral("accept"));
}

void TestDecisionEdits::redoAfterUndoKeepsLaterEditsWorking()
{
    AcceptPairEdit accept(m_mexico, m_zacatecas, m_context, QStringLiteral("Accept"));
    QVERIFY(run(accept, true));
    const QString uid = onlyPartnershipOf(m_mexico, m_zacatecas).uid;
    StageChangeEdit contacted(uid, stage::Contacted, QDate::currentDate(), QString(), m_context, QStringLiteral("Move"));
    QString error;
    QVERIFY2(run(contacted, true, &error), qPrintable(error));
    // Undo both, redo both: the redone acceptance makes a new row with the same uid, so the stage move finds it.
    QVERIFY2(run(contacted, false, &error), qPrintable(error));
    QVERIFY2(run(accept, false, &error), qPrintable(error));
    QVERIFY2(run(accept, true, &error), qPrintable(error));
    QVERIFY2(run(contacted, true, &error), qPrintable(error));
    const Partnership p = onlyPartnershipOf(m_mexico, m_zacatecas);
    QCOMPARE(p.uid, uid);
    QCOMPARE(p.stage, stage::Contacted);
    QCOMPARE(p.history.size(), 2);
}

void TestDecisionEdits::acceptingAnOpenPartnershipLogsAgainstIt()
{
    AcceptPairEdit first(m_mexico, m_zacatecas, m_context, QStringLiteral("Accept"));
    QVERIFY(run(first, true));
    QVERIFY(!first.foundExisting());
    const Partnership created = onlyPartnershipOf(m_mexico, m_zacatecas);
    const int logBefore = log().size();
    AcceptPairEdit second(m_mexico, m_zacatecas, m_context, QStringLiteral("Accept"));
    QString error;
    QVERIFY2(run(second, true, &error), qPrintable(error));
    QVERIFY(second.foundExisting());
    QCOMPARE(second.partnershipId(), created.id);
    QCOMPARE(onlyPartnershipOf(m_mexico, m_zacatecas).id, created.id); // still exactly one
    QCOMPARE(log().size(), logBefore + 1);
    QCOMPARE(log().constLast().partnershipId, created.id);
    QVERIFY2(run(second, false, &error), qPrintable(error));
    QCOMPARE(onlyPartnershipOf(m_mexico, m_zacatecas).id, created.id); // undoing it leaves the partnership
}

void TestDecisionEdits::declineNeedsAReasonAndUndoRestoresThePreviousRule()
{
    DecisionContext noReason = m_context;
    noReason.reason = QStringLiteral("  ");
    PairRuleEdit refused(m_mexico, m_zacatecas, pairrule::Declined, true, noReason, QStringLiteral("Decline"));
    QString error;
    QVERIFY(!run(refused, true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_store->pipeline().pairRules(&error).isEmpty());

    PairRuleEdit first(m_mexico, m_zacatecas, pairrule::Declined, true, m_context, QStringLiteral("Decline"));
    QVERIFY(run(first, true));
    DecisionContext second = m_context;
    second.reason = QStringLiteral("No budget this year");
    PairRuleEdit again(m_zacatecas, m_mexico, pairrule::Declined, true, second, QStringLiteral("Decline"));
    QVERIFY(run(again, true));
    QList<PairRule> rules = m_store->pipeline().pairRules(&error);
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.constFirst().reason, QStringLiteral("No budget this year"));
    QCOMPARE(log().constLast().action, QStringLiteral("decline"));
    QVERIFY(run(again, false));
    rules = m_store->pipeline().pairRules(&error);
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.constFirst().reason, m_context.reason);
    QVERIFY(run(first, false));
    QVERIFY(m_store->pipeline().pairRules(&error).isEmpty());
}

void TestDecisionEdits::clearingARuleIsLoggedAndUndone()
{
    PairRuleEdit lock(m_mexico, m_zacatecas, pairrule::Locked, true, m_context, QStringLiteral("Lock"));
    QVERIFY(run(lock, true));
    QString error;
    PairRuleEdit missing(m_mexico, m_zacatecas, pairrule::Excluded, false, m_context, QStringLiteral("Clear"));
    QVERIFY(!run(missing, true, &error));
    PairRuleEdit clear(m_mexico, m_zacatecas, pairrule::Locked, false, m_context, QStringLiteral("Clear"));
    QVERIFY2(run(clear, true, &error), qPrintable(error));
    QVERIFY(m_store->pipeline().pairRules(&error).isEmpty());
    QCOMPARE(log().constLast().action, QStringLiteral("clear"));
    QCOMPARE(log().constLast().details, pairrule::Locked);
    QVERIFY(run(clear, false));
    QCOMPARE(m_store->pipeline().pairRules(&error).size(), 1);
}

void TestDecisionEdits::stageMoveRecordsHistoryAndUndoRestoresIt()
{
    AcceptPairEdit accept(m_mexico, m_zacatecas, m_context, QStringLiteral("Accept"));
    QVERIFY(run(accept, true));
    const Partnership before = onlyPartnershipOf(m_mexico, m_zacatecas);
    const QDate day = QDate::currentDate().addDays(-3);
    StageChangeEdit move(before.uid, stage::Contacted, day, QStringLiteral("First call"), m_context,
                         QStringLiteral("Move"));
    QString error;
    QVERIFY2(run(move, true, &error), qPrintable(error));
    Partnership after = onlyPartnershipOf(m_mexico, m_zacatecas);
    QCOMPARE(after.stage, stage::Contacted);
    QCOMPARE(after.history.size(), 2);
    // History is in date order; the move happened three days before the acceptance was recorded.
    const StageChange& recorded = after.history.constFirst();
    QCOMPARE(recorded.stage, stage::Contacted);
    QCOMPARE(recorded.date, day);
    QCOMPARE(recorded.changedBy, QStringLiteral("Ana"));
    QCOMPARE(recorded.note, QStringLiteral("First call"));
    QCOMPARE(log().constLast().action, QStringLiteral("stage"));
    QVERIFY2(run(move, false, &error), qPrintable(error));
    after = onlyPartnershipOf(m_mexico, m_zacatecas);
    QCOMPARE(after.stage, stage::Proposed);
    QCOMPARE(after.history.size(), 1);
    QCOMPARE(after.lastActivity, before.lastActivity);
}

void TestDecisionEdits::futureOrUnknownStageIsRefused()
{
    AcceptPairEdit accept(m_mexico, m_zacatecas, m_context, QStringLiteral("Accept"));
    QVERIFY(run(accept, true));
    const QString uid = onlyPartnershipOf(m_mexico, m_zacatecas).uid;
    const int logBefore = log().size();
    QString error;
    StageChangeEdit future(uid, stage::Contacted, QDate::currentDate().addDays(2), {}, m_context, QStringLiteral("M"));
    QVERIFY(!run(future, true, &error));
    QVERIFY(!error.isEmpty());
    StageChangeEdit unknown(uid, QStringLiteral("married"), QDate::currentDate(), {}, m_context, QStringLiteral("M"));
    QVERIFY(!run(unknown, true, &error));
    StageChangeEdit same(uid, stage::Proposed, QDate::currentDate(), {}, m_context, QStringLiteral("M"));
    QVERIFY(!run(same, true, &error));
    StageChangeEdit gone(QStringLiteral("no-such-uid"), stage::Contacted, QDate::currentDate(), {}, m_context,
                         QStringLiteral("M"));
    QVERIFY(!run(gone, true, &error));
    QCOMPARE(log().size(), logBefore);
    QCOMPARE(onlyPartnershipOf(m_mexico, m_zacatecas).stage, stage::Proposed);
}

void TestDecisionEdits::detailsEditChangesOnlyTheDetails()
{
    AcceptPairEdit accept(m_mexico, m_zacatecas, m_context, QStringLiteral("Accept"));
    QVERIFY(run(accept, true));
    Partnership changed = onlyPartnershipOf(m_mexico, m_zacatecas);
    changed.owner = QStringLiteral("  Li Wei ");
    changed.nextAction = QStringLiteral("Send the tourism brief");
    changed.nextActionDue = QDate(2027, 1, 15);
    changed.stage = stage::Active; // ignored: stages move through StageChangeEdit
    PartnershipDetailsEdit edit(changed, m_context, QStringLiteral("Edit"));
    QString error;
    QVERIFY2(run(edit, true, &error), qPrintable(error));
    Partnership stored = onlyPartnershipOf(m_mexico, m_zacatecas);
    QCOMPARE(stored.owner, QStringLiteral("Li Wei"));
    QCOMPARE(stored.nextAction, QStringLiteral("Send the tourism brief"));
    QCOMPARE(stored.nextActionDue, QDate(2027, 1, 15));
    QCOMPARE(stored.stage, stage::Proposed);
    QVERIFY2(run(edit, false, &error), qPrintable(error));
    stored = onlyPartnershipOf(m_mexico, m_zacatecas);
    QCOMPARE(stored.owner, QStringLiteral("Ana"));
    QVERIFY(stored.nextAction.isEmpty());
}

QTEST_GUILESS_MAIN(TestDecisionEdits)
#include "tst_decisionedits.moc"
