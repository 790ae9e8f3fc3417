// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"

#include <QCoreApplication>

class QIODevice;

namespace cb {

/**
 * Writes an ExportTable as CSV the way Excel and LibreOffice open it without an import dialog: UTF-8 with a
 * byte order mark, comma separated, CRLF line ends, RFC 4180 quoting (a field holding a comma, a quote, CR or
 * LF is quoted, quotes doubled). Text that a spreadsheet would run as a formula is prefixed with an apostrophe
 * (see formulaguard::neutralise); numbers are written with a '.' decimal point in any locale.
 */
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(cb::CsvTableWriter)

public:
    /** Writes the header row and every row to an open @p device. */
    bool write(const ExportTable& table, QIODevice* device);
    QString errorString() const { return m_error; }

    /** One field as it appears in the file: neutralised, then quoted when needed. */
    static QString field(const QVariant& value);
    /** RFC 4180 quoting of already neutralised text. */
    static QString quote(const QString& text);

private:
    QString m_error;
};

} // namespace cb
