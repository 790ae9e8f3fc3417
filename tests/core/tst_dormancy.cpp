// SPDX-License-Identifier: GPL-3.0-or-later
// Dormancy and overdue flags of the pipeline, the filter the board uses, and the undoable dormancy setting.
#include "pipeline/DormancyPolicy.h"
#include "pipeline/DormancySettingEdit.h"
#include "pipeline/PipelineFilter.h"
#include "storage/SqliteWorkspaceStore.h"
#include "text/SearchKey.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cb;

namespace {

Partnership partnershipAt(const QString& stageKey, const QDate& started, const QDate& last,
                          const QList<QDate>& historyDays = {})
{
    Partnership p;
    p.uid = QStringLiteral("p");
    p.actorA = 1;
    p.actorB = 2;
    p.stage = stageKey;
    p.startedOn = started;
    p.lastActivity = last;
    for (const QDate& day : historyDays) {
        StageChange change;
        change.stage = stageKey;
        change.date = day;
        p.history.append(change);
    }
    return p;
}

} // namespace

Q_DECLARE_METATYPE(cb::Partnership)

class TestDormancy : public QObject
{
    Q_OBJECT

private slots:
    void lastActivityTakesTheLatestKnownDay_data();
    void lastActivityTakesTheLatestKnownDay();
    void dormantAfterMonths_data();
    void dormantAfterMonths();
    void monthsSince_data();
    void monthsSince();
    void settingsRoundTripAndBadValues_data();
    void settingsRoundTripAndBadValues();
    void overdueNextAction_data();
    void overdueNextAction();
    void filterAcceptsRows_data();
    void filterAcceptsRows();
    void settingEditIsUndoneAndMerges();
    void settingEditRefusesOutOfRange();
};

void TestDormancy::lastActivityTakesTheLatestKnownDay_data()
{
    QTest::addColumn<Partnership>("partnership");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("last activity only") << partnershipAt(stage::Contacted, QDate(2020, 1, 1), QDate(2021, 5, 3))
                                        << QDate(2021, 5, 3);
    QTest::newRow("history is newer") << partnershipAt(stage::Contacted, QDate(2020, 1, 1), QDate(2021, 5, 3),
                                                       {QDate(2020, 2, 1), QDate(2022, 7, 9)})
                                      << QDate(2022, 7, 9);
    QTest::newRow("history is older") << partnershipAt(stage::Contacted, QDate(2020, 1, 1), QDate(2021, 5, 3),
                                                       {QDate(2020, 2, 1)})
                                      << QDate(2021, 5, 3);
    QTest::newRow("only the start is known")
        << partnershipAt(stage::Proposed, QDate(2019, 9, 30), QDate()) << QDate(2019, 9, 30);
    QTest::newRow("nothing is known") << partnershipAt(stage::Proposed, QDate(), QDate()) << QDate();
}

void TestDormancy::lastActivityTakesTheLatestKnownDay()
{
    QFETCH(Partnership, partnership);
    QFETCH(QDate, expected);
    QCOMPARE(DormancyPolicy::lastActivity(partnership), expected);
}

void TestDormancy::dormantAfterMonths_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("dormant");
    const QString contacted = stage::Contacted;
    QTest::newRow("one day before six months") << contacted << QDate(2024, 1, 15) << 6 << QDate(2024, 7, 14) << false;
    QTest::newRow("exactly six months") << contacted << QDate(2024, 1, 15) << 6 << QDate(2024, 7, 15) << true;
    QTest::newRow("years ago") << contacted << QDate(2021, 6, 1) << 6 << QDate(2024, 7, 15) << true;
    QTest::newRow("end of month, leap year") << contacted << QDate(2023, 8, 31) << 6 << QDate(2024, 2, 29) << true;
    QTest::newRow("end of month, day before") << contacted << QDate(2023, 8, 31) << 6 << QDate(2024, 2, 28) << false;
    QTest::newRow("longer setting not reached") << contacted << QDate(2024, 1, 15) << 12 << QDate(2024, 12, 1) << false;
    QTest::newRow("one month setting") << contacted << QDate(2024, 1, 15) << 1 << QDate(2024, 2, 15) << true;
    QTest::newRow("already at stage dormant") << stage::Dormant << QDate(2020, 1, 1) << 6 << QDate(2024, 1, 1) << false;
    QTest::newRow("closed") << stage::Closed << QDate(2020, 1, 1) << 6 << QDate(2024, 1, 1) << false;
    QTest::newRow("active but quiet") << stage::Active << QDate(2020, 1, 1) << 6 << QDate(2024, 1, 1) << true;
    QTest::newRow("no date known") << contacted << QDate() << 6 << QDate(2024, 1, 1) << false;
}

