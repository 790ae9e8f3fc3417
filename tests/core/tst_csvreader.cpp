// SPDX-License-Identifier: GPL-3.0-or-later
// CSV reading: RFC 4180 cases, Excel's habits (semicolons, sep= lines, BOMs, CR line ends), limits with
// row/column errors, streaming previews of large files. Encodings are tested in tst_textencoding.cpp.
#include "SequentialBuffer.h"

#include "io/CsvReader.h"
#include "io/TableReaderFactory.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

using Rows = QList<QStringList>;

template <qsizetype N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, N - 1); // keeps embedded NUL bytes
}

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

struct Parsed
{
    bool ok = false;
    Rows rows;
    TableReadError error;
};

Parsed parse(const QByteArray& data, const TableReadOptions& options = TableReadOptions())
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Parsed p;
    p.ok = reader.open() && reader.read(0, -1, &p.rows);
    p.error = reader.error();
    return p;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parsesRows_data();
    void parsesRows();
    void reportsErrors_data();
    void reportsErrors();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void emptyFile();
    void refusesBinaryFiles_data();
    void refusesBinaryFiles();
    void tenThousandColumns();
    void tenThousandCharacterName();
    void streamsRowByRow();
    void sequentialDeviceRewindsOnlyWithinTheSample();
    void cellLimitStopsHugeReads();
    void chunkBoundariesDoNotMatter();
    void previewOfLargeFileReadsOnlyTheStart();
    void errorStringHasThePosition();
};

void TestCsvReader::parsesRows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter"); // forced, or empty to detect
    QTest::addColumn<Rows>("expected");

    const QString detect;
    QTest::newRow("comma, LF") << bytes("a,b,c\n1,2,3\n") << detect << rows({{"a", "b", "c"}, {"1", "2", "3"}});
    QTest::newRow("no final line break") << bytes("a,b\n1,2") << detect << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("CRLF") << bytes("a,b\r\nc,d\r\n") << detect << rows({{"a", "b"}, {"c", "d"}});
    QTest::newRow("CR only (old Mac)") << bytes("a,b\rc,d\r") << detect << rows({{"a", "b"}, {"c", "d"}});
    QTest::newRow("mixed line ends") << bytes("a\r\nb\nc\rd") << detect << rows({{"a"}, {"b"}, {"c"}, {"d"}});
    QTest::newRow("quoted delimiter") << bytes("\"a,b\",c\n") << detect << rows({{"a,b", "c"}});
    QTest::newRow("doubled quotes") << bytes("\"say \"\"hi\"\"\",x\n") << detect << rows({{"say \"hi\"", "x"}});
    QTest::newRow("only a doubled quote") << bytes("\"\"\"\"\n") << detect << rows({{"\""}});
    QTest::newRow("embedded LF") << bytes("\"line1\nline2\",b\nc,d\n") << detect
                                 << rows({{"line1\nline2", "b"}, {"c", "d"}});
    QTest::newRow("embedded CRLF becomes LF") << bytes("\"l1\r\nl2\",b\r\n") << detect << rows({{"l1\nl2", "b"}});
    QTest::newRow("embedded CR becomes LF") << bytes("\"l1\rl2\",b\r") << detect << rows({{"l1\nl2", "b"}});
    QTest::newRow("empty fields") << bytes(",,\n") << detect << rows({{"", "", ""}});
    QTest::newRow("empty quoted field") << bytes("\"\",x\n") << detect << rows({{"", "x"}});
    QTest::newRow("blank line is an empty row") << bytes("a\n\nb\n") << detect << rows({{"a"}, {}, {"b"}});
    QTest::newRow("UTF-8 BOM") << bytes("\xEF\xBB\xBF"
                                        "Ciudad,País\n")
                               << detect << rows({{"Ciudad", "País"}});
    QTest::newRow("semicolon, decimal commas (Spanish Excel)")
        << bytes("Ciudad;Población;Área\nQuerétaro;1,5;2,3\nOaxaca;0,3;85,5\n") << detect
        << rows({{"Ciudad", "Población", "Área"}, {"Querétaro", "1,5", "2,3"}, {"Oaxaca", "0,3", "85,5"}});
    QTest::newRow("tab") << bytes("城市\t省\n洛阳\t河南\n") << detect << rows({{"城市", "省"}, {"洛阳", "河南"}});
    QTest::newRow("Excel sep= line") << bytes("sep=;\na;b,c\n") << detect << rows({{"a", "b,c"}});
    QTest::newRow("forced delimiter") << bytes("a;b,c\n") << QStringLiteral(",") << rows({{"a;b", "c"}});
    QTest::newRow("forced tab keeps commas") << bytes("a,b\tc\n") << QStringLiteral("\t") << rows({{"a,b", "c"}});
    QTest::newRow("quote inside unquoted field kept") << bytes("ab\"c,d\n") << detect << rows({{"ab\"c", "d"}});
    QTest::newRow("text after closing quote appended") << bytes("\"ab\"c,d\n") << detect << rows({{"abc", "d"}});
    QTest::newRow("space before quote is text") << bytes(" \"a\",b\n") << detect << rows({{" \"a\"", "b"}});
    QTest::newRow("spaces kept") << bytes("  a  , b \n") << detect << rows({{"  a  ", " b "}});
    QTest::newRow("formula-looking text stays text")
        << bytes("name,note\n=cmd|' /C calc'!A0,+SUM(A1:A2)\n@foo,-2+3\n") << detect
        << rows({{"name", "note"}, {"=cmd|' /C calc'!A0", "+SUM(A1:A2)"}, {"@foo", "-2+3"}});
    QTest::newRow("SQL-looking names")
        << bytes("name,country\nRobert'); DROP TABLE cities;--,MX\n\"x\"\" OR 1=1; --\",CN\n") << detect
        << rows({{"name", "country"}, {"Robert'); DROP TABLE cities;--", "MX"}, {"x\" OR 1=1; --", "CN"}});
    QTest::newRow("ragged rows kept as written")
        << bytes("a,b,c\n1\n1,2,3,4\n") << detect << rows({{"a", "b", "c"}, {"1"}, {"1", "2", "3", "4"}});
}

