// SPDX-License-Identifier: GPL-3.0-or-later
// File names built from data cannot leave the folder the user chose: the one sanitising function as a table of
// hostile names (../../etc/passwd, ..\x, CON, slashes, NUL, very long names; Chinese stays readable), the check of
// the final path's canonical parent (symbolic links too), and a batch of briefs for cities with such names, which
// all land in the chosen folder and nowhere else.
#include "brief/BriefBatch.h"
#include "brief/BriefExporter.h"
#include "io/SafeFileName.h"
#include "matching/Matcher.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;
using namespace cb::safefile;

namespace {

/** Every file and folder under root, relative, sorted. */
QStringList tree(const QString& root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(root).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

/** What a safe name must never be or hold, on any of Linux, macOS and Windows. */
void checkSafe(const QString& name)
{
    QVERIFY(!name.isEmpty());
    QVERIFY2(name != QLatin1String(".") && name != QLatin1String(".."), qPrintable(name));
    QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
    QVERIFY2(!name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' ')), qPrintable(name));
    for (const QChar c : name) {
        QVERIFY2(c.unicode() >= 0x20 && !QStringLiteral("/\\:*?\"<>|").contains(c), qPrintable(name));
    }
    QVERIFY2(name.toUtf8().size() <= kMaxNameBytes, qPrintable(name));
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!device.match(name).hasMatch(), qPrintable(name));
}

} // namespace

class TestSafeFileName : public QObject
{
    Q_OBJECT

private slots:
    void sanitises_data();
    void sanitises();
    void longNamesAreCutWholeCharacters();
    void pathStaysInFolder();
    void briefBatchStaysInFolder();
};

void TestSafeFileName::sanitises_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Luoyang.pdf") << QStringLiteral("Luoyang.pdf");
    QTest::newRow("chinese stays readable") << QStringLiteral("洛阳 (河南).pdf") << QStringLiteral("洛阳 (河南).pdf");
    QTest::newRow("spanish") << QStringLiteral("Ciudad de México.odt") << QStringLiteral("Ciudad de México.odt");
    QTest::newRow("parent escape") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("windows escape") << QStringLiteral("..\\x") << QStringLiteral("x");
    QTest::newRow("absolute") << QStringLiteral("/etc/shadow") << QStringLiteral("etc-shadow");
    QTest::newRow("drive") << QStringLiteral("C:\\Windows\\x.pdf") << QStringLiteral("C-Windows-x.pdf");
    QTest::newRow("slash inside") << QStringLiteral("Xi'an/Shaanxi") << QStringLiteral("Xi'an-Shaanxi");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("unnamed");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("unnamed");
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::newRow("empty") << QString() << QStringLiteral("unnamed");
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b.pdf"))
                         << QStringLiteral("a-b.pdf");
    QTest::newRow("controls") << QStringLiteral("a\nb\tc\r") << QStringLiteral("a-b-c");
    QTest::newRow("reserved chars") << QStringLiteral("a:b*c?d\"e<f>g|h") << QStringLiteral("a-b-c-d-e-f-g-h");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("con.pdf") << QStringLiteral("con.pdf") << QStringLiteral("_con.pdf");
    QTest::newRow("nul.tar.gz") << QStringLiteral("nul.tar.gz") << QStringLiteral("_nul.tar.gz");
    QTest::newRow("LPT1") << QStringLiteral("LPT1") << QStringLiteral("_LPT1");
    QTest::newRow("com9 trailing space") << QStringLiteral("com9 ") << QStringLiteral("_com9");
    QTest::newRow("CONSOLE is fine") << QStringLiteral("CONSOLE") << QStringLiteral("CONSOLE");
    QTest::newRow("trailing dots and spaces") << QStringLiteral(" name. . ") << QStringLiteral("name");
    QTest::newRow("right-to-left override")
        << QString(QStringLiteral("brief") + QChar(0x202e) + QStringLiteral("fdp.exe"))
        << QStringLiteral("brief-fdp.exe");
}

void TestSafeFileName::sanitises()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString safe = safeFileName(name);
    QCOMPARE(safe, expected);
    checkSafe(safe);
    QCOMPARE(safeFileName(safe), safe); // already safe: unchanged
    QCOMPARE(safeFileName(QStringLiteral("../.."), QStringLiteral("pair-3")), QStringLiteral("pair-3"));
}

void TestSafeFileName::longNamesAreCutWholeCharacters()
{
    const QString latin = QString(400, QLatin1Char('x')) + QStringLiteral(".pdf");
    QString safe = safeFileName(latin);
    checkSafe(safe);
    QVERIFY(safe.endsWith(QLatin1String(".pdf")));
    QCOMPARE(safe.toUtf8().size(), kMaxNameBytes);

    // Three bytes per character: never half a character, and the suffix survives.
    const QString han = QString(200, QChar(0x6D1B)) + QStringLiteral(".html");
    safe = safeFileName(han);
    checkSafe(safe);
    QVERIFY(safe.endsWith(QLatin1String(".html")));
    QVERIFY(safe.toUtf8().size() > kMaxNameBytes - 3);
    QCOMPARE(QString::fromUtf8(safe.toUtf8()), safe);
    QVERIFY(safe.startsWith(QString(20, QChar(0x6D1B))));

    // Four bytes per character (surrogate pairs): never split.
    const QString emoji = QString::fromUcs4(U"\U0001F3D9").repeated(100);
    safe = safeFileName(emoji, QString(), 30);
    QVERIFY(safe.toUtf8().size() <= 30);
    QCOMPARE(safe.size() % 2, 0);
    QVERIFY(!safe.back().isHighSurrogate());
    QCOMPARE(safe, QString::fromUcs4(U"\U0001F3D9").repeated(7));
}

