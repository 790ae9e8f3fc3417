// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionLogPage.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "DecisionLogModel.h"
#include "DecisionLogProxy.h"
#include "ScoreSnapshotFormatter.h"
#include "common/DomainLabels.h"
#include "i18n/Translations.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceData.h"
#include "workspace/WorkspaceDocument.h"

namespace cb::ui {

namespace {

constexpr quint32 kStateMagic = 0x4445434c; // "DECL"

} // namespace

DecisionLogPage::DecisionLogPage(WorkspaceDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("decisionLogPage"));
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] { m_current = 0; });

    m_model = new DecisionLogModel(document, this);
    m_proxy = new DecisionLogProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("decisionLogSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_showAll = new QCheckBox(this);
    m_showAll->setObjectName(QStringLiteral("decisionLogShowAll"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("decisionLogScope"));
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("decisionLogTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DecisionLogModel::When, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("decisionLogDetails"));
    m_details->setOpenLinks(false);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("decisionLogSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    m_details->setMinimumHeight(fontMetrics().height() * 6);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("decisionLogCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("decisionLogMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showAll);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_scope);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(footer);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &DecisionLogPage::focusSearch);
    addAction(find);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        rememberCurrent();
        m_proxy->setSearchText(text);
        restoreCurrent();
    });
    connect(m_showAll, &QCheckBox::toggled, this, [this] { applyPairFilter(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionLogPage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DecisionLogPage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreCurrent();
        updateScope();
        m_message->setText(m_model->loadError().isEmpty()
                               ? QString()
                               : tr("The decision log could not be read: %1").arg(m_model->loadError()));
        m_message->setVisible(!m_model->loadError().isEmpty());
    });
    connect(m_document->selection(), &SharedSelection::pairChanged, this, &DecisionLogPage::followPair);

    retranslateUi();
    fitColumns();
    applyPairFilter();
}

bool DecisionLogPage::showsAllPairs() const
{
    return m_showAll->isChecked();
}

void DecisionLogPage::setShowAllPairs(bool all)
{
    m_showAll->setChecked(all);
}

bool DecisionLogPage::selectEntry(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, DecisionLogModel::When));
    if (!index.isValid()) {
        {
            const QSignalBlocker blocker(m_search);
            m_search->clear();
        }
        m_proxy->setSearchText(QString());
        m_showAll->setChecked(true);
        index = m_proxy->mapFromSource(m_model->index(row, DecisionLogModel::When));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void DecisionLogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray DecisionLogPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << m_table->horizontalHeader()->saveState() << m_splitter->saveState() << m_showAll->isChecked();
    return state;
}

void DecisionLogPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray header;
    QByteArray splitter;
    bool all = false;
    in >> magic >> header >> splitter >> all;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
    m_showAll->setChecked(all);
}

void DecisionLogPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_proxy->setLanguage(currentLanguage());
        m_model->setLanguage(currentLanguage());
        fitColumns();
        showEntry(m_model->rowOfId(m_current));
    }
    QWidget::changeEvent(event);
}

bool DecisionLogPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_proxy->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                                     QItemSelectionModel::Rows);
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DecisionLogPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search who, decision, pair, reason…"));
    m_search->setToolTip(tr("Matches the officer, the decision, either partner's name in any language, the reason "
                            "and the details"));
    m_showAll->setText(tr("&All pairs"));
    m_showAll->setToolTip(tr("Show the decisions on every pair, not only on the current pair"));
    updateScope();
    updateCount();
}

// Every header reads whole in the three languages; the reason takes the room left, the details stretch.
void DecisionLogPage::fitColumns()
{
    const QFontMetrics metrics = fontMetrics();
    QHeaderView* header = m_table->horizontalHeader();
    const int chrome =
        style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    const auto fit = [&](int column, int content) {
        const int title = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + chrome;
        header->resizeSection(column, std::max(title, content));
    };
    int actionWidth = 0;
    for (const char* action :
         {"accept", "decline", "defer", "pin", "lock", "exclude", "clear", "stage", "undo", "edit"})
        actionWidth =
            std::max(actionWidth, metrics.horizontalAdvance(DomainLabels::decisionAction(QLatin1String(action))) + 16);
    fit(DecisionLogModel::When, metrics.horizontalAdvance(QStringLiteral("2024-12-31 23:59")) + 16);
    fit(DecisionLogModel::Who, metrics.horizontalAdvance(QStringLiteral("M. Fernández")));
    fit(DecisionLogModel::Action, actionWidth);
    fit(DecisionLogModel::Pair, metrics.horizontalAdvance(QStringLiteral("Mexico City – Santiago de Querétaro")));
    fit(DecisionLogModel::Reason, metrics.horizontalAdvance(QLatin1Char('x')) * 30);
}

