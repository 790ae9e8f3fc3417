// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cb::ui {

class WorkspaceDocument;

/**
 * File > Restore from Backup…: the open workspace's backups (when taken, why, size, verified or damaged), newest
 * first, and a Restore button. Damaged backups are shown but cannot be chosen. Restoring asks for confirmation and
 * goes through WorkspaceDocument::restoreFrom(): the current state is backed up first (so the restore can be
 * undone by restoring that backup) and the workspace is reopened in the window. A failure is shown in the dialog
 * and leaves the workspace as it was.
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    /** Asks the officer whether to go ahead; the default shows a question box. Tests put their own answer. */
    using Confirmation = std::function<bool(QWidget* parent, const QString& question)>;

    explicit RestoreDialog(WorkspaceDocument* document, QWidget* parent = nullptr);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    /** The path of the chosen backup, or an empty string when none (or a damaged one) is chosen. */
    QString selectedBackup() const;
    /** Why the last restore failed, or an empty string. */
    QString errorString() const { return m_error; }
    /** After a successful restore: the backup of the state it replaced (restore it to undo). */
    QString undoBackup() const { return m_undo; }

    /** When a backup was taken, as the list shows it: the locale's short date and its time with seconds. */
    static QString takenText(const QDateTime& when);

    /** Reads the backup folder again. */
    void refresh();
    /** Restores the chosen backup after confirmation; on success the dialog is accepted. */
    bool restoreSelected();

signals:
    /** A backup was restored; the message says from which and where the previous state is kept. */
    void restored(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showError(const QString& message);

    WorkspaceDocument* m_document;
    Confirmation m_confirm;
    QString m_error;
    QString m_undo;

    QLabel* m_heading;
    QTreeWidget* m_list;
    QLabel* m_hint;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_restoreButton;
};

} // namespace cb::ui
