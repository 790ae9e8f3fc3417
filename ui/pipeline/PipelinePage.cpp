// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelinePage.h"

#include <algorithm>
#include <memory>

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "PartnershipDetailsPanel.h"
#include "PipelineFilterProxy.h"
#include "PipelineModel.h"
#include "common/DomainLabels.h"
#include "i18n/Translations.h"
#include "pipeline/DormancySettingEdit.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

namespace cb::ui {

namespace {

constexpr quint32 kStateMagic = 0x50495045; // "PIPE"

} // namespace

PipelinePage::PipelinePage(WorkspaceDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("pipelinePage"));
    // Runs before the model rebuilds: a newly opened workspace does not inherit the previous one's current row.
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] { m_current.clear(); });

    m_model = new PipelineModel(document, this);
    m_proxy = new PipelineFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pipelineSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("pipelineStageFilter"));
    // Long stage names ("Friendship MoU (3)" in Spanish) show whole in the list, not in the closed box.
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setMinimumContentsLength(16);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("pipelineOwnerFilter"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(18);
    m_attention = new QComboBox(this);
    m_attention->setObjectName(QStringLiteral("pipelineAttentionFilter"));
    m_attention->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const PipelineAttention a : {PipelineAttention::Any, PipelineAttention::Overdue, PipelineAttention::Dormant,
                                      PipelineAttention::OverdueOrDormant})
        m_attention->addItem(QString(), int(a));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PipelineModel::Stage, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->installEventFilter(this);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // The start day is in the details; it can come back from the header's menu.
    header->setSectionHidden(PipelineModel::Started, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &PipelinePage::showColumnMenu);

    m_details = new PartnershipDetailsPanel(document, this);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("pipelineDetailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setMinimumWidth(280);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("pipelineSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_table->setMinimumWidth(320);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("pipelineCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pipelineSettingMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_dormancyLabel = new QLabel(this);
    m_dormancyMonths = new QSpinBox(this);
    m_dormancyMonths->setObjectName(QStringLiteral("pipelineDormantMonths"));
    m_dormancyMonths->setRange(DormancyPolicy::MinimumMonths, DormancyPolicy::MaximumMonths);
    // One edit per value the officer settles on, not one per keystroke.
    m_dormancyMonths->setKeyboardTracking(false);
    m_dormancyLabel->setBuddy(m_dormancyMonths);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stage);
    filters->addWidget(m_owner);
    filters->addWidget(m_attention);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_message, 1);
    footer->addWidget(m_dormancyLabel);
    footer->addWidget(m_dormancyMonths);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(footer);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    // Only while the page has the focus: other pages of the window have their own search.
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &PipelinePage::focusSearch);
    addAction(find);

    const auto refilter = [this](const auto& change) {
        rememberCurrent();
        change();
        restoreCurrent();
        updateCount();
    };
    connect(m_search, &QLineEdit::textChanged, this,
            [this, refilter](const QString& text) { refilter([&] { m_proxy->setSearchText(text); }); });
    connect(m_stage, &QComboBox::activated, this, [this, refilter](int index) {
        refilter([&] { m_proxy->setStageFilter(m_stage->itemData(index).toString()); });
    });
    connect(m_owner, &QComboBox::activated, this, [this, refilter](int index) {
        refilter([&] { m_proxy->setOwnerFilter(m_owner->itemData(index).toString()); });
    });
    connect(m_attention, &QComboBox::activated, this, [this, refilter](int index) {
        refilter([&] { m_proxy->setAttention(PipelineAttention(m_attention->itemData(index).toInt())); });
    });
    connect(m_dormancyMonths, &QSpinBox::valueChanged, this, &PipelinePage::applyDormancySetting);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PipelinePage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PipelinePage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillStageFilter();
        fillOwnerFilter();
        updateDormancySetting();
        restoreCurrent();
        updateCount();
    });
    connect(m_document->selection(), &SharedSelection::pairChanged, this, &PipelinePage::followPair);
    connect(m_details, &PartnershipDetailsPanel::statusMessage, this, &PipelinePage::statusMessage);

    retranslateUi();
    fitColumns();
    fillStageFilter();
    fillOwnerFilter();
    updateDormancySetting();
    followPair(m_document->selection()->pairA(), m_document->selection()->pairB());
    updateCount();
}

QString PipelinePage::currentUid() const
{
    return m_current;
}

bool PipelinePage::selectPartnership(const QString& uid)
{
    const int row = m_model->rowOfUid(uid);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PipelineModel::ActorA));
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, PipelineModel::ActorA));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // Selecting the row that is already current emits nothing; the details still have to show it.
    if (m_current != uid)
        onCurrentRowChanged(index);
    return true;
}

void PipelinePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray PipelinePage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << m_table->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

void PipelinePage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray header;
    QByteArray splitter;
    in >> magic >> header >> splitter;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
}

void PipelinePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_proxy->setLanguage(currentLanguage());
        m_model->setLanguage(currentLanguage());
        fitColumns();
        fillStageFilter();
        fillOwnerFilter();
        updateCount();
    }
    QWidget::changeEvent(event);
}

bool PipelinePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Down or Enter from the search box continues in the results, Enter in the table goes to the stage move:
        // the whole page works without the mouse.
        if (watched == m_search && (key->key() == Qt::Key_Down || enter) && m_proxy->rowCount() > 0) {
            if (!m_table->currentIndex().isValid()) {
                const QModelIndex first = m_proxy->index(0, PipelineModel::ActorA);
                m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
            }
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_table && enter && m_table->currentIndex().isValid()) {
            m_details->focusMoveControl();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PipelinePage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search partners, next actions, summaries…"));
    m_search->setToolTip(tr("Matches either partner's name or alias in any language, the next action, the summary "
                            "and the owner"));
    m_stage->setToolTip(tr("Show one stage of the pipeline"));
    m_owner->setToolTip(tr("Show the partnerships of one owner"));
    m_attention->setItemText(0, tr("Any state"));
    m_attention->setItemText(1, tr("Next action overdue"));
    m_attention->setItemText(2, tr("Flagged dormant"));
    m_attention->setItemText(3, tr("Overdue or dormant"));
    m_attention->setToolTip(tr("Show only partnerships that need attention"));
    m_dormancyLabel->setText(tr("Flag as dormant after:"));
    m_dormancyMonths->setSuffix(tr(" months"));
    m_dormancyMonths->setToolTip(tr("Partnerships with no activity for this many months are flagged dormant. "
                                    "Saved in the workspace; Ctrl+Z takes a change back."));
}

// Sized for a 1000 pixel wide page beside the details: every header and every stage reads whole in the three
// languages, names elide (their tooltips have them whole), the owner takes what is left.
void PipelinePage::fitColumns()
{
    const QFontMetrics metrics = fontMetrics();
    QHeaderView* header = m_table->horizontalHeader();
    // Room for the sort arrow and the section's margins.
    const int chrome =
        style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    const auto fit = [&](int column, int content) {
        const int title = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + chrome;
        header->resizeSection(column, std::max(title, content));
    };
    const int day = metrics.horizontalAdvance(QStringLiteral("2024-12-31")) + 16;
    int stageWidth = 0;
    for (const QString& key : stage::all())
        stageWidth = std::max(stageWidth, metrics.horizontalAdvance(DomainLabels::stage(key)) + 16);
    // Every stage reads whole in the current language ("Intercambio exploratorio" is the widest in Spanish).
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
    fit(PipelineModel::ActorA, metrics.horizontalAdvance(QStringLiteral("Mexico City")) + 16);
    fit(PipelineModel::ActorB, metrics.horizontalAdvance(QStringLiteral("Mexico City")) + 16);
    fit(PipelineModel::Stage, stageWidth);
    fit(PipelineModel::NextAction, metrics.horizontalAdvance(QStringLiteral("Send the draft")));
    fit(PipelineModel::Flag, icon + std::max(metrics.horizontalAdvance(PipelineModel::tr("Quiet")),
                                             metrics.horizontalAdvance(PipelineModel::tr("Overdue"))));
    fit(PipelineModel::LastActivity, day);
    fit(PipelineModel::Started, day);
    fit(PipelineModel::Owner, metrics.horizontalAdvance(QStringLiteral("M. Fernández")));
}

void PipelinePage::fillStageFilter()
{
    const QString chosen = m_stage->currentData().toString();
    QHash<QString, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->facts(row).stage];
    m_stage->clear();
    m_stage->addItem(tr("All stages (%1)").arg(m_model->rowCount()), QString());
    for (const QString& key : stage::all())
        m_stage->addItem(tr("%1 (%2)").arg(DomainLabels::stage(key)).arg(counts.value(key)), key);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(chosen)));
}

void PipelinePage::fillOwnerFilter()
{
    const QString chosen = m_owner->currentData().toString();
    QStringList owners = m_model->owners();
    QCollator collator{QLocale(localeNameFor(currentLanguage()))};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(owners.begin(), owners.end(), collator);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const QString& owner : owners)
        m_owner->addItem(owner, owner);
    int index = m_owner->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        // The owner was renamed or removed: show everyone rather than an empty list with a hidden reason.
        m_proxy->setOwnerFilter(QString());
        index = 0;
    }
    m_owner->setCurrentIndex(std::max(0, index));
}

