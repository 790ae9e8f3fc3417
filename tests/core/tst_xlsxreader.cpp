// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX and ODS reading on committed fixtures (hand-written XML from tests/data/io/make_fixtures.py, and a
// workbook written by libxlsxwriter), hostile or broken workbooks built in memory, and format sniffing.
#include "SequentialBuffer.h"
#include "TestPaths.h"
#include "ZipBuilder.h"

#include "io/TableReaderFactory.h"
#include "io/XlsxReader.h"
#include "io/XlsxStyles.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace cb;
using cb::test::ZipBuilder;

namespace {

using Rows = QList<QStringList>;

Rows rows(std::initializer_list<std::initializer_list<const char*>> table)
{
    Rows out;
    for (const auto& row : table) {
        QStringList cells;
        for (const char* cell : row)
            cells.append(QString::fromUtf8(cell));
        out.append(cells);
    }
    return out;
}

// A row with \a value in 1-based column \a column and empty cells before it.
QStringList farCell(int column, const char* value)
{
    QStringList cells(column - 1);
    cells.append(QString::fromUtf8(value));
    return cells;
}

QString fixture(const char* name)
{
    return test::testDataDir() + QStringLiteral("/io/") + QString::fromLatin1(name);
}

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A one-sheet workbook around \a sheetData (the content of <sheetData>), or around a whole sheet part.
QByteArray workbook(const QByteArray& sheet, const QByteArray& sharedStrings = QByteArray(),
                    ZipBuilder::Member* sheetMember = nullptr)
{
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ZipBuilder zip;
    zip.add(QStringLiteral("[Content_Types].xml"), "<Types/>");
    zip.add(QStringLiteral("_rels/.rels"), "<Relationships><Relationship Id=\"r\" Type=\"" + rel +
                                               "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                               "</Relationships>");
    zip.add(QStringLiteral("xl/workbook.xml"), "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + rel +
                                                   "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                                                   "</sheets></workbook>");
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                                                              "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                                              "<Relationship Id=\"rId2\" Type=\"" +
                                                              rel +
                                                              "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                                              "</Relationships>");
    if (!sharedStrings.isNull())
        zip.add(QStringLiteral("xl/sharedStrings.xml"), "<sst xmlns=\"" + kMain + "\">" + sharedStrings + "</sst>");
    const QByteArray part = sheet.startsWith("<?xml") || sheet.startsWith("<!")
                                ? sheet
                                : "<worksheet xmlns=\"" + kMain + "\"><sheetData>" + sheet + "</sheetData></worksheet>";
    if (sheetMember) {
        sheetMember->name = QStringLiteral("xl/worksheets/sheet1.xml");
        sheetMember->data = part;
        zip.add(*sheetMember);
    } else {
        zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), part);
    }
    return zip.build();
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsFixtures_data();
    void readsFixtures();
    void sheetNames_data();
    void sheetNames();
    void datesCanStaySerialNumbers();
    void serialDates_data();
    void serialDates();
    void cellReferences_data();
    void cellReferences();
    void reportsErrors_data();
    void reportsErrors();
    void detectsFormats_data();
    void detectsFormats();
    void spreadsheetFromAStreamIsRefused();
    void previewInflatesOnlyTheStart();
};

void TestXlsxReader::readsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<Rows>("expected");

