// SPDX-License-Identifier: GPL-3.0-or-later
// The brief's files: PDF text extracts back exactly in Latin, accented Latin and Han (pdftotext) with Noto Sans CJK SC
// embedded (pdffonts); A4 and Letter page sizes; ODT is a zip with content.xml; HTML is UTF-8; a batch into a folder
// that cannot exist reports every file and leaves nothing behind; the command line writes briefs.
#include "TestPaths.h"

#include "brief/BriefBatch.h"
#include "brief/BriefBuilder.h"
#include "brief/BriefExporter.h"
#include "brief/BriefPdfText.h"
#include "io/ZipArchive.h"
#include "matching/Matcher.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

class TestBriefExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfTextAndFonts_data();
    void pdfTextAndFonts();
    void paperSizes();
    void radicalsBecomeIdeographs();
    void odtIsZipWithContent();
    void htmlIsUtf8();
    void writeFailureLeavesNothing();
    void batchReportsEveryFailure();
    void batchWritesProposals();
    void commandLine();

private:
    BriefDocument brief(const QString& language, bool map = true) const;
    static QString run(const QString& tool, const QStringList& args);
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
    std::unique_ptr<MatchResult> m_result;
    int m_pair = -1;
};

void TestBriefExport::initTestCase()
{
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("sample.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    MatchSettings settings;
    settings.asOf = QDate(2021, 1, 31);
    m_result = std::make_unique<MatchResult>(Matcher::run(m_data, settings, QDate(2026, 11, 23)));
    m_pair = m_result->findPair(m_store->actors().findByName(QStringLiteral("Mexico City")).value(0),
                                m_store->actors().findByName(QStringLiteral("Luoyang")).value(0));
    QVERIFY(m_pair >= 0);
}

BriefDocument TestBriefExport::brief(const QString& language, bool map) const
{
    BriefOptions options;
    options.language = language;
    options.date = QDate(2026, 11, 23);
    options.includeMap = map;
    options.firstActor = m_data.actor(m_result->pairs[std::size_t(m_pair)].actorA)->countryCode == QLatin1String("MX")
                             ? m_result->pairs[std::size_t(m_pair)].actorA
                             : m_result->pairs[std::size_t(m_pair)].actorB;
    return BriefBuilder::build(*m_result, m_pair, options);
}

QString TestBriefExport::run(const QString& tool, const QStringList& args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestBriefExport::pdfTextAndFonts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("zh") << QStringLiteral("zh")
                        << QStringList{QStringLiteral("墨西哥城"), QStringLiteral("洛阳"), QStringLiteral("来源"),
                                       QStringLiteral("2026年11月23日"), QStringLiteral("实用信息"), QStringLiteral("人口")};
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList{QStringLiteral("Ciudad de México"), QStringLiteral("Luoyang"),
                                       QStringLiteral("Fuentes"), QStringLiteral("23 de noviembre de 2026")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Mexico City"), QStringLiteral("Luoyang"),
                                       QStringLiteral("Sources"), QStringLiteral("November 23, 2026")};
    QTest::newRow("bilingual") << QStringLiteral("bilingual")
                               << QStringList{QStringLiteral("Ciudad de México"), QStringLiteral("墨西哥城"),
                                              QStringLiteral("洛阳")};
}

void TestBriefExport::pdfTextAndFonts()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdftotext.isEmpty() || pdffonts.isEmpty())
        QSKIP("poppler-utils (pdftotext, pdffonts) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("brief-") + language + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(BriefExporter::writeFile(path, brief(language), BriefFormat::Pdf, QPageSize::A4, &error), qPrintable(error));
    const QString text = run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());
    // Every heading made it to the page (nothing cut off at the end); ligatures such as ﬁ compare as their letters.
    const QString folded = text.normalized(QString::NormalizationForm_KC).simplified();
    for (const BriefBlock& block : brief(language).blocks) {
        if (block.kind == BriefBlock::Kind::Heading)
            QVERIFY2(folded.contains(block.text.normalized(QString::NormalizationForm_KC)), qPrintable(block.text));
    }
    for (const QString& word : expected)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" missing from:\n") + text.left(600)));
    // No radical stands in for an ideograph: ⻄ (a JP cmap's 西), ⽇ for 日, ⽉ for 月, ⻅ for 见 and the like.
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c) + QStringLiteral(" in the text")));
    const QString fonts = run(pdffonts, {path});
    QStringList embeddedSc;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("NotoSansCJK")) || line.contains(QLatin1String("Noto Sans CJK"))) {
            QVERIFY2(!line.contains(QLatin1String("CJKjp"), Qt::CaseInsensitive), qPrintable(line));
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            // name type [encoding] emb sub uni object ID: "yes" in the emb column.
            if (line.contains(QLatin1String("CJKsc"), Qt::CaseInsensitive) && columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"))
                embeddedSc.append(line);
        }
    }
    // Every font is embedded; a brief with Chinese text embeds the Simplified Chinese face.
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (columns.size() >= 6)
            QVERIFY2(columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }
    if (language == QLatin1String("zh") || language == QLatin1String("bilingual"))
        QVERIFY2(!embeddedSc.isEmpty(), qPrintable(fonts));
}