void PipelinePage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    int dormant = 0;
    int overdue = 0;
    for (int row = 0; row < total; ++row) {
        dormant += m_model->facts(row).dormant ? 1 : 0;
        overdue += m_model->facts(row).overdue ? 1 : 0;
    }
    QString text =
        shown == total ? tr("%n partnership(s)", "", total) : tr("%1 of %n partnership(s) shown", "", total).arg(shown);
    if (dormant > 0)
        text += QStringLiteral(" · ") + tr("%1 flagged dormant").arg(dormant);
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%1 overdue").arg(overdue);
    m_count->setText(text);
}

void PipelinePage::updateDormancySetting()
{
    m_updatingSetting = true;
    m_dormancyMonths->setValue(m_model->policy().months());
    m_dormancyMonths->setEnabled(m_document->isOpen());
    m_updatingSetting = false;
}

void PipelinePage::applyDormancySetting(int months)
{
    if (m_updatingSetting || months == m_model->policy().months())
        return;
    QString error;
    const UndoText text([months] { return tr("Flag as dormant after %n month(s)", "", months); });
    if (!m_document->perform(std::make_unique<DormancySettingEdit>(months, text), &error)) {
        m_message->setText(tr("The setting could not be saved: %1").arg(error));
        m_message->show();
        emit statusMessage(m_message->text());
        updateDormancySetting();
        return;
    }
    m_message->hide();
    emit statusMessage(text.current());
}

void PipelinePage::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("pipelineColumnMenu"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The pair identifies the row: its names cannot be hidden.
        action->setEnabled(column != PipelineModel::ActorA && column != PipelineModel::ActorB);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

void PipelinePage::followPair(ActorId a, ActorId b)
{
    if (a == 0 && b == 0)
        return;
    if (const Partnership* shown = m_model->partnership(m_model->rowOfUid(m_current))) {
        if (std::min(shown->actorA, shown->actorB) == std::min(a, b) &&
            std::max(shown->actorA, shown->actorB) == std::max(a, b))
            return;
    }
    const int row = m_model->rowOfPair(a, b);
    if (row >= 0) {
        selectPartnership(m_model->partnership(row)->uid);
        return;
    }
    // The pair has no partnership: showing another pair's details next to it would mislead.
    m_table->selectionModel()->clear();
    showDetails(QString());
}

void PipelinePage::onCurrentRowChanged(const QModelIndex& current)
{
    if (!current.isValid() || m_restoring)
        return;
    showDetails(current.data(PipelineModel::UidRole).toString());
    m_document->selection()->setPair(current.data(PipelineModel::ActorARole).toLongLong(),
                                     current.data(PipelineModel::ActorBRole).toLongLong());
}

void PipelinePage::rememberCurrent()
{
    m_remembered = m_current;
    // Rows about to move or vanish must not drag the details and the shared pair along with them.
    m_restoring = true;
}

// After the rows changed under it, the page stays on the same partnership: selected when it is still shown, in the
// details alone when a filter hides it; when it is gone (an acceptance undone), on the shared pair's partnership.
void PipelinePage::restoreCurrent()
{
    m_restoring = false;
    const int row = m_model->rowOfUid(m_remembered);
    if (row < 0) {
        m_table->selectionModel()->clear();
        const int pairRow = m_model->rowOfPair(m_document->selection()->pairA(), m_document->selection()->pairB());
        if (pairRow >= 0)
            selectPartnership(m_model->partnership(pairRow)->uid);
        else
            showDetails(QString());
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PipelineModel::ActorA));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    showDetails(m_remembered);
}

void PipelinePage::showDetails(const QString& uid)
{
    const int row = m_model->rowOfUid(uid);
    const Partnership* partnership = m_model->partnership(row);
    m_details->setPartnership(partnership, m_model->facts(row).dormant, m_model->policy(), m_model->today());
    const QString shown = partnership ? uid : QString();
    if (shown == m_current)
        return;
    m_current = shown;
    emit currentPartnershipChanged(shown);
}

void PipelinePage::clearFilters()
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_stage->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_attention->setCurrentIndex(0);
    m_proxy->setSearchText(QString());
    m_proxy->setStageFilter(QString());
    m_proxy->setOwnerFilter(QString());
    m_proxy->setAttention(PipelineAttention::Any);
    updateCount();
}

} // namespace cb::ui
