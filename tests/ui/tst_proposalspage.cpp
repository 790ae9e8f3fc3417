// SPDX-License-Identifier: GPL-3.0-or-later
// The proposals page driven through its widgets on the bundled sample: matching runs off the UI thread, a weight
// change re-ranks, the replay finds Mexico City–Luoyang with its evidence, and decisions are written, logged and
// undone.
#include "proposals/MatchSettingsPanel.h"
#include "proposals/ProposalsModel.h"
#include "proposals/ProposalsPage.h"
#include "proposals/WhyPanel.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/SyntheticWorkspace.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestProposalsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void runsOnOpenAndModelsAreSound();
    void weightChangeReranks();
    void replayFindsMexicoCityLuoyangWithItsEvidence();
    void acceptCreatesAProposedPartnershipAndUndoRemovesIt();
    void declineNeedsAReasonAndKeepsThePairOut();
    void fitsBesideTheActorList();
    void largeWorkspaceRunsInTheBackgroundAndCancels();
    void briefButtonAsksForTheSelectedPair();

private:
    bool waitForRun();
    QStringList rankingNames() const;
    ActorId idOf(const QString& name) const;
    bool selectInProposals(int row);

    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<ProposalsPage> m_page;
};

void TestProposalsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.citybridge"));
    QString error;
    auto store = SqliteWorkspaceStore::create(m_sample, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
}

void TestProposalsPage::init()
{
    static int round = 0;
    const QString path = m_dir.filePath(QStringLiteral("w%1.citybridge").arg(++round));
    QVERIFY(QFile::copy(m_sample, path));
    m_document = std::make_unique<WorkspaceDocument>();
    m_page = std::make_unique<ProposalsPage>(m_document.get());
    m_page->resize(1200, 700);
    m_page->show();
    QString error;
    QVERIFY2(m_document->open(path, &error), qPrintable(error));
    QVERIFY(waitForRun());
}

void TestProposalsPage::cleanup()
{
    m_page.reset();
    m_document.reset();
}

bool TestProposalsPage::waitForRun()
{
    QSignalSpy finished(m_page.get(), &ProposalsPage::matchingFinished);
    // The settings panel gathers edits for a moment before it starts a run.
    return finished.wait(15000);
}

QStringList TestProposalsPage::rankingNames() const
{
    QStringList names;
    const QAbstractItemModel* model = m_page->rankingView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ProposalsModel::PairColumn).data().toString());
    return names;
}

ActorId TestProposalsPage::idOf(const QString& name) const
{
    for (const Actor& actor : m_document->data().actors) {
        if (actor.name(QStringLiteral("en")) == name)
            return actor.id;
    }
    return 0;
}

bool TestProposalsPage::selectInProposals(int row)
{
    QTableView* view = m_page->proposalsView();
    if (row >= view->model()->rowCount())
        return false;
    view->setCurrentIndex(view->model()->index(row, 0));
    return true;
}

