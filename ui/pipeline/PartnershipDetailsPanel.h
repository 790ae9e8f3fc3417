// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Partnership.h"
#include "pipeline/DormancyPolicy.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace cb::ui {

class ConflictBar;
class WorkspaceDocument;

/**
 * The side area of the pipeline for one partnership: its history, a "move to stage" control (stage, day, note)
 * and its editable details (owner, next action, due day, summary). Every change is an undoable edit run through
 * the document; when one cannot be written, the reason shows inline and what the officer typed stays.
 */
class PartnershipDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PartnershipDetailsPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    /**
     * Shows a partnership (nullptr shows the empty state). Showing the same partnership again after a reload keeps
     * details the officer is still editing.
     */
    void setPartnership(const Partnership* partnership, bool dormant, const DormancyPolicy& policy, const QDate& today);
    /** The uid of the partnership shown, or empty. */
    QString uid() const { return m_partnership.uid; }

    /** Moves the partnership to the stage chosen in the control; false (with the message shown) on failure. */
    bool moveToChosenStage();
    /** Moves the partnership to stage "dormant" today, noting since when it was quiet. */
    bool markDormant();
    /** Saves owner, next action, due day and summary; false (with the message shown) on failure. */
    bool saveDetails();
    /** Puts the stored details back in the form. */
    void discardDetails();
    /** True while the details form differs from the stored partnership. */
    bool hasUnsavedDetails() const;

    /** Puts the keyboard focus on the stage to move to. */
    void focusMoveControl();

    /** The last message shown (empty when none). */
    QString message() const;
    /** The message of a save refused because someone else saved the partnership first, or an empty string. */
    QString conflictText() const;
    /** The conflict's "Show the Stored Version" button (tests press it). */
    QPushButton* conflictReloadButton() const;

signals:
    /** A change was written; the text says what, for a status bar. */
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillMoveStages();
    void fillDetails();
    void fillHistory();
    void updateDetailButtons();
    void updateStatusLine();
    void showMessage(const QString& text, bool error);
    QString pairName() const;
    /** Builds the pair's name in the interface language of the moment (for undo texts). */
    std::function<QString()> pairNameSource() const;

    WorkspaceDocument* m_document;
    Partnership m_partnership;
    bool m_hasPartnership = false;
    bool m_dormant = false;
    DormancyPolicy m_policy;
    QDate m_today;
    QString m_moveStageFilledFor;

    QLabel* m_empty;
    QWidget* m_content;
    QLabel* m_title;
    QLabel* m_status;
    QGroupBox* m_moveBox;
    QLabel* m_moveStageLabel;
    QComboBox* m_moveStage;
    QLabel* m_moveDateLabel;
    QDateEdit* m_moveDate;
    QLabel* m_moveNoteLabel;
    QLineEdit* m_moveNote;
    QPushButton* m_moveButton;
    QPushButton* m_markDormant;
    QGroupBox* m_detailsBox;
    QLabel* m_ownerLabel;
    QLineEdit* m_owner;
    QLabel* m_nextActionLabel;
    QLineEdit* m_nextAction;
    QCheckBox* m_dueEnabled;
    QDateEdit* m_due;
    QLabel* m_summaryLabel;
    QPlainTextEdit* m_summary;
    QPushButton* m_saveDetails;
    QPushButton* m_discardDetails;
    QGroupBox* m_historyBox;
    QTextBrowser* m_history;
    QLabel* m_message;
    ConflictBar* m_conflict;
};

} // namespace cb::ui
