// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline page driven through its real widgets on the bundled sample: accept a pair, find it at "proposed",
// move it to "contacted" with the page's controls, read its history and decision-log line, undo; dormancy flags,
// filters, the shared pair, failed writes, and the models under QAbstractItemModelTester.
#include "common/DomainLabels.h"
#include "decisions/DecisionLogModel.h"
#include "decisions/DecisionLogPage.h"
#include "decisions/DecisionLogProxy.h"
#include "i18n/Translations.h"
#include "pipeline/DecisionEdits.h"
#include "pipeline/DormancyPolicy.h"
#include "pipeline/PartnershipDetailsPanel.h"
#include "pipeline/PipelineFilterProxy.h"
#include "pipeline/PipelineModel.h"
#include "pipeline/PipelinePage.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestPipelinePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptMoveToContactedAndUndo();
    void detailsAreEditedInPlaceAndOverdueIsFlagged();
    void oldActivityIsFlaggedDormantAndMarkedInOneClick();
    void dormancySettingIsSavedAndUndone();
    void filtersNarrowTheTable();
    void followsAndSetsTheSharedPair();
    void failedWriteKeepsTheInputAndSaysWhy();
    void keyboardReachesTheTableAndTheStageMove();
    void modelsPassTheTester();
    void screenshots();

private:
    template <typename T> T* child(QWidget& parent, const char* name)
    {
        auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
        [&] { QVERIFY2(widget, name); }();
        return widget;
    }
    QString accept(ActorId a, ActorId b, const QString& snapshot = QString());
    int sourceRowOf(const PipelinePage& page, const QString& uid) const;
    QString stageOf(const PipelinePage& page, const QString& uid) const;

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<WorkspaceDocument> m_document;
    ActorId m_mexico = 0;
    ActorId m_zacatecas = 0;
    ActorId m_luoyang = 0;
    int m_run = 0;
};

