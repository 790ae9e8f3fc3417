// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files of the brief document model for the sample pair Mexico City–Luoyang: one text dump per evidence
// date and brief language under tests/data/golden/brief-mexico-city-luoyang/. Set CITYBRIDGE_UPDATE_GOLDEN=1 to
// rewrite them after an intended change, and review the diff. Also: the brief language never follows the
// interface language, sections without data are left out, and file names are safe.
#include "TestPaths.h"

#include "brief/BriefBuilder.h"
#include "brief/BriefExporter.h"
#include "brief/BriefHtmlWriter.h"
#include "brief/BriefLanguage.h"
#include "i18n/Translations.h"
#include "matching/Matcher.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

class TestBriefModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void independentOfInterfaceLanguage();
    void officersOrder();
    void bilingualUsesBothPartnersLanguages();
    void localeNumbersAndDates();
    void unknownPairAndLanguage();
    void htmlEscapesEveryField();
    void fileNames_data();
    void fileNames();

private:
    int samplePair(const MatchResult& result) const;
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
    ActorId m_mexico = 0;
    ActorId m_luoyang = 0;
};

void TestBriefModel::initTestCase()
{
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("sample.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    m_mexico = m_store->actors().findByName(QStringLiteral("Mexico City")).value(0);
    m_luoyang = m_store->actors().findByName(QStringLiteral("Luoyang")).value(0);
    QVERIFY(m_mexico && m_luoyang);
}

int TestBriefModel::samplePair(const MatchResult& result) const
{
    return result.findPair(m_mexico, m_luoyang);
}

void TestBriefModel::golden_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("language");
    for (const QString& asOf : {QStringLiteral("2021-01-31"), QStringLiteral("all")}) {
        for (const QString& language : BriefLanguage::options())
            QTest::newRow(qPrintable(asOf + QLatin1Char('-') + language)) << asOf << language;
    }
}

void TestBriefModel::golden()
{
    QFETCH(QString, asOf);
    QFETCH(QString, language);
    installLanguage(QStringLiteral("en"));
    MatchSettings settings;
    settings.asOf = QDate::fromString(asOf, Qt::ISODate);
    const MatchResult result = Matcher::run(m_data, settings, QDate(2026, 11, 23));
    const int index = samplePair(result);
    QVERIFY(index >= 0);
    BriefOptions options;
    options.language = language;
    options.date = QDate(2026, 11, 23);
    options.preparedBy = QStringLiteral("CityBridge");
    options.firstActor = m_mexico;
    options.mapSize = QSize(600, 280);
    QString error;
    const BriefDocument doc = BriefBuilder::build(result, index, options, &error);
    QVERIFY2(!doc.blocks.isEmpty(), qPrintable(error));
    const QString actual = doc.toText();
    QVERIFY(!actual.contains(QLatin1String("N/A")));
    for (const QString& key : {QStringLiteral("summary"), QStringLiteral("score"), QStringLiteral("profiles"),
                               QStringLiteral("map"), QStringLiteral("practical"), QStringLiteral("sources")})
        QVERIFY2(doc.sectionKeys().contains(key), qPrintable(key));

    const QString path = cb::test::testDataDir() + QStringLiteral("/golden/brief-mexico-city-luoyang/") + asOf
                         + QLatin1Char('-') + language + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("CITYBRIDGE_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        QSKIP("golden file rewritten");
    }
    QFile expectedFile(path);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'));
    const QStringList lines = actual.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(expected.size(), lines.size()); ++i)
        QCOMPARE(lines.at(i), expected.at(i));
    QCOMPARE(lines.size(), expected.size());
}