void TestProposalsPage::runsOnOpenAndModelsAreSound()
{
    QTableView* proposals = m_page->proposalsView();
    QVERIFY(proposals->model()->rowCount() > 0);
    QAbstractItemModelTester proposalsTester(proposals->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_document->selection()->setActor(idOf(QStringLiteral("Mexico City")));
    QVERIFY(m_page->rankingView()->model()->rowCount() > 0);
    QAbstractItemModelTester rankingTester(m_page->rankingView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Sorting by score, ascending, puts the weakest first.
    proposals->sortByColumn(ProposalsModel::ScoreColumn, Qt::AscendingOrder);
    const double first = proposals->model()->index(0, ProposalsModel::ScoreColumn).data(ProposalsModel::SortRole).toDouble();
    const double last = proposals->model()
                            ->index(proposals->model()->rowCount() - 1, ProposalsModel::ScoreColumn)
                            .data(ProposalsModel::SortRole)
                            .toDouble();
    QVERIFY(first <= last);
}

void TestProposalsPage::weightChangeReranks()
{
    m_document->selection()->setActor(idOf(QStringLiteral("Mexico City")));
    const QStringList before = rankingNames();
    const QString scoreBefore =
        m_page->rankingView()->model()->index(0, ProposalsModel::ScoreColumn).data().toString();
    auto* interest = m_page->settingsPanel()->findChild<QDoubleSpinBox*>(QStringLiteral("interestWeight"));
    QVERIFY(interest);
    interest->setValue(0.0);
    QVERIFY(waitForRun());
    const QStringList after = rankingNames();
    const QString scoreAfter = m_page->rankingView()->model()->index(0, ProposalsModel::ScoreColumn).data().toString();
    QVERIFY2(before != after || scoreBefore != scoreAfter, qPrintable(before.join(u',') + u" / " + after.join(u',')));
    // The weight is remembered by the workspace.
    QString error;
    QCOMPARE(m_document->store()->pipeline().settings(&error).value(QStringLiteral("match.w_interest")),
             QStringLiteral("0"));
}

void TestProposalsPage::replayFindsMexicoCityLuoyangWithItsEvidence()
{
    auto* replay = m_page->settingsPanel()->findChild<QCheckBox*>(QStringLiteral("replay"));
    auto* asOf = m_page->settingsPanel()->findChild<QDateEdit*>(QStringLiteral("asOf"));
    QVERIFY(replay && asOf);
    asOf->setDate(QDate(2021, 1, 31));
    replay->setChecked(true);
    QVERIFY(waitForRun());
    const ActorId mexico = idOf(QStringLiteral("Mexico City"));
    const ActorId luoyang = idOf(QStringLiteral("Luoyang"));
    m_document->selection()->setActor(mexico);
    QVERIFY(rankingNames().mid(0, 3).contains(QStringLiteral("Luoyang")));
    QVERIFY(m_page->selectPair(mexico, luoyang));
    const QString why = m_page->whyPanel()->toPlainText();
    QVERIFY2(why.contains(QStringLiteral("December 1, 2020")), qPrintable(why));
    QVERIFY(why.contains(QStringLiteral("January 15, 2021")));
    QVERIFY(why.contains(QStringLiteral("Post-workshop survey")));
    QVERIFY(why.contains(QStringLiteral("Replay")));
}

void TestProposalsPage::acceptCreatesAProposedPartnershipAndUndoRemovesIt()
{
    // The first global proposal without a partnership yet.
    int row = 0;
    ActorId a = 0;
    ActorId b = 0;
    for (; selectInProposals(row); ++row) {
        a = m_document->selection()->pairA();
        b = m_document->selection()->pairB();
        const bool existing = std::any_of(m_document->data().partnerships.begin(),
                                          m_document->data().partnerships.end(),
                                          [&](const Partnership& p) { return p.actorA == a && p.actorB == b; });
        if (!existing)
            break;
    }
    QVERIFY(a != 0 && b != 0);
    const int partnershipsBefore = int(m_document->data().partnerships.size());
    auto* accept = m_page->findChild<QPushButton*>(QStringLiteral("acceptButton"));
    QVERIFY(accept && accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(int(m_document->data().partnerships.size()), partnershipsBefore + 1);
    const Partnership& created = m_document->data().partnerships.constLast();
    QCOMPARE(created.stage, stage::Proposed);
    QString error;
    const QList<DecisionEntry> log = m_document->store()->pipeline().decisions(a, b, &error);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().action, QStringLiteral("accept"));
    QVERIFY(log.constFirst().scoreSnapshot.contains(QStringLiteral("\"fused\"")));
    QVERIFY(m_document->undo(&error));
    QCOMPARE(int(m_document->data().partnerships.size()), partnershipsBefore);
    QVERIFY(waitForRun()); // the workspace changed, so the proposals are worked out again
}

void TestProposalsPage::declineNeedsAReasonAndKeepsThePairOut()
{
    QVERIFY(selectInProposals(0));
    const ActorId a = m_document->selection()->pairA();
    const ActorId b = m_document->selection()->pairB();
    auto* decline = m_page->findChild<QPushButton*>(QStringLiteral("declineButton"));
    auto* reason = m_page->findChild<QLineEdit*>(QStringLiteral("decisionReason"));
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("decisionMessage"));
    QVERIFY(decline && reason && message);
    QTest::mouseClick(decline, Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY(m_document->data().pairRules.isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 0);
    QTest::keyClicks(reason, QStringLiteral("Both cities asked to wait a year"));
    QTest::mouseClick(decline, Qt::LeftButton);
    QCOMPARE(m_document->data().pairRules.size(), 1);
    QCOMPARE(m_document->data().pairRules.constFirst().reason, QStringLiteral("Both cities asked to wait a year"));
    QVERIFY(waitForRun());
    const auto outcome = m_page->outcome();
    const int pair = outcome->result.findPair(a, b);
    QVERIFY(pair >= 0);
    QVERIFY(outcome->result.pairs[std::size_t(pair)].isVetoed());
    for (int index : outcome->result.proposals)
        QVERIFY(index != pair);
    const std::vector<int> ranking = outcome->result.rankingFor(outcome->result.context->indexOf(a));
    QVERIFY(std::find(ranking.begin(), ranking.end(), pair) == ranking.end());
}

// Next to the actor list on a 1366-pixel laptop screen the page needs at most about 900 pixels.
void TestProposalsPage::fitsBesideTheActorList()
{
    QVERIFY2(m_page->minimumSizeHint().width() <= 900, qPrintable(QString::number(m_page->minimumSizeHint().width())));
}

// With 20,000 cities a run takes a good part of a second: opening returns at once with the run still going, the
// page says so, and Cancel stops it without replacing the proposals shown.
void TestProposalsPage::largeWorkspaceRunsInTheBackgroundAndCancels()
{
    const QString path = m_dir.filePath(QStringLiteral("large.citybridge"));
    QString error;
    {
        auto store = SqliteWorkspaceStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(writeWorkspace(*store, generateSyntheticWorkspace(20000, 3), &error), qPrintable(error));
    }
    QVERIFY2(m_document->open(path, &error), qPrintable(error));
    QVERIFY(m_page->isRunning());
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelMatching"));
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 15000);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(m_page->outcome() == nullptr); // a new workspace: nothing from the old one, nothing half-done
}

void TestProposalsPage::briefButtonAsksForTheSelectedPair()
{
    auto* brief = m_page->findChild<QPushButton*>(QStringLiteral("briefButton"));
    QVERIFY(brief);
    QVERIFY(!brief->isEnabled()); // nothing selected yet
    QVERIFY(selectInProposals(0));
    QVERIFY(brief->isEnabled());
    QSignalSpy requested(m_page.get(), &ProposalsPage::briefRequested);
    QTest::mouseClick(brief, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const int pair = requested.constFirst().at(1).toInt();
    const ScoredPair& p = m_page->outcome()->result.pairs[std::size_t(pair)];
    QCOMPARE(std::min(p.actorA, p.actorB), m_document->selection()->pairA());
}

QTEST_MAIN(TestProposalsPage)
#include "tst_proposalspage.moc"
