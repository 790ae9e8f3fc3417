// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityInterestMatrixModel.h"

#include "MatrixRoles.h"
#include "workspace/WorkspaceData.h"

#include <algorithm>

namespace cb::ui {

CityInterestMatrixModel::CityInterestMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CityInterestMatrixModel::setMatrix(const CityInterestMatrix& matrix, const WorkspaceData* data,
                                        const QString& language)
{
    beginResetModel();
    m_matrix = matrix;
    m_rowNames.clear();
    m_columnNames.clear();
    m_totals.clear();
    m_max = 1;
    for (const qint64 id : m_matrix.rows)
        m_rowNames.append(data ? CityInterestMatrix::rowName(*data, id, language) : QString::number(id));
    for (const ActorId id : m_matrix.columns)
        m_columnNames.append(data ? data->actorName(id, language) : QString::number(id));
    for (int r = 0; r < m_matrix.rowCount(); ++r) {
        int total = 0;
        for (int c = 0; c < m_matrix.columnCount(); ++c) {
            total += m_matrix.count(r, c);
            m_max = std::max(m_max, m_matrix.count(r, c));
        }
        m_totals.append(total);
    }
    endResetModel();
}

int CityInterestMatrixModel::rowOf(qint64 id) const
{
    return int(m_matrix.rows.indexOf(id));
}

int CityInterestMatrixModel::columnOf(ActorId id) const
{
    const int i = int(m_matrix.columns.indexOf(id));
    return i < 0 ? -1 : i + FirstCityColumn;
}

int CityInterestMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.rowCount();
}

int CityInterestMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.columnCount() + FirstCityColumn;
}

QVariant CityInterestMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int row = index.row();
    if (role == MatrixRoles::RowId)
        return m_matrix.rows.at(row);
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == MatrixRoles::Sort)
            return m_rowNames.at(row);
        return QVariant();
    }
    if (index.column() == TotalColumn) {
        if (role == Qt::DisplayRole || role == MatrixRoles::Sort)
            return m_totals.at(row);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    const int column = index.column() - FirstCityColumn;
    const int count = m_matrix.count(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QString::number(count) : QString();
    case Qt::ToolTipRole:
        return tr("%1 → %2: %n voice(s)", nullptr, count).arg(m_rowNames.at(row), m_columnNames.at(column));
    case MatrixRoles::Sort:
        return count;
    case MatrixRoles::Heat:
        return QVariantList{double(count) / m_max};
    default:
        return QVariant();
    }
}

QVariant CityInterestMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_matrix.rowCount())
            return QString::number(section + 1);
        return QVariant();
    }
    if (section < 0 || section >= columnCount())
        return QVariant();
    if (section == NameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("From")) : QVariant();
    if (section == TotalColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_columnNames.at(section - FirstCityColumn);
    if (role == MatrixRoles::ColumnId)
        return m_matrix.columns.at(section - FirstCityColumn);
    return QVariant();
}

} // namespace cb::ui
