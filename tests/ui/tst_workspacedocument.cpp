// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestWorkspace.h"
#include "storage/BackupRotation.h"
#include "workspace/WorkspaceDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

// Only the undo stack's bookkeeping matters here: that opening another workspace forgets old commands.
class NoteCommand : public QUndoCommand
{
public:
    NoteCommand() : QUndoCommand(QStringLiteral("note")) {}
    void undo() override {}
    void redo() override {}
};

// Puts a "deferred" rule on a pair through the store, and can be told to fail, as a full or read-only disk would.
class DeferEdit : public WorkspaceEdit
{
public:
    DeferEdit(ActorId a, ActorId b, bool* failing) : WorkspaceEdit(QStringLiteral("defer")), m_a(a), m_b(b), m_failing(failing)
    {
    }
    bool apply(WorkspaceStore& store, QString* error) override
    {
        PairRule rule{std::min(m_a, m_b), std::max(m_a, m_b), QStringLiteral("deferred"), {}, {}, QDateTime::currentDateTimeUtc()};
        return store.pipeline().setPairRule(rule, error) && check(error);
    }
    bool revert(WorkspaceStore& store, QString* error) override
    {
        return store.pipeline().clearPairRule(m_a, m_b, QStringLiteral("deferred"), error) && check(error);
    }

private:
    bool check(QString* error) const
    {
        if (*m_failing && error)
            *error = QStringLiteral("disk full");
        return !*m_failing;
    }
    ActorId m_a;
    ActorId m_b;
    bool* m_failing;
};

} // namespace

class TestWorkspaceDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openAnnouncesAndLoads();
    void openFailureKeepsCurrent_data();
    void openFailureKeepsCurrent();
    void saveAsContinuesOnCopy();
    void saveAsOntoItselfIsNoOp();
    void createNew();
    void createNewRefusesOpenFile();
    void closeEmpties();
    void failedWritesKeepTheStackWhereItWas();
    void openingMakesTheDailyBackup();

private:
    QTemporaryDir m_dir;
    test::UiTestWorkspace m_workspace;
};

void TestWorkspaceDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.build(m_dir.filePath(QStringLiteral("doc.citybridge")), &error), qPrintable(error));
}