    Rows ciudades = rows({{"Ciudad", "País", "Población", "Fecha"},
                          {"Querétaro", "MX", "1049777", "2020-12-31"},
                          {"Ciudad de México (CDMX)", "MX", "9209944", "2021-01-15"},
                          {},
                          {"洛阳", "", "7057000", "2021-01-15 12:00:00"},
                          {"=cmd|' /C calc'!A0", "TRUE", "#N/A", "2.5"},
                          {"Robert'); DROP TABLE cities;--", "FALSE", "-0.125", "1.5E-3"},
                          {"line one\r\nline two", "inline"},
                          {"Peñón & “comillas” €"}});
    ciudades.append(farCell(27, "27"));
    QTest::newRow("xlsx, two sheets: Ciudades") << fixture("workbook.xlsx") << 0 << -1 << ciudades;
    QTest::newRow("xlsx preview of three rows") << fixture("workbook.xlsx") << 0 << 3 << ciudades.mid(0, 3);
    QTest::newRow("xlsx preview stops at a gap") << fixture("workbook.xlsx") << 0 << 4 << ciudades.mid(0, 3);
    QTest::newRow("xlsx, two sheets: 城市")
        << fixture("workbook.xlsx") << 1 << -1 << rows({{"城市", "省"}, {"洛阳", "河南"}, {"敦煌", "甘肃"}});
    QTest::newRow("xlsx without r attributes, 1904 dates")
        << fixture("unusual.xlsx") << 0 << -1 << rows({{"a", "b"}, {"1", "1904-01-01"}, {"  spaced  "}});
    QTest::newRow("xlsx after a chart sheet") << fixture("unusual.xlsx") << 1 << -1 << rows({{}, {"", "nota"}});

    Rows encuesta = rows({{"Ciudad", "Habitantes", "Fecha", "Activa", "Suma"},
                          {"Oaxaca de Juárez", "270955", "2020-12-31", "TRUE", "270956"},
                          {"洛阳", "7057000.5", "2021-01-15", "FALSE", "Robert'); DROP TABLE cities;--"},
                          {}});
    encuesta.append(farCell(28, "AB5"));
    QTest::newRow("libxlsxwriter: Encuesta") << fixture("xlsxwriter.xlsx") << 0 << -1 << encuesta;
    QTest::newRow("libxlsxwriter: 城市") << fixture("xlsxwriter.xlsx") << 1 << -1
                                         << rows({{"敦煌", "Ciudad de México"}});

    const Rows ods = rows({{"Ciudad", "País", "Población", "Fecha"},
                           {"Querétaro", "MX", "1049777", "2020-12-31"},
                           {},
                           {"Ciudad de México   x\ty\nsegunda\nlínea", "", "", "2021-01-15 10:30:00"},
                           {"洛阳", "0.25", "TRUE", "10:30:05"},
                           {"洛阳", "0.25", "TRUE", "10:30:05"},
                           {"7", "7", "", "=cmd|' /C calc'!A0"}});
    QTest::newRow("ods: Ciudades, repeats, a million empty rows") << fixture("spreadsheet.ods") << 0 << -1 << ods;
    QTest::newRow("ods preview inside a repeated row") << fixture("spreadsheet.ods") << 0 << 5 << ods.mid(0, 5);
    QTest::newRow("ods: 城市") << fixture("spreadsheet.ods") << 1 << -1 << rows({{"城市", "省"}, {"敦煌", "甘肃"}});
}

void TestXlsxReader::readsFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(int, maxRows);
    QFETCH(Rows, expected);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QString error;
    std::unique_ptr<TableReader> reader = openTable(&f, file, TableReadOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    Rows got;
    QVERIFY2(reader->read(sheet, maxRows, &got), qPrintable(reader->errorString()));
    QCOMPARE(got, expected);
    // Reading again, after other reads, gives the same rows.
    QVERIFY(reader->read(sheet == 0 ? 1 : 0, 2, &got));
    QVERIFY(reader->read(sheet, maxRows, &got));
    QCOMPARE(got, expected);
}

void TestXlsxReader::sheetNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("workbook.xlsx") << fixture("workbook.xlsx") << int(TableFormat::Xlsx)
                                   << QStringList{QStringLiteral("Ciudades"), QStringLiteral("城市")};
    QTest::newRow("unusual.xlsx skips the chart sheet")
        << fixture("unusual.xlsx") << int(TableFormat::Xlsx)
        << QStringList{QStringLiteral("Datos"), QStringLiteral("Notas")};
    QTest::newRow("xlsxwriter.xlsx") << fixture("xlsxwriter.xlsx") << int(TableFormat::Xlsx)
                                     << QStringList{QStringLiteral("Encuesta"), QStringLiteral("城市")};
    QTest::newRow("spreadsheet.ods") << fixture("spreadsheet.ods") << int(TableFormat::Ods)
                                     << QStringList{QStringLiteral("Ciudades"), QStringLiteral("城市")};
}