void TestSafeFileName::pathStaysInFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("chosen"));
    QVERIFY(QDir().mkpath(folder));
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    QString error;

    const QString ok = pathInFolder(folder, QStringLiteral("洛阳.pdf"), &error);
    QCOMPARE(ok, canonical + QStringLiteral("/洛阳.pdf"));
    QCOMPARE(QFileInfo(QFileInfo(ok).absolutePath()).canonicalFilePath(), canonical);

    for (const QString& bad : {QStringLiteral("../x.pdf"), QStringLiteral(".."), QStringLiteral("."), QString(),
                               QStringLiteral("a/b.pdf"), QStringLiteral("..\\x"), QStringLiteral("/etc/passwd"),
                               QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))}) {
        error.clear();
        QVERIFY2(pathInFolder(folder, bad, &error).isEmpty(), qPrintable(bad));
        QVERIFY2(!error.isEmpty(), qPrintable(bad));
    }
    // A safe name always passes.
    for (const QString& hostile : {QStringLiteral("../../etc/passwd"), QStringLiteral("..\\x"), QStringLiteral("CON")})
        QVERIFY(!pathInFolder(folder, safeFileName(hostile), &error).isEmpty());

    // The chosen folder reached through a symbolic link is still that folder.
    const QString alias = dir.filePath(QStringLiteral("alias"));
    QVERIFY(QFile::link(folder, alias));
    QCOMPARE(pathInFolder(alias, QStringLiteral("a.pdf"), &error), canonical + QStringLiteral("/a.pdf"));

    // A symbolic link waiting at the name (to a file outside) is refused: the write would follow it.
    const QString outside = dir.filePath(QStringLiteral("outside.txt"));
    QVERIFY(QFile::link(outside, folder + QStringLiteral("/trap.pdf")));
    error.clear();
    QVERIFY(pathInFolder(folder, QStringLiteral("trap.pdf"), &error).isEmpty());
    QVERIFY(!error.isEmpty());

    // A folder that does not exist.
    QVERIFY(pathInFolder(dir.filePath(QStringLiteral("missing")), QStringLiteral("a.pdf"), &error).isEmpty());
}

void TestSafeFileName::briefBatchStaysInFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    WorkspaceData data;
    {
        auto store = SqliteWorkspaceStore::create(dir.filePath(QStringLiteral("sample.citybridge")), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
        QVERIFY2(loadWorkspace(*store, &data, &error), qPrintable(error));
    }
    MatchSettings settings;
    settings.asOf = QDate(2021, 1, 31);
    MatchResult first = Matcher::run(data, settings, QDate(2026, 11, 23));
    const QList<int> proposals(first.proposals.begin(), first.proposals.end());
    QVERIFY(proposals.size() >= 3);

    // The cities in the proposals get hostile names (in English; one has only a Chinese name).
    const QStringList hostile{QStringLiteral("../../etc/passwd"),
                              QStringLiteral("..\\x"),
                              QStringLiteral("CON"),
                              QStringLiteral("a/b"),
                              QString(QStringLiteral("nul") + QChar(0) + QStringLiteral("x")),
                              QString(300, QLatin1Char('L'))};
    QSet<ActorId> renamed;
    int next = 0;
    bool chineseOnly = false;
    for (int index : proposals) {
        const ScoredPair& pair = first.pairs[std::size_t(index)];
        for (ActorId id : {pair.actorA, pair.actorB}) {
            if (renamed.contains(id))
                continue;
            renamed.insert(id);
            for (Actor& actor : data.actors) {
                if (actor.id != id)
                    continue;
                if (!chineseOnly) {
                    actor.names = LocalizedText{{QStringLiteral("zh"), QStringLiteral("洛阳/../郑州")}};
                    chineseOnly = true;
                } else {
                    actor.names.set(QStringLiteral("en"), hostile.at(next++ % hostile.size()));
                }
            }
        }
    }
    data.reindex();
    const MatchResult result = Matcher::run(data, settings, QDate(2026, 11, 23));
    const QList<int> pairs(result.proposals.begin(), result.proposals.end());

    const QString chosen = dir.filePath(QStringLiteral("briefs"));
    const QStringList before = tree(dir.path());
    BriefOptions options;
    options.language = QStringLiteral("zh");
    options.includeMap = false;
    const BriefBatchResult batch = BriefBatch::run(result, pairs, chosen, options, BriefFormat::Html);
    QVERIFY(batch.ok());
    QCOMPARE(batch.written.size(), pairs.size());
    const QString canonical = QFileInfo(chosen).canonicalFilePath();
    bool readableChinese = false;
    for (const QString& path : batch.written) {
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath(), canonical);
        checkSafe(QFileInfo(path).fileName());
        readableChinese = readableChinese || QFileInfo(path).fileName().contains(QStringLiteral("洛阳"));
    }
    QVERIFY2(readableChinese, qPrintable(batch.written.join(QLatin1Char('\n'))));
    // Nothing else appeared anywhere: only the chosen folder and the briefs directly in it.
    QStringList expected = before;
    expected << QStringLiteral("briefs");
    for (const QString& path : batch.written)
        expected << QStringLiteral("briefs/") + QFileInfo(path).fileName();
    expected.sort();
    QCOMPARE(tree(dir.path()), expected);
    qInfo("briefs written for hostile names: %d, all in the chosen folder", int(batch.written.size()));
}

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