void TestCsvReader::parsesRows()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(Rows, expected);
    TableReadOptions options;
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    const Parsed p = parse(input, options);
    QVERIFY2(p.ok, qPrintable(TableReader::formatError(p.error)));
    QCOMPARE(p.rows, expected);
}

void TestCsvReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxFieldLength");
    QTest::addColumn<int>("maxColumns");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const int utf8 = int(TextEncoding::Utf8);
    const int autoDetect = int(TextEncoding::Auto);
    QTest::newRow("unterminated quote at end of file")
        << bytes("a,b\nc,\"open\nmore\n") << 1000 << 100 << autoDetect << 2 << 2 << QStringLiteral("line 2");
    QTest::newRow("unterminated quote in first field")
        << bytes("\"never closed") << 1000 << 100 << autoDetect << 1 << 1 << QStringLiteral("not closed");
    QTest::newRow("field too long") << bytes("a,abcdefghijkl\n") << 10 << 100 << autoDetect << 1 << 2
                                    << QStringLiteral("longer than 10");
    QTest::newRow("quoted field too long")
        << bytes("a\nb,\"abcdefghijkl\"\n") << 10 << 100 << autoDetect << 2 << 2 << QStringLiteral("longer than 10");
    QTest::newRow("too many columns") << bytes("a,b,c,d\n") << 1000 << 3 << autoDetect << 1 << 4
                                      << QStringLiteral("more than 3 columns");
    QTest::newRow("invalid UTF-8 when UTF-8 is forced")
        << bytes("ok,fine\nQuer\xE9taro,x\n") << 1000 << 100 << utf8 << 2 << 1 << QStringLiteral("not valid UTF-8");
    QTest::newRow("invalid UTF-8 in second column")
        << bytes("a,b\nc,\xFF\n") << 1000 << 100 << utf8 << 2 << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-8 cut at end of file")
        << bytes("a,\xE6\xB4") << 1000 << 100 << utf8 << 1 << 2 << QStringLiteral("not valid UTF-8");
    QTest::newRow("UTF-16 with an odd byte count")
        << bytes("a\0,\0b") << 1000 << 100 << int(TextEncoding::Utf16LE) << 1 << 2 << QStringLiteral("UTF-16LE");

    // Detected as UTF-8 from a pure-ASCII sample; a Windows-1252 byte comes long after it.
    QByteArray late;
    for (int i = 0; i < 2000; ++i)
        late += "row" + QByteArray::number(i) + ",plain\n";
    late += "Quer\xE9taro,x\n";
    QTest::newRow("bad byte after the detection sample")
        << late << 1000 << 100 << autoDetect << 2001 << 1 << QStringLiteral("detected");
}