void TestXlsxReader::sheetNames()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QStringList, names);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    std::unique_ptr<TableReader> reader = openTable(&f, file);
    QVERIFY(reader);
    QCOMPARE(int(reader->format()), format);
    QCOMPARE(reader->sheetNames(), names);
    Rows got;
    QVERIFY(!reader->read(names.size(), -1, &got));
    QVERIFY(reader->errorString().contains(QString::number(names.size() + 1)));
}

void TestXlsxReader::datesCanStaySerialNumbers()
{
    QFile f(fixture("workbook.xlsx"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    TableReadOptions options;
    options.convertDates = false;
    XlsxReader reader(&f, options);
    QVERIFY(reader.open());
    Rows got;
    QVERIFY(reader.read(0, 5, &got));
    QCOMPARE(got.at(1).at(3), QStringLiteral("44196"));
    QCOMPARE(got.at(4).at(3), QStringLiteral("44211.5"));
}

void TestXlsxReader::serialDates_data()
{
    QTest::addColumn<int>("numFmtId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected"); // empty: stays a number
    QTest::newRow("first day") << 14 << QString() << QStringLiteral("1") << false << QStringLiteral("1900-01-01");
    QTest::newRow("before the phantom day")
        << 14 << QString() << QStringLiteral("59") << false << QStringLiteral("1900-02-28");
    QTest::newRow("Excel's 1900-02-29 stays a number") << 14 << QString() << QStringLiteral("60") << false << QString();
    QTest::newRow("after the phantom day")
        << 14 << QString() << QStringLiteral("61") << false << QStringLiteral("1900-03-01");
    QTest::newRow("1904 system") << 14 << QString() << QStringLiteral("0") << true << QStringLiteral("1904-01-01");
    QTest::newRow("time only") << 20 << QString() << QStringLiteral("0.5") << false << QStringLiteral("12:00:00");
    QTest::newRow("seconds round up to the next day")
        << 22 << QString() << QStringLiteral("44196.999999999") << false << QStringLiteral("2021-01-01 00:00:00");
    QTest::newRow("custom d/m/yyyy") << 164 << QStringLiteral("d/m/yyyy") << QStringLiteral("44196") << false
                                     << QStringLiteral("2020-12-31");
    QTest::newRow("Chinese date format") << 165 << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << QStringLiteral("44211")
                                         << false << QStringLiteral("2021-01-15");
    QTest::newRow("quoted letters are no date")
        << 166 << QStringLiteral("0.0 \"days\"") << QStringLiteral("3") << false << QString();
    QTest::newRow("elapsed hours are no clock")
        << 167 << QStringLiteral("[h]:mm") << QStringLiteral("1.5") << false << QString();
    QTest::newRow("General") << 0 << QStringLiteral("General") << QStringLiteral("44196") << false << QString();
    QTest::newRow("negative") << 14 << QString() << QStringLiteral("-1") << false << QString();
    QTest::newRow("after 9999") << 14 << QString() << QStringLiteral("3000000") << false << QString();
    QTest::newRow("not a number") << 14 << QString() << QStringLiteral("abc") << false << QString();
}

void TestXlsxReader::serialDates()
{
    QFETCH(int, numFmtId);
    QFETCH(QString, code);
    QFETCH(QString, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    const XlsxStyles::Kind kind = XlsxStyles::kindOfFormat(numFmtId, code);
    QCOMPARE(XlsxStyles::formatSerial(serial, kind, date1904), expected);
}

void TestXlsxReader::cellReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("row"); // 0: invalid
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << QStringLiteral("A1") << 1 << 1;
    QTest::newRow("Z9") << QStringLiteral("Z9") << 9 << 26;
    QTest::newRow("AA10") << QStringLiteral("AA10") << 10 << 27;
    QTest::newRow("lower case b7") << QStringLiteral("b7") << 7 << 2;
    QTest::newRow("XFD1048576, the last cell") << QStringLiteral("XFD1048576") << 1048576 << 16384;
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("letters only") << QStringLiteral("A") << 0 << 0;
    QTest::newRow("digits only") << QStringLiteral("12") << 0 << 0;
    QTest::newRow("row zero") << QStringLiteral("A0") << 0 << 0;
    QTest::newRow("column XFE") << QStringLiteral("XFE1") << 0 << 0;
    QTest::newRow("row 1048577") << QStringLiteral("A1048577") << 0 << 0;
    QTest::newRow("four letters") << QStringLiteral("AAAA1") << 0 << 0;
    QTest::newRow("letter after digits") << QStringLiteral("A1B") << 0 << 0;
    QTest::newRow("huge row") << QStringLiteral("A99999999999999999999") << 0 << 0;
}

void TestXlsxReader::cellReferences()
{
    QFETCH(QString, reference);
    QFETCH(int, row);
    QFETCH(int, column);
    int r = 0;
    int c = 0;
    QCOMPARE(XlsxReader::parseCellReference(reference, &r, &c), row > 0);
    if (row > 0) {
        QCOMPARE(r, row);
        QCOMPARE(c, column);
    }
}

void TestXlsxReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("failsAtOpen");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QByteArray shared = "<si><t>only</t></si>";
    QTest::newRow("shared string out of range")
        << workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>", shared)
        << false << 1 << 2 << QStringLiteral("shared string \"1\"");
    QTest::newRow("shared string index not a number")
        << workbook("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>x</v></c></row>", shared) << false << 3 << 3
        << QStringLiteral("shared string \"x\"");
    QTest::newRow("bad cell reference") << workbook("<row r=\"2\"><c r=\"2B\"><v>1</v></c></row>") << false << 2 << 1
                                        << QStringLiteral("invalid cell reference \"2B\"");
    QTest::newRow("row beyond Excel's limit") << workbook("<row r=\"1048577\"><c><v>1</v></c></row>") << false << 1 << 0
                                              << QStringLiteral("invalid row number");
    QTest::newRow("malformed XML") << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></row>") << false << 0 << 0
                                   << QStringLiteral("damaged");
    QTest::newRow("DTD refused (billion laughs)")
        << workbook("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                    "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><worksheet><sheetData><row><c "
                    "t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>")
        << false << 0 << 0 << QStringLiteral("type declaration");
    QTest::newRow("cell padding beyond the cell limit")
        << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"100\"><c r=\"XFD100\"><v>1</v></c></row>"
                    "<row r=\"200\"><c r=\"XFD200\"><v>1</v></c></row>")
        << false << 200 << 16384 << QStringLiteral("more than 20000 cells");
    ZipBuilder::Member encrypted;
    encrypted.flags = 1;
    QTest::newRow("encrypted sheet") << workbook("<row/>", QByteArray(), &encrypted) << false << 0 << 0
                                     << QStringLiteral("encrypted");
    ZipBuilder::Member lying;
    lying.declaredSize = 40;
    QTest::newRow("sheet larger than declared") << workbook("<row/><row/><row/><row/>", QByteArray(), &lying) << false
                                                << 0 << 0 << QStringLiteral("beyond the size");
    QTest::newRow("not a workbook") << ZipBuilder().add(QStringLiteral("[Content_Types].xml"), "<Types/>").build()
                                    << true << 0 << 0 << QStringLiteral("no xl/workbook.xml");
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 and then nothing useful") << true << 0 << 0
                               << QStringLiteral("central directory");
}

