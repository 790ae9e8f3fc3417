// SPDX-License-Identifier: GPL-3.0-or-later
// File > Restore from Backup…, driven offscreen: the dialog lists the open workspace's backups (when, kind, size,
// verified or damaged), restores a chosen one after confirmation so that the window shows the backup's content,
// keeps the replaced state as a "before restore" backup that undoes it, does nothing when the officer declines,
// and refuses a damaged backup (it cannot be chosen, and restoring it directly leaves the file as it was).
// Screenshots in en / zh / es when CITYBRIDGE_SCREENSHOT_DIR is set.
#include "backups/RestoreDialog.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "storage/BackupRotation.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** Overwrites two pages after the first (the schema page stays readable) so that the checks fail. */
bool damage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 4 * 4096)
        return false;
    file.seek(4096);
    return file.write(QByteArray(8192, '\x5a')) == 8192;
}

QString englishName(const WorkspaceData& data, const QString& uid)
{
    for (const Actor& a : data.actors) {
        if (a.uid == uid)
            return a.names.value(lang::En);
    }
    return QString();
}

QTreeWidgetItem* rowFor(QTreeWidget* list, const QString& path)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == path)
            return list->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestRestoreDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsRestoresAndUndoes();
    void declinedOrDamagedChangesNothing();
    void fileMenuOpensIt();
    void screenshots();

private:
    /** Renames the actor uid in the open workspace, through its store, and refreshes the document. */
    bool rename(WorkspaceDocument& document, const QString& uid, const QString& name, QString* error);

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_uid;
    QString m_originalName;
    QString m_goodBackup;
    QString m_damagedBackup;
    QString m_migrationBackup;
};

bool TestRestoreDialog::rename(WorkspaceDocument& document, const QString& uid, const QString& name, QString* error)
{
    WorkspaceStore* store = document.store();
    const bool ok = store->inTransaction(
        [&](QString* err) {
            for (const Actor& a : document.data().actors) {
                if (a.uid == uid) {
                    Actor changed = a;
                    changed.names.set(lang::En, name);
                    return store->actors().save(changed, err);
                }
            }
            return false;
        },
        error);
    return ok && document.reload(error);
}

void TestRestoreDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CityBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_restoredialog"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("office.citybridge"));
    QString error;
    {
        auto store = SqliteWorkspaceStore::create(m_workspace, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
        WorkspaceData data;
        QVERIFY2(loadWorkspace(*store, &data, &error), qPrintable(error));
        QVERIFY(!data.actors.empty());
        m_uid = data.actors.front().uid;
        m_originalName = data.actors.front().names.value(lang::En);
        QVERIFY(!m_originalName.isEmpty());
    }
    // Two days of backups long ago; the second goes bad on disk. One taken before a migration.
    const QDateTime day1(QDate(2024, 3, 1), QTime(9, 0));
    QVERIFY2(backupIfDue(m_workspace, day1, &error), qPrintable(error));
    QVERIFY2(backupBeforeMigration(m_workspace, 7, day1.addSecs(3600), &m_migrationBackup, &error), qPrintable(error));
    QVERIFY2(backupIfDue(m_workspace, day1.addDays(1), &error), qPrintable(error));
    for (const BackupInfo& b : listBackups(m_workspace)) {
        if (b.createdAt.date() == day1.date() && b.kind == BackupKind::Daily)
            m_goodBackup = b.path;
        else if (b.kind == BackupKind::Daily)
            m_damagedBackup = b.path;
    }
    QVERIFY(!m_goodBackup.isEmpty());
    QVERIFY(damage(m_damagedBackup));
}

