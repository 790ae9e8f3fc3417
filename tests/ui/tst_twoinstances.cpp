// SPDX-License-Identifier: GPL-3.0-or-later
// Two CityBridge instances on one workspace file: concurrent writers from two processes never break the file and
// lose no reported edit; a second window sees the first one's changes; a lock held too long gives a clear message
// and writes nothing.
//
// The writer processes are this test executable itself, started with --writer (see main below): each opens the
// workspace through WorkspaceDocument, as the window does, and saves edits one by one, printing every saved one.

#include "SqliteProbe.h"
#include "UiTestWorkspace.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QApplication>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>
#include <QtTest>

#include <cstdio>

using namespace cb;
using namespace cb::ui;

namespace {

constexpr int kEditsPerWriter = 150;

/** One edit of several rows: a note on an actor and the writer's counter in the workspace settings. */
class NoteEdit : public WorkspaceEdit
{
public:
    NoteEdit(ActorId actor, QString writer, int number)
        : WorkspaceEdit(QStringLiteral("note")), m_actor(actor), m_writer(std::move(writer)), m_number(number)
    {
    }
    bool apply(WorkspaceStore& store, QString* error) override
    {
        Note note;
        note.subjectKind = QStringLiteral("actor");
        note.subjectId = m_actor;
        note.author = m_writer;
        note.createdAt = QDateTime::currentDateTimeUtc();
        note.body = body();
        return store.pipeline().addNote(note, error) &&
               store.pipeline().setSettings({{QStringLiteral("test/last-") + m_writer, QString::number(m_number)}},
                                            error);
    }
    bool revert(WorkspaceStore&, QString* error) override
    {
        if (error)
            *error = QStringLiteral("not undone in this test");
        return false;
    }
    QString body() const { return m_writer + QLatin1Char('-') + QString::number(m_number); }

private:
    ActorId m_actor;
    QString m_writer;
    int m_number;
};

/**
 * The child process: opens the workspace, prints "ready", waits for the go file, then saves count edits, printing
 * "saved <body>" after each.
 */
int runWriter(const QString& path, const QString& writer, int count, const QString& goFile)
{
    WorkspaceDocument document;
    document.setWatchInterval(0);
    QString error;
    if (!document.open(path, &error)) {
        std::printf("open failed: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    QElapsedTimer wait;
    wait.start();
    while (!QFile::exists(goFile) && wait.elapsed() < 60000)
        QThread::msleep(2);
    if (!QFile::exists(goFile)) {
        std::printf("no start signal within 60 s\n");
        return 3;
    }
    const ActorId actor = document.data().actors.first().id;
    for (int i = 1; i <= count; ++i) {
        auto edit = std::make_unique<NoteEdit>(actor, writer, i);
        const QString body = edit->body();
        if (document.perform(std::move(edit), &error))
            std::printf("saved %s\n", qPrintable(body));
        else
            std::printf("failed %s: %s\n", qPrintable(body), qPrintable(error));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestTwoInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void concurrentWritersNeverBreakTheFile();
    void secondWindowSeesTheFirstOnesChanges();
    void changesFromAnotherProcessAreSeen();
    void lockedTooLongGivesAClearMessage();
    void windowRefreshesOnF5AndActivation();

private:
    QTemporaryDir m_dir;
    test::UiTestWorkspace m_workspace;
    int m_round = 0;
};

void TestTwoInstances::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CityBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_twoinstances"));
    installLanguage(QStringLiteral("en"));
}

void TestTwoInstances::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.build(m_dir.filePath(QStringLiteral("shared-%1.citybridge").arg(++m_round)), &error),
             qPrintable(error));
}

void TestTwoInstances::concurrentWritersNeverBreakTheFile()
{
    const QString go = m_dir.filePath(QStringLiteral("go-%1").arg(m_round));
    const QStringList writers{QStringLiteral("A"), QStringLiteral("B")};
    QList<QProcess*> processes;
    for (const QString& writer : writers) {
        auto* process = new QProcess(this);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--writer"), m_workspace.path, writer, QString::number(kEditsPerWriter), go});
        QVERIFY(process->waitForStarted());
        processes.append(process);
    }
    // Both have opened the workspace before either starts writing, so that their edits really meet.
    for (QProcess* process : processes) {
        while (!process->canReadLine())
            QVERIFY(process->waitForReadyRead(60000));
        QCOMPARE(process->readLine().trimmed(), QByteArray("ready"));
    }
    QElapsedTimer clock;
    clock.start();
    QFile(go).open(QIODevice::WriteOnly);
    QSet<QString> reported;
    int failed = 0;
    for (QProcess* process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("saved ")))
                reported.insert(line.mid(6));
            else
                ++failed;
        }
        if (failed)
            qWarning("%s", qPrintable(lines.join(QLatin1Char('\n'))));
    }
    const double seconds = clock.elapsed() / 1000.0;

    test::SqliteProbe probe(m_workspace.path, true);
    QVERIFY(probe.isOpen());
    QCOMPARE(test::integrityCheck(probe.db()), QStringLiteral("ok"));
    QSet<QString> stored;
    QSqlQuery notes(probe.db());
    QVERIFY(notes.exec(QStringLiteral("SELECT body FROM notes WHERE author IN ('A', 'B')")));
    int rows = 0;
    while (notes.next()) {
        stored.insert(notes.value(0).toString());
        ++rows;
    }
    // How often the writer changes along the file's order: the two processes really wrote at the same time.
    QSqlQuery order(probe.db());
    QVERIFY(order.exec(QStringLiteral("SELECT author FROM notes WHERE author IN ('A', 'B') ORDER BY id")));
    int switches = 0;
    QString last;
    while (order.next()) {
        if (!last.isEmpty() && order.value(0).toString() != last)
            ++switches;
        last = order.value(0).toString();
    }
    qInfo("two writer processes: %d edits reported saved, %d failed, %d notes stored, writer switched %d times, %.1f s",
          int(reported.size()), failed, rows, switches, seconds);
    QVERIFY2(switches >= 2, "the writers did not overlap");
    // Every reported edit is there, once, and nothing that was not reported.
    QCOMPARE(rows, int(stored.size()));
    QCOMPARE(stored, reported);
    QCOMPARE(failed, 0);
    QCOMPARE(int(reported.size()), 2 * kEditsPerWriter);
    // Each edit's second row landed with its first: the counters are the last edit of each writer.
    for (const QString& writer : writers) {
        QCOMPARE(probe.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'test/last-%1'").arg(writer))
                     .toString(),
                 QString::number(kEditsPerWriter));
    }
}

