// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestWorkspace.h"
#include "actors/ActorBrowser.h"
#include "actors/ActorDetailPanel.h"
#include "main/MainWindow.h"
#include "main/RecentFiles.h"
#include "i18n/Translations.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>
#include <QTabWidget>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

// Stands in for a compiled catalogue: every CityBridge interface string comes back marked, so a test can see
// which texts were translated again after the language changed.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArray(context).startsWith("cb::ui::"))
            return {};
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void searchFiltersAndSelects();
    void mouseAndKeyboardSelection();
    void kindFilterAndEscaping();
    void languageSwitchRerendersData();
    void languageChangeRetranslates();
    void undoTextFollowsLanguage();
    void recentFiles();
    void openFailureKeepsWorkspace();
    void geometryIsRemembered();
    void fitsSmallScreen();

private:
    struct Window
    {
        MainWindow window;
        QLineEdit* search = nullptr;
        QComboBox* kind = nullptr;
        QTableView* table = nullptr;
        QTextBrowser* detail = nullptr;
    };
    void open(Window& w, const QString& path);
    int proxyRow(const QTableView* table, const QString& name) const;

    QTemporaryDir m_dir;
    test::UiTestWorkspace m_workspace;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CityBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.build(m_dir.filePath(QStringLiteral("ui.citybridge")), &error), qPrintable(error));
}

void TestMainWindow::init()
{
    QSettings().clear();
    installLanguage(lang::En);
}

void TestMainWindow::open(Window& w, const QString& path)
{
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QString error;
    QVERIFY2(w.window.openWorkspace(path, &error), qPrintable(error));
    w.search = w.window.findChild<QLineEdit*>(QStringLiteral("actorSearch"));
    w.kind = w.window.findChild<QComboBox*>(QStringLiteral("actorKindFilter"));
    w.table = w.window.findChild<QTableView*>(QStringLiteral("actorTable"));
    w.detail = w.window.findChild<QTextBrowser*>(QStringLiteral("actorDetail"));
    QVERIFY(w.search && w.kind && w.table && w.detail);
}

int TestMainWindow::proxyRow(const QTableView* table, const QString& name) const
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void TestMainWindow::searchFiltersAndSelects()
{
    Window w;
    open(w, m_workspace.path);
    QCOMPARE(w.table->model()->rowCount(), 10);
    QVERIFY(w.window.windowTitle().contains(QStringLiteral("ui")));
    // A freshly opened workspace shows its first actor rather than an empty page.
    QCOMPARE(w.table->currentIndex().row(), 0);
    QVERIFY(w.detail->toPlainText().contains(QStringLiteral("Ávila")));

    QTest::keyClicks(w.search, QStringLiteral("CDMX"));
    QCOMPARE(w.table->model()->rowCount(), 1);
    const QString mexico = w.detail->toPlainText();
    QVERIFY(mexico.contains(QStringLiteral("Mexico City")));
    QVERIFY(mexico.contains(QStringLiteral("Ciudad de México")));
    QVERIFY(mexico.contains(QStringLiteral("CDMX")));
    QVERIFY(mexico.contains(QStringLiteral("wants to learn from Luoyang's heritage tourism")));
    QVERIFY(mexico.contains(QStringLiteral("Mexican cities at the webinar (7 of 10 respondents)")));
    QVERIFY(mexico.contains(QStringLiteral("Contacted")));
    QVERIFY(mexico.contains(QStringLiteral("China-Mexico city exchange survey (2021-03-15)")));
    // The plural form itself comes from the English catalogue; the numbers are ours.
    QVERIFY(w.window.findChild<QLabel*>(QStringLiteral("actorCount"))->text().startsWith(QStringLiteral("1 of 10 ")));

    // Clearing the search keeps the actor the user was looking at.
    w.search->clear();
    QCOMPARE(w.table->model()->rowCount(), 10);
    QCOMPARE(w.window.actorBrowser()->currentActor(), m_workspace.ids.value(QStringLiteral("Mexico City")));

    // Chinese text arrives through the input method, as a committed string.
    QInputMethodEvent input;
    input.setCommitString(QStringLiteral("洛陽"));
    QCoreApplication::sendEvent(w.search, &input);
    QCOMPARE(w.search->text(), QStringLiteral("洛陽"));
    QCOMPARE(w.table->model()->rowCount(), 1);
    const QString luoyang = w.detail->toPlainText();
    QVERIFY(luoyang.contains(QStringLiteral("Ancient capital of thirteen dynasties.")));
    QVERIFY(luoyang.contains(QStringLiteral("Li Wei, Deputy Mayor")));
    QVERIFY(luoyang.contains(QStringLiteral("7,056,699 (2020)")));
    QVERIFY(luoyang.contains(QStringLiteral("34.6197° N, 112.4540° E")));
    QVERIFY(luoyang.contains(QStringLiteral("digital heritage exhibition")));
    QVERIFY(luoyang.contains(QStringLiteral("Interests received")));
    QVERIFY(!luoyang.contains(QStringLiteral("Interests expressed")));

    QTest::keyClicks(w.search, QStringLiteral("xyz"));
    QCOMPARE(w.table->model()->rowCount(), 0);
    QVERIFY(!w.detail->toPlainText().contains(QStringLiteral("Luoyang")));
}

