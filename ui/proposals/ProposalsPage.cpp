// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProposalsPage.h"

#include "MatchRunner.h"
#include "MatchSettingsPanel.h"
#include "ProposalsModel.h"
#include "WhyPanel.h"
#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"
#include "pipeline/DecisionEdits.h"
#include "workspace/SharedSelection.h"
#include "workspace/WorkspaceDocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

QTableView* makeTable(QWidget* parent, const char* name, QSortFilterProxyModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QSortFilterProxyModel* sorted(QObject* parent, ProposalsModel* source)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(ProposalsModel::SortRole);
    return proxy;
}

const QStringList DecisionActions = {QStringLiteral("accept"), QStringLiteral("decline"), QStringLiteral("defer"),
                                     QStringLiteral("pin"),    QStringLiteral("lock"),    QStringLiteral("exclude"),
                                     QStringLiteral("clear")};

} // namespace

ProposalsPage::ProposalsPage(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_runner(new MatchRunner(this)),
      m_settings(new MatchSettingsPanel(this)),
      m_proposals(new ProposalsModel(this)),
      m_ranking(new ProposalsModel(this))
{
    setObjectName(QStringLiteral("proposalsPage"));
    m_proposalsSorted = sorted(this, m_proposals);
    m_rankingSorted = sorted(this, m_ranking);
    m_proposalsView = makeTable(this, "proposalsView", m_proposalsSorted);
    m_rankingView = makeTable(this, "rankingView", m_rankingSorted);
    // Best first until the officer sorts otherwise.
    m_proposalsView->sortByColumn(ProposalsModel::ScoreColumn, Qt::DescendingOrder);
    m_rankingView->sortByColumn(ProposalsModel::ScoreColumn, Qt::DescendingOrder);
    m_why = new WhyPanel(this);

    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    m_settingsBox = new QGroupBox(this);
    auto* settingsLayout = new QVBoxLayout(m_settingsBox);
    auto* scroll = new QScrollArea(m_settingsBox);
    scroll->setWidget(m_settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form wraps its long labels above their fields instead of scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsLayout->addWidget(scroll);
    auto* runRow = new QHBoxLayout;
    m_progress = new QProgressBar(m_settingsBox);
    m_progress->setObjectName(QStringLiteral("matchProgress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(m_settingsBox);
    m_cancel->setObjectName(QStringLiteral("cancelMatching"));
    m_cancel->setEnabled(false);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    settingsLayout->addLayout(runRow);
    m_settingsBox->setMinimumWidth(220);
    m_settingsBox->setMaximumWidth(340);
    splitter->addWidget(m_settingsBox);

    auto* tables = new QSplitter(Qt::Vertical, splitter);
    m_proposalsBox = new QGroupBox(tables);
    auto* proposalsLayout = new QVBoxLayout(m_proposalsBox);
    proposalsLayout->addWidget(m_proposalsView);
    m_summary = new QLabel(m_proposalsBox);
    m_summary->setObjectName(QStringLiteral("proposalsSummary"));
    m_summary->setWordWrap(true);
    proposalsLayout->addWidget(m_summary);
    m_rankingBox = new QGroupBox(tables);
    auto* rankingLayout = new QVBoxLayout(m_rankingBox);
    rankingLayout->addWidget(m_rankingView);
    tables->addWidget(m_proposalsBox);
    tables->addWidget(m_rankingBox);
    tables->setMinimumWidth(220);
    splitter->addWidget(tables);

    m_whyBox = new QGroupBox(splitter);
    auto* whyLayout = new QVBoxLayout(m_whyBox);
    whyLayout->addWidget(m_why, 1);
    m_reason = new QLineEdit(m_whyBox);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setClearButtonEnabled(true);
    whyLayout->addWidget(m_reason);
    m_decisionMessage = new QLabel(m_whyBox);
    m_decisionMessage->setObjectName(QStringLiteral("decisionMessage"));
    m_decisionMessage->setWordWrap(true);
    m_decisionMessage->hide();
    whyLayout->addWidget(m_decisionMessage);
    auto* buttons = new QGridLayout;
    for (int i = 0; i < DecisionActions.size(); ++i) {
        auto* button = new QPushButton(m_whyBox);
        button->setObjectName(DecisionActions.at(i) + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, this, [this, i] { decide(DecisionActions.at(i)); });
        buttons->addWidget(button, i / 3, i % 3);
        // Three to a row, sharing the panel's width; the labels are short in every language.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setMinimumWidth(button->fontMetrics().height() * 4);
        m_decisionButtons.append(button);
    }
    m_brief = new QPushButton(m_whyBox);
    m_brief->setObjectName(QStringLiteral("briefButton"));
    m_brief->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    connect(m_brief, &QPushButton::clicked, this, [this] {
        if (m_outcome && m_currentPair >= 0)
            emit briefRequested(m_outcome, m_currentPair);
    });
    buttons->addWidget(m_brief, 2, 1, 1, 2);
    whyLayout->addLayout(buttons);
    splitter->addWidget(m_whyBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;

    connect(m_settings, &MatchSettingsPanel::settingsEdited, this, &ProposalsPage::settingsEdited);
    connect(m_runner, &MatchRunner::started, this, [this] {
        m_progress->setValue(0);
        m_cancel->setEnabled(true);
    });
    connect(m_runner, &MatchRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &MatchRunner::finished, this, &ProposalsPage::finished);
    connect(m_runner, &MatchRunner::failed, this, [this](const QString& message) {
        m_cancel->setEnabled(false);
        m_summary->setText(message);
        emit statusMessage(message);
    });
    connect(m_runner, &MatchRunner::cancelled, this, [this] {
        m_cancel->setEnabled(false);
        m_progress->setValue(0);
        emit statusMessage(tr("Matching cancelled; the proposals shown are from the previous run."));
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &MatchRunner::cancel);
    connect(m_proposalsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { pairSelected(m_proposalsView); });
    connect(m_rankingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { pairSelected(m_rankingView); });
    connect(m_document, &WorkspaceDocument::workspaceOpened, this, &ProposalsPage::workspaceOpened);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &ProposalsPage::runMatching);
    connect(m_document->selection(), &SharedSelection::actorChanged, this, &ProposalsPage::showRankingFor);
    connect(m_document->selection(), &SharedSelection::pairChanged, this, [this](ActorId a, ActorId b) {
        if (a != 0 && b != 0)
            selectPair(a, b);
    });
    connect(m_reason, &QLineEdit::textChanged, m_decisionMessage, &QWidget::hide);
    retranslate();
    updateDecisionButtons();
    if (m_document->isOpen())
        workspaceOpened();
}

ProposalsPage::~ProposalsPage() = default;

bool ProposalsPage::isRunning() const
{
    return m_runner->isRunning();
}

void ProposalsPage::workspaceOpened()
{
    m_outcome.reset();
    m_currentPair = -1;
    m_rankingActor = 0;
    m_proposals->clear();
    m_ranking->clear();
    m_why->clearPair();
    updateDecisionButtons();
    if (!m_document->isOpen())
        return;
    // The workspace remembers its officer's settings; values it cannot read keep their defaults.
    QString error;
    const QMap<QString, QString> stored = m_document->store()->pipeline().settings(&error);
    QStringList problems;
    m_settings->setThemes(m_document->data());
    m_settings->setSettings(MatchSettings::fromMap(stored, &problems));
    if (!problems.isEmpty())
        emit statusMessage(tr("Some stored matching settings could not be read; defaults are used for them."));
    runMatching();
}

std::optional<MatchSettings> ProposalsPage::usableSettings()
{
    if (!m_document->isOpen())
        return std::nullopt;
    const MatchSettings settings = m_settings->settings();
    const QString problem = settings.validate();
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return std::nullopt;
    }
    return settings;
}

void ProposalsPage::runMatching()
{
    if (const std::optional<MatchSettings> settings = usableSettings())
        m_runner->start(m_document->data(), *settings);
}

void ProposalsPage::settingsEdited()
{
    const std::optional<MatchSettings> usable = usableSettings();
    if (!usable)
        return;
    const MatchSettings& settings = *usable;
    // Settings are remembered per workspace; a read-only workspace still runs them, just without saving.
    if (!m_document->store()->isReadOnly()) {
        QString error;
        const bool saved = m_document->store()->inTransaction(
            [&](QString* e) { return m_document->store()->pipeline().setSettings(settings.toMap(), e); }, &error);
        if (!saved)
            emit statusMessage(tr("The settings could not be saved in the workspace: %1").arg(error));
    }
    runMatching();
}

void ProposalsPage::finished(std::shared_ptr<const MatchOutcome> outcome)
{
    m_cancel->setEnabled(false);
    m_progress->setValue(100);
    const ActorId a = m_document->selection()->pairA();
    const ActorId b = m_document->selection()->pairB();
    m_outcome = std::move(outcome);
    m_proposals->showProposals(m_outcome);
    m_proposalsView->resizeColumnsToContents();
    updateSummary();
    showRankingFor(m_rankingActor ? m_rankingActor : m_document->selection()->actor());
    if (a != 0 && b != 0)
        selectPair(a, b);
    else
        m_why->clearPair();
    emit statusMessage(tr("Matching finished in %1 ms.").arg(groupedInteger(m_outcome->elapsedMs)));
    emit matchingFinished();
}

void ProposalsPage::updateRankingTitle()
{
    QString name;
    if (m_rankingActor != 0 && m_document->isOpen()) {
        if (const Actor* actor = m_document->data().actor(m_rankingActor))
            name = actor->name(currentLanguage());
    }
    m_rankingBox->setTitle(name.isEmpty() ? tr("Ranked partners (select a city)") : tr("Ranked partners of %1").arg(name));
}

void ProposalsPage::updateSummary()
{
    if (!m_outcome) {
        m_summary->clear();
        return;
    }
    const MatchResult& result = m_outcome->result;
    const QLocale locale(localeNameFor(currentLanguage()));
    QString summary = tr("%n proposal(s), total score %1 (optimal); a greedy choice would reach %2.", "",
                         int(result.proposals.size()))
                          .arg(locale.toString(result.proposalsTotal, 'f', 2),
                               locale.toString(result.greedyTotal, 'f', 2));
    const QHash<QString, QString> constraints = {
        {QStringLiteral("locked"), tr("the locked pairs")},
        {QStringLiteral("country_pair_cap"), tr("the cap per pair of countries")},
        {QStringLiteral("declined_excluded_deferred"), tr("the declined, excluded and deferred pairs")}};
    for (const ConstraintPrice& price : result.prices) {
        summary += QLatin1Char(' ')
                   + tr("Without %1 the total would be %2.")
                         .arg(constraints.value(price.constraint, price.constraint),
                              locale.toString(price.withoutConstraint, 'f', 2));
    }
    m_summary->setText(summary);
}

void ProposalsPage::showRankingFor(ActorId actor)
{
    if (!m_outcome || actor == 0)
        return;
    const int index = m_outcome->result.context->indexOf(actor);
    if (index < 0)
        return;
    m_rankingActor = actor;
    m_ranking->showRanking(m_outcome, index);
    m_rankingView->resizeColumnsToContents();
    m_ranking->retranslate();
    updateRankingTitle();
}

bool ProposalsPage::selectPair(ActorId a, ActorId b)
{
    if (!m_outcome)
        return false;
    const int pair = m_outcome->result.findPair(a, b);
    if (pair < 0)
        return false;
    if (pair == m_currentPair)
        return true;
    for (auto [view, model, proxy] : {std::tuple(m_proposalsView, m_proposals, m_proposalsSorted),
                                      std::tuple(m_rankingView, m_ranking, m_rankingSorted)}) {
        const int row = model->rowOf(pair);
        if (row >= 0) {
            view->setCurrentIndex(proxy->mapFromSource(model->index(row, 0)));
            view->scrollTo(view->currentIndex());
            return true;
        }
    }
    m_currentPair = pair;
    m_why->showPair(m_outcome, pair);
    updateDecisionButtons();
    return true;
}

void ProposalsPage::pairSelected(QTableView* view)
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(view->model());
    const auto* model = static_cast<const ProposalsModel*>(proxy->sourceModel());
    const int pair = model->pairAt(proxy->mapToSource(view->currentIndex()).row());
    if (!m_outcome || pair < 0)
        return;
    m_currentPair = pair;
    m_why->showPair(m_outcome, pair);
    m_decisionMessage->hide();
    updateDecisionButtons();
    const ScoredPair& p = m_outcome->result.pairs[std::size_t(pair)];
    m_document->selection()->setPair(p.actorA, p.actorB);
}

void ProposalsPage::decide(const QString& action)
{
    if (!m_outcome || m_currentPair < 0 || !m_document->isOpen())
        return;
    const ScoredPair& p = m_outcome->result.pairs[std::size_t(m_currentPair)];
    DecisionContext context{WorkspaceDocument::userName(), m_reason->text().trimmed(), m_why->scoreSnapshot()};
    auto show = [this](const QString& message) {
        m_decisionMessage->setText(message);
        m_decisionMessage->setStyleSheet(QStringLiteral("color: palette(link)"));
        m_decisionMessage->show();
    };
    std::vector<std::unique_ptr<WorkspaceEdit>> edits;
    if (action == QStringLiteral("accept")) {
        edits.push_back(
            std::make_unique<AcceptPairEdit>(p.actorA, p.actorB, context, [] { return tr("Accept pair"); }));
    } else if (action == QStringLiteral("clear")) {
        for (const PairRule& rule : m_document->data().pairRules) {
            if (rule.actorA == std::min(p.actorA, p.actorB) && rule.actorB == std::max(p.actorA, p.actorB))
                edits.push_back(std::make_unique<PairRuleEdit>(p.actorA, p.actorB, rule.rule, false, context,
                                                               [] { return tr("Clear rule on pair"); }));
        }
        if (edits.empty()) {
            show(tr("This pair has no rule to clear."));
            return;
        }
    } else {
        const QHash<QString, QString> rules = {{QStringLiteral("decline"), pairrule::Declined},
                                               {QStringLiteral("defer"), pairrule::Deferred},
                                               {QStringLiteral("pin"), pairrule::Pinned},
                                               {QStringLiteral("lock"), pairrule::Locked},
                                               {QStringLiteral("exclude"), pairrule::Excluded}};
        if (action == QStringLiteral("decline") && context.reason.isEmpty()) {
            show(tr("Write the reason for declining in the field above, then press Decline again."));
            m_reason->setFocus();
            return;
        }
        const UndoText text([action] {
            const QHash<QString, QString> undoTexts = {{QStringLiteral("decline"), tr("Decline pair")},
                                                       {QStringLiteral("defer"), tr("Defer pair")},
                                                       {QStringLiteral("pin"), tr("Pin pair")},
                                                       {QStringLiteral("lock"), tr("Lock pair")},
                                                       {QStringLiteral("exclude"), tr("Exclude pair")}};
            return undoTexts.value(action);
        });
        edits.push_back(std::make_unique<PairRuleEdit>(p.actorA, p.actorB, rules.value(action), true, context, text));
    }
    for (auto& edit : edits) {
        QString error;
        if (!m_document->perform(std::move(edit), &error)) {
            show(error);
            return;
        }
    }
    m_reason->clear();
    emit statusMessage(tr("Decision recorded; Undo takes it back."));
}

void ProposalsPage::updateDecisionButtons()
{
    const bool enabled = m_outcome && m_currentPair >= 0 && m_document->isOpen() && !m_document->store()->isReadOnly();
    for (QPushButton* button : std::as_const(m_decisionButtons))
        button->setEnabled(enabled);
    m_brief->setEnabled(m_outcome && m_currentPair >= 0);
    m_reason->setEnabled(enabled);
}

void ProposalsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // Sizes only mean something once the window has laid the page out: the tables get most of the width.
    QTimer::singleShot(0, this, [this] {
        const int total = m_splitter->width();
        const int settings = 260;
        const int why = total * 7 / 20;
        m_splitter->setSizes({settings, std::max(220, total - settings - why), why});
    });
}

void ProposalsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProposalsPage::retranslate()
{
    m_settingsBox->setTitle(tr("Weights and rules"));
    m_proposalsBox->setTitle(tr("Global proposals"));
    updateRankingTitle();
    m_whyBox->setTitle(tr("Why this pair"));
    m_cancel->setText(tr("Cancel"));
    m_reason->setPlaceholderText(tr("Reason (required to decline)"));
    const QStringList labels = {tr("&Accept"), tr("&Decline"), tr("De&fer"), tr("&Pin"),
                                tr("&Lock"),   tr("E&xclude"), tr("Clea&r rules")};
    const QStringList tips = {
        tr("Create a partnership at stage “proposed” and record the decision."),
        tr("Record that the pair was declined, with the reason; it is not proposed again until cleared."),
        tr("Keep the pair out of the proposals for now."),
        tr("Show this partner first in the city's ranking."),
        tr("Force this pair into the global proposals."),
        tr("Never propose this pair."),
        tr("Remove the rules on this pair.")};
    for (int i = 0; i < m_decisionButtons.size(); ++i) {
        m_decisionButtons.at(i)->setText(labels.at(i));
        m_decisionButtons.at(i)->setToolTip(tips.at(i));
    }
    m_brief->setText(tr("Pairing &Brief…"));
    m_brief->setToolTip(tr("Preview and save the brief of this pair for the two cities' offices."));
    m_proposals->retranslate();
    m_ranking->retranslate();
    // Headers change width with the language.
    m_proposalsView->resizeColumnsToContents();
    m_rankingView->resizeColumnsToContents();
    updateSummary();
    if (m_document->isOpen())
        m_settings->setThemes(m_document->data());
}

} // namespace cb::ui