void TestTwoInstances::secondWindowSeesTheFirstOnesChanges()
{
    WorkspaceDocument first;
    WorkspaceDocument second;
    QString error;
    QVERIFY2(first.open(m_workspace.path, &error), qPrintable(error));
    QVERIFY2(second.open(m_workspace.path, &error), qPrintable(error));
    first.setWatchInterval(0);
    second.setWatchInterval(50);
    QSignalSpy secondChanged(&second, &WorkspaceDocument::dataChanged);
    QSignalSpy firstChanged(&first, &WorkspaceDocument::dataChanged);

    // Nothing changed: looking does not reload.
    QVERIFY(!second.refreshIfChangedElsewhere(&error));
    QVERIFY(error.isEmpty());
    QCOMPARE(secondChanged.count(), 0);

    const ActorId actor = first.data().actors.first().id;
    QVERIFY2(first.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("first"), 1), &error), qPrintable(error));
    QCOMPARE(first.data().settings.value(QStringLiteral("test/last-first")), QStringLiteral("1"));
    QCOMPARE(firstChanged.count(), 1); // its own edit, read back once
    // Its own commit is not a change made elsewhere.
    QVERIFY(!first.refreshIfChangedElsewhere());
    QCOMPARE(firstChanged.count(), 1);

    // The second window's watch picks the change up by itself.
    QTRY_COMPARE_WITH_TIMEOUT(second.data().settings.value(QStringLiteral("test/last-first")), QStringLiteral("1"),
                              5000);
    QCOMPARE(secondChanged.count(), 1);
    // And only once.
    QTest::qWait(200);
    QCOMPARE(secondChanged.count(), 1);

    // Without the watch, an explicit refresh (View > Refresh, window activation) does it.
    second.setWatchInterval(0);
    QVERIFY2(first.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("first"), 2), &error), qPrintable(error));
    QTest::qWait(100);
    QCOMPARE(second.data().settings.value(QStringLiteral("test/last-first")), QStringLiteral("1"));
    QVERIFY(second.refreshIfChangedElsewhere(&error));
    QCOMPARE(second.data().settings.value(QStringLiteral("test/last-first")), QStringLiteral("2"));
    // And the second window's own edit reaches the first one the same way.
    QVERIFY2(second.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("second"), 1), &error), qPrintable(error));
    QVERIFY(first.refreshIfChangedElsewhere(&error));
    QCOMPARE(first.data().settings.value(QStringLiteral("test/last-second")), QStringLiteral("1"));
}

