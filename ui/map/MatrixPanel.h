// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace cb::ui {

/**
 * A matrix model in a sortable table with heat cells, rotated column names and a search box over the row
 * names. Clicking a cell reports its row's id and its column's id (0 for the name and total columns).
 */
class MatrixPanel : public QWidget
{
    Q_OBJECT

public:
    /** @p flatColumns leading columns (name, total) keep horizontal headers and ordinary cells. */
    MatrixPanel(QAbstractItemModel* model, int flatColumns, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    /** Selects the row of @p rowId (no signal); clears the selection when it is not shown. */
    void selectRow(qint64 rowId);
    /** Selects the cell at @p rowId x @p columnId (no signal); false when it is not shown. */
    bool selectCell(qint64 rowId, qint64 columnId);
    /** Text shown above the table when it is empty. */
    void setEmptyText(const QString& text);

Q_SIGNALS:
    void cellActivated(qint64 rowId, qint64 columnId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onClicked(const QModelIndex& index);
    void updateEmpty();
    void retranslate();

    QLineEdit* m_search = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_view = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    int m_flat = 1;
};

} // namespace cb::ui
