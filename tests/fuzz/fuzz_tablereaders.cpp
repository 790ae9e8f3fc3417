// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the table readers (CSV, XLSX, ODS, the ZIP reader and format sniffing).
// Built only with -DCITYBRIDGE_BUILD_FUZZERS=ON: a libFuzzer binary with clang, a replay runner with GCC. See
// README.md here.
//
// The first input byte picks a mode and reader options; the rest is the payload:
//   mode 0: the payload is a whole file, given to openTable() and to every reader directly;
//   mode 1: the payload is "sharedStrings.xml|||sheet1.xml" wrapped in a valid XLSX package, so the
//           fuzzer reaches the XML parsing without having to forge deflate streams and CRCs;
//   mode 2: the payload is "styles.xml|||sheet1.xml" wrapped likewise (dates, number formats);
//   mode 3: the payload is an ODS content.xml wrapped in a valid ODS package.
#include "ZipBuilder.h"

#include "io/CsvReader.h"
#include "io/OdsReader.h"
#include "io/TableReaderFactory.h"
#include "io/XlsxReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace cb;

namespace {

const QByteArray kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray xlsxAround(const QByteArray& first, const QByteArray& sheet, bool firstIsStyles)
{
    test::ZipBuilder zip;
    zip.add(QStringLiteral("[Content_Types].xml"), "<Types/>", false);
    zip.add(QStringLiteral("xl/workbook.xml"),
            "<workbook xmlns:r=\"" + kRel +
                "\"><workbookPr date1904=\"0\"/><sheets><sheet name=\"S\" r:id=\"a\"/>"
                "<sheet name=\"T\" r:id=\"b\"/></sheets></workbook>",
            false);
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<Relationships><Relationship Id=\"a\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"b\" Type=\"x/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"c\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"d\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>",
            false);
    zip.add(firstIsStyles ? QStringLiteral("xl/styles.xml") : QStringLiteral("xl/sharedStrings.xml"), first, false);
    zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), sheet, false);
    return zip.build();
}

QByteArray odsAround(const QByteArray& content)
{
    test::ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", false);
    zip.add(QStringLiteral("content.xml"), content, false);
    return zip.build();
}

void readAll(TableReader& reader)
{
    QList<QStringList> rows;
    const int sheets = int(std::min<qsizetype>(reader.sheetNames().size(), 3));
    for (int s = -1; s <= sheets; ++s) {
        reader.read(s, 3, &rows);
        reader.read(s, -1, &rows);
    }
    (void)reader.errorString();
}

template <typename Reader> void readDirectly(const QByteArray& file, const TableReadOptions& options)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, options);
    if (reader.open())
        readAll(reader);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const QByteArray payload(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    TableReadOptions options;
    static const TextEncoding encodings[] = {TextEncoding::Auto,    TextEncoding::Utf8,    TextEncoding::Utf16LE,
                                             TextEncoding::Utf16BE, TextEncoding::Gb18030, TextEncoding::Windows1252,
                                             TextEncoding::Auto,    TextEncoding::Auto};
    options.encoding = encodings[(selector >> 2) & 7];
    options.replaceInvalidBytes = (selector & 0x20) != 0;
    if (selector & 0x40)
        options.delimiter = QLatin1Char(';');
    options.convertDates = (selector & 0x80) == 0;
    // Small limits keep each run fast and inside libFuzzer's memory limit; the limits' own code paths run.
    options.sniffSize = 4096;
    options.maxFieldLength = 1 << 16;
    options.maxColumns = 2048;
    options.maxCells = 200000;
    options.maxEntrySize = 8 << 20;
    options.maxTotalSize = 32 << 20;

    QByteArray file;
    const qsizetype split = payload.indexOf("|||");
    const QByteArray first = split < 0 ? QByteArray() : payload.left(split);
    const QByteArray rest = split < 0 ? payload : payload.mid(split + 3);
    switch (selector & 3) {
    case 0:
        file = payload;
        break;
    case 1:
        file = xlsxAround(first, rest, false);
        break;
    case 2:
        file = xlsxAround(first, rest, true);
        break;
    case 3:
        file = odsAround(payload);
        break;
    }

    {
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        (void)detectTableFormat(&buffer, &error);
        if (std::unique_ptr<TableReader> reader = openTable(&buffer, QStringLiteral("fuzz.csv"), options, &error))
            readAll(*reader);
    }
    if ((selector & 3) == 0) {
        readDirectly<CsvReader>(file, options);
        readDirectly<XlsxReader>(file, options);
        readDirectly<OdsReader>(file, options);
        // Row-by-row streaming with a rewind in the middle.
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        CsvReader csv(&buffer, options);
        if (csv.open()) {
            QStringList fields;
            for (int i = 0; i < 5 && csv.readRow(&fields); ++i) {
            }
            if (csv.rewind())
                while (csv.readRow(&fields)) {
                }
        }
    }
    return 0;
}
