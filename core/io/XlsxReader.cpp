// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/XlsxReader.h"

#include "io/SheetRowCollector.h"
#include "io/SpreadsheetXml.h"
#include "io/ZipArchive.h"
#include "io/ZipEntryDevice.h"

#include <QHash>
#include <QXmlStreamReader>

namespace cb {

namespace {

using spreadsheetxml::readNext;

constexpr int kMaxColumns = 16384;

struct Relationship
{
    QString type;
    QString target; // resolved part path
};

QString folderOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString relationshipsPathOf(const QString& part)
{
    const QString folder = folderOf(part);
    const QString file = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + QLatin1String("_rels/") + file + QLatin1String(".rels");
}

QStringView attribute(const QXmlStreamReader& xml, QLatin1String name)
{
    return xml.attributes().value(name);
}

// The r:id of a <sheet>: the "id" attribute in a relationships namespace (transitional or strict).
QString relationshipId(const QXmlStreamReader& xml)
{
    for (const QXmlStreamAttribute& a : xml.attributes()) {
        if (a.name() == QLatin1String("id") && a.namespaceUri().endsWith(QLatin1String("relationships")))
            return a.value().toString();
    }
    return QString();
}

// Collects the <t> text of an <si> or <is> element, skipping phonetic guides; ends on its end tag.
void readRichText(QXmlStreamReader& xml, QString* text)
{
    int depth = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = readNext(xml);
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t"))
                text->append(xml.readElementText());
            else if (xml.name() == QLatin1String("rPh") || xml.name() == QLatin1String("phoneticPr"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                return;
        }
    }
}

} // namespace

XlsxReader::XlsxReader(QIODevice* device, const TableReadOptions& options) : TableReader(device, options) {}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::parseCellReference(QStringView reference, int* row, int* column)
{
    qsizetype i = 0;
    int c = 0;
    while (i < reference.size() && i < 3) {
        const char16_t u = QChar::toUpper(reference.at(i).unicode());
        if (u < u'A' || u > u'Z')
            break;
        c = c * 26 + (u - u'A' + 1);
        ++i;
    }
    if (i == 0 || c > kMaxColumns || i == reference.size() || i + 7 < reference.size())
        return false;
    qint64 r = 0;
    for (qsizetype k = i; k < reference.size(); ++k) {
        const char16_t u = reference.at(k).unicode();
        if (u < u'0' || u > u'9')
            return false;
        r = r * 10 + (u - u'0');
    }
    if (r < 1 || r > SheetRowCollector::kMaxSheetRows)
        return false;
    *row = int(r);
    *column = c;
    return true;
}

bool XlsxReader::parsePart(const QString& path, const std::function<bool(QXmlStreamReader&)>& parse)
{
    std::unique_ptr<QIODevice> device = m_zip->openEntry(path);
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
            tr("The workbook part %1 is damaged: %2 (line %3).").arg(path, xml.errorString()).arg(xml.lineNumber()));
    return true;
}

bool XlsxReader::open()
{
    clearError();
    m_opened = false;
    m_sheets.clear();
    m_sharedStrings.clear();
    m_sharedStringsLoaded = false;
    m_stylesLoaded = false;
    m_styles = XlsxStyles();
    m_sharedStringsPath.clear();
    m_stylesPath.clear();
    m_date1904 = false;

    ZipLimits limits;
    limits.maxEntrySize = options().maxEntrySize;
    limits.maxTotalSize = options().maxTotalSize;
    m_zip = std::make_unique<ZipArchive>(device(), limits);
    if (!m_zip->open())
        return fail(m_zip->errorString());

    // The package relationships name the workbook part; nearly always xl/workbook.xml.
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    if (m_zip->contains(QStringLiteral("_rels/.rels"))) {
        const bool ok = parsePart(QStringLiteral("_rels/.rels"), [&](QXmlStreamReader& xml) {
            while (!xml.atEnd() && readNext(xml) != QXmlStreamReader::Invalid) {
                if (xml.isStartElement() && xml.name() == QLatin1String("Relationship") &&
                    attribute(xml, QLatin1String("Type")).endsWith(QLatin1String("/officeDocument")))
                    workbookPath =
                        spreadsheetxml::resolvePartPath(QString(), attribute(xml, QLatin1String("Target")).toString());
            }
            return true;
        });
        if (!ok)
            return false;
    }
    if (!m_zip->contains(workbookPath))
        return fail(tr("The file is not an Excel workbook: it has no %1.").arg(workbookPath));
    if (!readWorkbook(workbookPath))
        return false;
    if (m_sheets.isEmpty())
        return fail(tr("The workbook has no worksheets."));
    m_opened = true;
    return true;
}

