// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorBrowser.h"

#include "ActorFilterProxy.h"
#include "ActorListModel.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace cb::ui {

ActorBrowser::ActorBrowser(WorkspaceDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("actorBrowser"));
    // Connected before the model exists so that it runs first: a newly opened workspace starts on its first row
    // rather than on whichever of its actors happens to share the previous one's id.
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] { m_current = 0; });

    m_model = new ActorListModel(document, this);
    m_proxy = new ActorFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("actorSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("actorKindFilter"));
    m_kind->addItem(QString(), int(ActorKindFilter::All));
    m_kind->addItem(QString(), int(ActorKindFilter::Cities));
    m_kind->addItem(QString(), int(ActorKindFilter::Institutions));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actorTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActorListModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // Sizing to contents looks at a bounded sample, so that large workspaces stay quick.
    header->setResizeContentsPrecision(200);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActorListModel::Name, QHeaderView::Stretch);
    // Long country names are elided (their tooltip has them whole) so that the name keeps its room; the kind is
    // hidden by default, as the filter and the detail page already say it. The header's menu brings it back.
    header->setSectionResizeMode(ActorListModel::Country, QHeaderView::Interactive);
    header->resizeSection(ActorListModel::Country, fontMetrics().horizontalAdvance(QStringLiteral("South Africa__")));
    header->setSectionHidden(ActorListModel::Kind, true);
    // The list is a side panel next to the working pages: the activity counts are
    // shown on the detail page and can be brought back from the header's menu.
    for (int column : {ActorListModel::Priorities, ActorListModel::Offers, ActorListModel::Interests, ActorListModel::Events})
        header->setSectionHidden(column, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ActorBrowser::showColumnMenu);
    m_table->setMinimumWidth(300);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("actorCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &ActorBrowser::focusSearch);
    addAction(find);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        rememberCurrent();
        m_proxy->setSearchText(text);
        restoreCurrent();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        rememberCurrent();
        m_proxy->setKindFilter(ActorKindFilter(m_kind->itemData(index).toInt()));
        restoreCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const ActorId id = current.isValid() ? current.data(ActorListModel::ActorIdRole).toLongLong() : 0;
                if (id == m_current)
                    return;
                m_current = id;
                emit currentActorChanged(id);
            });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ActorBrowser::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActorBrowser::restoreCurrent);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ActorBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActorBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActorBrowser::updateCount);

    retranslateUi();
    restoreCurrent();
}

ActorId ActorBrowser::currentActor() const
{
    return m_current;
}

bool ActorBrowser::selectActor(ActorId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ActorListModel::Name));
    if (!index.isValid()) {
        m_search->clear();
        m_kind->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, ActorListModel::Name));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ActorBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray ActorBrowser::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ActorBrowser::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void ActorBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Sort by the new language's collation before the names change, so that rows move only once.
        m_proxy->setLanguage(currentLanguage());
        m_model->setLanguage(currentLanguage());
    }
    QWidget::changeEvent(event);
}

bool ActorBrowser::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box continues in the results, so the list can be used without the mouse.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_proxy->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                selectFirstRow();
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActorBrowser::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("actorColumnMenu"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name identifies the row: it cannot be hidden.
        action->setEnabled(column != ActorListModel::Name);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void ActorBrowser::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search names and aliases…"));
    m_search->setToolTip(tr("Matches any name or alias in any language or script, ignoring case and accents: "
                            "洛陽, luo yang, CDMX and Queretaro all work"));
    m_kind->setItemText(0, tr("All actors"));
    m_kind->setItemText(1, tr("Cities"));
    m_kind->setItemText(2, tr("Institutions"));
    m_kind->setToolTip(tr("Show cities, institutions or both"));
    updateCount();
}

void ActorBrowser::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n actor(s)", "", total)
                                    : tr("%1 of %n actor(s) shown", "", total).arg(shown));
}

void ActorBrowser::selectFirstRow()
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, ActorListModel::Name);
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

void ActorBrowser::rememberCurrent()
{
    m_remembered = m_current;
}

// After the rows changed under it, the list stays on the same actor when it is still shown, else on the first row.
void ActorBrowser::restoreCurrent()
{
    const int row = m_model->rowOf(m_remembered);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, ActorListModel::Name));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else if (m_proxy->rowCount() > 0) {
        selectFirstRow();
    } else if (m_current != 0) {
        m_current = 0;
        emit currentActorChanged(0);
    }
}

} // namespace cb::ui
