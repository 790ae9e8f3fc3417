// SPDX-License-Identifier: GPL-3.0-or-later
// The Merge Package dialog: it plans a colleague's package against the open workspace, lists the new city and the
// population conflict with both values, lets the officer take theirs, merges as one undoable edit, and refuses a
// damaged package with a message and a disabled Merge button. Screenshots in en / zh / es when
// CITYBRIDGE_SCREENSHOT_DIR is set.
#include "exchange/WorkspacePackage.h"
#include "i18n/Translations.h"
#include "storage/Backup.h"
#include "storage/SqliteWorkspaceStore.h"
#include "exchange/MergeConflictModel.h"
#include "exchange/MergeDialog.h"
#include "workspace/WorkspaceDocument.h"
#include "workspace/SampleImporter.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

qint64 population(const WorkspaceData& d, const QString& uid)
{
    for (const Actor& a : d.actors) {
        if (a.uid == uid)
            return a.city.population;
    }
    return -1;
}

} // namespace

class TestMergeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mergesWithTheOfficersChoice();
    void damagedPackageIsRefused();
    void screenshots();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_package;
};

void TestMergeDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    {
        auto mine = SqliteWorkspaceStore::create(path(QStringLiteral("mine.cb")), &error);
        QVERIFY2(mine, qPrintable(error));
        QVERIFY2(importSampleJson(*mine, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    QVERIFY2(backupDatabase(path(QStringLiteral("mine.cb")), path(QStringLiteral("theirs.cb")), &error),
             qPrintable(error));
    {
        auto theirs = SqliteWorkspaceStore::open(path(QStringLiteral("theirs.cb")), &error);
        QVERIFY2(theirs, qPrintable(error));
        WorkspaceData d;
        QVERIFY2(loadWorkspace(*theirs, &d, &error), qPrintable(error));
        for (const Actor& a : d.actors) {
            if (a.uid == QLatin1String("city:luoyang")) {
                Actor changed = a;
                changed.city.population = 7654321;
                changed.city.areaKm2 = 15236.0;
                QVERIFY2(theirs->actors().save(changed, &error), qPrintable(error));
            }
        }
        Actor city;
        city.uid = QStringLiteral("city:puebla-test");
        city.countryCode = QStringLiteral("MX");
        city.names = LocalizedText{{lang::En, QStringLiteral("Atlixco")},
                                   {lang::Zh, QStringLiteral("阿特利斯科")},
                                   {lang::Es, QStringLiteral("Atlixco")}};
        QVERIFY2(theirs->actors().save(city, &error), qPrintable(error));
    }
    m_package = path(QStringLiteral("theirs.cbpkg"));
    QVERIFY2(
        WorkspacePackage::exportPackage(path(QStringLiteral("theirs.cb")), m_package, QStringLiteral("li"), &error),
        qPrintable(error));
}

void TestMergeDialog::mergesWithTheOfficersChoice()
{
    const QString mine = path(QStringLiteral("mine-merge.cb"));
    QString error;
    QFile::remove(mine);
    QVERIFY2(backupDatabase(path(QStringLiteral("mine.cb")), mine, &error), qPrintable(error));
    WorkspaceDocument document;
    QVERIFY2(document.open(mine, &error), qPrintable(error));
    const qint64 before = population(document.data(), QStringLiteral("city:luoyang"));

    MergeDialog dialog(&document, m_package);
    QVERIFY2(dialog.hasPlan(), qPrintable(dialog.errorString()));
    QAbstractItemModelTester tester(dialog.conflictModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();

    MergeConflictModel* model = dialog.conflictModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, MergeConflictModel::MineColumn).data().toString(), QString::number(before));
    QCOMPARE(model->index(0, MergeConflictModel::TheirsColumn).data().toString(), QStringLiteral("7654321"));
    QCOMPARE(model->index(0, MergeConflictModel::MineColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    auto* added = dialog.findChild<QListWidget*>(QStringLiteral("addedList"));
    QVERIFY(added);
    QCOMPARE(added->count(), 1);
    QVERIFY(added->item(0)->text().contains(QStringLiteral("Atlixco")));
    auto* updates = dialog.findChild<QListWidget*>(QStringLiteral("updatesList"));
    QCOMPARE(updates->count(), 1); // the area, which only the package has

    // Taking theirs in one cell unchecks mine in the same row.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(model->setData(model->index(0, MergeConflictModel::TheirsColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->index(0, MergeConflictModel::MineColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepAllMine")), Qt::LeftButton);
    QCOMPARE(model->index(0, MergeConflictModel::TheirsColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("takeAllTheirs")), Qt::LeftButton);
    QVERIFY(dialog.currentPlan().conflicts.first().takeTheirs);

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(population(document.data(), QStringLiteral("city:luoyang")), qint64(7654321));
    QVERIFY(population(document.data(), QStringLiteral("city:puebla-test")) >= 0);
    QCOMPARE(document.undoStack()->count(), 1);

    QVERIFY2(document.undo(&error), qPrintable(error));
    QCOMPARE(population(document.data(), QStringLiteral("city:luoyang")), before);
    QCOMPARE(population(document.data(), QStringLiteral("city:puebla-test")), qint64(-1));
}

void TestMergeDialog::damagedPackageIsRefused()
{
    const QString damaged = path(QStringLiteral("damaged.cbpkg"));
    {
        QFile in(m_package);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    QString error;
    WorkspaceDocument document;
    QVERIFY2(document.open(path(QStringLiteral("mine.cb")), &error), qPrintable(error));
    MergeDialog dialog(&document, damaged);
    dialog.show();
    QVERIFY(!dialog.hasPlan());
    QVERIFY2(dialog.errorString().contains(QStringLiteral("damaged")), qPrintable(dialog.errorString()));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("mergeError"))->isVisible());
    QVERIFY(!dialog.merge());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestMergeDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    QString error;
    WorkspaceDocument document;
    QVERIFY2(document.open(path(QStringLiteral("mine.cb")), &error), qPrintable(error));
    MergeDialog dialog(&document, m_package);
    dialog.show();
    for (const QString& language : {lang::En, lang::Zh, lang::Es}) {
        installLanguage(language);
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("theirs.cbpkg")));
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + QStringLiteral("/merge-") + language + QStringLiteral(".png")));
    }
    installLanguage(lang::En);
}

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
