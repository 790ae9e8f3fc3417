// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TableReader.h"

namespace cb {

TableReader::TableReader(QIODevice* device, const TableReadOptions& options) : m_device(device), m_options(options) {}

TableReader::~TableReader() = default;

QString TableReader::errorString() const
{
    return formatError(m_error);
}

QString TableReader::formatError(const TableReadError& error)
{
    if (error.message.isEmpty())
        return QString();
    if (error.row > 0 && error.column > 0)
        return tr("Row %1, column %2: %3").arg(error.row).arg(error.column).arg(error.message);
    if (error.row > 0)
        return tr("Row %1: %2").arg(error.row).arg(error.message);
    return error.message;
}

bool TableReader::fail(int row, int column, const QString& message)
{
    m_error.row = row;
    m_error.column = column;
    m_error.message = message;
    return false;
}

} // namespace cb