void TestPipelinePage::initTestCase()
{
    installLanguage(lang::En);
    QVERIFY(m_dir.isValid());
    QString error;
    m_template = m_dir.filePath(QStringLiteral("sample.citybridge"));
    auto store = SqliteWorkspaceStore::create(m_template, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    const auto only = [&](const QString& name) {
        const QList<ActorId> ids = store->actors().findByName(name);
        return ids.size() == 1 ? ids.constFirst() : ActorId(0);
    };
    m_mexico = only(QStringLiteral("Mexico City"));
    m_zacatecas = only(QStringLiteral("Zacatecas"));
    m_luoyang = only(QStringLiteral("Luoyang"));
    QVERIFY(m_mexico && m_zacatecas && m_luoyang);
}

void TestPipelinePage::init()
{
    // Every test starts on its own copy of the sample, so that edits never leak from one to the next.
    const QString path = m_dir.filePath(QStringLiteral("run%1.citybridge").arg(++m_run));
    QVERIFY(QFile::copy(m_template, path));
    m_document = std::make_unique<WorkspaceDocument>();
    QString error;
    QVERIFY2(m_document->open(path, &error), qPrintable(error));
}

void TestPipelinePage::cleanup()
{
    installLanguage(lang::En);
    m_document.reset();
}

QString TestPipelinePage::accept(ActorId a, ActorId b, const QString& snapshot)
{
    const DecisionContext context{WorkspaceDocument::userName(), QStringLiteral("Shared silver heritage"), snapshot};
    auto edit = std::make_unique<AcceptPairEdit>(a, b, context, QStringLiteral("Accept"));
    AcceptPairEdit* raw = edit.get();
    QString error;
    const bool ok = m_document->perform(std::move(edit), &error);
    [&] { QVERIFY2(ok, qPrintable(error)); }();
    for (const Partnership& p : m_document->data().partnerships) {
        if (p.id == raw->partnershipId())
            return p.uid;
    }
    return {};
}

int TestPipelinePage::sourceRowOf(const PipelinePage& page, const QString& uid) const
{
    return page.model()->rowOfUid(uid);
}

QString TestPipelinePage::stageOf(const PipelinePage& page, const QString& uid) const
{
    const int row = sourceRowOf(page, uid);
    return row < 0 ? QString() : page.model()->index(row, 0).data(PipelineModel::StageKeyRole).toString();
}

void TestPipelinePage::acceptMoveToContactedAndUndo()
{
    PipelinePage page(m_document.get());
    DecisionLogPage log(m_document.get());
    page.resize(1000, 600);
    page.show();
    const int before = page.model()->rowCount();

    const QString uid = accept(m_mexico, m_zacatecas);
    QVERIFY(!uid.isEmpty());
    QCOMPARE(page.model()->rowCount(), before + 1);
    QCOMPARE(stageOf(page, uid), stage::Proposed);
    const int row = sourceRowOf(page, uid);
    QCOMPARE(page.model()->index(row, PipelineModel::Stage).data().toString(), QStringLiteral("Proposed"));
    const QStringList names{page.model()->index(row, PipelineModel::ActorA).data().toString(),
                            page.model()->index(row, PipelineModel::ActorB).data().toString()};
    QVERIFY2(names.contains(QStringLiteral("Mexico City")) && names.contains(QStringLiteral("Zacatecas")),
             qPrintable(names.join(QLatin1Char(','))));

    // The officer picks the pair (here through the shared selection, as the proposals view would).
    m_document->selection()->setPair(m_zacatecas, m_mexico);
    QCOMPARE(page.currentUid(), uid);
    QCOMPARE(page.table()->currentIndex().data(PipelineModel::UidRole).toString(), uid);
    auto* history = child<QTextBrowser>(page, "pipelineHistory");
    QVERIFY(history->toPlainText().contains(QStringLiteral("Proposed")));

    auto* stageBox = child<QComboBox>(page, "pipelineMoveStage");
    auto* date = child<QDateEdit>(page, "pipelineMoveDate");
    auto* note = child<QLineEdit>(page, "pipelineMoveNote");
    QCOMPARE(date->date(), QDate::currentDate());
    QCOMPARE(stageBox->findData(stage::Proposed), -1); // the current stage is not offered
    stageBox->setCurrentIndex(stageBox->findData(stage::Contacted));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("First video call with the mayors"));
    QTest::mouseClick(child<QPushButton>(page, "pipelineMoveButton"), Qt::LeftButton);

    QCOMPARE(stageOf(page, uid), stage::Contacted);
    QCOMPARE(page.currentUid(), uid);
    QVERIFY(note->text().isEmpty());
    const QString text = history->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Contacted")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("First video call with the mayors")), qPrintable(text));
    QVERIFY2(text.contains(WorkspaceDocument::userName()), qPrintable(text));
    QVERIFY2(text.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(text));
    QVERIFY(child<QLabel>(page, "pipelineMessage")->text().contains(QStringLiteral("Contacted")));

    // The decision log, following the same pair, has the stage line on top with who and why.
    QVERIFY(!log.showsAllPairs());
    const QModelIndex top = log.proxy()->index(0, 0);
    QCOMPARE(top.data(DecisionLogModel::ActionKeyRole).toString(), QStringLiteral("stage"));
    QCOMPARE(top.siblingAtColumn(DecisionLogModel::Details).data().toString(), QStringLiteral("Proposed → Contacted"));
    QCOMPARE(top.siblingAtColumn(DecisionLogModel::Who).data().toString(), WorkspaceDocument::userName());
    QCOMPARE(top.siblingAtColumn(DecisionLogModel::Reason).data().toString(),
             QStringLiteral("First video call with the mayors"));
    for (int r = 0; r < log.proxy()->rowCount(); ++r) {
        const QModelIndex i = log.proxy()->index(r, 0);
        QCOMPARE(std::min(i.data(DecisionLogModel::ActorARole).toLongLong(),
                          i.data(DecisionLogModel::ActorBRole).toLongLong()),
                 std::min(m_mexico, m_zacatecas));
    }

    // Undo through the document: back at "proposed", the history forgets the move, the log says it was undone.
    QVERIFY(m_document->undo());
    QCOMPARE(stageOf(page, uid), stage::Proposed);
    QCOMPARE(page.currentUid(), uid);
    QVERIFY(!history->toPlainText().contains(QStringLiteral("First video call")));
    QCOMPARE(log.proxy()->index(0, 0).data(DecisionLogModel::ActionKeyRole).toString(), QStringLiteral("undo"));
    QCOMPARE(stageBox->currentData().toString(), stage::Candidate);
    QVERIFY(m_document->redo());
    QCOMPARE(stageOf(page, uid), stage::Contacted);
}

