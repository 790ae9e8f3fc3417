// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityThemeMatrixModel.h"

#include "MatrixRoles.h"
#include "workspace/WorkspaceData.h"

#include <QLocale>

#include <algorithm>

namespace cb::ui {

CityThemeMatrixModel::CityThemeMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QVector<QColor> CityThemeMatrixModel::layerColors()
{
    return {QColor(0xd9, 0x5f, 0x02), QColor(0x1b, 0x9e, 0x77)};
}

void CityThemeMatrixModel::setMatrix(const CityThemeMatrix& matrix, const WorkspaceData* data, const QString& language)
{
    beginResetModel();
    m_matrix = matrix;
    m_cityNames.clear();
    m_themeNames.clear();
    for (const ActorId id : m_matrix.cities)
        m_cityNames.append(data ? data->actorName(id, language) : QString::number(id));
    for (const ThemeId id : m_matrix.themes)
        m_themeNames.append(data ? data->themeName(id, language) : QString::number(id));
    m_maxPriority = 0;
    m_maxOffer = 0;
    for (const double v : m_matrix.priorities)
        m_maxPriority = std::max(m_maxPriority, v);
    for (const double v : m_matrix.offers)
        m_maxOffer = std::max(m_maxOffer, v);
    m_maxPriority = m_maxPriority > 0 ? m_maxPriority : 1.0;
    m_maxOffer = m_maxOffer > 0 ? m_maxOffer : 1.0;
    endResetModel();
}

int CityThemeMatrixModel::rowOf(ActorId id) const
{
    return int(m_matrix.cities.indexOf(id));
}

int CityThemeMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.rows();
}

int CityThemeMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_matrix.columns() + 1;
}

QVariant CityThemeMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int row = index.row();
    if (role == MatrixRoles::RowId)
        return m_matrix.cities.at(row);
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == MatrixRoles::Sort)
            return m_cityNames.at(row);
        return QVariant();
    }
    const int column = index.column() - 1;
    const double priority = m_matrix.priority(row, column);
    const double offer = m_matrix.offer(row, column);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (priority <= 0 && offer <= 0)
            return QString();
        return tr("P %1 · O %2").arg(locale.toString(priority, 'f', 1), locale.toString(offer, 'f', 1));
    case Qt::ToolTipRole:
        return tr("%1 – %2\nPriority: %3\nOffer: %4")
            .arg(m_cityNames.at(row), m_themeNames.at(column), locale.toString(priority, 'f', 2),
                 locale.toString(offer, 'f', 2));
    case MatrixRoles::Sort:
        return priority + offer;
    case MatrixRoles::Heat:
        return QVariantList{priority / m_maxPriority, offer / m_maxOffer};
    default:
        return QVariant();
    }
}

QVariant CityThemeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_matrix.rows())
            return QString::number(section + 1);
        return QVariant();
    }
    if (section < 0 || section > m_matrix.columns())
        return QVariant();
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("City")) : QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_themeNames.at(section - 1);
    if (role == MatrixRoles::ColumnId)
        return m_matrix.themes.at(section - 1);
    return QVariant();
}

} // namespace cb::ui