void TestDormancy::dormantAfterMonths()
{
    QFETCH(QString, stage);
    QFETCH(QDate, last);
    QFETCH(int, months);
    QFETCH(QDate, today);
    QFETCH(bool, dormant);
    const Partnership p = partnershipAt(stage, QDate(), last);
    const DormancyPolicy policy(months);
    QCOMPARE(policy.isDormant(p, today), dormant);
    if (last.isValid())
        QCOMPARE(policy.dormantFrom(p), last.addMonths(months));
}

void TestDormancy::monthsSince_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("months");
    QTest::newRow("same day") << QDate(2024, 3, 10) << QDate(2024, 3, 10) << 0;
    QTest::newRow("day before a month") << QDate(2024, 3, 10) << QDate(2024, 4, 9) << 0;
    QTest::newRow("a month") << QDate(2024, 3, 10) << QDate(2024, 4, 10) << 1;
    QTest::newRow("over a year") << QDate(2022, 12, 20) << QDate(2024, 1, 19) << 12;
    QTest::newRow("future") << QDate(2025, 1, 1) << QDate(2024, 1, 1) << 0;
    QTest::newRow("unknown") << QDate() << QDate(2024, 1, 1) << 0;
}

void TestDormancy::monthsSince()
{
    QFETCH(QDate, day);
    QFETCH(QDate, today);
    QFETCH(int, months);
    QCOMPARE(DormancyPolicy::monthsSince(day, today), months);
}

void TestDormancy::settingsRoundTripAndBadValues_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("months");
    QTest::newRow("nine") << QStringLiteral("9") << true << 9;
    QTest::newRow("spaces") << QStringLiteral(" 18 ") << true << 18;
    QTest::newRow("zero") << QStringLiteral("0") << false << DormancyPolicy::DefaultMonths;
    QTest::newRow("negative") << QStringLiteral("-3") << false << DormancyPolicy::DefaultMonths;
    QTest::newRow("too many") << QStringLiteral("121") << false << DormancyPolicy::DefaultMonths;
    QTest::newRow("words") << QStringLiteral("six") << false << DormancyPolicy::DefaultMonths;
    QTest::newRow("fraction") << QStringLiteral("2.5") << false << DormancyPolicy::DefaultMonths;
}

void TestDormancy::settingsRoundTripAndBadValues()
{
    QFETCH(QString, stored);
    QFETCH(bool, valid);
    QFETCH(int, months);
    QString error;
    int parsed = -1;
    QCOMPARE(DormancyPolicy::parseMonths(stored, &parsed, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    const DormancyPolicy policy = DormancyPolicy::fromSettings({{DormancyPolicy::settingsKey(), stored}});
    QCOMPARE(policy.months(), months);
    QCOMPARE(DormancyPolicy::fromSettings(policy.toSettings()).months(), months);
    QCOMPARE(DormancyPolicy::fromSettings({}).months(), DormancyPolicy::DefaultMonths);
}

void TestDormancy::overdueNextAction_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("due yesterday") << stage::Contacted << QDate(2024, 5, 9) << true;
    QTest::newRow("due today") << stage::Contacted << QDate(2024, 5, 10) << false;
    QTest::newRow("due tomorrow") << stage::Contacted << QDate(2024, 5, 11) << false;
    QTest::newRow("no due date") << stage::Contacted << QDate() << false;
    QTest::newRow("closed") << stage::Closed << QDate(2020, 1, 1) << false;
    QTest::newRow("dormant still reminds") << stage::Dormant << QDate(2020, 1, 1) << true;
}

void TestDormancy::overdueNextAction()
{
    QFETCH(QString, stage);
    QFETCH(QDate, due);
    QFETCH(bool, overdue);
    Partnership p = partnershipAt(stage, QDate(2020, 1, 1), QDate(2020, 1, 1));
    p.nextActionDue = due;
    QCOMPARE(isNextActionOverdue(p, QDate(2024, 5, 10)), overdue);
}

void TestDormancy::filterAcceptsRows_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("attention");
    QTest::addColumn<bool>("accepted");
    // The row: Luoyang – Mexico City, contacted, owned by Ana, overdue but not dormant.
    QTest::newRow("no filter") << QString() << QString() << QString() << int(PipelineAttention::Any) << true;
    QTest::newRow("same stage") << stage::Contacted << QString() << QString() << int(PipelineAttention::Any) << true;
    QTest::newRow("other stage") << stage::Active << QString() << QString() << int(PipelineAttention::Any) << false;
    QTest::newRow("owner ignoring case") << QString() << QStringLiteral(" ana ") << QString()
                                         << int(PipelineAttention::Any) << true;
    QTest::newRow("other owner") << QString() << QStringLiteral("Bo") << QString() << int(PipelineAttention::Any)
                                 << false;
    QTest::newRow("traditional Chinese name")
        << QString() << QString() << QStringLiteral("洛陽") << int(PipelineAttention::Any) << true;
    QTest::newRow("accents and spaces") << QString() << QString() << QStringLiteral("mexico ci")
                                        << int(PipelineAttention::Any) << true;
    QTest::newRow("next action word") << QString() << QString() << QStringLiteral("VIDEO")
                                      << int(PipelineAttention::Any) << true;
    QTest::newRow("unmatched text") << QString() << QString() << QStringLiteral("Nuuk") << int(PipelineAttention::Any)
                                    << false;
    QTest::newRow("punctuation only matches all")
        << QString() << QString() << QStringLiteral(" - ") << int(PipelineAttention::Any) << true;
    QTest::newRow("overdue") << QString() << QString() << QString() << int(PipelineAttention::Overdue) << true;
    QTest::newRow("dormant") << QString() << QString() << QString() << int(PipelineAttention::Dormant) << false;
    QTest::newRow("either") << QString() << QString() << QString() << int(PipelineAttention::OverdueOrDormant) << true;
    QTest::newRow("all together") << stage::Contacted << QStringLiteral("Ana") << QStringLiteral("luoyang")
                                  << int(PipelineAttention::Overdue) << true;
}

