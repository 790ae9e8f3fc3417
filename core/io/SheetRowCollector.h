// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TableReadOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cb {

/**
 * Places spreadsheet cells, which XLSX and ODS files list sparsely, into dense rows: gaps become empty
 * strings and empty rows, trailing empty cells and rows are never materialised. It enforces the row limit
 * of a read() call and the safety limits (columns, cells, Excel's 1,048,576 rows), so a few bytes of XML
 * cannot ask for gigabytes of padding.
 */
class SheetRowCollector
{
    Q_DECLARE_TR_FUNCTIONS(cb::SheetRowCollector)

public:
    /** Excel's row limit; ODS files obey it too. */
    static constexpr qint64 kMaxSheetRows = 1048576;

    /** Appends to \a rows (cleared here); \a maxRows < 0 means no row limit. */
    SheetRowCollector(QList<QStringList>* rows, int maxRows, const TableReadOptions& options);

    /** True when 0-based \a row lies past the rows asked for: the caller may stop reading. */
    bool isPastLimit(qint64 row) const { return m_maxRows >= 0 && row >= m_maxRows; }

    /**
     * Stores \a value at 0-based (\a row, \a column); empty values only matter as gaps, so they are ignored,
     * and rows past the limit are ignored. Returns false with message() when a safety limit is exceeded.
     */
    bool setCell(qint64 row, qint64 column, const QString& value);

    /** The translated reason the last setCell() failed. */
    QString message() const { return m_message; }

private:
    QList<QStringList>* m_rows;
    qint64 m_maxRows;
    int m_maxColumns;
    qint64 m_maxCells;
    qint64 m_cells = 0;
    QString m_message;
};

} // namespace cb
