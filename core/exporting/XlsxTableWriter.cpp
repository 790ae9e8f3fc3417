// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxTableWriter.h"

#include "FormulaGuard.h"
#include "WriteError.h"
#include "io/ZipArchive.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace cb {

namespace {

/**
 * Whether bytes hold a whole workbook: a readable zip (every member's CRC checked) whose XML parts all parse to
 * their end, with one worksheet per table. libxlsxwriter does not notice every failed write of its temporary
 * files (e.g. on a full disk) and can zip a worksheet that was cut short into an otherwise valid archive.
 */
bool isCompleteWorkbook(const QByteArray& bytes, int sheets)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return false;
    ZipLimits limits;
    limits.maxEntrySize = limits.maxTotalSize = std::numeric_limits<qint64>::max() / 2;
    ZipArchive zip(&buffer, limits);
    if (!zip.open())
        return false;
    int worksheets = 0;
    for (const ZipEntry& entry : zip.entries()) {
        if (!entry.name.endsWith(QLatin1String(".xml")) && !entry.name.endsWith(QLatin1String(".rels")))
            continue;
        if (entry.name.startsWith(QLatin1String("xl/worksheets/sheet")))
            ++worksheets;
        const std::unique_ptr<QIODevice> member = zip.openEntry(entry.name);
        if (!member)
            return false;
        QXmlStreamReader xml(member.get());
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return false;
    }
    return worksheets == sheets;
}

// Excel's limit for one cell's text.
constexpr qsizetype kMaxCellText = 32767;
constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 60;
// Widths are measured on the first rows only: a 100,000-row export must not be scanned twice.
constexpr qsizetype kWidthSampleRows = 500;

QByteArray cellText(const QString& text)
{
    if (text.size() <= kMaxCellText)
        return text.toUtf8();
    qsizetype cut = kMaxCellText;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).toUtf8();
}

QString libraryError(lxw_error code)
{
    return QString::fromUtf8(lxw_strerror(code));
}

} // namespace

int XlsxTableWriter::displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || c.isHighSurrogate();
        width += wide ? 2 : 1;
    }
    return width;
}

QString XlsxTableWriter::sheetName(const QString& title, const QStringList& taken)
{
    QString name;
    for (const QChar c : title) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.unicode() < 0x20)
            name.append(QLatin1Char(' '));
        else
            name.append(c);
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    name.truncate(31);
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    return unique;
}

bool XlsxTableWriter::write(const QList<ExportTable>& tables, QIODevice* device)
{
    m_error.clear();
    if (!device || !device->isWritable()) {
        m_error = tr("The XLSX file is not open for writing.");
        return false;
    }
    if (tables.isEmpty()) {
        m_error = tr("There is nothing to write to the workbook.");
        return false;
    }
    QTemporaryDir temp;
    if (!temp.isValid()) {
        m_error = tr("Could not create a temporary folder for the workbook: %1").arg(temp.errorString());
        return false;
    }
    const QByteArray path = QFile::encodeName(temp.filePath(QStringLiteral("export.xlsx")));
    QByteArray tmpdir = QFile::encodeName(temp.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook) {
        m_error = tr("Could not start the workbook.");
        return false;
    }
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);

    lxw_error failure = LXW_NO_ERROR;
    QStringList taken;
    for (const ExportTable& table : tables) {
        const QString name = sheetName(table.title, taken);
        taken.append(name);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!sheet) {
            failure = LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
            break;
        }
        const auto columnCount = lxw_col_t(table.columns.size());
        for (lxw_col_t c = 0; c < columnCount && failure == LXW_NO_ERROR; ++c) {
            const ExportColumn& column = table.columns.at(c);
            failure = worksheet_write_string(sheet, 0, c, cellText(column.title).constData(), header);
            int width = std::max(column.width, displayWidth(column.title) + 2);
            for (qsizetype r = 0; r < std::min(table.rows.size(), kWidthSampleRows); ++r) {
                const QVariant v = table.rows.at(r).value(c);
                if (!formulaguard::isNumber(v))
                    width = std::max(width, displayWidth(v.toString().section(QLatin1Char('\n'), 0, 0)) + 1);
            }
            worksheet_set_column(sheet, c, c, std::clamp(width, kMinWidth, kMaxWidth), nullptr);
        }
        for (qsizetype r = 0; r < table.rows.size() && failure == LXW_NO_ERROR; ++r) {
            const QVariantList& row = table.rows.at(r);
            const auto sheetRow = lxw_row_t(r + 1);
            for (lxw_col_t c = 0; c < columnCount && failure == LXW_NO_ERROR; ++c) {
                const QVariant v = row.value(c);
                if (v.isNull())
                    continue;
                if (formulaguard::isNumber(v)) {
                    const double number = v.toDouble();
                    if (std::isfinite(number))
                        failure = worksheet_write_number(sheet, sheetRow, c, number, nullptr);
                } else {
                    const QString text = v.toString();
                    // An empty string cell is still a cell; leave it blank instead.
                    if (!text.isEmpty())
                        failure = worksheet_write_string(sheet, sheetRow, c, cellText(text).constData(), nullptr);
                }
            }
        }
        if (failure != LXW_NO_ERROR)
            break;
        worksheet_freeze_panes(sheet, 1, 0);
        if (columnCount > 0)
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), columnCount - 1);
    }
    const lxw_error closed = workbook_close(workbook);
    if (failure != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        m_error = tr("Could not build the workbook: %1").arg(libraryError(failure != LXW_NO_ERROR ? failure : closed));
        return false;
    }
    QFile built(QFile::decodeName(path));
    if (!built.open(QIODevice::ReadOnly)) {
        m_error = tr("Could not read the built workbook: %1").arg(built.errorString());
        return false;
    }
    const QByteArray bytes = built.readAll();
    if (!isCompleteWorkbook(bytes, static_cast<int>(tables.size()))) {
        m_error = tr("Could not build the workbook: its temporary file is incomplete (is the disk full?).");
        return false;
    }
    if (device->write(bytes) != bytes.size()) {
        m_error = tr("Could not write the workbook: %1").arg(writeErrorText(device));
        return false;
    }
    return true;
}

} // namespace cb
