// SPDX-License-Identifier: GPL-3.0-or-later
// The decision log page on the bundled sample: an accepted pair's line with who, when, why and the score snapshot
// in words; the current-pair filter and "All pairs"; search; refresh on edits and on another workspace; the
// snapshot renderer on good and bad JSON; the models under QAbstractItemModelTester.
#include "decisions/DecisionLogModel.h"
#include "decisions/DecisionLogPage.h"
#include "decisions/DecisionLogProxy.h"
#include "decisions/ScoreSnapshotFormatter.h"
#include "i18n/Translations.h"
#include "pipeline/DecisionEdits.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

const QString kSnapshot = QStringLiteral(
    R"({"fused":0.61,"ab":0.7,"ba":0.52,"parts":{"shared_priorities":[0.4,0.3],"complementarity":[0.25,0.1],)"
    R"("interest":[0.1,0],"context":[0,0.125]},"vetoes":[],"locked":false})");

QString plain(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class TestDecisionLogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptedPairSaysWhoWhenWhyAndScore();
    void followsThePairOrShowsAll();
    void searchFindsReasonsAndNames();
    void choosingALineSetsThePair();
    void refreshesOnEditsAndWorkspaces();
    void snapshotIsRenderedReadably_data();
    void snapshotIsRenderedReadably();
    void modelsPassTheTester();
    void screenshots();

private:
    template <typename T> T* child(QWidget& parent, const char* name)
    {
        auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
        [&] { QVERIFY2(widget, name); }();
        return widget;
    }
    void accept(ActorId a, ActorId b, const QString& reason, const QString& snapshot);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<WorkspaceDocument> m_document;
    ActorId m_mexico = 0;
    ActorId m_zacatecas = 0;
    ActorId m_luoyang = 0;
    int m_run = 0;
};

void TestDecisionLogPage::initTestCase()
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

void TestDecisionLogPage::init()
{
    const QString path = m_dir.filePath(QStringLiteral("run%1.citybridge").arg(++m_run));
    QVERIFY(QFile::copy(m_template, path));
    m_document = std::make_unique<WorkspaceDocument>();
    QString error;
    QVERIFY2(m_document->open(path, &error), qPrintable(error));
}

void TestDecisionLogPage::cleanup()
{
    installLanguage(lang::En);
    m_document.reset();
}

void TestDecisionLogPage::accept(ActorId a, ActorId b, const QString& reason, const QString& snapshot)
{
    const DecisionContext context{QStringLiteral("Ana Torres"), reason, snapshot};
    QString error;
    QVERIFY2(m_document->perform(std::make_unique<AcceptPairEdit>(a, b, context, QStringLiteral("Accept")), &error),
             qPrintable(error));
}

void TestDecisionLogPage::acceptedPairSaysWhoWhenWhyAndScore()
{
    DecisionLogPage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    accept(m_mexico, m_zacatecas, QStringLiteral("Shared silver heritage"), kSnapshot);
    m_document->selection()->setPair(m_mexico, m_zacatecas);

    QCOMPARE(page.proxy()->rowCount(), 1);
    const QModelIndex line = page.proxy()->index(0, 0);
    QCOMPARE(line.data(DecisionLogModel::ActionKeyRole).toString(), QStringLiteral("accept"));
    QCOMPARE(line.siblingAtColumn(DecisionLogModel::Action).data().toString(), QStringLiteral("Accepted"));
    QCOMPARE(line.siblingAtColumn(DecisionLogModel::Who).data().toString(), QStringLiteral("Ana Torres"));
    QCOMPARE(line.siblingAtColumn(DecisionLogModel::Reason).data().toString(),
             QStringLiteral("Shared silver heritage"));
    QCOMPARE(line.siblingAtColumn(DecisionLogModel::Pair).data().toString(), QStringLiteral("Mexico City – Zacatecas"));
    const QDateTime when = QDateTime::fromString(line.siblingAtColumn(DecisionLogModel::When).data().toString(),
                                                 QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY(when.isValid());
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTime())) < 120);

    // The newest line is selected and explained below the table.
    QCOMPARE(page.currentEntryId(), line.data(DecisionLogModel::EntryIdRole).toLongLong());
    const QString text = page.detailsView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Accepted by Ana Torres on ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Shared silver heritage")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Shared priorities")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Complementarity")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Mexico City → Zacatecas")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0.125")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0.61")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("shared_priorities")), qPrintable(text));

    // Undo is a decision too: the log keeps the acceptance and says it was taken back.
    QVERIFY(m_document->undo());
    QCOMPARE(page.proxy()->rowCount(), 2);
    page.table()->sortByColumn(DecisionLogModel::When, Qt::DescendingOrder);
    QCOMPARE(page.proxy()->index(0, DecisionLogModel::Details).data().toString(),
             QStringLiteral("Took back: Accepted"));
    QCOMPARE(page.proxy()->index(1, 0).data(DecisionLogModel::ActionKeyRole).toString(), QStringLiteral("accept"));
}

