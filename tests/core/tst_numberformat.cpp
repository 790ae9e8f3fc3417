// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers and populations in each interface locale: digit grouping (7,056,699 / 7.056.699), Chinese counting in
// 万 and 亿, decimals and dates as the locale writes them once the interface language is installed.
#include "domain/Language.h"
#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"

#include <QDate>
#include <QLocale>
#include <QtTest>

using namespace cb;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installLanguage(QStringLiteral("en")); }
    void groupedInteger_data();
    void groupedInteger();
    void population_data();
    void population();
    void installLanguageSetsTheDefaultLocale_data();
    void installLanguageSetsTheDefaultLocale();
};

void TestNumberFormat::groupedInteger_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 0") << "en" << qint64(0) << "0";
    QTest::newRow("en 999") << "en" << qint64(999) << "999";
    QTest::newRow("en 1234") << "en" << qint64(1234) << "1,234";
    QTest::newRow("en 1234567") << "en" << qint64(1234567) << "1,234,567";
    QTest::newRow("en negative") << "en" << qint64(-7056699) << "-7,056,699";
    QTest::newRow("es 1234 (CLDR: no separator in four digits)") << "es" << qint64(1234) << "1234";
    QTest::newRow("es 12345") << "es" << qint64(12345) << "12.345";
    QTest::newRow("es 1234567") << "es" << qint64(1234567) << "1.234.567";
    QTest::newRow("es 7056699") << "es" << qint64(7056699) << "7.056.699";
    QTest::newRow("es 1412000000") << "es" << qint64(1412000000) << "1.412.000.000";
    QTest::newRow("es negative") << "es" << qint64(-1234567) << "-1.234.567";
    QTest::newRow("zh 1234567") << "zh" << qint64(1234567) << "1,234,567";
    QTest::newRow("zh 999") << "zh" << qint64(999) << "999";
}

void TestNumberFormat::groupedInteger()
{
    QFETCH(QString, language);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    installLanguage(language);
    QCOMPARE(cb::groupedInteger(value), expected);
}

void TestNumberFormat::population_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en Luoyang") << "en" << qint64(7056699) << "7,056,699";
    QTest::newRow("es Luoyang") << "es" << qint64(7056699) << "7.056.699";
    QTest::newRow("es Ñuñoa") << "es" << qint64(208237) << "208.237";
    QTest::newRow("zh small") << "zh" << qint64(9999) << "9,999";
    QTest::newRow("zh 10000") << "zh" << qint64(10000) << "1万";
    QTest::newRow("zh 1234567") << "zh" << qint64(1234567) << "123.5万";
    QTest::newRow("zh Luoyang") << "zh" << qint64(7056699) << "705.7万";
    QTest::newRow("zh one million") << "zh" << qint64(1000000) << "100万";
    QTest::newRow("zh Mexico City") << "zh" << qint64(9209944) << "921万";
    QTest::newRow("zh Chongqing") << "zh" << qint64(32054159) << "3205万";
    QTest::newRow("zh Dunhuang") << "zh" << qint64(185231) << "18.52万";
    QTest::newRow("zh rounds up to 亿") << "zh" << qint64(99999999) << "1亿";
    QTest::newRow("zh China") << "zh" << qint64(1412000000) << "14.12亿";
    QTest::newRow("zh negative") << "zh" << qint64(-1234567) << "-123.5万";
    QTest::newRow("en zero") << "en" << qint64(0) << "0";
}

void TestNumberFormat::population()
{
    QFETCH(QString, language);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    installLanguage(language);
    QCOMPARE(populationText(value), expected);
}

void TestNumberFormat::installLanguageSetsTheDefaultLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("month");
    QTest::newRow("en") << "en" << "1.5" << "3/5/24" << "March";
    QTest::newRow("es") << "es" << "1,5" << "5/3/24" << "marzo";
    QTest::newRow("zh") << "zh_CN" << "1.5" << "2024/3/5" << "三月";
}

void TestNumberFormat::installLanguageSetsTheDefaultLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, decimal);
    QFETCH(QString, date);
    QFETCH(QString, month);
    installLanguage(language);
    const QLocale locale;
    QCOMPARE(locale.name(), localeNameFor(lang::normalize(language)));
    QCOMPARE(locale.toString(1.5), decimal);
    QCOMPARE(locale.toString(QDate(2024, 3, 5), QLocale::ShortFormat), date);
    QCOMPARE(locale.standaloneMonthName(3), month);
    // Reading back what the officer types in that locale.
    bool ok = false;
    QCOMPARE(locale.toDouble(decimal, &ok), 1.5);
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
