// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the main window on the bundled sample, in each interface language: no interface text (menus,
// tabs, buttons, labels, group titles, table headers) is left in English under the Chinese or Spanish interface.
// With CITYBRIDGE_SCREENSHOT_DIR set, each page is also saved as a PNG for looking at.
#include "i18n/Translations.h"
#include "common/ConflictBar.h"
#include "main/MainWindow.h"
#include "teamdb/ConnectionDialog.h"
#include "teamdb/PasswordKeyring.h"
#include "workspace/SampleImporter.h"
#include "storage/StoreConflict.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

// Words that are the same in every language here: product and format names, codes.
const QStringList Allowed = {QStringLiteral("CityBridge"), QStringLiteral("PNG"), QStringLiteral("SVG"),
                             QStringLiteral("PDF"), QStringLiteral("CSV"), QStringLiteral("XLSX"),
                             QStringLiteral("ODT"), QStringLiteral("HTML"), QStringLiteral("GeoJSON"),
                             QStringLiteral("GraphML"), QStringLiteral("UNOSSC"), QStringLiteral("Qt"),
                             QStringLiteral("MoU"), QStringLiteral("UTC"), QStringLiteral("GeoNames"),
                             QStringLiteral("PostgreSQL"), QStringLiteral("SSL"), QStringLiteral("GNOME Keyring"),
                             QStringLiteral("KWallet"), QStringLiteral("db.example.org")};

// Spanish words spelled as in English.
const QStringList SameInSpanish = {QStringLiteral("Actor"), QStringLiteral("Total"), QStringLiteral("Global"),
                                   QStringLiteral("Error"), QStringLiteral("Local")};

QString withoutAllowed(QString text)
{
    for (const QString& word : Allowed)
        text.remove(word);
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // markup
    text.remove(QRegularExpression(QStringLiteral("&(?=\\w)")));  // accelerators
    return text;
}

/** Interface texts of a window, with where they were found. */
QList<std::pair<QString, QString>> interfaceTexts(QWidget* window)
{
    QList<std::pair<QString, QString>> texts;
    auto add = [&](const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.append({where, text});
    };
    const QMenuBar* menuBar = window->findChild<QMenuBar*>();
    for (QAction* menu : menuBar ? menuBar->actions() : QList<QAction*>()) {
        add(QStringLiteral("menu"), menu->text());
        if (menu->menu()) {
            for (QAction* action : menu->menu()->actions()) {
                if (!action->menu() && action->actionGroup() == nullptr && !action->isSeparator()
                    && !action->objectName().isEmpty())
                    add(QStringLiteral("menu item ") + action->objectName(), action->text());
            }
        }
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        for (int i = 0; i < bar->count(); ++i)
            add(QStringLiteral("tab"), bar->tabText(i));
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty())
            add(QStringLiteral("button ") + button->objectName(), button->text());
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(QStringLiteral("group"), box->title());
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty())
            add(QStringLiteral("label ") + label->objectName(), label->text());
        if (auto* combo = qobject_cast<QComboBox*>(widget); combo && !menuBar) {
            for (int i = 0; i < combo->count(); ++i)
                add(QStringLiteral("choice ") + combo->objectName(), combo->itemText(i));
        }
        if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && !menuBar && !edit->placeholderText().isEmpty())
            add(QStringLiteral("placeholder ") + edit->objectName(), edit->placeholderText());
        if (auto* table = qobject_cast<QTableView*>(widget); table && table->model()) {
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                if (!table->horizontalHeader()->isSectionHidden(c))
                    add(QStringLiteral("header ") + table->objectName(),
                        table->model()->headerData(c, Qt::Horizontal).toString());
            }
        }
    }
    return texts;
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

private slots:
    void noEnglishLeftOver_data();
    void noEnglishLeftOver();
    void connectionDialog_data();
    void connectionDialog();
};

void TestScreens::noEnglishLeftOver_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh") << QStringLiteral("zh");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestScreens::noEnglishLeftOver()
{
    QFETCH(QString, language);
    QString error;
    const QString path = ensureSampleWorkspace(&error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    installLanguage(QStringLiteral("en"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(window.pages()->count() > 0, 1000);
    QTest::qWait(300);

    // The English texts of every page first: a text that stays identical after switching is a leftover.
    QTabWidget* pages = window.pages();
    QHash<int, QSet<QString>> english;
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QTest::qWait(50);
        for (const auto& [where, text] : interfaceTexts(&window))
            english[page].insert(text);
    }
    window.findChild<QAction*>(QStringLiteral("language_") + language)->trigger();
    QTest::qWait(300);
    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
    QStringList leftovers;
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QTest::qWait(100);
        if (!folder.isEmpty()) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(window.grab().save(QStringLiteral("%1/page%2-%3.png").arg(folder).arg(page).arg(language)));
        }
        for (const auto& [where, text] : interfaceTexts(&window)) {
            const QString checked = withoutAllowed(text);
            const bool untranslated = language == QLatin1String("zh")
                                          ? checked.contains(latinWord)
                                          : english.value(page).contains(text) && checked.contains(latinWord)
                                                && !SameInSpanish.contains(text);
            if (untranslated)
                leftovers.append(QStringLiteral("page %1, %2: %3").arg(page).arg(where, text));
        }
    }
    leftovers.removeDuplicates();
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
    installLanguage(QStringLiteral("en"));
}

