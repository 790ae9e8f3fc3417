// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/CityInterestMatrix.h"

#include <QAbstractTableModel>

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/**
 * Interests between cities as a table: column 0 names who expressed them (a city, or a survey group), column 1
 * their total, and every further column a city they named, holding the number of voices.
 */
class CityInterestMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn = 0, TotalColumn = 1, FirstCityColumn = 2 };

    explicit CityInterestMatrixModel(QObject* parent = nullptr);

    void setMatrix(const CityInterestMatrix& matrix, const WorkspaceData* data, const QString& language);
    const CityInterestMatrix& matrix() const { return m_matrix; }
    /** The model row of an actor (or a group's marker id), or -1. */
    int rowOf(qint64 id) const;
    /** The model column of a named city, or -1. */
    int columnOf(ActorId id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CityInterestMatrix m_matrix;
    QStringList m_rowNames;
    QStringList m_columnNames;
    QVector<int> m_totals;
    int m_max = 1;
};

} // namespace cb::ui
