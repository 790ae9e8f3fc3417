// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace cb::ui {

/**
 * A read-only table of texts computed once per reset: the base of the editors' small lists, whose subclasses
 * turn domain rows into cells (in the current language) and keep the rows they show.
 */
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TextTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    /** Replaces every cell; each row has one text per header. */
    void setCells(const QStringList& headers, const QList<QStringList>& rows);
    /** Column whose cells are numbers, aligned right. */
    void setNumericColumn(int column) { m_numericColumn = column; }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_numericColumn = -1;
};

} // namespace cb::ui