void TestMainWindow::mouseAndKeyboardSelection()
{
    Window w;
    open(w, m_workspace.path);
    const int row = proxyRow(w.table, QStringLiteral("Badajoz"));
    QVERIFY(row >= 0);
    const QRect rect = w.table->visualRect(w.table->model()->index(row, 0));
    QTest::mouseClick(w.table->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(w.detail->toPlainText().contains(QStringLiteral("Badajoz")));

    const QString next = w.table->model()->index(row + 1, 0).data().toString();
    QTest::keyClick(w.table, Qt::Key_Down);
    QVERIFY(w.detail->toPlainText().startsWith(next));
    QTest::keyClick(w.table, Qt::Key_Up);
    QVERIFY(w.detail->toPlainText().startsWith(QStringLiteral("Badajoz")));

    // Down in the search box continues in the results.
    w.search->setFocus();
    QTest::keyClicks(w.search, QStringLiteral("shang"));
    QTest::keyClick(w.search, Qt::Key_Down);
    QCOMPARE(w.window.focusWidget(), w.table);
    QVERIFY(w.detail->toPlainText().startsWith(QStringLiteral("Shanghai")));

    // Sorting by a header click keeps the current actor.
    w.search->clear();
    w.table->sortByColumn(3, Qt::DescendingOrder);
    QCOMPARE(w.table->model()->index(0, 0).data().toString(), QStringLiteral("Shanghai"));
    QCOMPARE(w.window.actorBrowser()->currentActor(), m_workspace.ids.value(QStringLiteral("Shanghai")));
}

void TestMainWindow::kindFilterAndEscaping()
{
    Window w;
    open(w, m_workspace.path);
    w.kind->setCurrentIndex(2);
    QCOMPARE(w.table->model()->rowCount(), 1);
    const QString text = w.detail->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("United Nations Office for South-South Cooperation")));
    QVERIFY(text.contains(QStringLiteral("UN agency")));
    // Stored text is shown as text: markup-like content is not swallowed as a tag.
    QVERIFY(text.contains(QStringLiteral("Promotes South-South cooperation <worldwide>.")));
    QVERIFY(text.contains(QStringLiteral("Organizer")));
    // A long address wraps inside the panel instead of widening the page.
    QVERIFY(w.detail->viewport()->width() < 700);
    QVERIFY(text.contains(QStringLiteral("QrStUvWxYz1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz")));
    QVERIFY(w.detail->document()->size().width() <= w.detail->viewport()->width() + 1);
    w.kind->setCurrentIndex(1);
    QCOMPARE(w.table->model()->rowCount(), 9);
}

void TestMainWindow::languageSwitchRerendersData()
{
    Window w;
    open(w, m_workspace.path);
    QVERIFY(w.window.actorBrowser()->selectActor(m_workspace.ids.value(QStringLiteral("Luoyang"))));
    QVERIFY(w.detail->toPlainText().startsWith(QStringLiteral("Luoyang")));

    QAction* chinese = w.window.findChild<QAction*>(QStringLiteral("language_zh"));
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(currentLanguage(), lang::Zh);
    QVERIFY(chinese->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), lang::Zh);
    QTRY_VERIFY(w.detail->toPlainText().startsWith(QStringLiteral("洛阳")));
    QVERIFY(w.detail->toPlainText().contains(QStringLiteral("十三朝古都。")));
    QVERIFY(w.detail->toPlainText().contains(QStringLiteral("中国")));
    const int row = w.table->currentIndex().row();
    QCOMPARE(w.table->model()->index(row, 0).data().toString(), QStringLiteral("洛阳"));
    // Rows follow the Chinese collation: 北京 (bei) sorts first among the Chinese names.
    QCOMPARE(w.window.actorBrowser()->currentActor(), m_workspace.ids.value(QStringLiteral("Luoyang")));
    for (QMenu* menu : w.window.findChildren<QMenu*>())
        QVERIFY(!menu->title().isEmpty() || menu->objectName().isEmpty());
    QVERIFY(!w.window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title().isEmpty());

    w.window.findChild<QAction*>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(w.detail->toPlainText().contains(QStringLiteral("Antigua capital de trece dinastías.")));
    QCOMPARE(w.table->model()->index(w.table->currentIndex().row(), 2).data().toString(), QStringLiteral("China"));

    w.window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_VERIFY(w.detail->toPlainText().startsWith(QStringLiteral("Luoyang")));
}

