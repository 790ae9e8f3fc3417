// SPDX-License-Identifier: GPL-3.0-or-later
// Interface catalogues: every string of the sources is in translations/*.ts (checked against a fresh lupdate run),
// every zh_CN and es message is finished with the same placeholders and accelerators as its source, the English
// catalogue has its plural forms, and the compiled catalogues in the resources say what the .ts files say.
#include "TestPaths.h"

#include "i18n/Translations.h"

#include <QtTest>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QString translation;
    QStringList forms;

    QString where() const
    {
        return context + QStringLiteral(" | ") + source + (comment.isEmpty() ? QString() : QStringLiteral(" | ") + comment);
    }
    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translation = xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 (line %3)").arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

bool hasAccelerator(const QString& text)
{
    // "&x" marks a shortcut; "&&" is a literal ampersand and "&amp;" an entity.
    static const QRegularExpression re(QStringLiteral("&(?![&\\s]|[a-zA-Z]+;|#\\d+;)"));
    return re.match(text).hasMatch();
}

QStringList htmlTags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>"));
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags.append(it.next().captured(1).toLower());
    tags.sort();
    return tags;
}

QStringList formProblems(const TsMessage& m, const QString& form)
{
    QStringList problems;
    if (form.isEmpty())
        problems << QStringLiteral("empty translation: %1").arg(m.where());
    if (placeholders(form) != placeholders(m.source))
        problems << QStringLiteral("placeholders %1 vs %2: %3")
                        .arg(placeholders(m.source).join(QLatin1Char(',')), placeholders(form).join(QLatin1Char(',')),
                             m.where());
    if (hasAccelerator(form) != hasAccelerator(m.source))
        problems << QStringLiteral("keyboard accelerator differs: %1 -> %2").arg(m.where(), form);
    if (htmlTags(form) != htmlTags(m.source))
        problems << QStringLiteral("HTML tags differ: %1").arg(m.where());
    return problems;
}

/** Problems of a catalogue that must be complete (zh_CN, es): the checker the tests below rely on. */
QStringList completenessProblems(const TsFile& ts, int pluralForms)
{
    QStringList problems;
    if (!ts.error.isEmpty())
        return {ts.error};
    for (const TsMessage& m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 entry: %2").arg(m.type, m.where());
            continue;
        }
        if (m.numerus) {
            if (!m.source.contains(QLatin1String("%n")))
                problems << QStringLiteral("numerus message without %n: %1").arg(m.where());
            if (m.forms.size() != pluralForms) {
                problems << QStringLiteral("%1 plural forms instead of %2: %3").arg(m.forms.size()).arg(pluralForms).arg(m.where());
                continue;
            }
            for (const QString& form : m.forms)
                problems += formProblems(m, form);
        } else {
            if (m.source.contains(QLatin1String("%n")))
                problems << QStringLiteral("%n message without plural forms: %1").arg(m.where());
            problems += formProblems(m, m.translation);
        }
    }
    return problems;
}

QString tsPath(const QString& language)
{
    return cb::test::sourceDir() + QStringLiteral("/translations/citybridge_") + language + QStringLiteral(".ts");
}

QString findLupdate()
{
    const QStringList candidates{
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
        QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/lupdate"),
        QStringLiteral("/usr/lib/qt6/bin/lupdate"),
    };
    for (const QString& path : candidates) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QString();
}

QString failureText(const QStringList& problems)
{
    const int shown = 25;
    QString text = QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + problems.mid(0, shown).join(QStringLiteral("\n  "));
    if (problems.size() > shown)
        text += QStringLiteral("\n  …");
    return text;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkerFindsEveryKindOfProblem();
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void englishPluralForms();
    void catalogueHoldsEverySourceString_data();
    void catalogueHoldsEverySourceString();
    void compiledCatalogueLoads();
    void compiledCatalogueMatchesTs_data();
    void compiledCatalogueMatchesTs();
    void installLanguageSwitchesTheInterface();
    void cleanupTestCase();

private:
    QSet<QString> m_extracted; // keys of the messages lupdate finds in the sources now
    QString m_lupdateError;
};

