// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/OdsReader.h"

#include "io/SheetRowCollector.h"
#include "io/SpreadsheetXml.h"
#include "io/ZipArchive.h"
#include "io/ZipEntryDevice.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>

namespace cb {

namespace {

using spreadsheetxml::readNext;

const QLatin1String kOfficeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String kTableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1String kTextNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kContent = QStringLiteral("content.xml");

bool is(const QXmlStreamReader& xml, QLatin1String ns, QLatin1String name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

qint64 repeatCount(const QXmlStreamReader& xml, QLatin1String name)
{
    const qint64 n = xml.attributes().value(kTableNs, name).toLongLong();
    return n < 1 ? 1 : n;
}

// "PT10H30M05S" (ISO 8601 duration, as ODF stores a time) -> "10:30:05"; other text is kept.
QString formatOdfTime(const QString& duration)
{
    static const QRegularExpression pattern(QStringLiteral("^-?PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,]\\d*)?S)?$"));
    const QRegularExpressionMatch m = pattern.match(duration);
    if (!m.hasMatch())
        return duration;
    const auto two = [](const QString& digits) {
        return digits.isEmpty() ? QStringLiteral("00") : digits.rightJustified(2, u'0');
    };
    return two(m.captured(1)) + u':' + two(m.captured(2)) + u':' + two(m.captured(3));
}

} // namespace

OdsReader::OdsReader(QIODevice* device, const TableReadOptions& options) : TableReader(device, options) {}

OdsReader::~OdsReader() = default;

bool OdsReader::parseContent(const std::function<bool(QXmlStreamReader&)>& parse)
{
    std::unique_ptr<QIODevice> device = m_zip->openEntry(kContent);
    if (!device)
        return fail(m_zip->errorString());
    QXmlStreamReader xml(device.get());
    const bool ok = parse(xml);
    if (static_cast<ZipEntryDevice*>(device.get())->hasFailed())
        return fail(device->errorString());
    if (!ok)
        return false;
    if (xml.hasError())
        return fail(
            tr("The spreadsheet's content.xml is damaged: %1 (line %2).").arg(xml.errorString()).arg(xml.lineNumber()));
    return true;
}

bool OdsReader::open()
{
    clearError();
    m_opened = false;
    m_sheetNames.clear();
    ZipLimits limits;
    limits.maxEntrySize = options().maxEntrySize;
    limits.maxTotalSize = options().maxTotalSize;
    m_zip = std::make_unique<ZipArchive>(device(), limits);
    if (!m_zip->open())
        return fail(m_zip->errorString());

    const ZipEntry* mimetype = m_zip->entry(QStringLiteral("mimetype"));
    if (mimetype && mimetype->uncompressedSize < 256) {
        QByteArray type;
        if (!m_zip->readEntry(mimetype->name, &type))
            return fail(m_zip->errorString());
        if (QString::fromLatin1(type.trimmed()) != mimeType())
            return fail(tr("The file is an OpenDocument file of type %1, not a spreadsheet.")
                            .arg(QString::fromLatin1(type.trimmed().left(80))));
    }
    if (!m_zip->contains(kContent))
        return fail(tr("The file is not an OpenDocument spreadsheet: it has no content.xml."));

    const bool ok = parseContent([&](QXmlStreamReader& xml) {
        while (!xml.atEnd() && readNext(xml) != QXmlStreamReader::Invalid) {
            if (xml.isStartElement() && is(xml, kTableNs, QLatin1String("table"))) {
                m_sheetNames.append(xml.attributes().value(kTableNs, QLatin1String("name")).toString());
                xml.skipCurrentElement();
            }
        }
        return true;
    });
    if (!ok)
        return false;
    if (m_sheetNames.isEmpty())
        return fail(tr("The spreadsheet has no sheets."));
    m_opened = true;
    return true;
}

bool OdsReader::read(int sheet, int maxRows, QList<QStringList>* rows)
{
    rows->clear();
    clearError();
    if (!m_opened)
        return fail(tr("The spreadsheet was not opened."));
    if (sheet < 0 || sheet >= m_sheetNames.size())
        return fail(tr("The spreadsheet has no sheet %1.").arg(sheet + 1));
    SheetRowCollector collector(rows, maxRows, options());
    return parseContent([&](QXmlStreamReader& xml) {
        int index = 0;
        while (!xml.atEnd() && readNext(xml) != QXmlStreamReader::Invalid) {
            if (!xml.isStartElement() || !is(xml, kTableNs, QLatin1String("table")))
                continue;
            if (index++ == sheet)
                return readTable(xml, collector);
            xml.skipCurrentElement();
        }
        return true;
    });
}

bool OdsReader::readTable(QXmlStreamReader& xml, SheetRowCollector& collector)
{
    qint64 row = 0;
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = readNext(xml);
        if (token == QXmlStreamReader::Invalid)
            return true;
        if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                return true;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (is(xml, kTableNs, QLatin1String("table-row"))) {
            const qint64 repeat = repeatCount(xml, QLatin1String("number-rows-repeated"));
            QStringList cells;
            if (!readRow(xml, row, &cells))
                return false;
            if (cells.isEmpty()) {
                // Empty rows only matter as a gap; saturate so that huge repeat counts cannot overflow.
                row = std::min(row + std::min(repeat, SheetRowCollector::kMaxSheetRows),
                               SheetRowCollector::kMaxSheetRows + 1);
                continue;
            }
            for (qint64 k = 0; k < repeat; ++k, ++row) {
                if (collector.isPastLimit(row))
                    return true;
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    if (!collector.setCell(row, c, cells.at(c)))
                        return fail(int(std::min<qint64>(row + 1, INT_MAX)), int(c + 1), collector.message());
                }
            }
        } else if (is(xml, kTableNs, QLatin1String("table-header-rows")) ||
                   is(xml, kTableNs, QLatin1String("table-rows")) ||
                   is(xml, kTableNs, QLatin1String("table-row-group"))) {
            ++depth;
        } else {
            xml.skipCurrentElement(); // columns, shapes, named ranges, nested tables
        }
    }
    return true;
}