void TestMainWindow::languageChangeRetranslates()
{
    Window w;
    open(w, m_workspace.path);
    QMenu* file = w.window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    auto* dock = w.window.findChild<QDockWidget*>(QStringLiteral("actorDock"));
    QCOMPARE(file->title(), QStringLiteral("&File"));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_COMPARE(file->title(), QStringLiteral("«&File»"));
    QCOMPARE(dock->windowTitle(), QStringLiteral("«Cities and Institutions»"));
    QCOMPARE(w.window.findChild<QAction*>(QStringLiteral("openWorkspaceAction"))->text(),
             QStringLiteral("«&Open Workspace…»"));
    QCOMPARE(w.table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("«Name»"));
    QCOMPARE(w.kind->itemText(1), QStringLiteral("«Cities»"));
    QVERIFY(w.search->placeholderText().startsWith(QStringLiteral("«")));
    QVERIFY(w.detail->toPlainText().contains(QStringLiteral("«Names»")));
    QVERIFY(w.window.windowTitle().startsWith(QStringLiteral("«")));

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QVERIFY(w.detail->toPlainText().contains(QStringLiteral("Names")));
    QVERIFY(!w.detail->toPlainText().contains(QStringLiteral("«")));
}

// An edit made in English is offered as "Undo …" in Chinese once the interface is Chinese, and back.
void TestMainWindow::undoTextFollowsLanguage()
{
    Window w;
    open(w, m_workspace.path);
    auto* months = w.window.findChild<QSpinBox*>(QStringLiteral("pipelineDormantMonths"));
    QAction* undo = w.window.findChild<QAction*>(QStringLiteral("undoAction"));
    QAction* redo = w.window.findChild<QAction*>(QStringLiteral("redoAction"));
    QVERIFY(months && undo && redo);
    const int value = months->value() == 7 ? 8 : 7;
    months->setValue(value);
    QCOMPARE(w.window.document()->undoStack()->count(), 1);
    const char* context = "cb::ui::PipelinePage";
    const char* source = "Flag as dormant after %n month(s)";
    QCOMPARE(undo->text(), QStringLiteral("&Undo Flag as dormant after %1 months").arg(value));

    w.window.findChild<QAction*>(QStringLiteral("language_zh"))->trigger();
    const QString chinese = QCoreApplication::translate(context, source, "", value);
    QVERIFY2(!chinese.contains(QStringLiteral("months")), qPrintable(chinese));
    QTRY_COMPARE(undo->text(), QCoreApplication::translate("cb::ui::MainActions", "&Undo %1").arg(chinese));
    QVERIFY(!undo->text().contains(QStringLiteral("Undo")));

    // Undone in Chinese, the redo entry is Chinese; switching to Spanish turns it Spanish.
    w.window.document()->undo();
    QCOMPARE(redo->text(), QCoreApplication::translate("cb::ui::MainActions", "&Redo %1").arg(chinese));
    w.window.findChild<QAction*>(QStringLiteral("language_es"))->trigger();
    const QString spanish = QCoreApplication::translate(context, source, "", value);
    QVERIFY2(spanish.contains(QStringLiteral("meses")), qPrintable(spanish));
    QTRY_COMPARE(redo->text(), QCoreApplication::translate("cb::ui::MainActions", "&Redo %1").arg(spanish));

    w.window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(redo->text(), QStringLiteral("&Redo Flag as dormant after %1 months").arg(value));
}

