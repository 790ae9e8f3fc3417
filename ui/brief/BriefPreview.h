// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brief/BriefDocument.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace cb::ui {

class WorkspaceDocument;
struct MatchOutcome;

/**
 * The brief of one proposed pair before it is saved: brief language (independent of the interface), format and
 * paper, a preview laid out as the PDF and ODT will be, and Save… which writes the file atomically.
 */
class BriefPreview : public QWidget
{
    Q_OBJECT

public:
    explicit BriefPreview(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~BriefPreview() override;

    /** The brief shown, or an empty document when no pair is shown. */
    const BriefDocument& brief() const { return m_brief; }
    /** Writes the brief in the chosen format and paper to @p path; false with a translated *error. */
    bool saveTo(const QString& path, QString* error);
    /** The file name Save… suggests: safe, and the same for the same pair, language and format. */
    QString suggestedFileName() const;

public slots:
    /** Shows the brief of outcome->result.pairs[pairIndex]; a null outcome or a bad index clears the preview. */
    void showPair(std::shared_ptr<const cb::ui::MatchOutcome> outcome, int pairIndex);
    /** Asks for a file name and saves. */
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void clear(const QString& message);

    WorkspaceDocument* m_document;
    std::shared_ptr<const MatchOutcome> m_outcome;
    int m_pair = -1;
    BriefDocument m_brief;
    std::unique_ptr<QTextDocument> m_textDocument;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_paperLabel;
    QComboBox* m_paper;
    QPushButton* m_save;
    QTextBrowser* m_preview;
    QLabel* m_status;
};

} // namespace cb::ui