void TestDormancy::filterAcceptsRows()
{
    QFETCH(QString, stage);
    QFETCH(QString, owner);
    QFETCH(QString, text);
    QFETCH(int, attention);
    QFETCH(bool, accepted);
    Partnership p = partnershipAt(stage::Contacted, QDate(2024, 1, 1), QDate(2024, 1, 1));
    p.owner = QStringLiteral("Ana");
    p.nextAction = QStringLiteral("Video call with the mayors");
    PipelineRowFacts row;
    row.stage = p.stage;
    row.owner = p.owner;
    row.searchKeys = PipelineFilter::searchKeysOf(p);
    row.searchKeys << searchKey(QStringLiteral("洛阳")) << searchKey(QStringLiteral("Luoyang"))
                   << searchKey(QStringLiteral("Ciudad de México")) << searchKey(QStringLiteral("Mexico City"));
    row.overdue = true;
    row.dormant = false;

    PipelineFilter filter;
    QVERIFY(!filter.isActive());
    filter.setStage(stage);
    filter.setOwner(owner);
    filter.setText(text);
    filter.setAttention(PipelineAttention(attention));
    QCOMPARE(filter.accepts(row), accepted);
}

void TestDormancy::settingEditIsUndoneAndMerges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto store = SqliteWorkspaceStore::create(dir.filePath(QStringLiteral("w.citybridge")), &error);
    QVERIFY2(store, qPrintable(error));
    const auto months = [&] { return DormancyPolicy::fromSettings(store->pipeline().settings(nullptr)).months(); };
    const auto run = [&](WorkspaceEdit& edit, bool forward) {
        return store->inTransaction(
            [&](QString* e) { return forward ? edit.apply(*store, e) : edit.revert(*store, e); }, &error);
    };
    QCOMPARE(months(), DormancyPolicy::DefaultMonths);

    auto* first = new DormancySettingEdit(9, QStringLiteral("9"));
    QVERIFY2(run(*first, true), qPrintable(error));
    QCOMPARE(months(), 9);
    auto* second = new DormancySettingEdit(12, QStringLiteral("12"));
    QVERIFY2(run(*second, true), qPrintable(error));
    QCOMPARE(months(), 12);

    // The stack merges the two steps: one undo goes back to the default.
    QUndoStack stack;
    stack.push(first);
    stack.push(second);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(first->months(), 12);
    QVERIFY2(run(*first, false), qPrintable(error));
    QCOMPARE(months(), DormancyPolicy::DefaultMonths);
    QVERIFY2(run(*first, true), qPrintable(error));
    QCOMPARE(months(), 12);
}

void TestDormancy::settingEditRefusesOutOfRange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto store = SqliteWorkspaceStore::create(dir.filePath(QStringLiteral("w.citybridge")), &error);
    QVERIFY2(store, qPrintable(error));
    DormancySettingEdit edit(0, QStringLiteral("0"));
    QVERIFY(!store->inTransaction([&](QString* e) { return edit.apply(*store, e); }, &error));
    QVERIFY(error.contains(QLatin1String("120")));
    QCOMPARE(store->pipeline().settings(nullptr).value(DormancyPolicy::settingsKey()), QString());
}

QTEST_GUILESS_MAIN(TestDormancy)
#include "tst_dormancy.moc"