void TestPipelinePage::detailsAreEditedInPlaceAndOverdueIsFlagged()
{
    PipelinePage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    const QString uid = accept(m_mexico, m_zacatecas);
    QVERIFY(page.selectPartnership(uid));
    auto* owner = child<QLineEdit>(page, "pipelineOwner");
    auto* next = child<QLineEdit>(page, "pipelineNextAction");
    auto* dueOn = child<QCheckBox>(page, "pipelineDueEnabled");
    auto* due = child<QDateEdit>(page, "pipelineDue");
    auto* summary = child<QPlainTextEdit>(page, "pipelineSummary");
    auto* save = child<QPushButton>(page, "pipelineSaveDetails");
    QVERIFY(!save->isEnabled());

    owner->clear();
    QTest::keyClicks(owner, QStringLiteral("Ana Torres"));
    QTest::keyClicks(next, QStringLiteral("Send the draft MoU"));
    dueOn->setChecked(true);
    due->setDate(QDate::currentDate().addDays(-3));
    summary->setPlainText(QStringLiteral("Two silver cities."));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const int row = sourceRowOf(page, uid);
    const Partnership* saved = page.model()->partnership(row);
    QVERIFY(saved);
    QCOMPARE(saved->owner, QStringLiteral("Ana Torres"));
    QCOMPARE(saved->nextAction, QStringLiteral("Send the draft MoU"));
    QCOMPARE(saved->nextActionDue, QDate::currentDate().addDays(-3));
    QCOMPARE(saved->summary, QStringLiteral("Two silver cities."));
    QVERIFY(!save->isEnabled());
    QVERIFY(page.model()->index(row, 0).data(PipelineModel::OverdueRole).toBool());
    QCOMPARE(page.model()->index(row, PipelineModel::Flag).data().toString(), QStringLiteral("Overdue"));
    QCOMPARE(page.model()->index(row, PipelineModel::Owner).data().toString(), QStringLiteral("Ana Torres"));

    // Discard puts the stored values back.
    QTest::keyClicks(next, QStringLiteral(" today"));
    QVERIFY(page.details()->hasUnsavedDetails());
    QTest::mouseClick(child<QPushButton>(page, "pipelineDiscardDetails"), Qt::LeftButton);
    QCOMPARE(next->text(), QStringLiteral("Send the draft MoU"));

    QVERIFY(m_document->undo());
    QCOMPARE(page.model()->partnership(sourceRowOf(page, uid))->nextAction, QString());
    QCOMPARE(next->text(), QString());
    QVERIFY(!dueOn->isChecked());
}

