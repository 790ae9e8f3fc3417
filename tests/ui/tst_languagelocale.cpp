// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the interface language at run time reaches Qt's own widgets: spin boxes and date edits made before the
// switch show numbers and dates the new locale's way (1,50 in Spanish), and the standard buttons of Qt's dialogs
// come from Qt's own translations (qtbase_zh_CN.qm, qtbase_es.qm).
#include "common/LocaleFollower.h"
#include "domain/Language.h"
#include "i18n/Translations.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestLanguageLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { installLanguage(lang::En); }
    void widgetsFollowTheSwitch_data();
    void widgetsFollowTheSwitch();
    void explicitLocaleIsKept();
    void standardButtonsAreTranslated_data();
    void standardButtonsAreTranslated();
};

void TestLanguageLocale::initTestCase()
{
    installLanguage(lang::En);
    LocaleFollower::install();
    LocaleFollower::install(); // a second install adds nothing
    QCOMPARE(qApp->findChildren<LocaleFollower*>().size(), 1);
}

void TestLanguageLocale::widgetsFollowTheSwitch_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("date");
    QTest::newRow("es") << "es" << "1,50" << "5/3/24";
    QTest::newRow("zh") << "zh" << "1.50" << "2024/3/5";
    QTest::newRow("en") << "en" << "1.50" << "3/5/24";
}

void TestLanguageLocale::widgetsFollowTheSwitch()
{
    QFETCH(QString, language);
    QFETCH(QString, decimal);
    QFETCH(QString, date);
    // Made under another language than the one switched to.
    installLanguage(language == QLatin1String("en") ? lang::Es : lang::En);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* weight = new QDoubleSpinBox(&window);
    weight->setDecimals(2);
    weight->setValue(1.5);
    // Not with setGroupSeparatorShown(): Qt 6.4 groups Spanish half-way (1234.567), see cb::groupedInteger().
    auto* population = new QSpinBox(&window);
    population->setRange(0, 2000000000);
    population->setValue(1234567);
    auto* isoDate = new QDateEdit(QDate(2024, 3, 5), &window);
    isoDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* when = new QDateEdit(QDate(2024, 3, 5), &window);
    layout->addWidget(weight);
    layout->addWidget(population);
    layout->addWidget(when);
    layout->addWidget(isoDate);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    installLanguage(language);
    QTRY_COMPARE(weight->locale().name(), localeNameFor(language));
    QCOMPARE(weight->text(), decimal);
    QCOMPARE(population->text(), QStringLiteral("1234567"));
    QCOMPARE(when->text(), date);
    QCOMPARE(when->date(), QDate(2024, 3, 5));
    QCOMPARE(isoDate->text(), QStringLiteral("2024-03-05"));
    // What the officer types is read the same way.
    auto* editor = weight->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, language == QLatin1String("es") ? QStringLiteral("0,75") : QStringLiteral("0.75"));
    weight->interpretText();
    QCOMPARE(weight->value(), 0.75);
}

void TestLanguageLocale::explicitLocaleIsKept()
{
    QWidget window;
    auto* box = new QDoubleSpinBox(&window);
    box->setLocale(QLocale::c());
    box->setValue(2.5);
    window.show();
    installLanguage(lang::Es);
    QTRY_COMPARE(window.locale().name(), QStringLiteral("es_ES"));
    QCOMPARE(box->locale(), QLocale::c());
    QCOMPARE(box->text(), QStringLiteral("2.50"));
}

void TestLanguageLocale::standardButtonsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ok");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("close");
    QTest::newRow("zh") << "zh" << "确定" << "取消" << "关闭";
    QTest::newRow("es") << "es" << "Aceptar" << "Cancelar" << "Cerrar";
    QTest::newRow("en") << "en" << "OK" << "Cancel" << "Close";
}

void TestLanguageLocale::standardButtonsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, ok);
    QFETCH(QString, cancel);
    QFETCH(QString, close);
    const auto plain = [](QAbstractButton* button) { return button->text().remove(QLatin1Char('&')); };
    // A button box made before the switch retranslates; one made after starts translated.
    installLanguage(lang::En);
    QDialogButtonBox before(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    before.show();
    installLanguage(language);
    QTRY_COMPARE(plain(before.button(QDialogButtonBox::Cancel)), cancel);
    QCOMPARE(plain(before.button(QDialogButtonBox::Ok)), ok);
    QCOMPARE(plain(before.button(QDialogButtonBox::Close)), close);
    QDialogButtonBox after(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(plain(after.button(QDialogButtonBox::Ok)), ok);
    QCOMPARE(plain(after.button(QDialogButtonBox::Cancel)), cancel);
}

QTEST_MAIN(TestLanguageLocale)
#include "tst_languagelocale.moc"