void TestDecisionLogPage::followsThePairOrShowsAll()
{
    accept(m_mexico, m_zacatecas, QStringLiteral("Silver"), kSnapshot);
    accept(m_luoyang, m_zacatecas, QStringLiteral("Grottoes and mines"), QString());
    DecisionLogPage page(m_document.get());
    const int total = page.model()->rowCount();
    QVERIFY(total >= 2);
    auto* scope = child<QLabel>(page, "decisionLogScope");
    // No pair yet: every line, and the page says why.
    QCOMPARE(page.proxy()->rowCount(), total);
    QVERIFY(scope->text().contains(QStringLiteral("No pair is selected")));

    m_document->selection()->setPair(m_zacatecas, m_luoyang);
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, DecisionLogModel::Reason).data().toString(), QStringLiteral("Grottoes and mines"));
    QVERIFY(scope->text().contains(QStringLiteral("Luoyang")));
    QVERIFY(page.detailsView()->toPlainText().contains(QStringLiteral("No score was recorded")));

    auto* all = child<QCheckBox>(page, "decisionLogShowAll");
    all->click();
    QVERIFY(page.showsAllPairs());
    QCOMPARE(page.proxy()->rowCount(), total);
    m_document->selection()->setPair(m_mexico, m_zacatecas);
    QCOMPARE(page.proxy()->rowCount(), total);
    all->click();
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, DecisionLogModel::Reason).data().toString(), QStringLiteral("Silver"));
    QVERIFY(child<QLabel>(page, "decisionLogCount")->text().contains(QString::number(total)));

    // The choice survives a restart of the page through its saved state.
    page.setShowAllPairs(true);
    DecisionLogPage again(m_document.get());
    again.restoreState(page.saveState());
    QVERIFY(again.showsAllPairs());
    again.restoreState(QByteArray("garbage"));
    QVERIFY(again.showsAllPairs());
}

void TestDecisionLogPage::searchFindsReasonsAndNames()
{
    accept(m_mexico, m_zacatecas, QStringLiteral("Silver"), kSnapshot);
    accept(m_luoyang, m_zacatecas, QStringLiteral("Grottoes and mines"), QString());
    DecisionLogPage page(m_document.get());
    auto* search = child<QLineEdit>(page, "decisionLogSearch");
    QTest::keyClicks(search, QStringLiteral("grottoes"));
    QCOMPARE(page.proxy()->rowCount(), 1);
    search->clear();
    search->insert(QStringLiteral("洛陽")); // Luoyang in traditional characters
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, DecisionLogModel::Reason).data().toString(), QStringLiteral("Grottoes and mines"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody wrote this"));
    QCOMPARE(page.proxy()->rowCount(), 0);
    QCOMPARE(page.currentEntryId(), qint64(0));
    QVERIFY(page.detailsView()->toPlainText().contains(QStringLiteral("Select a decision")));
}

void TestDecisionLogPage::choosingALineSetsThePair()
{
    accept(m_mexico, m_zacatecas, QStringLiteral("Silver"), kSnapshot);
    accept(m_luoyang, m_zacatecas, QStringLiteral("Grottoes and mines"), QString());
    DecisionLogPage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    page.setShowAllPairs(true);
    QSignalSpy pairs(m_document->selection(), &SharedSelection::pairChanged);
    QCOMPARE(pairs.count(), 0); // the page's own default line does not move the shared pair

    int row = -1;
    for (int r = 0; r < page.proxy()->rowCount(); ++r) {
        if (page.proxy()->index(r, DecisionLogModel::Reason).data().toString() == QLatin1String("Silver"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = page.proxy()->index(row, DecisionLogModel::Pair);
    QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, page.table()->visualRect(index).center());
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(m_document->selection()->pairA(), std::min(m_mexico, m_zacatecas));
    QCOMPARE(m_document->selection()->pairB(), std::max(m_mexico, m_zacatecas));
    QVERIFY(page.detailsView()->toPlainText().contains(QStringLiteral("Silver")));
    QVERIFY(page.selectEntry(page.proxy()->index(0, 0).data(DecisionLogModel::EntryIdRole).toLongLong()));
    QVERIFY(!page.selectEntry(-5));
}

void TestDecisionLogPage::refreshesOnEditsAndWorkspaces()
{
    DecisionLogPage page(m_document.get());
    const int before = page.model()->rowCount();
    accept(m_mexico, m_zacatecas, QStringLiteral("Silver"), kSnapshot);
    QCOMPARE(page.model()->rowCount(), before + 1);

    // Another workspace: its own log, and the shared pair is cleared with it.
    const QString other = m_dir.filePath(QStringLiteral("other%1.citybridge").arg(m_run));
    QVERIFY(QFile::copy(m_template, other));
    QString error;
    QVERIFY2(m_document->open(other, &error), qPrintable(error));
    QCOMPARE(page.model()->rowCount(), before);
    m_document->close();
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.currentEntryId(), qint64(0));
}

void TestDecisionLogPage::snapshotIsRenderedReadably_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("empty") << QString() << QStringLiteral("en_US")
                           << QStringList{QStringLiteral("No score was recorded")} << QStringList{};
    QTest::newRow("not json") << QStringLiteral("{score: high") << QStringLiteral("en_US")
                              << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("{score: high")}
                              << QStringList{};
    QTest::newRow("directional parts")
        << kSnapshot << QStringLiteral("en_US")
        << QStringList{QStringLiteral("Score"), QStringLiteral("Shared context"),     QStringLiteral("A → B"),
                       QStringLiteral("0.125"), QStringLiteral("Expressed interest"), QStringLiteral("no")}
        << QStringList{QStringLiteral("fused"), QStringLiteral("0.500")};
    QTest::newRow("spanish decimals") << QStringLiteral(R"({"score":0.5,"parts":{"interest":0.25}})")
                                      << QStringLiteral("es_ES")
                                      << QStringList{QStringLiteral("0,5"), QStringLiteral("0,25")}
                                      << QStringList{QStringLiteral("0.5")};
    QTest::newRow("weights and unknown keys")
        << QStringLiteral(R"({"weights":{"interest":0.3,"context":0.1},"time_zone_overlap":4,"themes":["a","b"]})")
        << QStringLiteral("en_US")
        << QStringList{QStringLiteral("Weights"), QStringLiteral("Expressed interest: 0.3"),
                       QStringLiteral("Time zone overlap"), QStringLiteral("a, b")}
        << QStringList{QStringLiteral("time_zone_overlap")};
    QTest::newRow("markup is text") << QStringLiteral(R"({"note":"<b>bold</b>"})") << QStringLiteral("en_US")
                                    << QStringList{QStringLiteral("<b>bold</b>")} << QStringList{};
}