void TestTranslations::initTestCase()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty()) {
        m_lupdateError = QStringLiteral("lupdate not found beside Qt (BinariesPath, LibraryExecutablesPath)");
        return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    const QString root = cb::test::sourceDir();
    for (const QString& folder : {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    QVERIFY2(files.size() > 10, qPrintable(QStringLiteral("only %1 source files under %2").arg(files.size()).arg(root)));
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(files.join(QLatin1Char('\n')).toUtf8() + '\n');
    list.close();

    // The same options as the build's qt_add_translations (LUPDATE_OPTIONS) and translations/translate.py.
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QStringList args;
    for (const QString& folder : {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui")})
        args << QStringLiteral("-I") << root + QLatin1Char('/') + folder;
    args << QLatin1Char('@') + list.fileName() << QStringLiteral("-locations") << QStringLiteral("none")
         << QStringLiteral("-no-obsolete") << QStringLiteral("-ts") << fresh;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, args);
    QVERIFY2(process.waitForFinished(180000), "lupdate did not finish in 3 minutes");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAll())));
    const TsFile ts = readTs(fresh);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (const TsMessage& m : ts.messages)
        m_extracted.insert(m.key());
    QVERIFY2(m_extracted.size() > 100, "lupdate found suspiciously few strings in the sources");
}

void TestTranslations::checkerFindsEveryKindOfProblem()
{
    // A hand-made catalogue with one problem of each kind, so the checks below are known to catch them.
    const TsFile bad = readTs(cb::test::testDataDir() + QStringLiteral("/translations/bad_es.ts"));
    QVERIFY2(bad.error.isEmpty(), qPrintable(bad.error));
    const QStringList problems = completenessProblems(bad, 2);
    const QStringList expected{
        QStringLiteral("unfinished entry: cb::test | Unfinished"),
        QStringLiteral("vanished entry: cb::test | Vanished"),
        QStringLiteral("obsolete entry: cb::test | Obsolete"),
        QStringLiteral("empty translation: cb::test | Empty"),
        QStringLiteral("placeholders %1,%2 vs %1: cb::test | %1 of %2"),
        QStringLiteral("placeholders %n vs : cb::test | %n city(ies)"),
        QStringLiteral("1 plural forms instead of 2: cb::test | %n actor(s)"),
        QStringLiteral("%n message without plural forms: cb::test | %n item(s)"),
        QStringLiteral("keyboard accelerator differs: cb::test | &File -> Archivo"),
        QStringLiteral("HTML tags differ: cb::test | <b>Bold</b> text"),
    };
    for (const QString& e : expected)
        QVERIFY2(problems.contains(e), qPrintable(QStringLiteral("not reported: ") + e + QLatin1Char('\n') + failureText(problems)));
    QCOMPARE(problems.size(), expected.size()); // the well-formed entries in the file raise nothing
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    QTest::newRow("es") << QStringLiteral("es") << 2;
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY2(!ts.messages.isEmpty(), "the catalogue is empty: run translations/translate.py");
    const QStringList problems = completenessProblems(ts, pluralForms);
    QVERIFY2(problems.isEmpty(), qPrintable(failureText(problems) + QStringLiteral("\nRun translations/translate.py.")));
}

void TestTranslations::englishPluralForms()
{
    // The English catalogue only needs its plural forms ("1 city" / "2 cities"): other strings are the source.
    const TsFile ts = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    int plurals = 0;
    for (const TsMessage& m : ts.messages) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            problems << QStringLiteral("%1 entry: %2").arg(m.type, m.where());
        if (!m.numerus)
            continue;
        ++plurals;
        if (!m.type.isEmpty() || m.forms.size() != 2) {
            problems << QStringLiteral("plural forms not filled: %1").arg(m.where());
            continue;
        }
        for (const QString& form : m.forms)
            problems += formProblems(m, form);
        if (m.forms.at(0) == m.forms.at(1))
            problems << QStringLiteral("singular and plural are the same: %1").arg(m.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failureText(problems)));
    QVERIFY2(plurals > 0, "no %n message in the English catalogue");
}

void TestTranslations::catalogueHoldsEverySourceString_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestTranslations::catalogueHoldsEverySourceString()
{
    QFETCH(QString, language);
    QVERIFY2(m_lupdateError.isEmpty(), qPrintable(m_lupdateError));
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QSet<QString> committed;
    for (const TsMessage& m : ts.messages)
        committed.insert(m.key());
    QStringList missing;
    for (const QString& key : m_extracted) {
        if (!committed.contains(key))
            missing << key.split(QChar(4), Qt::SkipEmptyParts).join(QStringLiteral(" | "));
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in citybridge_%1.ts (run translations/translate.py): ").arg(language)
                                           + failureText(missing)));
}

