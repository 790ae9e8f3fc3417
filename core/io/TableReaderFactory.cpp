// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TableReaderFactory.h"

#include "io/CsvReader.h"
#include "io/OdsReader.h"
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"

#include <QFileInfo>
#include <QIODevice>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::TableReader", text);
}

TableFormat failWith(QString* errorString, const QString& message)
{
    if (errorString)
        *errorString = message;
    return TableFormat::Auto;
}

TableFormat zipFormat(QIODevice* device, QString* errorString)
{
    if (device->isSequential())
        return failWith(errorString, tr("A spreadsheet (ZIP) file cannot be read from a stream; save it to a "
                                        "file first."));
    ZipArchive zip(device);
    if (!zip.open())
        return failWith(errorString, zip.errorString());
    if (const ZipEntry* mimetype = zip.entry(QStringLiteral("mimetype"))) {
        QByteArray type;
        if (mimetype->uncompressedSize < 256 && zip.readEntry(mimetype->name, &type)) {
            if (QString::fromLatin1(type.trimmed()) == OdsReader::mimeType())
                return TableFormat::Ods;
            if (type.startsWith("application/vnd.oasis.opendocument."))
                return failWith(errorString, tr("This OpenDocument file is not a spreadsheet; save it as .ods, "
                                                ".xlsx or CSV."));
        }
    }
    if (zip.contains(QStringLiteral("[Content_Types].xml"))) {
        if (zip.contains(QStringLiteral("xl/workbook.xml")))
            return TableFormat::Xlsx;
        QByteArray types;
        if (zip.entry(QStringLiteral("[Content_Types].xml"))->uncompressedSize < (1 << 20) &&
            zip.readEntry(QStringLiteral("[Content_Types].xml"), &types) && types.contains("spreadsheetml"))
            return TableFormat::Xlsx;
        for (const ZipEntry& e : zip.entries()) {
            if (e.name.startsWith(QLatin1String("xl/")))
                return TableFormat::Xlsx; // SpreadsheetML parts live under xl/, whatever the workbook is called
        }
        if (zip.contains(QStringLiteral("word/document.xml")))
            return failWith(errorString, tr("This is a Word document, not a spreadsheet."));
        if (zip.contains(QStringLiteral("ppt/presentation.xml")))
            return failWith(errorString, tr("This is a PowerPoint presentation, not a spreadsheet."));
    }
    if (zip.contains(QStringLiteral("content.xml")))
        return TableFormat::Ods; // an ODS without its mimetype member; OdsReader checks the content
    return failWith(errorString, tr("This ZIP archive is not a spreadsheet (XLSX or ODS)."));
}

} // namespace

TableFormat detectTableFormat(QIODevice* device, QString* errorString)
{
    if (!device || !device->isOpen() || !device->isReadable())
        return failWith(errorString, tr("The file is not open for reading."));
    const QByteArray head = device->peek(8);
    if (head.isEmpty())
        return failWith(errorString, tr("The file is empty."));
    if (ZipArchive::hasZipSignature(head)) {
        const qint64 position = device->isSequential() ? 0 : device->pos();
        const TableFormat format = zipFormat(device, errorString);
        if (!device->isSequential())
            device->seek(position);
        return format;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return failWith(errorString, tr("This is a legacy Excel 97-2003 (.xls) or other Office binary file; save "
                                        "it as .xlsx or CSV and import that."));
    if (head.startsWith("%PDF-"))
        return failWith(errorString, tr("This is a PDF document, not a table."));
    return TableFormat::Csv;
}

std::unique_ptr<TableReader> openTable(QIODevice* device, const QString& fileName, const TableReadOptions& options,
                                       QString* errorString)
{
    TableFormat format = options.format;
    if (format == TableFormat::Auto) {
        format = detectTableFormat(device, errorString);
        if (format == TableFormat::Auto)
            return nullptr;
    } else if (!device || !device->isOpen() || !device->isReadable()) {
        failWith(errorString, tr("The file is not open for reading."));
        return nullptr;
    }

    std::unique_ptr<TableReader> reader;
    switch (format) {
    case TableFormat::Xlsx:
        reader = std::make_unique<XlsxReader>(device, options);
        break;
    case TableFormat::Ods:
        reader = std::make_unique<OdsReader>(device, options);
        break;
    case TableFormat::Csv:
    case TableFormat::Auto: {
        auto csv = std::make_unique<CsvReader>(device, options);
        const QString base = QFileInfo(fileName).completeBaseName();
        if (!base.isEmpty())
            csv->setSheetName(base);
        reader = std::move(csv);
        break;
    }
    }
    if (!reader->open()) {
        if (errorString)
            *errorString = reader->errorString();
        return nullptr;
    }
    if (errorString)
        errorString->clear();
    return reader;
}

} // namespace cb