void TestTwoInstances::changesFromAnotherProcessAreSeen()
{
    WorkspaceDocument document;
    QString error;
    QVERIFY2(document.open(m_workspace.path, &error), qPrintable(error));
    document.setWatchInterval(50);
    const QString go = m_dir.filePath(QStringLiteral("go-%1").arg(m_round));
    QFile(go).open(QIODevice::WriteOnly);
    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--writer"), m_workspace.path, QStringLiteral("other"), QStringLiteral("3"), go});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(document.data().settings.value(QStringLiteral("test/last-other")), QStringLiteral("3"),
                              5000);
}

void TestTwoInstances::lockedTooLongGivesAClearMessage()
{
    const int previous = Database::busyTimeout();
    Database::setBusyTimeout(300);
    WorkspaceDocument document;
    QString error;
    const bool opened = document.open(m_workspace.path, &error);
    Database::setBusyTimeout(previous);
    QVERIFY2(opened, qPrintable(error));
    document.setWatchInterval(0);
    const ActorId actor = document.data().actors.first().id;

    // Another program holds the write lock, in the middle of its own change.
    test::SqliteProbe other(m_workspace.path);
    QVERIFY(other.isOpen());
    QVERIFY(other.run(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(other.run(QStringLiteral("INSERT INTO settings(key, value) VALUES ('test/other', 'pending')")));
    const qint64 notesBefore = other.scalar(QStringLiteral("SELECT count(*) FROM notes")).toLongLong();

    QElapsedTimer clock;
    clock.start();
    QVERIFY(!document.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("blocked"), 1), &error));
    const qint64 waited = clock.elapsed();
    qInfo("write refused after waiting %lld ms for the lock: %s", waited, qPrintable(error));
    QVERIFY2(error.contains(
                 QLatin1String("is being changed by another CityBridge window or program; try again in a moment")),
             qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(m_workspace.path).fileName()), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("database is locked")));
    QVERIFY(waited >= 250);
    QVERIFY(waited < 5000);
    QCOMPARE(document.undoStack()->count(), 0);
    // In the officer's language.
    installLanguage(QStringLiteral("zh"));
    QString chinese;
    QVERIFY(!document.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("blocked"), 1), &chinese));
    installLanguage(QStringLiteral("es"));
    QString spanish;
    QVERIFY(!document.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("blocked"), 1), &spanish));
    installLanguage(QStringLiteral("en"));
    QVERIFY2(chinese.contains(QStringLiteral("正在被另一个 CityBridge 窗口或程序修改")), qPrintable(chinese));
    QVERIFY2(spanish.contains(QStringLiteral("vuelva a intentarlo en un momento")), qPrintable(spanish));

    // Nothing of the refused edit was written.
    QVERIFY(other.run(QStringLiteral("ROLLBACK")));
    QCOMPARE(other.scalar(QStringLiteral("SELECT count(*) FROM notes")).toLongLong(), notesBefore);
    QVERIFY(!other.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'test/last-blocked'")).isValid());

    // Once the lock is gone, the same edit goes through.
    QVERIFY2(document.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("blocked"), 1), &error),
             qPrintable(error));
    QCOMPARE(other.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'test/last-blocked'")).toString(),
             QStringLiteral("1"));
    QCOMPARE(test::integrityCheck(other.db()), QStringLiteral("ok"));
}

void TestTwoInstances::windowRefreshesOnF5AndActivation()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.openWorkspace(m_workspace.path, &error), qPrintable(error));
    window.document()->setWatchInterval(0);
    auto* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(refresh->isEnabled());
    QCOMPARE(refresh->text(), QStringLiteral("&Refresh"));

    WorkspaceDocument other;
    QVERIFY2(other.open(m_workspace.path, &error), qPrintable(error));
    other.setWatchInterval(0);
    const ActorId actor = other.data().actors.first().id;
    QVERIFY2(other.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("other"), 1), &error), qPrintable(error));
    QVERIFY(window.document()->data().settings.value(QStringLiteral("test/last-other")).isEmpty());
    refresh->trigger();
    QCOMPARE(window.document()->data().settings.value(QStringLiteral("test/last-other")), QStringLiteral("1"));

    // Coming back to the window reads what was saved meanwhile.
    QVERIFY2(other.perform(std::make_unique<NoteEdit>(actor, QStringLiteral("other"), 2), &error), qPrintable(error));
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    QCOMPARE(window.document()->data().settings.value(QStringLiteral("test/last-other")), QStringLiteral("2"));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc == 6 && qstrcmp(argv[1], "--writer") == 0) {
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QByteArray(argv[4]).toInt(),
                         QString::fromLocal8Bit(argv[5]));
    }
    TestTwoInstances test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twoinstances.moc"