bool OdsReader::readRow(QXmlStreamReader& xml, qint64 row, QStringList* cells)
{
    const int maxColumns = options().maxColumns;
    qint64 column = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = readNext(xml);
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndElement)
            return true;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!is(xml, kTableNs, QLatin1String("table-cell")) &&
            !is(xml, kTableNs, QLatin1String("covered-table-cell"))) {
            xml.skipCurrentElement();
            continue;
        }
        const qint64 repeat = repeatCount(xml, QLatin1String("number-columns-repeated"));
        QString value;
        if (!readCell(xml, row, column, &value))
            return false;
        if (value.isEmpty()) {
            column = std::min(column + std::min<qint64>(repeat, maxColumns), qint64(maxColumns) + 1);
            continue;
        }
        for (qint64 k = 0; k < repeat; ++k, ++column) {
            if (column >= maxColumns)
                return fail(int(std::min<qint64>(row + 1, INT_MAX)), maxColumns + 1,
                            tr("A row has more than %1 columns.").arg(maxColumns));
            while (cells->size() < column)
                cells->append(QString());
            cells->append(value);
        }
    }
    return true;
}

bool OdsReader::readCell(QXmlStreamReader& xml, qint64 row, qint64 column, QString* value)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QStringView type = a.value(kOfficeNs, QLatin1String("value-type"));
    if (type == QLatin1String("float") || type == QLatin1String("percentage") || type == QLatin1String("currency"))
        *value = spreadsheetxml::trimIntegerFraction(a.value(kOfficeNs, QLatin1String("value")).toString());
    else if (type == QLatin1String("date"))
        *value = a.value(kOfficeNs, QLatin1String("date-value")).toString().replace(u'T', u' ');
    else if (type == QLatin1String("time"))
        *value = formatOdfTime(a.value(kOfficeNs, QLatin1String("time-value")).toString());
    else if (type == QLatin1String("boolean"))
        *value = a.value(kOfficeNs, QLatin1String("boolean-value")) == QLatin1String("true") ? QStringLiteral("TRUE")
                                                                                             : QStringLiteral("FALSE");
    else if (a.hasAttribute(kOfficeNs, QLatin1String("string-value")))
        *value = a.value(kOfficeNs, QLatin1String("string-value")).toString();
    else
        return readText(xml, row, column, value);
    xml.skipCurrentElement();
    if (value->size() > options().maxFieldLength)
        return fail(int(std::min<qint64>(row + 1, INT_MAX)), int(column + 1),
                    tr("A field is longer than %1 characters.").arg(options().maxFieldLength));
    return true;
}

bool OdsReader::readText(QXmlStreamReader& xml, qint64 row, qint64 column, QString* text)
{
    const int maxLength = options().maxFieldLength;
    int depth = 0;
    bool firstParagraph = true;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = readNext(xml);
        if (token == QXmlStreamReader::Invalid)
            return true;
        if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                break;
            continue;
        }
        if (token == QXmlStreamReader::Characters) {
            if (depth > 0)
                text->append(xml.text());
        } else if (token == QXmlStreamReader::StartElement) {
            if (depth == 0 && (is(xml, kTextNs, QLatin1String("p")) || is(xml, kTextNs, QLatin1String("h")))) {
                if (!firstParagraph)
                    text->append(u'\n');
                firstParagraph = false;
                ++depth;
            } else if (is(xml, kTextNs, QLatin1String("s"))) {
                const qint64 count = std::clamp<qint64>(
                    xml.attributes().value(kTextNs, QLatin1String("c")).toLongLong(), 1, qint64(maxLength) + 1);
                text->append(QString(qsizetype(count), u' '));
                xml.skipCurrentElement();
            } else if (is(xml, kTextNs, QLatin1String("tab"))) {
                text->append(u'\t');
                xml.skipCurrentElement();
            } else if (is(xml, kTextNs, QLatin1String("line-break"))) {
                text->append(u'\n');
                xml.skipCurrentElement();
            } else if (depth == 0 || is(xml, kOfficeNs, QLatin1String("annotation")) ||
                       is(xml, kTextNs, QLatin1String("note"))) {
                xml.skipCurrentElement(); // comments, footnotes, anything outside a paragraph
            } else {
                ++depth; // spans, links
            }
        }
        if (text->size() > maxLength)
            return fail(int(std::min<qint64>(row + 1, INT_MAX)), int(column + 1),
                        tr("A field is longer than %1 characters.").arg(maxLength));
    }
    return true;
}

} // namespace cb
