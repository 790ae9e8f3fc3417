// SPDX-License-Identifier: GPL-3.0-or-later
// Encodings of CSV files as Excel writes them in English, Spanish and Chinese locales: detection (BOM,
// UTF-16 without BOM, valid UTF-8, GB18030 versus Windows-1252) and decoding through CsvReader.
#include "io/CsvReader.h"
#include "io/TextEncoding.h"

#include <QBuffer>
#include <QtTest>

using namespace cb;

namespace {

QByteArray encode(const char* encoding, const QString& text, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(text);
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decodersExist();
    void detectsAndDecodes_data();
    void detectsAndDecodes();
    void heuristicOnShortSamples_data();
    void heuristicOnShortSamples();
    void utf8Validation_data();
    void utf8Validation();
    void namesParse_data();
    void namesParse();
};

void TestTextEncoding::decodersExist()
{
    // The named decoders come from ICU; without them GB18030 and Windows-1252 files cannot be read.
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Gb18030,
                           TextEncoding::Windows1252}) {
        QStringDecoder decoder(textEncodingName(e).toLatin1().constData());
        QVERIFY2(decoder.isValid(), qPrintable(textEncodingName(e)));
    }
}

void TestTextEncoding::detectsAndDecodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("forced");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("text");

    const int detect = int(TextEncoding::Auto);
    const QString es = QStringLiteral("Ciudad;País;Nota\nQuerétaro;México;Peñón\nSan Andrés;ñandú;€ 5\n");
    const QString esNoEuro = QStringLiteral("Ciudad;Nota\nQuerétaro;Oaxaca de Juárez\nLeón;Peñón\n");
    const QString upper = QStringLiteral("CIUDAD,NOTA\nCAÑÓN,AÑO\nLEÓN,ÁVILA\n");
    const QString zh = QStringLiteral("城市,省份,备注\n洛阳,河南,牡丹文化节\n敦煌,甘肃,莫高窟；数字展览\n");
    const QString zhEs = zh + QStringLiteral("墨西哥城,Querétaro,洛阳市\n");
    const QString tabbed = QStringLiteral("name\tcity\nQuerétaro\tMX\n洛阳\tCN\n");
    const int utf8 = int(TextEncoding::Utf8);
    const int le = int(TextEncoding::Utf16LE);
    const int be = int(TextEncoding::Utf16BE);
    const int gb = int(TextEncoding::Gb18030);
    const int cp = int(TextEncoding::Windows1252);

    QTest::newRow("ASCII is UTF-8") << encode("UTF-8", QStringLiteral("a,b\n1,2\n")) << detect << utf8 << false
                                    << QStringLiteral("a,b\n1,2\n");
    QTest::newRow("UTF-8, Chinese and Spanish") << encode("UTF-8", zhEs + es) << detect << utf8 << false << zhEs + es;
    QTest::newRow("UTF-8 with BOM") << encode("UTF-8", es, true) << detect << utf8 << true << es;
    QTest::newRow("UTF-16LE with BOM (Excel Unicode text)")
        << encode("UTF-16LE", tabbed, true) << detect << le << true << tabbed;
    QTest::newRow("UTF-16BE with BOM") << encode("UTF-16BE", tabbed, true) << detect << be << true << tabbed;
    QTest::newRow("UTF-16LE without BOM") << encode("UTF-16LE", tabbed) << detect << le << false << tabbed;
    QTest::newRow("UTF-16BE without BOM") << encode("UTF-16BE", tabbed) << detect << be << false << tabbed;
    QTest::newRow("GB18030 (Excel on Chinese Windows)") << encode("GB18030", zh) << detect << gb << false << zh;
    QTest::newRow("GB18030 with some Spanish") << encode("GB18030", zhEs) << detect << gb << false << zhEs;
    QTest::newRow("GB18030 with a rare character") << encode("GB18030", zh + QStringLiteral("𠀀,𠀁,x\n")) << detect
                                                   << gb << false << zh + QStringLiteral("𠀀,𠀁,x\n");
    // ICU's encoder writes no BOM for GB18030; U+FEFF is 84 31 95 33 there.
    QTest::newRow("GB18030 with its BOM")
        << QByteArray("\x84\x31\x95\x33") + encode("GB18030", zh) << detect << gb << true << zh;
    QTest::newRow("GB18030 forced") << encode("GB18030", zh) << gb << gb << false << zh;
    QTest::newRow("Windows-1252 Spanish with euro") << encode("windows-1252", es) << detect << cp << false << es;
    QTest::newRow("Windows-1252 Spanish") << encode("windows-1252", esNoEuro) << detect << cp << false << esNoEuro;
    QTest::newRow("Windows-1252 capitals side by side")
        << encode("windows-1252", upper) << detect << cp << false << upper;
    QTest::newRow("Windows-1252 forced") << encode("windows-1252", esNoEuro) << cp << cp << false << esNoEuro;
    QTest::newRow("UTF-8 forced keeps the BOM out") << encode("UTF-8", es, true) << utf8 << utf8 << true << es;
}

