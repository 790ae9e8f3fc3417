// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/CityThemeMatrix.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/**
 * Cities by themes as a table: column 0 names the city, every further column is a theme whose cells carry
 * the city's priority and offer weights (MatrixRoles::Heat for the delegate, MatrixRoles::Sort = their sum).
 */
class CityThemeMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CityThemeMatrixModel(QObject* parent = nullptr);

    /** Shows @p matrix; names are read from @p data in @p language. @p data must outlive the next reset. */
    void setMatrix(const CityThemeMatrix& matrix, const WorkspaceData* data, const QString& language);
    const CityThemeMatrix& matrix() const { return m_matrix; }
    /** The model row of a city, or -1. */
    int rowOf(ActorId id) const;
    /** The colours of the two layers: priority, offer. */
    static QVector<QColor> layerColors();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CityThemeMatrix m_matrix;
    QStringList m_cityNames;
    QStringList m_themeNames;
    double m_maxPriority = 1.0;
    double m_maxOffer = 1.0;
};

} // namespace cb::ui