void TestPipelinePage::oldActivityIsFlaggedDormantAndMarkedInOneClick()
{
    // A partnership that has been quiet since 2019, written as another program (or an old import) would.
    Partnership quiet;
    quiet.uid = QStringLiteral("pship:quiet");
    quiet.actorA = std::min(m_luoyang, m_zacatecas);
    quiet.actorB = std::max(m_luoyang, m_zacatecas);
    quiet.stage = stage::Exploratory;
    quiet.startedOn = QDate(2019, 1, 10);
    quiet.lastActivity = QDate(2019, 3, 5);
    QString error;
    QVERIFY2(m_document->store()->pipeline().savePartnership(quiet, &error), qPrintable(error));
    QVERIFY2(m_document->reload(&error), qPrintable(error));

    PipelinePage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    const QString fresh = accept(m_mexico, m_zacatecas);
    const int quietRow = sourceRowOf(page, quiet.uid);
    QVERIFY(quietRow >= 0);
    QVERIFY(page.model()->index(quietRow, 0).data(PipelineModel::DormantRole).toBool());
    QVERIFY(page.model()->index(quietRow, PipelineModel::Flag).data().toString() == QStringLiteral("Quiet"));
    QVERIFY(page.model()
                ->index(quietRow, PipelineModel::Flag)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2019-03-05")));
    QVERIFY(!page.model()->index(sourceRowOf(page, fresh), 0).data(PipelineModel::DormantRole).toBool());

    // The clock seam: seven months on, the partnership accepted today is quiet too.
    page.model()->setToday(QDate::currentDate().addMonths(7));
    QVERIFY(page.model()->index(sourceRowOf(page, fresh), 0).data(PipelineModel::DormantRole).toBool());
    page.model()->setToday(QDate());
    QVERIFY(!page.model()->index(sourceRowOf(page, fresh), 0).data(PipelineModel::DormantRole).toBool());

    QVERIFY(page.selectPartnership(quiet.uid));
    auto* mark = child<QPushButton>(page, "pipelineMarkDormant");
    QVERIFY(mark->isVisible());
    QVERIFY(child<QLabel>(page, "pipelineStatusLine")->text().contains(QStringLiteral("Flagged dormant")));
    QTest::mouseClick(mark, Qt::LeftButton);
    QCOMPARE(stageOf(page, quiet.uid), stage::Dormant);
    QVERIFY(!page.model()->index(sourceRowOf(page, quiet.uid), 0).data(PipelineModel::DormantRole).toBool());
    QVERIFY(!mark->isVisible());
    QVERIFY(child<QTextBrowser>(page, "pipelineHistory")->toPlainText().contains(QStringLiteral("2019-03-05")));
    QVERIFY(m_document->undo());
    QCOMPARE(stageOf(page, quiet.uid), stage::Exploratory);
}

void TestPipelinePage::dormancySettingIsSavedAndUndone()
{
    Partnership quiet;
    quiet.uid = QStringLiteral("pship:eight-months");
    quiet.actorA = std::min(m_luoyang, m_zacatecas);
    quiet.actorB = std::max(m_luoyang, m_zacatecas);
    quiet.stage = stage::Contacted;
    quiet.startedOn = QDate::currentDate().addMonths(-8);
    quiet.lastActivity = quiet.startedOn;
    QString error;
    QVERIFY2(m_document->store()->pipeline().savePartnership(quiet, &error), qPrintable(error));
    QVERIFY2(m_document->reload(&error), qPrintable(error));

    PipelinePage page(m_document.get());
    auto* months = child<QSpinBox>(page, "pipelineDormantMonths");
    QCOMPARE(months->value(), DormancyPolicy::DefaultMonths);
    QVERIFY(page.model()->index(sourceRowOf(page, quiet.uid), 0).data(PipelineModel::DormantRole).toBool());

    months->setValue(9);
    months->setValue(12);
    QCOMPARE(m_document->data().settings.value(DormancyPolicy::settingsKey()), QStringLiteral("12"));
    QCOMPARE(page.model()->policy().months(), 12);
    QVERIFY(!page.model()->index(sourceRowOf(page, quiet.uid), 0).data(PipelineModel::DormantRole).toBool());

    // The two steps were one change: one undo goes back to six months.
    QVERIFY(m_document->undo());
    QCOMPARE(months->value(), DormancyPolicy::DefaultMonths);
    QVERIFY(page.model()->index(sourceRowOf(page, quiet.uid), 0).data(PipelineModel::DormantRole).toBool());
}

void TestPipelinePage::filtersNarrowTheTable()
{
    PipelinePage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    const QString uid = accept(m_mexico, m_zacatecas);
    const int total = page.model()->rowCount();
    QVERIFY(total >= 2);
    QCOMPARE(page.proxy()->rowCount(), total);

    auto* stageFilter = child<QComboBox>(page, "pipelineStageFilter");
    const int proposedIndex = stageFilter->findData(stage::Proposed);
    QVERIFY(stageFilter->itemText(proposedIndex).startsWith(QStringLiteral("Proposed (")));
    stageFilter->setCurrentIndex(proposedIndex);
    emit stageFilter->activated(proposedIndex);
    QVERIFY(page.proxy()->rowCount() >= 1);
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        QCOMPARE(page.proxy()->index(r, 0).data(PipelineModel::StageKeyRole).toString(), stage::Proposed);
    stageFilter->setCurrentIndex(0);
    emit stageFilter->activated(0);
    QCOMPARE(page.proxy()->rowCount(), total);

    // Text: any name or alias in any script; the traditional spelling of Luoyang finds its partnerships.
    auto* search = child<QLineEdit>(page, "pipelineSearch");
    search->insert(QStringLiteral("洛陽")); // QTest types ASCII only
    QVERIFY(page.proxy()->rowCount() >= 1);
    for (int r = 0; r < page.proxy()->rowCount(); ++r) {
        const QModelIndex i = page.proxy()->index(r, 0);
        QVERIFY(i.data(PipelineModel::ActorARole).toLongLong() == m_luoyang ||
                i.data(PipelineModel::ActorBRole).toLongLong() == m_luoyang);
    }
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zacatecas"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, 0).data(PipelineModel::UidRole).toString(), uid);
    search->clear();

    // Owner: the accepting officer owns the new partnership.
    auto* ownerFilter = child<QComboBox>(page, "pipelineOwnerFilter");
    const int ownerIndex = ownerFilter->findData(WorkspaceDocument::userName());
    QVERIFY(ownerIndex > 0);
    ownerFilter->setCurrentIndex(ownerIndex);
    emit ownerFilter->activated(ownerIndex);
    QVERIFY(page.proxy()->rowCount() >= 1);
    for (int r = 0; r < page.proxy()->rowCount(); ++r) {
        QCOMPARE(page.proxy()
                     ->index(r, PipelineModel::Owner)
                     .data()
                     .toString()
                     .compare(WorkspaceDocument::userName(), Qt::CaseInsensitive),
                 0);
    }
    ownerFilter->setCurrentIndex(0);
    emit ownerFilter->activated(0);

    // Attention: nothing is overdue until a due day passes.
    auto* attention = child<QComboBox>(page, "pipelineAttentionFilter");
    const int overdueIndex = attention->findData(int(PipelineAttention::Overdue));
    attention->setCurrentIndex(overdueIndex);
    emit attention->activated(overdueIndex);
    const int overdueBefore = page.proxy()->rowCount();
    Partnership changed = *page.model()->partnership(sourceRowOf(page, uid));
    changed.nextAction = QStringLiteral("Call back");
    changed.nextActionDue = QDate::currentDate().addDays(-1);
    QString error;
    QVERIFY2(
        m_document->perform(std::make_unique<PartnershipDetailsEdit>(
                                changed, DecisionContext{QStringLiteral("Test officer"), {}, {}}, QStringLiteral("e")),
                            &error),
        qPrintable(error));
    QCOMPARE(page.proxy()->rowCount(), overdueBefore + 1);
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        QVERIFY(page.proxy()->index(r, 0).data(PipelineModel::OverdueRole).toBool());
    QVERIFY(child<QLabel>(page, "pipelineCount")->text().contains(QStringLiteral("overdue")));

    // Sorting by stage follows the pipeline's order, not the alphabet.
    attention->setCurrentIndex(0);
    emit attention->activated(0);
    page.table()->sortByColumn(PipelineModel::Stage, Qt::AscendingOrder);
    int previous = -1;
    for (int r = 0; r < page.proxy()->rowCount(); ++r) {
        const int order =
            int(stage::all().indexOf(page.proxy()->index(r, 0).data(PipelineModel::StageKeyRole).toString()));
        QVERIFY(order >= previous);
        previous = order;
    }
}

void TestPipelinePage::followsAndSetsTheSharedPair()
{
    PipelinePage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    const QString uid = accept(m_mexico, m_zacatecas);
    QSignalSpy pairs(m_document->selection(), &SharedSelection::pairChanged);

    // Clicking a row makes its pair the shared pair.
    const int row = sourceRowOf(page, uid);
    const QModelIndex index = page.proxy()->mapFromSource(page.model()->index(row, PipelineModel::ActorB));
    page.table()->scrollTo(index);
    QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, page.table()->visualRect(index).center());
    QCOMPARE(page.currentUid(), uid);
    QCOMPARE(m_document->selection()->pairA(), std::min(m_mexico, m_zacatecas));
    QCOMPARE(m_document->selection()->pairB(), std::max(m_mexico, m_zacatecas));
    QCOMPARE(pairs.count(), 1);

    // Another view choosing the sample's Mexico City–Luoyang partnership moves the page to it, even through a filter.
    QTest::keyClicks(child<QLineEdit>(page, "pipelineSearch"), QStringLiteral("zacatecas"));
    m_document->selection()->setPair(m_luoyang, m_mexico);
    const Partnership* shown = page.model()->partnership(page.model()->rowOfUid(page.currentUid()));
    QVERIFY(shown);
    QCOMPARE(std::min(shown->actorA, shown->actorB), std::min(m_luoyang, m_mexico));
    QVERIFY(child<QLabel>(page, "pipelineTitle")->text().contains(QStringLiteral("Luoyang")));
    QCOMPARE(pairs.count(), 2); // the page's own selection did not announce a third change

    // A pair without a partnership empties the details rather than showing another pair's.
    m_document->selection()->setPair(m_luoyang, m_zacatecas);
    QVERIFY(page.currentUid().isEmpty());
    QVERIFY(child<QLabel>(page, "pipelineDetailsEmpty")->isVisible());
}

