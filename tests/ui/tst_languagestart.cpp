// SPDX-License-Identifier: GPL-3.0-or-later
// Which language the program starts in: --lang first, then the language chosen in the application before, then the
// system's; and the real executable opens its window for "citybridge --lang zh" instead of taking "zh" for a command.
#include "TestPaths.h"

#include "i18n/Translations.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

class TestLanguageStart : public QObject
{
    Q_OBJECT

private slots:
    void interfaceLanguageCodes_data();
    void interfaceLanguageCodes();
    void startLanguage_data();
    void startLanguage();
    void windowOpensWithLangOption_data();
    void windowOpensWithLangOption();
    void unknownLanguageIsRefused();

private:
    QProcessEnvironment isolatedEnvironment(const QTemporaryDir& home, const QString& systemLocale) const;
};

void TestLanguageStart::interfaceLanguageCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    for (const char* code : {"en", "zh", "es", "ZH", "zh_CN", "zh-Hans", "zh_TW", "es_MX", "es-419", "en_US", "en_GB.UTF-8"})
        QTest::newRow(code) << QString::fromLatin1(code) << true;
    for (const char* code : {"", "C", "POSIX", "fr", "fr_FR", "e", "esp", "english", "zhx", "native"})
        QTest::newRow(*code ? code : "empty") << QString::fromLatin1(code) << false;
}

void TestLanguageStart::interfaceLanguageCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QCOMPARE(isInterfaceLanguageCode(code), known);
}

void TestLanguageStart::startLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--lang wins over everything") << "zh" << "es" << "en_US" << "zh";
    QTest::newRow("--lang as a locale") << "es_MX" << "" << "zh_CN" << "es";
    QTest::newRow("remembered choice without --lang") << "" << "es" << "zh_CN" << "es";
    QTest::newRow("system Chinese by default") << "" << "" << "zh_CN" << "zh";
    QTest::newRow("system Spanish by default") << "" << "" << "es_AR" << "es";
    QTest::newRow("system English by default") << "" << "" << "en_GB" << "en";
    QTest::newRow("system French falls back to English") << "" << "" << "fr_FR" << "en";
    QTest::newRow("C locale falls back to English") << "" << "" << "C" << "en";
    QTest::newRow("damaged setting is skipped") << "" << "klingon" << "es_ES" << "es";
}

void TestLanguageStart::startLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, remembered);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(chooseStartLanguage(requested, remembered, system), expected);
}

QProcessEnvironment TestLanguageStart::isolatedEnvironment(const QTemporaryDir& home, const QString& systemLocale) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("LC_ALL"), systemLocale);
    env.insert(QStringLiteral("LANG"), systemLocale);
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

void TestLanguageStart::windowOpensWithLangOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--lang zh") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh")};
    QTest::newRow("--lang=es") << QStringList{QStringLiteral("--lang=es")};
    QTest::newRow("--lang zh_CN") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")};
}

void TestLanguageStart::windowOpensWithLangOption()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment(home, QStringLiteral("C.UTF-8")));
    process.start(test::binary(), arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    // The window is up (the event loop runs) rather than "Unknown command": the process is still there.
    QVERIFY2(!process.waitForFinished(3000),
             qPrintable(QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput())));
    process.kill();
    process.waitForFinished(5000);
}

void TestLanguageStart::unknownLanguageIsRefused()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment(home, QStringLiteral("es_ES.UTF-8")));
    process.start(test::binary(), {QStringLiteral("--lang"), QStringLiteral("fr")});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    // Said in the system's language, Spanish here: the default when no valid --lang is given.
    QVERIFY2(error.contains(QStringLiteral("Idioma desconocido «fr»")), qPrintable(error));
}

QTEST_MAIN(TestLanguageStart)
#include "tst_languagestart.moc"