void TestScreens::connectionDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh") << QStringLiteral("zh");
    QTest::newRow("es") << QStringLiteral("es");
}

// File > Connect to Team Database and the conflict shown in an editing panel: translated, and nothing cut off (each
// label and button gets at least the width its text needs).
void TestScreens::connectionDialog()
{
    QFETCH(QString, language);
    installLanguage(language);
    const PasswordKeyring keyring(QStringLiteral("CityBridge-test"));
    ConnectionDialog dialog([](const ConnectionInfo&, QString*) { return false; }, keyring);
    ConnectionInfo info;
    info.host = QStringLiteral("db.example.org");
    info.database = QStringLiteral("team");
    info.user = QStringLiteral("ana");
    dialog.setConnection(info);
    dialog.showMessage(QCoreApplication::translate("cb::ui::ConnectionDialog", "Could not log in to %1: %2")
                           .arg(info.displayString(), QStringLiteral("connection refused")),
                       true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.adjustSize();
    QTest::qWait(50);

    WorkspaceDocument document;
    ConflictBar conflict(&document);
    StoreConflict sample;
    sample.record = QStringLiteral("Puebla");
    sample.storedVersion = 3;
    sample.yourVersion = 2;
    sample.compare(QCoreApplication::translate("cb::SqlActorRepository", "Name (Spanish)"),
                   QStringLiteral("Heroica Puebla de Zaragoza"), QStringLiteral("Puebla de los Ángeles"));
    conflict.showConflict(sample.message());
    conflict.resize(360, conflict.heightForWidth(360) > 0 ? conflict.heightForWidth(360) : 200);
    conflict.adjustSize();
    conflict.show();

    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(dialog.grab().save(QStringLiteral("%1/connection-%2.png").arg(folder, language)));
        QVERIFY(conflict.grab().save(QStringLiteral("%1/conflict-%2.png").arg(folder, language)));
    }
    QStringList problems;
    for (QWidget* widget : std::initializer_list<QWidget*>{&dialog, &conflict}) {
        for (QAbstractButton* button : widget->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(widget) && button->width() < button->sizeHint().width())
                problems << QStringLiteral("cut-off button: ") + button->text();
        }
        for (QLabel* label : widget->findChildren<QLabel*>()) {
            if (label->isVisibleTo(widget) && !label->wordWrap() && label->width() < label->sizeHint().width())
                problems << QStringLiteral("cut-off label: ") + label->text();
        }
        if (language != QLatin1String("zh"))
            continue;
        for (const auto& [where, text] : interfaceTexts(widget)) {
            // Values the officer typed or the server sent are not interface text.
            QString checked = text;
            checked.remove(QStringLiteral("Heroica Puebla de Zaragoza"));
            checked.remove(QStringLiteral("Puebla de los Ángeles"));
            checked.remove(QStringLiteral("Puebla"));
            checked.remove(QStringLiteral("postgresql://ana@db.example.org/team"));
            checked.remove(QStringLiteral("connection refused"));
            checked = withoutAllowed(checked);
            if (checked.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))))
                problems << QStringLiteral("untranslated %1: %2").arg(where, text);
        }
    }
    // Spanish: every interface text differs from the English one (checked against a fresh English dialog).
    if (language == QLatin1String("es")) {
        installLanguage(QStringLiteral("en"));
        ConnectionDialog english([](const ConnectionInfo&, QString*) { return false; }, keyring);
        english.setConnection(info);
        english.show();
        QSet<QString> englishTexts;
        for (const auto& [where, text] : interfaceTexts(&english))
            englishTexts.insert(text);
        installLanguage(language);
        QCoreApplication::processEvents();
        for (const auto& [where, text] : interfaceTexts(&dialog)) {
            if (englishTexts.contains(text) && withoutAllowed(text).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}")))
                && !where.startsWith(QLatin1String("label connectionMessage")))
                problems << QStringLiteral("untranslated %1: %2").arg(where, text);
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    installLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