void TestCsvReader::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxFieldLength);
    QFETCH(int, maxColumns);
    QFETCH(int, encoding);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    TableReadOptions options;
    options.maxFieldLength = maxFieldLength;
    options.maxColumns = maxColumns;
    options.encoding = TextEncoding(encoding);
    options.sniffSize = 4096;
    const Parsed p = parse(input, options);
    QVERIFY(!p.ok);
    QCOMPARE(p.error.row, row);
    QCOMPARE(p.error.column, column);
    QVERIFY2(p.error.message.contains(fragment), qPrintable(p.error.message));

    // With replacement allowed, the decoding errors disappear and the rest of the file is read.
    if (fragment.contains(QLatin1String("valid")) || fragment == QLatin1String("detected") ||
        fragment == QLatin1String("UTF-16LE")) {
        options.replaceInvalidBytes = true;
        const Parsed lenient = parse(input, options);
        QVERIFY2(lenient.ok, qPrintable(TableReader::formatError(lenient.error)));
        QVERIFY(lenient.rows.at(row - 1).at(column - 1).contains(QChar(QChar::ReplacementCharacter)));
    }
}

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QStringLiteral(",");
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("Ciudad;Población\nQuerétaro;1,5\nOaxaca;2,25\n") << QStringLiteral(";");
    QTest::newRow("tab with commas in text")
        << QStringLiteral("name\tnote\nLuoyang\tone, two\nDunhuang\tthree\n") << QStringLiteral("\t");
    QTest::newRow("delimiters inside quotes ignored")
        << QStringLiteral("\"a;b;c\",d\n\"e;f;g\",h\n") << QStringLiteral(",");
    QTest::newRow("single column") << QStringLiteral("Luoyang\nDunhuang\n") << QStringLiteral(",");
    QTest::newRow("one line semicolons") << QStringLiteral("a;b;c") << QStringLiteral(";");
    QTest::newRow("consistency beats count") << QStringLiteral("a;b\nc;d,e,f\ng;h\ni;j\n") << QStringLiteral(";");
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text, true), delimiter.at(0));
}

void TestCsvReader::emptyFile()
{
    const Parsed p = parse(QByteArray());
    QVERIFY(p.ok);
    QVERIFY(p.rows.isEmpty());

    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    QString error;
    QVERIFY(!openTable(&buffer, QStringLiteral("empty.csv"), TableReadOptions(), &error));
    QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));
}

void TestCsvReader::refusesBinaryFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("PNG") << bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10") << QStringLiteral("binary");
    QTest::newRow("gzip") << bytes("\x1F\x8B\x08\0\0\0\0\0\0\x03\xED\xC1") << QStringLiteral("binary");
    QTest::newRow("legacy xls") << bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0") << QStringLiteral(".xls");
    QTest::newRow("PDF") << bytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << QStringLiteral("PDF");
    QTest::newRow("text with NUL") << bytes("name,city\nx\0y,z\n") << QStringLiteral("NUL");
}

