// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TextEncoding.h"

#include <QChar>
#include <QtGlobal>

namespace cb {

/** The tabular file formats CityBridge imports. */
enum class TableFormat
{
    Auto, ///< sniff the content (openTable)
    Csv,  ///< delimited text: comma, semicolon or tab
    Xlsx, ///< Office Open XML workbook (Excel 2007 and later)
    Ods,  ///< OpenDocument spreadsheet (LibreOffice, WPS)
};

/** Settings and safety limits shared by every TableReader. The defaults suit survey imports. */
struct TableReadOptions
{
    TableFormat format = TableFormat::Auto;     ///< force a format instead of sniffing (openTable only)
    TextEncoding encoding = TextEncoding::Auto; ///< CSV: force an encoding
    QChar delimiter;                            ///< CSV: force a delimiter; null = detect among , ; and tab
    /**
     * CSV: bytes that are invalid in the (detected or forced) encoding become U+FFFD when true; when false,
     * the default, reading stops with an error giving the row and column of the first bad byte.
     */
    bool replaceInvalidBytes = false;
    bool convertDates = true;          ///< XLSX: date-formatted numbers become ISO 8601 text, not serial numbers
    int maxFieldLength = 1 << 20;      ///< characters in one cell (1 Mi)
    int maxColumns = 16384;            ///< columns in one row (Excel's limit, column XFD)
    qint64 maxCells = 2'000'000;       ///< cells one read() call may return (~120 bytes each), padding included
    qint64 maxEntrySize = 200LL << 20; ///< XLSX/ODS: uncompressed bytes of one archive member (200 MiB)
    qint64 maxTotalSize = 1LL << 30;   ///< XLSX/ODS: uncompressed bytes extracted from one archive (1 GiB)
    int sniffSize = 1 << 20;           ///< CSV: bytes examined to detect the encoding and the delimiter
};

} // namespace cb