void TestDecisionLogPage::snapshotIsRenderedReadably()
{
    QFETCH(QString, json);
    QFETCH(QString, locale);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    const QString text =
        plain(ScoreSnapshotFormatter::toHtml(json, QLocale(locale), QStringLiteral("A"), QStringLiteral("B")));
    for (const QString& part : contains)
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing in:\n") + text));
    for (const QString& part : absent)
        QVERIFY2(!text.contains(part), qPrintable(part + QStringLiteral(" present in:\n") + text));
}

void TestDecisionLogPage::modelsPassTheTester()
{
    DecisionLogPage page(m_document.get());
    QAbstractItemModelTester modelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    accept(m_mexico, m_zacatecas, QStringLiteral("Silver"), kSnapshot);
    accept(m_luoyang, m_zacatecas, QStringLiteral("Grottoes"), QString());
    m_document->selection()->setPair(m_mexico, m_zacatecas);
    page.proxy()->setSearchText(QStringLiteral("silver"));
    page.proxy()->sort(DecisionLogModel::Pair, Qt::AscendingOrder);
    page.proxy()->setSearchText(QString());
    page.setShowAllPairs(true);
    page.model()->setLanguage(lang::Es);
    QVERIFY(m_document->undo());
    m_document->close();
    QCOMPARE(page.proxy()->rowCount(), 0);
}

// Looks at the page in the three languages. With CITYBRIDGE_SCREENSHOT_DIR set, the pictures are saved there.
void TestDecisionLogPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    DecisionLogPage page(m_document.get());
    page.resize(1000, 600);
    page.show();
    accept(m_luoyang, m_zacatecas, QStringLiteral("Grottoes and mines"), QString());
    accept(m_mexico, m_zacatecas, QStringLiteral("Shared silver heritage and a wish to learn from each other"),
           kSnapshot);
    const QString uid = m_document->data().partnershipBetween(m_mexico, m_zacatecas)->uid;
    QString error;
    QVERIFY2(m_document->perform(std::make_unique<StageChangeEdit>(
                                     uid, stage::Contacted, QDate::currentDate(), QStringLiteral("First call"),
                                     DecisionContext{QStringLiteral("Ana Torres"), QStringLiteral("First call"), {}},
                                     QStringLiteral("Move")),
                                 &error),
             qPrintable(error));
    page.setShowAllPairs(true);
    int acceptRow = -1;
    for (int r = 0; r < page.proxy()->rowCount(); ++r) {
        if (page.proxy()
                ->index(r, DecisionLogModel::Reason)
                .data()
                .toString()
                .startsWith(QLatin1String("Shared silver")))
            acceptRow = r;
    }
    QVERIFY(acceptRow >= 0);
    QVERIFY(page.selectEntry(page.proxy()->index(acceptRow, 0).data(DecisionLogModel::EntryIdRole).toLongLong()));
    for (const QString& language : {lang::En, lang::Zh, lang::Es}) {
        installLanguage(language);
        // The language change is posted, and the relayout it causes is posted again: let both run.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        const QImage image = page.grab().toImage();
        QCOMPARE(image.size(), QSize(1000, 600));
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + QStringLiteral("/decisionlog-") + language + QStringLiteral(".png")));
    }
}

QTEST_MAIN(TestDecisionLogPage)
#include "tst_decisionlogpage.moc"
