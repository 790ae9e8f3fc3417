// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TableReadOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace cb {

/** Where and why reading a table failed. */
struct TableReadError
{
    int row = 0;     ///< 1-based row of the table (CSV: record, not physical line); 0 when not about a row
    int column = 0;  ///< 1-based column; 0 when not about a cell
    QString message; ///< translated, without the position
};

/**
 * A reader of one tabular file (CSV, XLSX or ODS) on a QIODevice it does not own.
 *
 * Call open() first (openTable() does), then sheetNames() and read(). Every row is a list of cell texts
 * in column order. Rows keep their position: an empty row between two rows with data is returned as an
 * empty list, so row i of the result is row i + 1 of the sheet; empty rows and empty cells after the last
 * value are not returned (spreadsheets) or kept as written (CSV). Cell text is never interpreted: text that
 * looks like a formula (=cmd|'/C calc'!A0) or like SQL stays plain text.
 *
 * Failures leave a translated message with its row and column in error() / errorString(); they never
 * crash and never throw.
 */
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cb::TableReader)

public:
    virtual ~TableReader();
    TableReader(const TableReader&) = delete;
    TableReader& operator=(const TableReader&) = delete;

    /** The format this reader reads. */
    virtual TableFormat format() const = 0;

    /** Checks the file and reads its sheet list. Returns false with error() set when it cannot be read. */
    virtual bool open() = 0;

    /** Names of the sheets in workbook order; a CSV file has one. Empty before a successful open(). */
    virtual QStringList sheetNames() const = 0;

    /**
     * Reads the first \a maxRows rows of sheet \a sheet (0-based) into \a rows, replacing its content;
     * \a maxRows < 0 reads every row. Reading stops after maxRows rows, so a preview of a huge file is fast.
     * May be called again, for another sheet or more rows. Returns false with error() set on failure
     * (\a rows then holds the rows read before the error).
     */
    virtual bool read(int sheet, int maxRows, QList<QStringList>* rows) = 0;

    /** The options the reader was made with. */
    const TableReadOptions& options() const { return m_options; }

    /** The last failure; empty message when the last call succeeded. */
    const TableReadError& error() const { return m_error; }
    bool hasError() const { return !m_error.message.isEmpty(); }

    /** The last failure as one translated sentence, e.g. "Row 3, column 2: Unterminated quoted field." */
    QString errorString() const;

    /** Formats \a error as errorString() does. */
    static QString formatError(const TableReadError& error);

protected:
    TableReader(QIODevice* device, const TableReadOptions& options);

    QIODevice* device() const { return m_device; }

    /** Records a failure and returns false, for `return fail(...)`. */
    bool fail(int row, int column, const QString& message);
    bool fail(const QString& message) { return fail(0, 0, message); }
    void clearError() { m_error = TableReadError(); }

private:
    QIODevice* m_device;
    TableReadOptions m_options;
    TableReadError m_error;
};

} // namespace cb
