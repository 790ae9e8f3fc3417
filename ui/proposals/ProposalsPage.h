// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchOutcome.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QGroupBox;

namespace cb::ui {

class MatchRunner;
class MatchSettingsPanel;
class ProposalsModel;
class WhyPanel;
class WorkspaceDocument;

/**
 * Where the officer reviews proposals: the weights and rules, the global proposals, the ranked partners of the
 * current city, the why panel, and the decisions (accept, decline with a reason, defer, pin, lock, exclude,
 * clear). Matching runs off the UI thread and starts again whenever the settings or the workspace change.
 */
class ProposalsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalsPage(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~ProposalsPage() override;

    /** The latest finished run, or nullptr. */
    std::shared_ptr<const MatchOutcome> outcome() const { return m_outcome; }
    MatchSettingsPanel* settingsPanel() const { return m_settings; }
    QTableView* proposalsView() const { return m_proposalsView; }
    QTableView* rankingView() const { return m_rankingView; }
    WhyPanel* whyPanel() const { return m_why; }
    /** True while a matching run is under way. */
    bool isRunning() const;
    /** Selects the pair of a and b in the proposals (or the ranking) and shows why; false if it is not scored. */
    bool selectPair(ActorId a, ActorId b);

signals:
    /** A run finished; the proposals are in outcome(). */
    void matchingFinished();
    /** A short message for the status bar. */
    void statusMessage(const QString& message);
    /** The officer wants the pairing brief of pairs[pairIndex] of outcome. */
    void briefRequested(std::shared_ptr<const cb::ui::MatchOutcome> outcome, int pairIndex);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void workspaceOpened();
    /** The panel's settings when a workspace is open and they are valid; otherwise says why and gives nothing. */
    std::optional<MatchSettings> usableSettings();
    void runMatching();
    void settingsEdited();
    void finished(std::shared_ptr<const MatchOutcome> outcome);
    void showRankingFor(ActorId actor);
    void pairSelected(QTableView* view);
    void decide(const QString& action);
    void updateDecisionButtons();
    void updateSummary();
    void updateRankingTitle();
    void retranslate();

    WorkspaceDocument* m_document;
    MatchRunner* m_runner;
    MatchSettingsPanel* m_settings;
    ProposalsModel* m_proposals;
    ProposalsModel* m_ranking;
    QSortFilterProxyModel* m_proposalsSorted;
    QSortFilterProxyModel* m_rankingSorted;
    QTableView* m_proposalsView;
    QTableView* m_rankingView;
    QSplitter* m_splitter = nullptr;
    bool m_sized = false;
    QGroupBox* m_proposalsBox;
    QGroupBox* m_rankingBox;
    QGroupBox* m_whyBox;
    QGroupBox* m_settingsBox;
    WhyPanel* m_why;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLineEdit* m_reason;
    QLabel* m_decisionMessage;
    QList<QPushButton*> m_decisionButtons;
    QPushButton* m_brief;
    std::shared_ptr<const MatchOutcome> m_outcome;
    ActorId m_rankingActor = 0;
    int m_currentPair = -1;
};

} // namespace cb::ui
