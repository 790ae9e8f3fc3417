// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"

#include <QCoreApplication>

class QIODevice;

namespace cb {

/**
 * Writes ExportTables as one XLSX workbook with libxlsxwriter, one sheet per table: the header row bold and
 * frozen, an autofilter over the header, column widths from the content (wide scripts count double, capped).
 * Numbers are numeric cells. Every text is written as a string cell (never as a formula), so text that starts
 * with =, +, -, @, a tab or CR cannot run in Excel or LibreOffice and reads back unchanged; no apostrophe is
 * added (see formulaguard for the CSV rule).
 */
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(cb::XlsxTableWriter)

public:
    /** Writes the workbook to an open @p device (libxlsxwriter builds it in a private temporary folder). */
    bool write(const QList<ExportTable>& tables, QIODevice* device);
    QString errorString() const { return m_error; }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique within @p taken. */
    static QString sheetName(const QString& title, const QStringList& taken);
    /** The display width of @p text in character cells (CJK and other wide characters count two). */
    static int displayWidth(const QString& text);

private:
    QString m_error;
};

} // namespace cb