void TestMainWindow::recentFiles()
{
    {
        Window w;
        open(w, m_workspace.path);
        const QString absolute = QFileInfo(m_workspace.path).absoluteFilePath();
        QCOMPARE(RecentFiles().files().value(0), absolute);
        auto* recent = w.window.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().constFirst()->data().toString(), absolute);
    }
    // Missing files are dropped from the settings, not just hidden.
    const QString missing = m_dir.filePath(QStringLiteral("gone.citybridge"));
    RecentFiles().add(missing);
    QCOMPARE(QSettings().value(QStringLiteral("recentWorkspaces")).toStringList().value(0), missing);
    QVERIFY(!RecentFiles().files().contains(missing));
    QVERIFY(!QSettings().value(QStringLiteral("recentWorkspaces")).toStringList().contains(missing));

    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths.append(dir.filePath(QStringLiteral("w%1.citybridge").arg(i)));
        QFile file(paths.constLast());
        QVERIFY(file.open(QIODevice::WriteOnly));
        RecentFiles().add(paths.constLast());
    }
    RecentFiles().add(paths[3]);
    const QStringList files = RecentFiles().files();
    QCOMPARE(files.size(), RecentFiles::MaximumCount);
    QCOMPARE(files.value(0), paths[3]);
    QCOMPARE(files.value(1), paths[9]);
    QCOMPARE(files.count(paths[3]), 1);
    RecentFiles().clear();
    QVERIFY(RecentFiles().files().isEmpty());
}

void TestMainWindow::openFailureKeepsWorkspace()
{
    Window w;
    open(w, m_workspace.path);
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.citybridge"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("plain text");
    file.close();
    QString error;
    QVERIFY(!w.window.openWorkspace(bogus, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(w.window.document()->path(), QFileInfo(m_workspace.path).absoluteFilePath());
    QCOMPARE(w.table->model()->rowCount(), 10);
    QVERIFY(!RecentFiles().files().contains(QFileInfo(bogus).absoluteFilePath()));
}

void TestMainWindow::geometryIsRemembered()
{
    {
        Window w;
        open(w, m_workspace.path);
        w.window.resize(1366, 700);
        QTRY_COMPARE(w.window.size(), QSize(1366, 700));
        auto* dock = w.window.findChild<QDockWidget*>(QStringLiteral("actorDock"));
        w.window.resizeDocks({dock}, {380}, Qt::Horizontal);
        QTRY_COMPARE(dock->width(), 380);
        w.window.close();
    }
    QVERIFY(!QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    Window again;
    open(again, m_workspace.path);
    QTRY_COMPARE(again.window.size(), QSize(1366, 700));
    QTRY_COMPARE(again.window.findChild<QDockWidget*>(QStringLiteral("actorDock"))->width(), 380);
}

// The window must be usable on a 1366x768 laptop. With CITYBRIDGE_SCREENSHOT_DIR set, it also saves what it looks
// like in each language (on the bundled sample when it is built in, else on the test workspace).
void TestMainWindow::fitsSmallScreen()
{
    QString path = m_workspace.path;
    if (QFile::exists(QStringLiteral(":/sample/actors.json"))) {
        QString error;
        path = ensureSampleWorkspace(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
    }
    Window w;
    w.window.resize(1366, 768);
    open(w, path);
    QTRY_COMPARE(w.window.size(), QSize(1366, 768));
    QVERIFY(w.window.minimumSizeHint().width() <= 1366);
    QVERIFY(w.window.minimumSizeHint().height() <= 768);
    auto* dock = w.window.findChild<QDockWidget*>(QStringLiteral("actorDock"));
    w.window.pages()->setCurrentWidget(w.window.detailPanel());
    const QString wanted = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_ACTOR", QStringLiteral("Luoyang"));
    for (const Actor& actor : w.window.document()->data().actors) {
        if (actor.names.all().values().contains(wanted))
            QVERIFY(w.window.actorBrowser()->selectActor(actor.id));
    }
    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    for (const QString& language : {lang::En, lang::Zh, lang::Es}) {
        w.window.findChild<QAction*>(QStringLiteral("language_") + language)->trigger();
        QTest::qWait(50);
        if (!folder.isEmpty()) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(w.window.grab().save(folder + QStringLiteral("/ui-main-") + language + QStringLiteral(".png")));
        }
        // The list shows every column with room for names, and the detail page keeps a readable width.
        QVERIFY2(w.table->columnWidth(0) >= 140, qPrintable(QString::number(w.table->columnWidth(0))));
        QVERIFY(w.detail->width() >= 480);
        QVERIFY(dock->width() >= 330); // a side list; the working pages take the rest
        // No sideways scrolling: the page wraps to the panel (Qt's table layout may round up by a pixel).
        QVERIFY2(w.detail->document()->size().width() <= w.detail->viewport()->width() + 1,
                 qPrintable(QStringLiteral("%1: page %2 px wide in %3 px")
                                .arg(language)
                                .arg(w.detail->document()->size().width())
                                .arg(w.detail->viewport()->width())));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
