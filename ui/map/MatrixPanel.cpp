// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixPanel.h"

#include "MatrixRoles.h"
#include "RotatedHeaderView.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::ui {

MatrixPanel::MatrixPanel(QAbstractItemModel* model, int flatColumns, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_flat(flatColumns)
{
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_search->setClearButtonEnabled(true);
    m_empty->setObjectName(QStringLiteral("matrixEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(MatrixRoles::Sort);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setModel(m_proxy);
    m_view->setHorizontalHeader(new RotatedHeaderView(flatColumns, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setMinimumSectionSize(24);
    m_view->horizontalHeader()->setDefaultSectionSize(30);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::clicked, this, &MatrixPanel::onClicked);
    connect(m_view, &QTableView::activated, this, &MatrixPanel::onClicked);
    // Fixed widths for the heat columns; the name column follows its longest name.
    auto fitColumns = [this] {
        m_view->resizeColumnToContents(0);
        for (int c = 1; c < m_flat; ++c)
            m_view->resizeColumnToContents(c);
        updateEmpty();
    };
    connect(model, &QAbstractItemModel::modelReset, this, fitColumns);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    retranslate();
    updateEmpty();
}

void MatrixPanel::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void MatrixPanel::updateEmpty()
{
    m_empty->setVisible(m_proxy->sourceModel()->rowCount() == 0);
}

void MatrixPanel::onClicked(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 row = index.data(MatrixRoles::RowId).toLongLong();
    const qint64 column = index.column() < m_flat
        ? 0
        : m_proxy->headerData(index.column(), Qt::Horizontal, MatrixRoles::ColumnId).toLongLong();
    Q_EMIT cellActivated(row, column);
}

void MatrixPanel::selectRow(qint64 rowId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(MatrixRoles::RowId).toLongLong() == rowId) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(index);
            return;
        }
    }
    m_view->selectionModel()->clearSelection();
}

bool MatrixPanel::selectCell(qint64 rowId, qint64 columnId)
{
    int column = -1;
    for (int c = m_flat; c < m_proxy->columnCount(); ++c) {
        if (m_proxy->headerData(c, Qt::Horizontal, MatrixRoles::ColumnId).toLongLong() == columnId)
            column = c;
    }
    for (int r = 0; column >= 0 && r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, column);
        if (index.data(MatrixRoles::RowId).toLongLong() == rowId) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(index);
            return true;
        }
    }
    m_view->selectionModel()->clearSelection();
    return false;
}

void MatrixPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Find a row by name"));
    m_empty->setText(tr("No city has evidence under the current filter."));
}

void MatrixPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cb::ui
