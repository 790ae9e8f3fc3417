// SPDX-License-Identifier: GPL-3.0-or-later
// The README's walkthrough, through the real main window on the bundled sample: replay the evidence up to
// 2021-01-31, find why Mexico City–Luoyang is proposed, accept it, move it to "contacted" in the pipeline, undo
// that, and find the decisions in the log.
#include "decisions/DecisionLogModel.h"
#include "decisions/DecisionLogPage.h"
#include "decisions/DecisionLogProxy.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "pipeline/PipelineModel.h"
#include "pipeline/PipelinePage.h"
#include "proposals/MatchSettingsPanel.h"
#include "proposals/ProposalsModel.h"
#include "proposals/ProposalsPage.h"
#include "proposals/WhyPanel.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void mexicoCityLuoyangFromProposalToLog();
};

void TestWalkthrough::mexicoCityLuoyangFromProposalToLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("walk.citybridge"));
    QString error;
    {
        auto store = SqliteWorkspaceStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    installLanguage(QStringLiteral("en"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ProposalsPage* proposals = window.proposalsPage();
    QSignalSpy finished(proposals, &ProposalsPage::matchingFinished);
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QVERIFY(finished.wait(15000));
    WorkspaceDocument* document = window.document();
    auto idOf = [&](const QString& name) {
        for (const Actor& actor : document->data().actors) {
            if (actor.name(QStringLiteral("en")) == name)
                return actor.id;
        }
        return ActorId(0);
    };
    const ActorId mexico = idOf(QStringLiteral("Mexico City"));
    const ActorId luoyang = idOf(QStringLiteral("Luoyang"));
    QVERIFY(mexico && luoyang);

    // Replay the evidence up to 2021-01-31.
    auto* replay = proposals->settingsPanel()->findChild<QCheckBox*>(QStringLiteral("replay"));
    auto* asOf = proposals->settingsPanel()->findChild<QDateEdit*>(QStringLiteral("asOf"));
    asOf->setDate(QDate(2021, 1, 31));
    replay->setChecked(true);
    QVERIFY(finished.wait(15000));

    // Mexico City's ranked partners, best first, include Luoyang in the top three, and the why panel cites the
    // evidence.
    document->selection()->setActor(mexico);
    const QAbstractItemModel* ranking = proposals->rankingView()->model();
    QCOMPARE(proposals->rankingView()->horizontalHeader()->sortIndicatorSection(), int(ProposalsModel::ScoreColumn));
    for (int row = 1; row < ranking->rowCount(); ++row)
        QVERIFY(ranking->index(row - 1, ProposalsModel::ScoreColumn).data(ProposalsModel::SortRole).toDouble()
                >= ranking->index(row, ProposalsModel::ScoreColumn).data(ProposalsModel::SortRole).toDouble());
    QStringList top;
    for (int row = 0; row < std::min(3, ranking->rowCount()); ++row)
        top.append(ranking->index(row, ProposalsModel::PairColumn).data().toString());
    QVERIFY2(top.contains(QStringLiteral("Luoyang")), qPrintable(top.join(u',')));
    QVERIFY(proposals->selectPair(mexico, luoyang));
    const QString why = proposals->whyPanel()->toPlainText();
    QVERIFY(why.contains(QStringLiteral("December 1, 2020")));
    QVERIFY(why.contains(QStringLiteral("January 15, 2021")));
    // The README's picture of the window is this moment.
    const QString shots = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(window.grab().save(shots + QStringLiteral("/main-window.png")));
    }

    // Accept: the sample holds the partnership that really followed, so the acceptance is logged against it.
    QTest::mouseClick(proposals->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    const auto partnership = std::find_if(document->data().partnerships.begin(), document->data().partnerships.end(),
                                          [&](const Partnership& p) {
                                              return p.actorA == std::min(mexico, luoyang)
                                                     && p.actorB == std::max(mexico, luoyang);
                                          });
    QVERIFY(partnership != document->data().partnerships.end());
    const QString uid = partnership->uid;
    const QString stageBefore = partnership->stage;

    // Move it to "contacted" in the pipeline.
    window.pages()->setCurrentWidget(window.pipelinePage());
    PipelinePage* pipeline = window.pipelinePage();
    QVERIFY(pipeline->selectPartnership(uid));
    auto* stageBox = pipeline->findChild<QComboBox*>(QStringLiteral("pipelineMoveStage"));
    QVERIFY(stageBox);
    stageBox->setCurrentIndex(stageBox->findData(stage::Contacted));
    QTest::mouseClick(pipeline->findChild<QPushButton*>(QStringLiteral("pipelineMoveButton")), Qt::LeftButton);
    auto stageNow = [&] {
        for (const Partnership& p : document->data().partnerships) {
            if (p.uid == uid)
                return p.stage;
        }
        return QString();
    };
    QCOMPARE(stageNow(), stage::Contacted);

    // Undo puts it back; the decision log keeps the acceptance, the move and the undo.
    window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(stageNow(), stageBefore);
    window.pages()->setCurrentWidget(window.decisionLogPage());
    DecisionLogPage* log = window.decisionLogPage();
    document->selection()->setPair(mexico, luoyang);
    QStringList actions;
    for (int row = 0; row < log->proxy()->rowCount(); ++row)
        actions.append(log->proxy()->index(row, 0).data(DecisionLogModel::ActionKeyRole).toString());
    QVERIFY2(actions.contains(QStringLiteral("accept")), qPrintable(actions.join(u',')));
    QVERIFY(actions.contains(QStringLiteral("stage")));
    QVERIFY(actions.contains(QStringLiteral("undo")));
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