bool XlsxReader::readWorkbook(const QString& workbookPath)
{
    const QString folder = folderOf(workbookPath);
    QHash<QString, Relationship> relationships;
    const QString relsPath = relationshipsPathOf(workbookPath);
    if (m_zip->contains(relsPath)) {
        const bool ok = parsePart(relsPath, [&](QXmlStreamReader& xml) {
            while (!xml.atEnd() && readNext(xml) != QXmlStreamReader::Invalid) {
                if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship") ||
                    attribute(xml, QLatin1String("TargetMode")) == QLatin1String("External"))
                    continue;
                const Relationship r{
                    attribute(xml, QLatin1String("Type")).toString(),
                    spreadsheetxml::resolvePartPath(folder, attribute(xml, QLatin1String("Target")).toString())};
                relationships.insert(attribute(xml, QLatin1String("Id")).toString(), r);
                // A dangling relationship to an optional part is ignored, as Excel does.
                if (r.type.endsWith(QLatin1String("/sharedStrings")) && m_zip->contains(r.target))
                    m_sharedStringsPath = r.target;
                else if (r.type.endsWith(QLatin1String("/styles")) && m_zip->contains(r.target))
                    m_stylesPath = r.target;
            }
            return true;
        });
        if (!ok)
            return false;
    }
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    if (m_sharedStringsPath.isEmpty() && m_zip->contains(prefix + QLatin1String("sharedStrings.xml")))
        m_sharedStringsPath = prefix + QLatin1String("sharedStrings.xml");
    if (m_stylesPath.isEmpty() && m_zip->contains(prefix + QLatin1String("styles.xml")))
        m_stylesPath = prefix + QLatin1String("styles.xml");

    return parsePart(workbookPath, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd() && readNext(xml) != QXmlStreamReader::Invalid) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const QStringView v = attribute(xml, QLatin1String("date1904"));
                m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                const QString name = attribute(xml, QLatin1String("name")).toString();
                QString path;
                const auto it = relationships.constFind(relationshipId(xml));
                if (it != relationships.cend()) {
                    if (!it->type.endsWith(QLatin1String("/worksheet")))
                        continue; // a chart sheet or dialog sheet holds no cells
                    path = it->target;
                } else {
                    // Without relationships, fall back on Excel's usual part names.
                    path = prefix + QLatin1String("worksheets/sheet") +
                           attribute(xml, QLatin1String("sheetId")).toString() + QLatin1String(".xml");
                }
                if (!m_zip->contains(path))
                    return fail(tr("The workbook lists sheet \"%1\" but has no part %2.").arg(name, path));
                m_sheets.append({name, path});
            }
        }
        return true;
    });
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& s : m_sheets)
        names.append(s.name);
    return names;
}

bool XlsxReader::loadSharedStrings()
{
    if (m_sharedStringsLoaded || m_sharedStringsPath.isEmpty())
        return true;
    m_sharedStrings.clear();
    const bool ok = parsePart(m_sharedStringsPath, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd() && readNext(xml) != QXmlStreamReader::Invalid) {
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                QString text;
                readRichText(xml, &text);
                m_sharedStrings.append(spreadsheetxml::decodeOoxmlEscapes(text));
            }
        }
        return true;
    });
    m_sharedStringsLoaded = ok;
    return ok;
}

bool XlsxReader::loadStyles()
{
    if (m_stylesLoaded || m_stylesPath.isEmpty() || !options().convertDates)
        return true;
    const bool ok = parsePart(m_stylesPath, [&](QXmlStreamReader& xml) {
        m_styles.load(xml); // parsePart reports bad XML
        return true;
    });
    m_stylesLoaded = ok;
    return ok;
}