void TestPipelinePage::failedWriteKeepsTheInputAndSaysWhy()
{
    PipelinePage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    const QString uid = accept(m_mexico, m_zacatecas);
    QVERIFY(page.selectPartnership(uid));
    const int undoIndex = m_document->undoStack()->index();

    // Someone else removed the partnership from the shared file; this window has not reloaded yet.
    QString error;
    QVERIFY2(m_document->store()->pipeline().removePartnership(page.model()->partnership(sourceRowOf(page, uid))->id,
                                                               &error),
             qPrintable(error));
    auto* note = child<QLineEdit>(page, "pipelineMoveNote");
    QTest::keyClicks(note, QStringLiteral("Letter sent"));
    QTest::mouseClick(child<QPushButton>(page, "pipelineMoveButton"), Qt::LeftButton);
    auto* message = child<QLabel>(page, "pipelineMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("no longer exists")), qPrintable(message->text()));
    QCOMPARE(message->property("error").toBool(), true);
    QCOMPARE(note->text(), QStringLiteral("Letter sent"));
    QCOMPARE(m_document->undoStack()->index(), undoIndex);

    QTest::keyClicks(child<QLineEdit>(page, "pipelineNextAction"), QStringLiteral("Write again"));
    QTest::mouseClick(child<QPushButton>(page, "pipelineSaveDetails"), Qt::LeftButton);
    QVERIFY(message->text().contains(QStringLiteral("could not be saved")));
    QCOMPARE(child<QLineEdit>(page, "pipelineNextAction")->text(), QStringLiteral("Write again"));
}

void TestPipelinePage::keyboardReachesTheTableAndTheStageMove()
{
    PipelinePage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    accept(m_mexico, m_zacatecas);
    auto* search = child<QLineEdit>(page, "pipelineSearch");
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zacatecas"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(page.table()->hasFocus());
    QVERIFY(!page.currentUid().isEmpty());
    QTest::keyClick(page.table(), Qt::Key_Return);
    QVERIFY(child<QComboBox>(page, "pipelineMoveStage")->hasFocus());
}

void TestPipelinePage::modelsPassTheTester()
{
    PipelinePage page(m_document.get());
    QAbstractItemModelTester modelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString uid = accept(m_mexico, m_zacatecas);
    QString error;
    QVERIFY2(m_document->perform(std::make_unique<StageChangeEdit>(
                                     uid, stage::Contacted, QDate::currentDate(), QString(),
                                     DecisionContext{QStringLiteral("Test officer"), {}, {}}, QStringLiteral("m")),
                                 &error),
             qPrintable(error));
    page.proxy()->setSearchText(QStringLiteral("mexico"));
    page.proxy()->setStageFilter(stage::Contacted);
    page.proxy()->sort(PipelineModel::LastActivity, Qt::DescendingOrder);
    page.proxy()->setAttention(PipelineAttention::OverdueOrDormant);
    page.proxy()->setAttention(PipelineAttention::Any);
    page.model()->setLanguage(lang::Zh);
    QVERIFY(m_document->undo());
    QVERIFY(m_document->undo());
    m_document->close();
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.currentUid().isEmpty());
}

// Looks at the page in the three languages. With CITYBRIDGE_SCREENSHOT_DIR set, the pictures are saved there.
void TestPipelinePage::screenshots()
{
    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    PipelinePage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    const QString uid = accept(m_mexico, m_zacatecas);
    QVERIFY(page.selectPartnership(uid));
    for (const QString& language : {lang::En, lang::Zh, lang::Es}) {
        installLanguage(language);
        // The language change is posted, and the relayout it causes is posted again: let both run.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        QCOMPARE(child<QComboBox>(page, "pipelineMoveStage")->currentText(), DomainLabels::stage(stage::Candidate));
        const QImage image = page.grab().toImage();
        QCOMPARE(image.size(), QSize(1000, 600));
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + QStringLiteral("/pipeline-") + language + QStringLiteral(".png")));
    }
}

QTEST_MAIN(TestPipelinePage)
#include "tst_pipelinepage.moc"