void TestBriefExport::radicalsBecomeIdeographs()
{
    QCOMPARE(BriefPdfText::canonicalIdeograph(0x2F47), char32_t(0x65E5)); // ⽇ -> 日
    QCOMPARE(BriefPdfText::canonicalIdeograph(0x2EC4), char32_t(0x897F)); // ⻄ -> 西
    QCOMPARE(BriefPdfText::canonicalIdeograph(0x2ED4), char32_t(0x95E8)); // ⻔ -> 门
    QCOMPARE(BriefPdfText::canonicalIdeograph(0x6D1B), char32_t(0x6D1B)); // 洛 stays
    QCOMPARE(BriefPdfText::canonicalIdeograph(0x0041), char32_t(0x0041));
    const QByteArray pdf("1 0 obj\n<< /ToUnicode 2 0 R >>\nendobj\n2 0 obj\n<< /Length 80 >>\nstream\n"
                         "2 beginbfrange\n<2F47> <2F47> <2F47>\n<0001> <0003> [<2F47> <6D1B> <2EC4>]\nendbfrange\n"
                         "endstream\nendobj\n");
    const QByteArray fixed = BriefPdfText::canonicalToUnicode(pdf);
    QCOMPARE(fixed.size(), pdf.size());
    QVERIFY(fixed.contains("<2F47> <2F47> <65E5>")); // the source glyph id is left alone
    QVERIFY(fixed.contains("[<65E5> <6D1B> <897F>]"));
}

void TestBriefExport::paperSizes()
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("poppler-utils (pdfinfo) is not installed");
    const BriefDocument doc = brief(QStringLiteral("en"), false);
    for (auto [paper, size] : {std::pair{QPageSize::A4, QStringLiteral("595 x 842 pts (A4)")},
                               std::pair{QPageSize::Letter, QStringLiteral("612 x 792 pts (letter)")}}) {
        const QString path = m_dir.filePath(QStringLiteral("paper.pdf"));
        QVERIFY(BriefExporter::writeFile(path, doc, BriefFormat::Pdf, paper));
        const QString info = run(pdfinfo, {path});
        QVERIFY2(info.contains(size), qPrintable(info));
    }
}