void TestRestoreDialog::listsRestoresAndUndoes()
{
    QString error;
    WorkspaceDocument document;
    QVERIFY2(document.open(m_workspace, &error), qPrintable(error)); // also makes today's daily backup
    QVERIFY2(rename(document, m_uid, QStringLiteral("Changed after the backups"), &error), qPrintable(error));
    QCOMPARE(englishName(document.data(), m_uid), QStringLiteral("Changed after the backups"));

    RestoreDialog dialog(&document);
    QStringList questions;
    dialog.setConfirmation([&](QWidget*, const QString& question) {
        questions << question;
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    auto* restoreButton = dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"));
    QVERIFY(list && restoreButton);

    // Every backup is listed, newest first: today's daily one, the damaged one, the migration one, day 1.
    const QList<BackupInfo> backups = listBackups(m_workspace);
    QCOMPARE(backups.size(), 4);
    QCOMPARE(list->topLevelItemCount(), backups.size());
    for (int i = 0; i < backups.size(); ++i)
        QCOMPARE(list->topLevelItem(i)->data(0, Qt::UserRole).toString(), backups.at(i).path);
    QTreeWidgetItem* good = rowFor(list, m_goodBackup);
    QTreeWidgetItem* damaged = rowFor(list, m_damagedBackup);
    QTreeWidgetItem* migration = rowFor(list, m_migrationBackup);
    QVERIFY(good && damaged && migration);
    QCOMPARE(good->text(0), RestoreDialog::takenText(QDateTime(QDate(2024, 3, 1), QTime(9, 0))));
    QVERIFY2(good->text(0).contains(QStringLiteral("9:00:00")), qPrintable(good->text(0)));
    QCOMPARE(good->text(1), QStringLiteral("daily"));
    QCOMPARE(good->text(3), QStringLiteral("Verified"));
    QCOMPARE(migration->text(1), QStringLiteral("before migration to v7"));
    QCOMPARE(damaged->text(3), QStringLiteral("Damaged"));
    QVERIFY(!damaged->toolTip(0).isEmpty());
    QVERIFY(!good->text(2).isEmpty());

    // The damaged backup cannot be chosen.
    QVERIFY(!(damaged->flags() & Qt::ItemIsSelectable));
    QVERIFY(!(damaged->flags() & Qt::ItemIsEnabled));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(damaged).center());
    QVERIFY(dialog.selectedBackup().isEmpty() || dialog.selectedBackup() != m_damagedBackup);

    // Choose day 1 and press Restore.
    list->setCurrentItem(good);
    QCOMPARE(dialog.selectedBackup(), m_goodBackup);
    QVERIFY(restoreButton->isEnabled());
    QSignalSpy restored(&dialog, &RestoreDialog::restored);
    QSignalSpy reopened(&document, &WorkspaceDocument::workspaceOpened);
    restoreButton->click();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QStringLiteral("office.citybridge")), qPrintable(questions.first()));
    QVERIFY2(dialog.errorString().isEmpty(), qPrintable(dialog.errorString()));
    QCOMPARE(restored.count(), 1);
    QVERIFY(reopened.count() >= 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(document.isOpen());
    QCOMPARE(QFileInfo(document.path()).canonicalFilePath(), QFileInfo(m_workspace).canonicalFilePath());
    // The window shows the backup's content.
    QCOMPARE(englishName(document.data(), m_uid), m_originalName);

    // The state it replaced is a verified "before restore" backup: restoring it undoes the restore.
    const QString undo = dialog.undoBackup();
    QVERIFY(QFileInfo::exists(undo));
    bool listed = false;
    for (const BackupInfo& b : listBackups(m_workspace)) {
        if (b.path == undo) {
            listed = true;
            QCOMPARE(b.kind, BackupKind::BeforeRestore);
            QVERIFY(b.verified);
            QCOMPARE(backupKindLabel(b), QStringLiteral("before restore"));
        }
    }
    QVERIFY(listed);
    RestoreDialog again(&document);
    again.setConfirmation([](QWidget*, const QString&) { return true; });
    again.show();
    auto* againList = again.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    QTreeWidgetItem* undoRow = rowFor(againList, undo);
    QVERIFY(undoRow);
    QCOMPARE(undoRow->text(1), QStringLiteral("before restore"));
    againList->setCurrentItem(undoRow);
    QVERIFY2(again.restoreSelected(), qPrintable(again.errorString()));
    QCOMPARE(englishName(document.data(), m_uid), QStringLiteral("Changed after the backups"));
    QVERIFY2(rename(document, m_uid, m_originalName, &error), qPrintable(error)); // back for the next tests
}