void DecisionLogPage::followPair(ActorId, ActorId)
{
    applyPairFilter();
}

void DecisionLogPage::applyPairFilter()
{
    const SharedSelection* selection = m_document->selection();
    rememberCurrent();
    if (m_showAll->isChecked())
        m_proxy->setPairFilter(0, 0);
    else
        m_proxy->setPairFilter(selection->pairA(), selection->pairB());
    restoreCurrent();
    updateScope();
}

void DecisionLogPage::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_restoring)
        return;
    const int sourceRow = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    showEntry(sourceRow);
    const DecisionEntry* entry = m_model->entry(sourceRow);
    // Choosing a line makes its pair the current one, so the pipeline and the proposals show it too.
    if (entry && entry->actorA != 0 && entry->actorB != 0)
        m_document->selection()->setPair(entry->actorA, entry->actorB);
}

void DecisionLogPage::rememberCurrent()
{
    m_remembered = m_current;
    m_restoring = true;
}

// After the rows changed, the same line stays selected when it is still shown; otherwise the newest line of the
// current view is, without touching the shared pair (only the officer's own choice of a line does that).
void DecisionLogPage::restoreCurrent()
{
    const int row = m_model->rowOfId(m_remembered);
    QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, DecisionLogModel::When));
    if (!index.isValid() && m_proxy->rowCount() > 0)
        index = m_proxy->index(0, DecisionLogModel::When);
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    m_restoring = false;
    showEntry(index.isValid() ? m_proxy->mapToSource(index).row() : -1);
    updateCount();
}

void DecisionLogPage::showEntry(int sourceRow)
{
    const DecisionEntry* entry = m_model->entry(sourceRow);
    m_current = entry ? entry->id : 0;
    if (!entry) {
        m_details->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("Select a decision to see who took it, when, why and the score at the "
                                       "time.")
                                        .toHtmlEscaped()));
        return;
    }
    const QString language = currentLanguage();
    const QLocale locale(localeNameFor(language));
    const WorkspaceData& data = m_document->data();
    const QString when = locale.toString(entry->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    QString about = QStringLiteral("<h3>%1</h3>").arg(m_model->pairName(sourceRow).toHtmlEscaped());
    about += QStringLiteral("<p>%1</p>")
                 .arg(tr("%1 by %2 on %3")
                          .arg(DomainLabels::decisionAction(entry->action),
                               entry->user.isEmpty() ? tr("an unknown officer") : entry->user, when)
                          .toHtmlEscaped());
    if (!entry->reason.isEmpty())
        about +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Reason:").toHtmlEscaped(), entry->reason.toHtmlEscaped());
    const QString details = m_model->detailsText(sourceRow);
    if (!details.isEmpty())
        about += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Details:").toHtmlEscaped(), details.toHtmlEscaped());
    QString score = QStringLiteral("<p><b>%1</b></p>").arg(tr("Score when the decision was taken").toHtmlEscaped());
    score += ScoreSnapshotFormatter::toHtml(entry->scoreSnapshot, locale, data.actorName(entry->actorA, language),
                                            data.actorName(entry->actorB, language));
    // Who, when and why on the left, the score beside it: both fit without scrolling on a laptop screen.
    const QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'><tr>"
                                        "<td width='45%' valign='top'>%1</td><td valign='top'>%2</td></tr></table>")
                             .arg(about, score);
    m_details->setHtml(html);
}

void DecisionLogPage::updateScope()
{
    const SharedSelection* selection = m_document->selection();
    const bool hasPair = selection->pairA() != 0 && selection->pairB() != 0;
    if (m_showAll->isChecked() || !hasPair) {
        m_scope->setText(hasPair || m_showAll->isChecked() ? tr("Decisions on every pair")
                                                           : tr("No pair is selected: decisions on every pair"));
        return;
    }
    const WorkspaceData& data = m_document->data();
    const QString language = currentLanguage();
    m_scope->setText(
        tr("Decisions on %1 – %2")
            .arg(data.actorName(selection->pairA(), language), data.actorName(selection->pairB(), language)));
}

void DecisionLogPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n decision(s)", "", total)
                                    : tr("%1 of %n decision(s) shown", "", total).arg(shown));
}

} // namespace cb::ui