void TestBriefExport::odtIsZipWithContent()
{
    QString error;
    QByteArray bytes = BriefExporter::render(brief(QStringLiteral("zh")), BriefFormat::Odt, QPageSize::A4, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ZipArchive zip(&buffer);
    QVERIFY2(zip.open(), qPrintable(zip.errorString()));
    QByteArray mimetype;
    QVERIFY(zip.readEntry(QStringLiteral("mimetype"), &mimetype));
    QCOMPARE(mimetype, QByteArray("application/vnd.oasis.opendocument.text"));
    QByteArray content;
    QVERIFY(zip.readEntry(QStringLiteral("content.xml"), &content));
    const QString xml = QString::fromUtf8(content);
    QVERIFY(xml.contains(QStringLiteral("墨西哥城")));
    QVERIFY(xml.contains(QStringLiteral("洛阳")));
    bool picture = false;
    for (const ZipEntry& entry : zip.entries())
        picture = picture || entry.name.startsWith(QLatin1String("Pictures/"));
    QVERIFY(picture);
}

void TestBriefExport::htmlIsUtf8()
{
    const QByteArray bytes = BriefExporter::render(brief(QStringLiteral("zh"), false), BriefFormat::Html);
    QVERIFY(bytes.contains("<meta charset=\"utf-8\">"));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("墨西哥城")));
    QVERIFY(bytes.contains("lang=\"zh-Hans\""));
}

void TestBriefExport::writeFailureLeavesNothing()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file.txt")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!BriefExporter::writeFile(dir.filePath(QStringLiteral("file.txt/brief.pdf")), brief(QStringLiteral("en"), false),
                                      BriefFormat::Pdf, QPageSize::A4, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("file.txt")});
}

void TestBriefExport::batchReportsEveryFailure()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file.txt")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QList<int> pairs(m_result->proposals.begin(), m_result->proposals.end());
    QVERIFY(pairs.size() >= 2);
    BriefOptions options;
    options.includeMap = false;
    int calls = 0;
    const BriefBatchResult batch = BriefBatch::run(*m_result, pairs, dir.filePath(QStringLiteral("file.txt/sub")),
                                                   options, BriefFormat::Html, QPageSize::A4,
                                                   [&](int done, int total, const QString&) {
                                                       ++calls;
                                                       QCOMPARE(total, int(pairs.size()));
                                                       QCOMPARE(done, calls);
                                                   });
    QVERIFY(!batch.ok());
    QVERIFY(batch.written.isEmpty());
    QCOMPARE(batch.failures.size(), pairs.size());
    QCOMPARE(calls, int(pairs.size()));
    QStringList names;
    for (const BriefBatchResult::Failure& f : batch.failures) {
        QVERIFY(!f.error.isEmpty());
        QVERIFY(f.file.startsWith(QLatin1String("brief-")));
        names.append(f.file);
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), pairs.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("file.txt")});
}

void TestBriefExport::batchWritesProposals()
{
    QTemporaryDir dir;
    const QList<int> pairs(m_result->proposals.begin(), m_result->proposals.end());
    BriefOptions options;
    options.language = QStringLiteral("es");
    options.includeMap = false;
    std::atomic<bool> cancel{false};
    BriefBatchResult batch = BriefBatch::run(*m_result, pairs, dir.path(), options, BriefFormat::Html);
    QVERIFY(batch.ok());
    QCOMPARE(batch.written.size(), pairs.size());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), pairs.size());
    cancel = true;
    batch = BriefBatch::run(*m_result, pairs, dir.path(), options, BriefFormat::Html, QPageSize::A4, {}, &cancel);
    QVERIFY(batch.cancelled && batch.written.isEmpty());
}

void TestBriefExport::commandLine()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("mx-ly.pdf"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(cb::test::binary(), {QStringLiteral("brief"), QStringLiteral("Mexico City"), QStringLiteral("Luoyang"),
                                       QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--out"), out, QStringLiteral("--as-of"),
                                       QStringLiteral("2021-01-31"), QStringLiteral("--paper"), QStringLiteral("letter")});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    process.start(cb::test::binary(), {QStringLiteral("brief"), QStringLiteral("--all"), QStringLiteral("--lang"),
                                       QStringLiteral("es"), QStringLiteral("--format"), QStringLiteral("html"),
                                       QStringLiteral("--out"), out + QStringLiteral("/sub")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.count(QLatin1String("brief-")) >= 2, qPrintable(err));

    process.start(cb::test::binary(), {QStringLiteral("brief"), QStringLiteral("Mexico City"), QStringLiteral("--out"), out});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 2);
}

QTEST_MAIN(TestBriefExport)
#include "tst_briefexport.moc"
