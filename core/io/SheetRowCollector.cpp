// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SheetRowCollector.h"

namespace cb {

SheetRowCollector::SheetRowCollector(QList<QStringList>* rows, int maxRows, const TableReadOptions& options)
    : m_rows(rows), m_maxRows(maxRows), m_maxColumns(options.maxColumns), m_maxCells(options.maxCells)
{
    m_rows->clear();
}

bool SheetRowCollector::setCell(qint64 row, qint64 column, const QString& value)
{
    if (value.isEmpty() || isPastLimit(row))
        return true;
    if (row < 0 || row >= kMaxSheetRows) {
        m_message = tr("The sheet has data beyond row %1, the most a spreadsheet can hold.").arg(kMaxSheetRows);
        return false;
    }
    if (column < 0 || column >= m_maxColumns) {
        m_message = tr("A row has more than %1 columns.").arg(m_maxColumns);
        return false;
    }
    // Every padding row and cell counts, so that sparse coordinates cannot allocate without bound.
    const qint64 newRows = std::max<qint64>(0, row + 1 - m_rows->size());
    const qsizetype width = row < m_rows->size() ? m_rows->at(row).size() : 0;
    const qint64 newCells = newRows + std::max<qint64>(0, column + 1 - width);
    if (m_cells + newCells > m_maxCells) {
        m_message = tr("The sheet has more than %1 cells; read fewer rows or split the file.").arg(m_maxCells);
        return false;
    }
    m_cells += newCells;
    while (m_rows->size() <= row)
        m_rows->append(QStringList());
    QStringList& cells = (*m_rows)[row];
    while (cells.size() <= column)
        cells.append(QString());
    cells[column] = value;
    return true;
}

} // namespace cb