void TestWorkspaceDocument::openAnnouncesAndLoads()
{
    WorkspaceDocument document;
    QSignalSpy opened(&document, &WorkspaceDocument::workspaceOpened);
    QSignalSpy changed(&document, &WorkspaceDocument::dataChanged);
    QVERIFY(!document.isOpen());
    QVERIFY(document.store() == nullptr);
    QString error;
    QVERIFY2(document.open(m_workspace.path, &error), qPrintable(error));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(document.isOpen());
    QCOMPARE(document.path(), QFileInfo(m_workspace.path).absoluteFilePath());
    QCOMPARE(document.data().actors.size(), 10);
    QCOMPARE(document.data().countries.size(), 5);
    QVERIFY(document.data().actor(m_workspace.ids.value(QStringLiteral("Luoyang"))) != nullptr);
    QCOMPARE(document.store()->location(), document.path());

    QVERIFY2(document.reload(&error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(opened.count(), 1);
}

void TestWorkspaceDocument::openFailureKeepsCurrent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("missing file") << QStringLiteral("missing.citybridge") << QByteArray();
    QTest::newRow("text file") << QStringLiteral("notes.citybridge") << QByteArray("not a database\n");
    QTest::newRow("empty name") << QString() << QByteArray();
}

void TestWorkspaceDocument::openFailureKeepsCurrent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QString path;
    if (!fileName.isEmpty()) {
        path = m_dir.filePath(fileName);
        if (!contents.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
    }
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.open(m_workspace.path, &error), qPrintable(error));
    QSignalSpy opened(&document, &WorkspaceDocument::workspaceOpened);
    QVERIFY(!document.open(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(document.path(), QFileInfo(m_workspace.path).absoluteFilePath());
    QCOMPARE(document.data().actors.size(), 10);
}

void TestWorkspaceDocument::saveAsContinuesOnCopy()
{
    QTemporaryDir dir;
    test::UiTestWorkspace workspace;
    QString error;
    QVERIFY2(workspace.build(dir.filePath(QStringLiteral("original.citybridge")), &error), qPrintable(error));
    WorkspaceDocument document;
    QVERIFY2(document.open(workspace.path, &error), qPrintable(error));
    document.undoStack()->push(new NoteCommand);
    QSignalSpy opened(&document, &WorkspaceDocument::workspaceOpened);

    // An older file at the destination, with a write-ahead log of its own, is replaced entirely.
    const QString copy = dir.filePath(QStringLiteral("copy.citybridge"));
    QFile stale(copy + QStringLiteral("-wal"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale log of another database");
    stale.close();
    QVERIFY2(document.saveAs(copy, &error), qPrintable(error));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(document.path(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(document.data().actors.size(), 10);
    QCOMPARE(document.undoStack()->count(), 0);
    QFile log(copy + QStringLiteral("-wal"));
    if (log.open(QIODevice::ReadOnly))
        QVERIFY(!log.readAll().startsWith("stale"));

    // Work continues on the copy: an edit lands there and not in the original.
    Actor added;
    added.uid = QStringLiteral("city:copy-only");
    added.names = LocalizedText{{lang::En, QStringLiteral("Copy Only")}};
    QVERIFY2(document.store()->actors().save(added, &error), qPrintable(error));
    QVERIFY2(document.reload(&error), qPrintable(error));
    QCOMPARE(document.data().actors.size(), 11);
    WorkspaceDocument original;
    QVERIFY2(original.open(workspace.path, &error), qPrintable(error));
    QCOMPARE(original.data().actors.size(), 10);

    WorkspaceDocument nothingOpen;
    QVERIFY(!nothingOpen.saveAs(dir.filePath(QStringLiteral("x.citybridge")), &error));
    QVERIFY(!error.isEmpty());
}

void TestWorkspaceDocument::saveAsOntoItselfIsNoOp()
{
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.open(m_workspace.path, &error), qPrintable(error));
    QSignalSpy opened(&document, &WorkspaceDocument::workspaceOpened);
    QVERIFY2(document.saveAs(m_workspace.path, &error), qPrintable(error));
    QCOMPARE(opened.count(), 0);
    QCOMPARE(document.data().actors.size(), 10);
}

void TestWorkspaceDocument::createNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.citybridge"));
    WorkspaceDocument document;
    QSignalSpy opened(&document, &WorkspaceDocument::workspaceOpened);
    QString error;
    if (!QFile::exists(QStringLiteral(":/countries/countries.json"))) {
        // Without the bundled country list a new workspace would be unusable: creation fails and leaves nothing.
        QVERIFY(!document.createNew(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(opened.count(), 0);
        return;
    }
    QVERIFY2(document.createNew(path, &error), qPrintable(error));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(document.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(document.data().countries.size() > 200);
    QVERIFY(document.data().actors.isEmpty());
    QVERIFY(document.data().country(QStringLiteral("MX")) != nullptr);

    // Creating over an existing (closed) workspace replaces it.
    QVERIFY2(document.open(m_workspace.path, &error), qPrintable(error));
    QVERIFY2(document.createNew(path, &error), qPrintable(error));
    QVERIFY(document.data().actors.isEmpty());
}

void TestWorkspaceDocument::createNewRefusesOpenFile()
{
    QTemporaryDir dir;
    test::UiTestWorkspace workspace;
    QString error;
    QVERIFY2(workspace.build(dir.filePath(QStringLiteral("busy.citybridge")), &error), qPrintable(error));
    WorkspaceDocument document;
    QVERIFY2(document.open(workspace.path, &error), qPrintable(error));
    QVERIFY(!document.createNew(workspace.path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.data().actors.size(), 10);
    QVERIFY(!document.createNew(QString(), &error));
}

void TestWorkspaceDocument::closeEmpties()
{
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.open(m_workspace.path, &error), qPrintable(error));
    QSignalSpy opened(&document, &WorkspaceDocument::workspaceOpened);
    document.close();
    QCOMPARE(opened.count(), 1);
    QVERIFY(!document.isOpen());
    QVERIFY(document.path().isEmpty());
    QVERIFY(document.data().actors.isEmpty());
    document.close();
    QCOMPARE(opened.count(), 1);
}

// A write that fails (inside its transaction) changes nothing: perform() drops the edit, and undo() or redo()
// leaves both the file and the stack's index where they were, so the officer can try again once the disk is back.
void TestWorkspaceDocument::failedWritesKeepTheStackWhereItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.citybridge"));
    QVERIFY(QFile::copy(m_workspace.path, path));
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.open(path, &error), qPrintable(error));
    const ActorId a = document.data().actors.constFirst().id;
    const ActorId b = document.data().actors.constLast().id;
    auto rules = [&] { return document.store()->pipeline().pairRules(nullptr).size(); };
    const int before = int(rules());
    QSignalSpy changed(&document, &WorkspaceDocument::dataChanged);
    QSignalSpy failed(&document, &WorkspaceDocument::editFailed);

    bool failing = true;
    QVERIFY(!document.perform(std::make_unique<DeferEdit>(a, b, &failing), &error));
    QCOMPARE(error, QStringLiteral("disk full"));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(int(rules()), before);

    failing = false;
    QVERIFY2(document.perform(std::make_unique<DeferEdit>(a, b, &failing), &error), qPrintable(error));
    QCOMPARE(document.undoStack()->index(), 1);
    QCOMPARE(int(rules()), before + 1);
    QCOMPARE(changed.count(), 1);

    failing = true;
    QVERIFY(!document.undo(&error));
    QVERIFY(error.contains(QStringLiteral("disk full")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(document.undoStack()->index(), 1);
    QCOMPARE(int(rules()), before + 1);

    failing = false;
    QVERIFY2(document.undo(&error), qPrintable(error));
    QCOMPARE(document.undoStack()->index(), 0);
    QCOMPARE(int(rules()), before);
    failing = true;
    QVERIFY(!document.redo(&error));
    QCOMPARE(document.undoStack()->index(), 0);
    failing = false;
    QVERIFY2(document.redo(&error), qPrintable(error));
    QCOMPARE(document.undoStack()->index(), 1);
    QCOMPARE(int(rules()), before + 1);
}

// Working on a workspace keeps a verified copy of it for the day beside it; opening again the same day adds none.
void TestWorkspaceDocument::openingMakesTheDailyBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daily.citybridge"));
    QVERIFY(QFile::copy(m_workspace.path, path));
    QVERIFY(listBackups(path).isEmpty());
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.open(path, &error), qPrintable(error));
    QList<BackupInfo> backups = listBackups(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.constFirst().verified);
    document.close();
    QVERIFY2(document.open(path, &error), qPrintable(error));
    QCOMPARE(listBackups(path).size(), 1);
}

QTEST_MAIN(TestWorkspaceDocument)
#include "tst_workspacedocument.moc"