void TestXlsxReader::reportsErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, failsAtOpen);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    TableReadOptions options;
    options.maxCells = 20000;
    XlsxReader reader(&buffer, options);
    if (failsAtOpen) {
        QVERIFY(!reader.open());
    } else {
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        Rows got;
        QVERIFY(!reader.read(0, -1, &got));
    }
    QVERIFY2(reader.error().message.contains(fragment), qPrintable(reader.errorString()));
    QCOMPARE(reader.error().row, row);
    QCOMPARE(reader.error().column, column);
}

void TestXlsxReader::detectsFormats_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format"); // Auto: refused
    QTest::addColumn<QString>("fragment");
    const auto read = [](const char* name) {
        QFile f(fixture(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const int refused = int(TableFormat::Auto);
    QTest::newRow("xlsx by content") << read("workbook.xlsx") << int(TableFormat::Xlsx) << QString();
    QTest::newRow("xlsx from libxlsxwriter") << read("xlsxwriter.xlsx") << int(TableFormat::Xlsx) << QString();
    QTest::newRow("ods by mimetype") << read("spreadsheet.ods") << int(TableFormat::Ods) << QString();
    QTest::newRow("csv") << QByteArray("a;b\n1;2\n") << int(TableFormat::Csv) << QString();
    QTest::newRow("docx") << read("document.docx") << refused << QStringLiteral("Word document");
    QTest::newRow("odt") << ZipBuilder()
                                .add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false)
                                .add(QStringLiteral("content.xml"), "<x/>")
                                .build()
                         << refused << QStringLiteral("not a spreadsheet");
    QTest::newRow("other zip") << ZipBuilder().add(QStringLiteral("a.txt"), "hello").build() << refused
                               << QStringLiteral("not a spreadsheet");
    QTest::newRow("empty zip") << ZipBuilder().build() << refused << QStringLiteral("not a spreadsheet");
    QTest::newRow("empty file") << QByteArray() << refused << QStringLiteral("empty");
}

void TestXlsxReader::detectsFormats()
{
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QFETCH(QString, fragment);
    QVERIFY(!content.isEmpty() || fragment == QLatin1String("empty"));
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    QCOMPARE(int(detectTableFormat(&buffer, &error)), format);
    QCOMPARE(buffer.pos(), qint64(0));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    std::unique_ptr<TableReader> reader = openTable(&buffer, QStringLiteral("x"), TableReadOptions(), &error);
    QCOMPARE(bool(reader), format != int(TableFormat::Auto));
    if (reader)
        QCOMPARE(int(reader->format()), format);
}

void TestXlsxReader::spreadsheetFromAStreamIsRefused()
{
    QFile f(fixture("workbook.xlsx"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    test::SequentialBuffer stream(f.readAll());
    stream.open(QIODevice::ReadOnly);
    QString error;
    QVERIFY(!openTable(&stream, QStringLiteral("workbook.xlsx"), TableReadOptions(), &error));
    QVERIFY2(error.contains(QLatin1String("stream")), qPrintable(error));
}

void TestXlsxReader::previewInflatesOnlyTheStart()
{
    // A 12 MB sheet; with a 2 MiB budget for the whole archive a preview succeeds, a full read cannot.
    QByteArray data;
    for (int r = 1; data.size() < 12 * 1024 * 1024; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>Querétaro " + QByteArray::number(r) + "</t></is></c><c r=\"B" +
                QByteArray::number(r) + "\"><v>" + QByteArray::number(r * 3) + "</v></c></row>";
    QBuffer buffer;
    buffer.setData(workbook(data));
    buffer.open(QIODevice::ReadOnly);
    TableReadOptions options;
    options.maxTotalSize = 2 << 20;
    XlsxReader reader(&buffer, options);
    QVERIFY(reader.open());
    QElapsedTimer timer;
    timer.start();
    Rows got;
    QVERIFY2(reader.read(0, 100, &got), qPrintable(reader.errorString()));
    const qint64 ms = timer.elapsed();
    QCOMPARE(got.size(), 100);
    QCOMPARE(got.at(99), (QStringList{QStringLiteral("Querétaro 100"), QStringLiteral("300")}));
    QVERIFY(!reader.read(0, -1, &got));
    QVERIFY2(reader.errorString().contains(QLatin1String("limit")), qPrintable(reader.errorString()));
    qInfo("preview of 100 rows of a 12 MB sheet: %lld ms", ms);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