void TestBriefModel::independentOfInterfaceLanguage()
{
    installLanguage(QStringLiteral("es"));
    MatchSettings settings;
    const MatchResult result = Matcher::run(m_data, settings, QDate(2026, 11, 23));
    BriefOptions options;
    options.language = QStringLiteral("zh");
    options.date = QDate(2026, 11, 23);
    options.includeMap = false;
    const BriefDocument zh = BriefBuilder::build(result, samplePair(result), options);
    installLanguage(QStringLiteral("en"));
    const BriefDocument zhAgain = BriefBuilder::build(result, samplePair(result), options);
    QCOMPARE(zh.toText(), zhAgain.toText());
    QVERIFY(zh.title.contains(QStringLiteral("墨西哥城")));
    QVERIFY(zh.title.contains(QStringLiteral("洛阳")));
    QVERIFY(zh.toText().contains(QStringLiteral("为何匹配")) || zh.toText().contains(QStringLiteral("匹配理由")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
}

void TestBriefModel::officersOrder()
{
    MatchSettings settings;
    const MatchResult result = Matcher::run(m_data, settings, QDate(2026, 11, 23));
    BriefOptions options;
    options.includeMap = false;
    options.firstActor = m_mexico;
    const BriefDocument mexicoFirst = BriefBuilder::build(result, samplePair(result), options);
    options.firstActor = m_luoyang;
    const BriefDocument luoyangFirst = BriefBuilder::build(result, samplePair(result), options);
    QVERIFY(mexicoFirst.title.indexOf(QLatin1String("Mexico")) < mexicoFirst.title.indexOf(QLatin1String("Luoyang")));
    QVERIFY(luoyangFirst.title.indexOf(QLatin1String("Luoyang")) < luoyangFirst.title.indexOf(QLatin1String("Mexico")));
    // The same facts from either side: Luoyang's offer meets Mexico City's priority in both.
    const QString helps = QStringLiteral("Priorities of Mexico City that Luoyang can help with:");
    QVERIFY(mexicoFirst.toText().contains(helps));
    QVERIFY(luoyangFirst.toText().contains(helps));
    QCOMPARE(mexicoFirst.toText().count(QLatin1Char('\n')), luoyangFirst.toText().count(QLatin1Char('\n')));
}

void TestBriefModel::bilingualUsesBothPartnersLanguages()
{
    QCOMPARE(BriefLanguage::languagesFor(QStringLiteral("bilingual"), m_data, m_mexico, m_luoyang),
             (QStringList{QStringLiteral("es"), QStringLiteral("zh")}));
    QCOMPARE(BriefLanguage::languagesFor(QStringLiteral("zh"), m_data, m_mexico, m_luoyang),
             QStringList{QStringLiteral("zh")});
    QCOMPARE(BriefLanguage::languageOfCountry(QStringLiteral("fr")), QStringLiteral("en"));
    MatchSettings settings;
    const MatchResult result = Matcher::run(m_data, settings, QDate(2026, 11, 23));
    BriefOptions options;
    options.language = QStringLiteral("bilingual");
    options.includeMap = false;
    const BriefDocument doc = BriefBuilder::build(result, samplePair(result), options);
    QCOMPARE(doc.languages.size(), 2);
    int titles = 0;
    int breaks = 0;
    for (const BriefBlock& b : doc.blocks) {
        titles += b.kind == BriefBlock::Kind::Title ? 1 : 0;
        breaks += b.kind == BriefBlock::Kind::PageBreak ? 1 : 0;
    }
    QCOMPARE(titles, 2);
    QCOMPARE(breaks, 1);
    QCOMPARE(doc.sectionKeys().count(QStringLiteral("summary")), 2);
}

void TestBriefModel::localeNumbersAndDates()
{
    MatchSettings settings;
    const MatchResult result = Matcher::run(m_data, settings, QDate(2026, 11, 23));
    BriefOptions options;
    options.date = QDate(2026, 11, 23);
    options.includeMap = false;
    options.language = QStringLiteral("es");
    const QString es = BriefBuilder::build(result, samplePair(result), options).toText();
    options.language = QStringLiteral("en");
    const QString en = BriefBuilder::build(result, samplePair(result), options).toText();
    QVERIFY2(es.contains(QStringLiteral("23 de noviembre de 2026")), qPrintable(es.left(400)));
    QVERIFY(en.contains(QStringLiteral("November 23, 2026")));
    // Decimal comma in Spanish, point in English: the overall score line.
    const QRegularExpression esScore(QStringLiteral("\\b0,\\d\\d\\b"));
    const QRegularExpression enScore(QStringLiteral("\\b0\\.\\d\\d\\b"));
    QVERIFY(es.contains(esScore));
    QVERIFY(en.contains(enScore));
}

void TestBriefModel::unknownPairAndLanguage()
{
    MatchSettings settings;
    const MatchResult result = Matcher::run(m_data, settings, QDate(2026, 11, 23));
    QString error;
    BriefOptions options;
    QVERIFY(BriefBuilder::build(result, -1, options, &error).blocks.isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(BriefBuilder::build(result, int(result.pairs.size()), options, &error).blocks.isEmpty());
    QVERIFY(!error.isEmpty());
    options.language = QStringLiteral("fr");
    error.clear();
    QVERIFY(BriefBuilder::build(result, samplePair(result), options, &error).blocks.isEmpty());
    QVERIFY(error.contains(QStringLiteral("fr")));
}

void TestBriefModel::htmlEscapesEveryField()
{
    WorkspaceData data = m_data;
    for (Actor& actor : data.actors) {
        if (actor.id == m_mexico)
            actor.names = LocalizedText{{QStringLiteral("en"), QStringLiteral("<script>alert(1)</script>")}};
        if (actor.id == m_luoyang) {
            actor.names = LocalizedText{{QStringLiteral("en"), QStringLiteral("=cmd|' /C calc'!A0")}};
            actor.heritage = LocalizedText{{QStringLiteral("en"), QStringLiteral("<img src=x onerror=alert(2)>")}};
        }
    }
    data.reindex();
    MatchSettings settings;
    const MatchResult result = Matcher::run(data, settings, QDate(2026, 11, 23));
    BriefOptions options;
    options.includeMap = false;
    const BriefDocument doc = BriefBuilder::build(result, result.findPair(m_mexico, m_luoyang), options);
    QVERIFY(doc.title.contains(QStringLiteral("<script>")));
    const QString html = BriefHtmlWriter::toHtml(doc);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<img src=x")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("=cmd|&#39; /C calc&#39;!A0")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));
    // Every tag in the page is one the writer made.
    const QRegularExpression tag(QStringLiteral("<([a-zA-Z0-9]+)"));
    const QStringList allowed{QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"),
                              QStringLiteral("title"), QStringLiteral("style"), QStringLiteral("body"),
                              QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("p"), QStringLiteral("ul"),
                              QStringLiteral("li"), QStringLiteral("table"), QStringLiteral("tr"),
                              QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("hr"),
                              QStringLiteral("figure"), QStringLiteral("img"), QStringLiteral("figcaption")};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(allowed.contains(name), qPrintable(name));
    }
    QVERIFY(!html.contains(QStringLiteral("<img")));
}

void TestBriefModel::fileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << QStringLiteral("Mexico City") << QStringLiteral("mexico-city");
    QTest::newRow("accents") << QStringLiteral("Querétaro") << QStringLiteral("queretaro");
    QTest::newRow("separators") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("backslash") << QStringLiteral("a\\b:c*?\"<>|") << QStringLiteral("a-b-c");
    QTest::newRow("dots") << QStringLiteral("..") << QString();
    QTest::newRow("han") << QStringLiteral("洛阳") << QString();
    QTest::newRow("reserved") << QStringLiteral("CON") << QStringLiteral("con");
}

void TestBriefModel::fileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(BriefExporter::slug(name), slug);
    const QString file = BriefExporter::fileName(m_data, m_mexico, m_luoyang, QStringLiteral("zh"), BriefFormat::Pdf);
    QCOMPARE(file, QStringLiteral("brief-mexico-city-luoyang-zh.pdf"));
    WorkspaceData data = m_data;
    for (Actor& actor : data.actors) {
        if (actor.id == m_mexico)
            actor.names = LocalizedText{{QStringLiteral("en"), name}};
    }
    data.reindex();
    const QString unsafe = BriefExporter::fileName(data, m_mexico, m_luoyang, QStringLiteral("es"), BriefFormat::Odt);
    QVERIFY(!unsafe.contains(QLatin1Char('/')) && !unsafe.contains(QLatin1Char('\\')));
    QVERIFY(!unsafe.contains(QLatin1String("..")));
    QVERIFY(unsafe.startsWith(QLatin1String("brief-")) && unsafe.endsWith(QLatin1String("-es.odt")));
    QCOMPARE(unsafe, BriefExporter::fileName(data, m_mexico, m_luoyang, QStringLiteral("es"), BriefFormat::Odt));
}

QTEST_MAIN(TestBriefModel)
#include "tst_briefmodel.moc"