bool XlsxReader::read(int sheet, int maxRows, QList<QStringList>* rows)
{
    rows->clear();
    clearError();
    if (!m_opened)
        return fail(tr("The workbook was not opened."));
    if (sheet < 0 || sheet >= m_sheets.size())
        return fail(tr("The workbook has no sheet %1.").arg(sheet + 1));
    if (!loadSharedStrings() || !loadStyles())
        return false;
    SheetRowCollector collector(rows, maxRows, options());
    return parsePart(m_sheets.at(sheet).path, [&](QXmlStreamReader& xml) { return parseSheet(xml, collector); });
}

bool XlsxReader::parseSheet(QXmlStreamReader& xml, SheetRowCollector& collector)
{
    int row = 0;
    int column = 0;
    bool inSheetData = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = readNext(xml);
        if (token == QXmlStreamReader::Invalid)
            return true; // parsePart reports the XML error
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("sheetData"))
            return true;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("sheetData")) {
            inSheetData = true;
        } else if (xml.name() == QLatin1String("worksheet")) {
            continue;
        } else if (!inSheetData) {
            xml.skipCurrentElement(); // sheet properties, views, column widths
        } else if (xml.name() == QLatin1String("row")) {
            const QStringView r = attribute(xml, QLatin1String("r"));
            if (r.isEmpty()) {
                ++row;
            } else {
                bool ok = false;
                const qint64 n = r.toLongLong(&ok);
                if (!ok || n < 1 || n > SheetRowCollector::kMaxSheetRows)
                    return fail(row + 1, 0, tr("The worksheet has an invalid row number \"%1\".").arg(r));
                row = int(n);
            }
            column = 0;
            if (collector.isPastLimit(row - 1))
                return true;
        } else if (xml.name() == QLatin1String("c")) {
            const QStringView reference = attribute(xml, QLatin1String("r"));
            if (reference.isEmpty()) {
                ++column;
            } else if (!parseCellReference(reference, &row, &column)) {
                return fail(row, column + 1, tr("The worksheet has an invalid cell reference \"%1\".").arg(reference));
            }
            if (row < 1 || column < 1 || column > kMaxColumns)
                return fail(row, column, tr("The worksheet has a cell outside any row or column."));
            QString value;
            if (!readCell(xml, row, column, &value))
                return false;
            if (!collector.setCell(row - 1, column - 1, value))
                return fail(row, column, collector.message());
        } else {
            xml.skipCurrentElement();
        }
    }
    return true;
}

bool XlsxReader::readCell(QXmlStreamReader& xml, int row, int column, QString* value)
{
    const QString type = attribute(xml, QLatin1String("t")).toString();
    const int style = attribute(xml, QLatin1String("s")).toInt();
    QString stored;
    bool hasInline = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = readNext(xml);
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndElement)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("v")) {
            stored = xml.readElementText();
        } else if (xml.name() == QLatin1String("is")) {
            readRichText(xml, &stored);
            hasInline = true;
        } else {
            xml.skipCurrentElement(); // the formula <f>, extensions
        }
    }
    if (xml.hasError())
        return true;

    if (type == QLatin1String("s")) {
        bool ok = false;
        const qint64 index = stored.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return fail(row, column,
                        tr("The cell refers to shared string \"%1\", which the workbook does not have.").arg(stored));
        *value = m_sharedStrings.at(index);
    } else if (type == QLatin1String("inlineStr") || hasInline || type == QLatin1String("str")) {
        *value = spreadsheetxml::decodeOoxmlEscapes(stored);
    } else if (type == QLatin1String("b")) {
        *value = stored.isEmpty()                                                   ? QString()
                 : stored == QLatin1String("0") || stored == QLatin1String("false") ? QStringLiteral("FALSE")
                                                                                    : QStringLiteral("TRUE");
    } else if (type == QLatin1String("e") || type == QLatin1String("d")) {
        *value = stored;
    } else {
        const QString trimmed = stored.trimmed();
        const XlsxStyles::Kind kind = options().convertDates ? m_styles.kind(style) : XlsxStyles::Kind::Number;
        const QString date = XlsxStyles::formatSerial(trimmed, kind, m_date1904);
        *value = date.isEmpty() ? spreadsheetxml::trimIntegerFraction(trimmed) : date;
    }
    if (value->size() > options().maxFieldLength)
        return fail(row, column, tr("A field is longer than %1 characters.").arg(options().maxFieldLength));
    return true;
}

} // namespace cb
