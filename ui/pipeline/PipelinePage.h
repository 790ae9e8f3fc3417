// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;

namespace cb::ui {

class PartnershipDetailsPanel;
class PipelineFilterProxy;
class PipelineModel;
class WorkspaceDocument;

/**
 * The partnership pipeline: every partnership with its stage, dates, next action, owner and dormant flag in a
 * sortable, filterable table, and beside it the selected partnership's history, stage move and details. The
 * current row follows the document's shared pair and sets it.
 */
class PipelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePage(WorkspaceDocument* document, QWidget* parent = nullptr);

    PipelineModel* model() const { return m_model; }
    PipelineFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    PartnershipDetailsPanel* details() const { return m_details; }

    /** The uid of the partnership shown in the details, or empty. */
    QString currentUid() const;
    /** Makes a partnership current, clearing filters that hide it; false if it is not in the workspace. */
    bool selectPartnership(const QString& uid);
    void focusSearch();

    /** Column widths, order and visibility, and the splitter, for the main window to keep in QSettings. */
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    /** The partnership shown in the details changed (empty uid when none). */
    void currentPartnershipChanged(const QString& uid);
    /** Something was written or refused; for the main window's status bar. */
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fitColumns();
    void fillStageFilter();
    void fillOwnerFilter();
    void updateCount();
    void updateDormancySetting();
    void applyDormancySetting(int months);
    void showColumnMenu(const QPoint& position);
    void followPair(ActorId a, ActorId b);
    void onCurrentRowChanged(const QModelIndex& current);
    void rememberCurrent();
    void restoreCurrent();
    void showDetails(const QString& uid);
    void clearFilters();

    WorkspaceDocument* m_document;
    PipelineModel* m_model;
    PipelineFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_owner;
    QComboBox* m_attention;
    QSplitter* m_splitter;
    QTableView* m_table;
    PartnershipDetailsPanel* m_details;
    QLabel* m_count;
    QLabel* m_dormancyLabel;
    QSpinBox* m_dormancyMonths;
    QLabel* m_message;
    QString m_current;
    QString m_remembered;
    bool m_updatingSetting = false;
    bool m_restoring = false;
};

} // namespace cb::ui
