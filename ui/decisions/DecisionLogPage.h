// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace cb::ui {

class DecisionLogModel;
class DecisionLogProxy;
class WorkspaceDocument;

/**
 * The decision log: who decided what about which pair, when and why, newest first, for the shared current pair
 * or (with "All pairs") for every pair; the selected line's reason and score snapshot are shown below in words.
 * Answers "why was this pair chosen, by whom, and when".
 */
class DecisionLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionLogPage(WorkspaceDocument* document, QWidget* parent = nullptr);

    DecisionLogModel* model() const { return m_model; }
    DecisionLogProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    /** The readable view of the selected line (reason, details, score snapshot). */
    QTextBrowser* detailsView() const { return m_details; }

    /** True when every pair's lines are shown, whatever the current pair. */
    bool showsAllPairs() const;
    void setShowAllPairs(bool all);
    /** The id of the selected log line, or 0. */
    qint64 currentEntryId() const { return m_current; }
    /** Selects a log line (showing all pairs and clearing the search if they hide it); false if it does not exist. */
    bool selectEntry(qint64 id);
    void focusSearch();

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fitColumns();
    void followPair(ActorId a, ActorId b);
    void applyPairFilter();
    void onCurrentRowChanged(const QModelIndex& current);
    void rememberCurrent();
    void restoreCurrent();
    void showEntry(int sourceRow);
    void updateScope();
    void updateCount();

    WorkspaceDocument* m_document;
    DecisionLogModel* m_model;
    DecisionLogProxy* m_proxy;
    QLineEdit* m_search;
    QCheckBox* m_showAll;
    QLabel* m_scope;
    QSplitter* m_splitter;
    QTableView* m_table;
    QTextBrowser* m_details;
    QLabel* m_count;
    QLabel* m_message;
    qint64 m_current = 0;
    qint64 m_remembered = 0;
    bool m_restoring = false;
};

} // namespace cb::ui
