// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/MergePlan.h"

#include <QAbstractTableModel>

namespace cb::ui {

/**
 * The conflicts of a merge plan, one row each: the entity, the field, this workspace's value and the package's.
 * The Mine and Theirs cells are check boxes, exactly one checked per row: checking one takes that side.
 */
class MergeConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EntityColumn,
        FieldColumn,
        MineColumn,
        TheirsColumn,
        ColumnCount
    };

    explicit MergeConflictModel(QObject* parent = nullptr);

    void setConflicts(const QList<MergeConflict>& conflicts);
    const QList<MergeConflict>& conflicts() const { return m_conflicts; }
    /** Chooses one side for every conflict. */
    void preferAll(bool theirs);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Re-announces the headers and labels after a language change. */
    void retranslate();

private:
    QList<MergeConflict> m_conflicts;
};

} // namespace cb::ui
