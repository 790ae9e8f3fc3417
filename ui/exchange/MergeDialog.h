// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/MergePlan.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cb::ui {

class MergeConflictModel;
class WorkspaceDocument;

/**
 * File > Merge Package…: shows what merging a colleague's package would do (new entries, entries already here,
 * values taken from the package, the conflicts with both values and a Mine/Theirs choice per conflict) and merges
 * it as one undoable edit through WorkspaceDocument::perform(). A package that cannot be read is reported in the
 * dialog, and the Merge button stays disabled.
 */
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(WorkspaceDocument* document, const QString& packagePath, QWidget* parent = nullptr);

    /** True when the package was read and planned. */
    bool hasPlan() const { return m_plan.has_value(); }
    /** Why the package could not be planned or merged, or an empty string. */
    QString errorString() const { return m_error; }
    MergeConflictModel* conflictModel() const { return m_model; }
    /** The plan with the officer's current choices. */
    MergePlan currentPlan() const;

    /** Merges with the current choices; on success the dialog is accepted. */
    bool merge();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void showError(const QString& message);

    WorkspaceDocument* m_document;
    QString m_packagePath;
    std::optional<MergePlan> m_plan;
    QString m_error;

    QLabel* m_heading;
    QLabel* m_summary;
    QGroupBox* m_conflictBox;
    QTableView* m_conflictView;
    MergeConflictModel* m_model;
    QPushButton* m_allMine;
    QPushButton* m_allTheirs;
    QGroupBox* m_addedBox;
    QListWidget* m_addedList;
    QGroupBox* m_updatesBox;
    QListWidget* m_updatesList;
    QLabel* m_appended;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_mergeButton;
};

} // namespace cb::ui
