// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace cb::ui {

struct MatchOutcome;

/**
 * Briefs for every current global proposal into a folder: language, format and paper, then a progress bar with
 * Cancel. Each file that cannot be written is listed with its reason; nothing is skipped silently.
 */
class BriefBatchDialog : public QDialog
{
    Q_OBJECT

public:
    BriefBatchDialog(std::shared_ptr<const MatchOutcome> outcome, QWidget* parent = nullptr);

    /** Files written by the last run. */
    int writtenCount() const { return m_written; }
    /** Runs the batch into folder with the dialog's choices (also used by tests); returns false on any failure. */
    bool exportTo(const QString& folder);

private:
    void chooseFolder();
    void start();

    std::shared_ptr<const MatchOutcome> m_outcome;
    QComboBox* m_language;
    QComboBox* m_format;
    QComboBox* m_paper;
    QLineEdit* m_folder;
    QProgressBar* m_progress;
    QLabel* m_status;
    QListWidget* m_failures;
    QPushButton* m_start;
    QPushButton* m_cancel;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_written = 0;
};

} // namespace cb::ui
