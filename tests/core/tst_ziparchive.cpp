// SPDX-License-Identifier: GPL-3.0-or-later
// The minimal ZIP reader: stored and deflated members, streaming, and refusal of what it does not
// support or does not trust (ZIP64, encryption, other methods, lying sizes, CRC errors, zip bombs).
#include "SequentialBuffer.h"
#include "TestPaths.h"
#include "ZipBuilder.h"

#include "io/ZipArchive.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace cb;
using cb::test::ZipBuilder;

namespace {

QByteArray sampleText(int bytes)
{
    QByteArray out;
    int i = 0;
    while (out.size() < bytes) {
        ++i;
        out += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i * 7919 % 104729) +
               "</v></c></row>\n";
    }
    out.truncate(bytes);
    return out;
}

ZipBuilder::Member member(const char* name, const QByteArray& data)
{
    ZipBuilder::Member m;
    m.name = QString::fromLatin1(name);
    m.data = data;
    return m;
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void readsStoredAndDeflatedMembers();
    void streamsInSmallReads();
    void readsPythonWrittenFixture();
    void refuses_data();
    void refuses();
    void declaredSizeOverLimitIsRefusedUpFront();
    void lyingBombStopsAtItsDeclaredSize();
    void totalLimitCountsEveryRead();
    void sequentialDeviceIsRefused();
};

void TestZipArchive::readsStoredAndDeflatedMembers()
{
    const QByteArray text = QStringLiteral("洛阳, Querétaro\n").toUtf8().repeated(100);
    const QByteArray zip = ZipBuilder()
                               .add(QStringLiteral("mimetype"), "application/x-test", false)
                               .add(QStringLiteral("dir/Deflated.txt"), text)
                               .add(QStringLiteral("empty"), QByteArray(), true)
                               .add(QStringLiteral("名前.txt"), "utf-8 name")
                               .build();
    QBuffer buffer;
    buffer.setData(zip);
    buffer.open(QIODevice::ReadOnly);
    ZipArchive archive(&buffer);
    QVERIFY2(archive.open(), qPrintable(archive.errorString()));
    QCOMPARE(archive.entries().size(), 4);
    QByteArray data;
    QVERIFY(archive.readEntry(QStringLiteral("mimetype"), &data));
    QCOMPARE(data, QByteArray("application/x-test"));
    QVERIFY(archive.readEntry(QStringLiteral("dir/Deflated.txt"), &data));
    QCOMPARE(data, text);
    QVERIFY(archive.entry(QStringLiteral("dir/Deflated.txt"))->compressedSize < text.size() / 10);
    QVERIFY(archive.readEntry(QStringLiteral("DIR/deflated.TXT"), &data)); // case-insensitive fallback
    QVERIFY(archive.readEntry(QStringLiteral("empty"), &data));
    QVERIFY(data.isEmpty());
    QVERIFY(archive.readEntry(QStringLiteral("名前.txt"), &data));
    QCOMPARE(data, QByteArray("utf-8 name"));
    QVERIFY(!archive.readEntry(QStringLiteral("missing"), &data));
    QVERIFY(archive.errorString().contains(QLatin1String("no file missing")));
    QCOMPARE(archive.extractedBytes(), qint64(18 + 2 * text.size() + 10));
}

void TestZipArchive::streamsInSmallReads()
{
    const QByteArray text = sampleText(3 * 1024 * 1024);
    QBuffer buffer;
    buffer.setData(ZipBuilder().add(QStringLiteral("sheet.xml"), text).build());
    buffer.open(QIODevice::ReadOnly);
    ZipArchive archive(&buffer);
    QVERIFY(archive.open());
    std::unique_ptr<QIODevice> entry = archive.openEntry(QStringLiteral("sheet.xml"));
    QVERIFY(entry);
    QVERIFY(entry->isSequential());
    QByteArray got;
    char piece[997];
    qint64 n = 0;
    while ((n = entry->read(piece, sizeof piece)) > 0)
        got.append(piece, qsizetype(n));
    QCOMPARE(n, qint64(0));
    QVERIFY(entry->atEnd());
    QCOMPARE(got.size(), text.size());
    QVERIFY(got == text);
}

