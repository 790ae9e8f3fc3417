// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeConflictModel.h"

#include "exchange/WorkspaceMerge.h"

namespace cb::ui {

MergeConflictModel::MergeConflictModel(QObject* parent) : QAbstractTableModel(parent) {}

void MergeConflictModel::setConflicts(const QList<MergeConflict>& conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

void MergeConflictModel::preferAll(bool theirs)
{
    for (MergeConflict& c : m_conflicts)
        c.takeTheirs = theirs;
    if (!m_conflicts.isEmpty())
        emit dataChanged(index(0, MineColumn), index(rowCount() - 1, TheirsColumn), {Qt::CheckStateRole});
}

int MergeConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int MergeConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeConflictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MergeConflict& c = m_conflicts.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case EntityColumn:
            return c.label;
        case FieldColumn:
            return WorkspaceMerge::fieldLabel(c.field);
        case MineColumn:
            return c.mine.isEmpty() ? tr("(empty)") : c.mine;
        case TheirsColumn:
            return c.theirs;
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole) {
        if (column == MineColumn)
            return c.takeTheirs ? Qt::Unchecked : Qt::Checked;
        if (column == TheirsColumn)
            return c.takeTheirs ? Qt::Checked : Qt::Unchecked;
    }
    return {};
}

bool MergeConflictModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole ||
        (index.column() != MineColumn && index.column() != TheirsColumn))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    // The two cells are one choice: checking either side takes it, unchecking it takes the other.
    const bool theirs = index.column() == TheirsColumn ? checked : !checked;
    MergeConflict& c = m_conflicts[index.row()];
    if (c.takeTheirs == theirs)
        return true;
    c.takeTheirs = theirs;
    emit dataChanged(this->index(index.row(), MineColumn), this->index(index.row(), TheirsColumn),
                     {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags MergeConflictModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == MineColumn || index.column() == TheirsColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant MergeConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn:
        return tr("Entry");
    case FieldColumn:
        return tr("Field");
    case MineColumn:
        return tr("Mine");
    case TheirsColumn:
        return tr("Theirs");
    default:
        return {};
    }
}

void MergeConflictModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_conflicts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cb::ui