void TestRestoreDialog::declinedOrDamagedChangesNothing()
{
    QString error;
    WorkspaceDocument document;
    QVERIFY2(document.open(m_workspace, &error), qPrintable(error));
    QVERIFY2(rename(document, m_uid, QStringLiteral("Kept"), &error), qPrintable(error));
    const QStringList folderBefore = QDir(backupFolder(m_workspace)).entryList(QDir::Files);

    // Declined: nothing happens.
    RestoreDialog dialog(&document);
    int asked = 0;
    dialog.setConfirmation([&](QWidget*, const QString&) {
        ++asked;
        return false;
    });
    dialog.show();
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    list->setCurrentItem(rowFor(list, m_goodBackup));
    QVERIFY(!dialog.restoreSelected());
    QCOMPARE(asked, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(englishName(document.data(), m_uid), QStringLiteral("Kept"));
    QCOMPARE(QDir(backupFolder(m_workspace)).entryList(QDir::Files), folderBefore);

    // Nothing chosen (the damaged row cannot be): Restore is disabled and refuses with a message.
    list->clearSelection();
    list->setCurrentItem(rowFor(list, m_damagedBackup));
    QVERIFY(dialog.selectedBackup().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"))->isEnabled());
    QVERIFY(!dialog.restoreSelected());
    QCOMPARE(asked, 1);
    QVERIFY(!dialog.errorString().isEmpty());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());

    // The damaged backup handed straight to the document: refused, file and window unchanged.
    document.store(); // still open
    const QByteArray bytes = fileHash(m_workspace);
    QString undo;
    error.clear();
    QVERIFY(!document.restoreFrom(m_damagedBackup, &undo, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(undo.isEmpty());
    QVERIFY(document.isOpen());
    QCOMPARE(englishName(document.data(), m_uid), QStringLiteral("Kept"));
    QCOMPARE(fileHash(m_workspace), bytes);
    QCOMPARE(QDir(backupFolder(m_workspace)).entryList(QDir::Files), folderBefore);

    // A failure after the workspace was closed for the swap (the copy beside it cannot be written): the same
    // workspace is open again, with its content, and the message says why.
    const QString blocker = m_workspace + QStringLiteral(".restoring");
    QVERIFY(QDir().mkpath(blocker + QStringLiteral("/in-the-way")));
    error.clear();
    QVERIFY(!document.restoreFrom(m_goodBackup, &undo, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be restored")), qPrintable(error));
    QVERIFY(undo.isEmpty());
    QVERIFY(document.isOpen());
    QCOMPARE(QFileInfo(document.path()).canonicalFilePath(), QFileInfo(m_workspace).canonicalFilePath());
    QCOMPARE(englishName(document.data(), m_uid), QStringLiteral("Kept"));
    QCOMPARE(QDir(backupFolder(m_workspace)).entryList(QDir::Files), folderBefore);
    QVERIFY(QDir(blocker).removeRecursively());

    // The error is in the interface language.
    installLanguage(lang::Es);
    QVERIFY(!document.restoreFrom(m_damagedBackup, &undo, &error));
    installLanguage(lang::En);
    QVERIFY2(!error.contains(QStringLiteral("cannot be restored")), qPrintable(error));
}

void TestRestoreDialog::fileMenuOpensIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("restoreBackupAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing open yet
    QString error;
    QVERIFY2(window.openWorkspace(m_workspace, &error), qPrintable(error));
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("Restore from &Backup…"));
    action->trigger();
    auto* dialog = window.findChild<RestoreDialog*>(QStringLiteral("restoreDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList"));
    QCOMPARE(list->topLevelItemCount(), int(listBackups(m_workspace).size()));
    QVERIFY(rowFor(list, m_goodBackup));
    dialog->reject();
}

void TestRestoreDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    QString error;
    WorkspaceDocument document;
    QVERIFY2(document.open(m_workspace, &error), qPrintable(error));
    RestoreDialog dialog(&document);
    dialog.show();
    for (const QString& language : {lang::En, lang::Zh, lang::Es}) {
        installLanguage(language);
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"));
        QVERIFY(list->topLevelItemCount() >= 4);
        if (language != lang::En)
            QVERIFY2(dialog.windowTitle() != QStringLiteral("Restore from Backup"), qPrintable(language));
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + QStringLiteral("/restore-") + language + QStringLiteral(".png")));
    }
    installLanguage(lang::En);
}

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