void TestTranslations::compiledCatalogueLoads()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/citybridge_zh_CN.qm")));
    QCOMPARE(zh.language(), QStringLiteral("zh_CN"));
    QCOMPARE(zh.translate("cb::ui::DomainLabels", "Pilot project"), QStringLiteral("试点项目"));
    QCOMPARE(zh.translate("cb::ui::MainActions", "&File"), QStringLiteral("文件(&F)"));
    QTranslator es;
    QVERIFY(es.load(QStringLiteral(":/i18n/citybridge_es.qm")));
    QCOMPARE(es.translate("cb::ui::DomainLabels", "Pilot project"), QStringLiteral("Proyecto piloto"));
    QCOMPARE(es.translate("cb::cli", "%n city(ies)", nullptr, 1), QStringLiteral("%n ciudad"));
    QCOMPARE(es.translate("cb::cli", "%n city(ies)", nullptr, 3), QStringLiteral("%n ciudades"));
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/citybridge_en.qm")));
    QCOMPARE(en.translate("cb::cli", "%n city(ies)", nullptr, 1), QStringLiteral("%n city"));
    QCOMPARE(en.translate("cb::cli", "%n city(ies)", nullptr, 0), QStringLiteral("%n cities"));
}

void TestTranslations::compiledCatalogueMatchesTs_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestTranslations::compiledCatalogueMatchesTs()
{
    // A .ts changed without rebuilding (or a message lrelease dropped) shows here.
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/citybridge_") + language + QStringLiteral(".qm")));
    QStringList problems;
    int checked = 0;
    for (const TsMessage& m : ts.messages) {
        if (!m.type.isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        QList<QPair<int, QString>> expected;
        if (m.numerus) {
            // zh_CN: one form for every n; es and en: n == 1 singular, anything else plural.
            expected << qMakePair(1, m.forms.value(0)) << qMakePair(5, m.forms.value(m.forms.size() > 1 ? 1 : 0));
        } else {
            expected << qMakePair(-1, m.translation);
        }
        for (const auto& [n, text] : expected) {
            const QString got = translator.translate(context.constData(), source.constData(), disambiguation, n);
            if (got != text)
                problems << QStringLiteral("%1 (n=%2): compiled \"%3\", .ts \"%4\"").arg(m.where(), QString::number(n), got, text);
        }
        ++checked;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failureText(problems) + QStringLiteral("\nRebuild: the .qm files are stale.")));
    QVERIFY(checked > 0);
}

void TestTranslations::installLanguageSwitchesTheInterface()
{
    QCOMPARE(cb::installLanguage(QStringLiteral("zh")), QStringLiteral("zh"));
    QCOMPARE(QCoreApplication::translate("cb::ui::DomainLabels", "Formal agreement"), QStringLiteral("正式协议"));
    QCOMPARE(QCoreApplication::translate("cb::cli::ShowPrinter", "Interests"), QStringLiteral("意向"));
    // Core helpers ask for their own context; lupdate files their strings under "cb" (the translator falls back).
    QCOMPARE(QCoreApplication::translate("cb::Explanation", "Shared priorities"), QStringLiteral("共同优先事项"));
    QCOMPARE(cb::installLanguage(QStringLiteral("es_MX")), QStringLiteral("es"));
    QCOMPARE(QCoreApplication::translate("cb::ui::DomainLabels", "Formal agreement"), QStringLiteral("Acuerdo formal"));
    QCOMPARE(QCoreApplication::translate("cb::Explanation", "Complementarity"), QStringLiteral("Complementariedad"));
    QCOMPARE(cb::installLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("cb::ui::DomainLabels", "Formal agreement"), QStringLiteral("Formal agreement"));
    QCOMPARE(QCoreApplication::translate("cb::ui::ActorBrowser", "%n actor(s)", nullptr, 1), QStringLiteral("1 actor"));
    QCOMPARE(QCoreApplication::translate("cb::ui::ActorBrowser", "%n actor(s)", nullptr, 4), QStringLiteral("4 actors"));
}

void TestTranslations::cleanupTestCase()
{
    cb::installLanguage(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