void TestTextEncoding::detectsAndDecodes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, forced);
    QFETCH(int, expected);
    QFETCH(bool, bom);
    QFETCH(QString, text);

    if (TextEncoding(forced) == TextEncoding::Auto)
        QCOMPARE(int(detectTextEncoding(input, true).encoding), expected);

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    TableReadOptions options;
    options.encoding = TextEncoding(forced);
    CsvReader reader(&buffer, options);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(int(reader.encoding()), expected);
    QCOMPARE(reader.hasByteOrderMark(), bom);
    QList<QStringList> rows;
    QVERIFY2(reader.read(0, -1, &rows), qPrintable(reader.errorString()));

    // The same text written as UTF-8 is the reference.
    QBuffer reference;
    reference.setData(text.toUtf8());
    reference.open(QIODevice::ReadOnly);
    CsvReader utf8(&reference);
    QVERIFY(utf8.open());
    QCOMPARE(reader.delimiter(), utf8.delimiter());
    QList<QStringList> expectedRows;
    QVERIFY(utf8.read(0, -1, &expectedRows));
    QCOMPARE(rows, expectedRows);
    QVERIFY(rows.size() >= 2);
}

void TestTextEncoding::heuristicOnShortSamples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<int>("expected");
    const int gb = int(TextEncoding::Gb18030);
    const int cp = int(TextEncoding::Windows1252);
    const int utf8 = int(TextEncoding::Utf8);
    QTest::newRow("one Chinese word") << encode("GB18030", QStringLiteral("洛阳")) << true << gb;
    QTest::newRow("Chinese punctuation") << encode("GB18030", QStringLiteral("，。")) << true << gb;
    QTest::newRow("accent between letters") << encode("windows-1252", QStringLiteral("Querétaro")) << true << cp;
    QTest::newRow("two accented capitals") << encode("windows-1252", QStringLiteral("CAÑÓN")) << true << cp;
    QTest::newRow("guillemets and ordinal") << encode("windows-1252", QStringLiteral("«Nº 5»")) << true << cp;
    QTest::newRow("euro sign") << encode("windows-1252", QStringLiteral("€5")) << true << cp;
    QTest::newRow("four-byte GB18030") << encode("GB18030", QStringLiteral("洛阳𠀀")) << true << gb;
    QTest::newRow("GB18030 cut by the sample") << encode("GB18030", QStringLiteral("洛阳市")).chopped(1) << false << gb;
    QTest::newRow("GB18030 cut at end of file") << encode("GB18030", QStringLiteral("洛阳市")).chopped(1) << true << cp;
    QTest::newRow("UTF-8 cut by the sample") << encode("UTF-8", QStringLiteral("洛阳市")).chopped(1) << false << utf8;
    QTest::newRow("empty") << QByteArray() << true << utf8;
}

void TestTextEncoding::heuristicOnShortSamples()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, wholeFile);
    QFETCH(int, expected);
    QCOMPARE(int(detectTextEncoding(input, wholeFile).encoding), expected);
}

void TestTextEncoding::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("allowCutEnd");
    QTest::addColumn<bool>("valid");
    QTest::newRow("four-byte emoji") << QByteArray("\xF0\x9F\x98\x80") << false << true;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false << false;
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << false << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false << false;
    QTest::newRow("cut, allowed") << QByteArray("a\xE6\xB4") << true << true;
    QTest::newRow("cut, not allowed") << QByteArray("a\xE6\xB4") << false << false;
    QTest::newRow("cut then ASCII") << QByteArray("\xE6\xB4"
                                                  "a")
                                    << true << false;
}

void TestTextEncoding::utf8Validation()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, allowCutEnd);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(input, allowCutEnd), valid);
}

void TestTextEncoding::namesParse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected"); // -1: unknown
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << int(TextEncoding::Utf8);
    QTest::newRow("utf8") << QStringLiteral("utf8") << int(TextEncoding::Utf8);
    QTest::newRow("utf_16le") << QStringLiteral("utf_16le") << int(TextEncoding::Utf16LE);
    QTest::newRow("UTF-16BE") << QStringLiteral("UTF-16BE") << int(TextEncoding::Utf16BE);
    QTest::newRow("GBK") << QStringLiteral("GBK") << int(TextEncoding::Gb18030);
    QTest::newRow("gb2312") << QStringLiteral(" gb2312 ") << int(TextEncoding::Gb18030);
    QTest::newRow("CP936") << QStringLiteral("CP936") << int(TextEncoding::Gb18030);
    QTest::newRow("Windows-1252") << QStringLiteral("Windows-1252") << int(TextEncoding::Windows1252);
    QTest::newRow("latin1") << QStringLiteral("latin1") << int(TextEncoding::Windows1252);
    QTest::newRow("auto") << QStringLiteral("auto") << int(TextEncoding::Auto);
    QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS") << -1;
}

void TestTextEncoding::namesParse()
{
    QFETCH(QString, name);
    QFETCH(int, expected);
    const std::optional<TextEncoding> e = textEncodingFromName(name);
    QCOMPARE(e ? int(*e) : -1, expected);
    if (e && *e != TextEncoding::Auto)
        QCOMPARE(textEncodingFromName(textEncodingName(*e)), e);
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
