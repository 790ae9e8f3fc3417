// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TableReader.h"

#include <memory>

class QIODevice;

namespace cb {

/**
 * Tells the format of the table on \a device from its content, not its name: a ZIP archive holding an
 * ODS "mimetype" is ODS, one holding [Content_Types].xml and a workbook is XLSX, anything else is treated
 * as CSV text. Returns TableFormat::Auto with \a errorString set when the content is no table at all: an
 * empty file, a legacy .xls or other OLE document, a PDF, a ZIP archive that is no spreadsheet (a .docx).
 * Binary data that reaches the CSV path is refused by CsvReader::open(). The device's position is kept.
 */
TableFormat detectTableFormat(QIODevice* device, QString* errorString = nullptr);

/**
 * Opens the table on \a device (which must stay open while the reader lives): detects the format unless
 * \a options forces one, makes the reader, names a CSV sheet after \a fileName's base name, and calls
 * TableReader::open(). Returns nullptr with a translated \a errorString when the file cannot be read.
 */
std::unique_ptr<TableReader> openTable(QIODevice* device, const QString& fileName,
                                       const TableReadOptions& options = TableReadOptions(),
                                       QString* errorString = nullptr);

} // namespace cb