void TestZipArchive::readsPythonWrittenFixture()
{
    QFile file(test::testDataDir() + QStringLiteral("/io/workbook.xlsx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ZipArchive archive(&file);
    QVERIFY2(archive.open(), qPrintable(archive.errorString()));
    QVERIFY(archive.contains(QStringLiteral("[Content_Types].xml")));
    QByteArray workbook;
    QVERIFY(archive.readEntry(QStringLiteral("xl/workbook.xml"), &workbook));
    QVERIFY(workbook.contains("Ciudades"));
}

void TestZipArchive::refuses_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<bool>("failsAtOpen");
    QTest::addColumn<QString>("fragment");

    const QByteArray text = sampleText(5000);
    QTest::newRow("not a zip") << QByteArray("this is plain text, long enough to be looked at") << true
                               << QStringLiteral("no central directory");
    QTest::newRow("too short") << QByteArray("PK\x03\x04") << true << QStringLiteral("too short");
    QTest::newRow("ZIP64 locator") << ZipBuilder().add(QStringLiteral("a"), text).withZip64Locator().build() << true
                                   << QStringLiteral("ZIP64");
    ZipBuilder::Member zip64 = member("a", text);
    zip64.zip64Sizes = true;
    QTest::newRow("ZIP64 sizes") << ZipBuilder().add(zip64).build() << true << QStringLiteral("ZIP64");

    QByteArray outside = ZipBuilder().add(QStringLiteral("a"), text).build();
    outside[outside.size() - 6] = '\x7F'; // central directory offset far past the end
    QTest::newRow("directory outside the file") << outside << true << QStringLiteral("outside the file");

    ZipBuilder::Member encrypted = member("a", text);
    encrypted.flags = 0x0001;
    QTest::newRow("encrypted member") << ZipBuilder().add(encrypted).build() << false << QStringLiteral("encrypted");
    ZipBuilder::Member strong = member("a", text);
    strong.flags = 0x0040;
    QTest::newRow("strong encryption") << ZipBuilder().add(strong).build() << false << QStringLiteral("encrypted");
    ZipBuilder::Member bzip2 = member("a", text);
    bzip2.method = 12;
    QTest::newRow("bzip2 method") << ZipBuilder().add(bzip2).build() << false << QStringLiteral("method 12");
    ZipBuilder::Member crc = member("a", text);
    crc.crcOverride = 0x12345678;
    QTest::newRow("CRC mismatch") << ZipBuilder().add(crc).build() << false << QStringLiteral("CRC");
    ZipBuilder::Member shorter = member("a", text);
    shorter.declaredSize = text.size() + 100;
    QTest::newRow("shorter than declared") << ZipBuilder().add(shorter).build() << false << QStringLiteral("shorter");
    ZipBuilder::Member longer = member("a", text);
    longer.declaredSize = 100;
    QTest::newRow("longer than declared")
        << ZipBuilder().add(longer).build() << false << QStringLiteral("beyond the size");
    ZipBuilder::Member storedLie = member("a", text);
    storedLie.deflate = false;
    storedLie.declaredSize = 10;
    QTest::newRow("stored sizes disagree")
        << ZipBuilder().add(storedLie).build() << false << QStringLiteral("sizes disagree");
    ZipBuilder::Member garbage = member("a", QByteArray("\xFF\xFF\xFF\xFF not deflate data at all"));
    garbage.deflate = false;
    garbage.method = 8;
    garbage.declaredSize = 100;
    QTest::newRow("corrupt deflate data") << ZipBuilder().add(garbage).build() << false << QStringLiteral("damaged");

    ZipBuilder::Member cut = member("a", ZipBuilder::rawDeflate(text).left(200));
    cut.deflate = false; // the bytes are already deflated: half a stream
    cut.method = 8;
    cut.declaredSize = text.size();
    QTest::newRow("truncated deflate stream") << ZipBuilder().add(cut).build() << false << QStringLiteral("truncated");
}

void TestZipArchive::refuses()
{
    QFETCH(QByteArray, archive);
    QFETCH(bool, failsAtOpen);
    QFETCH(QString, fragment);
    QBuffer buffer;
    buffer.setData(archive);
    buffer.open(QIODevice::ReadOnly);
    ZipArchive zip(&buffer);
    if (failsAtOpen) {
        QVERIFY(!zip.open());
        QVERIFY2(zip.errorString().contains(fragment), qPrintable(zip.errorString()));
        return;
    }
    QVERIFY2(zip.open(), qPrintable(zip.errorString()));
    QByteArray data;
    QVERIFY(!zip.readEntry(zip.entries().at(0).name, &data));
    QVERIFY(data.isEmpty());
    QVERIFY2(zip.errorString().contains(fragment), qPrintable(zip.errorString()));
}

void TestZipArchive::declaredSizeOverLimitIsRefusedUpFront()
{
    ZipBuilder::Member huge = member("xl/worksheets/sheet1.xml", QByteArray(1000, 'x'));
    huge.declaredSize = 300LL << 20;
    QBuffer buffer;
    buffer.setData(ZipBuilder().add(huge).build());
    buffer.open(QIODevice::ReadOnly);
    ZipArchive zip(&buffer); // default limits: 200 MiB per member
    QVERIFY(zip.open());
    QVERIFY(!zip.openEntry(QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(zip.errorString().contains(QLatin1String("300 MiB, more than the limit of 200 MiB")),
             qPrintable(zip.errorString()));
    QCOMPARE(zip.extractedBytes(), 0);
}

void TestZipArchive::lyingBombStopsAtItsDeclaredSize()
{
    // 64 MiB of zeros deflate to ~64 KiB; the headers claim 1 MiB. Extraction must stop right after 1 MiB.
    const QByteArray zeros(64 << 20, '\0');
    ZipBuilder::Member bomb = member("bomb", zeros);
    bomb.declaredSize = 1 << 20;
    const QByteArray archive = ZipBuilder().add(bomb).build();
    QVERIFY(archive.size() < 200 * 1024);
    QBuffer buffer;
    buffer.setData(archive);
    buffer.open(QIODevice::ReadOnly);
    ZipArchive zip(&buffer);
    QVERIFY(zip.open());
    QByteArray data;
    QVERIFY(!zip.readEntry(QStringLiteral("bomb"), &data));
    QVERIFY(zip.errorString().contains(QLatin1String("beyond the size its header declares")));
    QVERIFY2(zip.extractedBytes() <= (1 << 20), qPrintable(QString::number(zip.extractedBytes())));
}

void TestZipArchive::totalLimitCountsEveryRead()
{
    const QByteArray text = sampleText(600 * 1024);
    QBuffer buffer;
    buffer.setData(ZipBuilder().add(QStringLiteral("a"), text).add(QStringLiteral("b"), text).build());
    buffer.open(QIODevice::ReadOnly);
    ZipLimits limits;
    limits.maxTotalSize = 1 << 20;
    ZipArchive zip(&buffer, limits);
    QVERIFY(zip.open());
    QByteArray data;
    QVERIFY(zip.readEntry(QStringLiteral("a"), &data));
    QVERIFY(!zip.readEntry(QStringLiteral("b"), &data));
    QVERIFY2(zip.errorString().contains(QLatin1String("exceeds the limit of 1 MiB")), qPrintable(zip.errorString()));
}

void TestZipArchive::sequentialDeviceIsRefused()
{
    test::SequentialBuffer stream(ZipBuilder().add(QStringLiteral("a"), "x").build());
    stream.open(QIODevice::ReadOnly);
    ZipArchive zip(&stream);
    QVERIFY(!zip.open());
    QVERIFY2(zip.errorString().contains(QLatin1String("stream")), qPrintable(zip.errorString()));
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