void TestCsvReader::refusesBinaryFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, fragment);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    QVERIFY(!openTable(&buffer, QStringLiteral("survey.csv"), TableReadOptions(), &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestCsvReader::tenThousandColumns()
{
    QStringList header;
    for (int c = 0; c < 10000; ++c)
        header.append(QStringLiteral("c%1").arg(c));
    const QByteArray line = header.join(u',').toUtf8() + '\n';
    const Parsed p = parse(line + line);
    QVERIFY2(p.ok, qPrintable(TableReader::formatError(p.error)));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows.at(1), header);

    // One past Excel's 16,384 columns is refused, at that column.
    const Parsed wide = parse(QByteArray(16384, ',') + '\n');
    QVERIFY(!wide.ok);
    QCOMPARE(wide.error.row, 1);
    QCOMPARE(wide.error.column, 16385);
}

void TestCsvReader::tenThousandCharacterName()
{
    QString name;
    for (int i = 0; i < 2500; ++i)
        name += QStringLiteral("Qñ洛\"");
    QCOMPARE(name.size(), 10000);
    QString quoted = name;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    const Parsed p = parse(QStringLiteral("name,n\n\"%1\",1\n").arg(quoted).toUtf8());
    QVERIFY2(p.ok, qPrintable(TableReader::formatError(p.error)));
    QCOMPARE(p.rows.at(1).at(0), name);
}

void TestCsvReader::streamsRowByRow()
{
    QBuffer buffer;
    buffer.setData("a,b\n1,2\n3,4\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    QCOMPARE(reader.sheetNames(), QStringList{QStringLiteral("Sheet1")});
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(reader.rowNumber(), 1);
    QVERIFY(reader.readRow(&fields));
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    QVERIFY(!reader.readRow(&fields));
    QVERIFY(!reader.hasError());
    QVERIFY(reader.rewind());
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

    Rows preview;
    QVERIFY(reader.read(0, 2, &preview));
    QCOMPARE(preview.size(), 2);
    QVERIFY(!reader.read(1, 2, &preview));
}

void TestCsvReader::sequentialDeviceRewindsOnlyWithinTheSample()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += "row," + QByteArray::number(i) + "\n";
    test::SequentialBuffer device(data);
    device.open(QIODevice::ReadOnly);
    TableReadOptions options;
    options.sniffSize = 4096;
    CsvReader reader(&device, options);
    QVERIFY(reader.open());
    Rows rows;
    QVERIFY(reader.read(0, 10, &rows)); // within the sniffed sample
    QVERIFY(reader.read(0, 10, &rows));
    QCOMPARE(rows.at(9).at(1), QStringLiteral("9"));
    QVERIFY(reader.read(0, -1, &rows));
    QCOMPARE(rows.size(), 1000);
    QVERIFY(!reader.read(0, 10, &rows)); // the stream is spent
    QVERIFY(reader.errorString().contains(QLatin1String("stream")));
}

void TestCsvReader::cellLimitStopsHugeReads()
{
    TableReadOptions options;
    options.maxCells = 5;
    const Parsed p = parse("a,b\nc,d\ne,f\n", options);
    QVERIFY(!p.ok);
    QCOMPARE(p.error.row, 3);
    QVERIFY(p.error.message.contains(QLatin1String("5 cells")));

    // Blank lines are rows too: a file of line breaks cannot fill memory with empty rows.
    const Parsed blank = parse(QByteArray(100, '\n'), options);
    QVERIFY(!blank.ok);
    QCOMPARE(blank.error.row, 6);
}

void TestCsvReader::chunkBoundariesDoNotMatter()
{
    // Enough varied rows that quotes, CRLF pairs and multi-byte characters straddle the 64 KiB reads.
    Rows expected;
    QByteArray csv;
    const QStringList samples = {QStringLiteral("Querétaro"), QStringLiteral("洛阳市"), QStringLiteral("a \"b\""),
                                 QStringLiteral("l1\nl2"),    QStringLiteral("x,y"),    QString(),
                                 QStringLiteral("𠀀")};
    for (int r = 0; r < 20000; ++r) {
        QStringList row;
        QStringList cells;
        for (int c = 0; c < 4; ++c) {
            const QString v = samples.at((r * 7 + c * 3) % samples.size()) + QString::number(r % (c + 5));
            row.append(v);
            QString q = v;
            cells.append(u'"' + q.replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"');
        }
        expected.append(row);
        csv += cells.join(u',').toUtf8() + (r % 3 == 0 ? "\r\n" : "\n");
    }
    QVERIFY(csv.size() > 500 * 1024);
    const Parsed p = parse(csv);
    QVERIFY2(p.ok, qPrintable(TableReader::formatError(p.error)));
    QCOMPARE(p.rows, expected);

    for (const char* name : {"GB18030", "UTF-16LE", "UTF-16BE"}) {
        TableReadOptions options;
        options.encoding = *textEncodingFromName(QString::fromLatin1(name));
        QStringEncoder encoder(name);
        const Parsed q = parse(encoder(QString::fromUtf8(csv)), options);
        QVERIFY2(q.ok, qPrintable(TableReader::formatError(q.error)));
        QCOMPARE(q.rows, expected);
    }

    // A bad byte right before a chunk boundary: with replacement on, the delimiter after it survives.
    TableReadOptions lenient;
    lenient.sniffSize = 4096;
    lenient.encoding = TextEncoding::Utf8;
    lenient.replaceInvalidBytes = true;
    QByteArray cut = QByteArray(4095, 'x');
    cut += "\xE6,b\n";
    const Parsed r = parse(cut, lenient);
    QVERIFY(r.ok);
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows.at(0).size(), 2);
    QCOMPARE(r.rows.at(0).at(0), QString(4095, u'x') + QChar(QChar::ReplacementCharacter));
    QCOMPARE(r.rows.at(0).at(1), QStringLiteral("b"));
}

void TestCsvReader::previewOfLargeFileReadsOnlyTheStart()
{
    // 20 MB here; the same code path streams a 200 MB export (measured by hand, see the report in git log).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray block;
        int row = 0;
        out.write("id;ciudad;país;nota\r\n");
        while (out.size() < 20 * 1024 * 1024) {
            block.clear();
            for (int i = 0; i < 1000; ++i, ++row)
                block += QByteArray::number(row) + ";Querétaro " + QByteArray::number(row % 97) +
                         ";MX;\"una nota; con \"\"comillas\"\"\"\r\n";
            out.write(block);
        }
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<TableReader> reader = openTable(&file, path, TableReadOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    Rows preview;
    QVERIFY(reader->read(0, 20, &preview));
    const qint64 previewMs = timer.elapsed();
    QCOMPARE(preview.size(), 20);
    QCOMPARE(preview.at(0), (QStringList{QStringLiteral("id"), QStringLiteral("ciudad"), QStringLiteral("país"),
                                         QStringLiteral("nota")}));
    QCOMPARE(preview.at(19).at(3), QStringLiteral("una nota; con \"comillas\""));
    QCOMPARE(reader->sheetNames(), QStringList{QStringLiteral("large")});
    // Only the sniffed megabyte was read, not the file.
    QVERIFY2(file.pos() <= 2 * 1024 * 1024, qPrintable(QString::number(file.pos())));
    QVERIFY2(previewMs < 3000, qPrintable(QString::number(previewMs)));

    auto* csv = static_cast<CsvReader*>(reader.get());
    QVERIFY(csv->rewind());
    timer.restart();
    QStringList fields;
    int count = 0;
    while (csv->readRow(&fields))
        ++count;
    const qint64 fullMs = std::max<qint64>(1, timer.elapsed());
    QVERIFY2(!csv->hasError(), qPrintable(csv->errorString()));
    QCOMPARE(fields.size(), 0); // cleared at the end
    QVERIFY(count > 200000);
    QCOMPARE(count, csv->rowNumber());
    qInfo("preview of 20 rows: %lld ms; streamed %d rows of %.1f MB in %lld ms (%.0f MB/s)", previewMs, count,
          double(file.size()) / 1e6, fullMs, double(file.size()) / 1e3 / double(fullMs));
}

void TestCsvReader::errorStringHasThePosition()
{
    QBuffer buffer;
    buffer.setData("a,b\nc,\"open");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.open());
    Rows rows;
    QVERIFY(!reader.read(0, -1, &rows));
    QCOMPARE(rows.size(), 1); // the rows before the error
    QVERIFY2(reader.errorString().startsWith(QLatin1String("Row 2, column 2: ")), qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
