// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the main window on the bundled sample, in each interface language: no interface text (menus,
// tabs, buttons, labels, group titles, table headers) is left in English under the Chinese or Spanish interface.
// With CITYBRIDGE_SCREENSHOT_DIR set, each page is also saved as a PNG for looking at.
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
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
                             QStringLiteral("MoU"), QStringLiteral("UTC"), QStringLiteral("GeoNames")};

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
    for (QAction* menu : window->findChild<QMenuBar*>()->actions()) {
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

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
