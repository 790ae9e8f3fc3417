// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefBatchDialog.h"

#include "brief/BriefBatch.h"
#include "brief/BriefExporter.h"
#include "i18n/Translations.h"
#include "proposals/MatchOutcome.h"
#include "workspace/WorkspaceDocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <atomic>

namespace cb::ui {

BriefBatchDialog::BriefBatchDialog(std::shared_ptr<const MatchOutcome> outcome, QWidget* parent)
    : QDialog(parent), m_outcome(std::move(outcome))
{
    setObjectName(QStringLiteral("briefBatchDialog"));
    setWindowTitle(tr("Briefs for All Proposals"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("batchLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(tr("Bilingual (the partners' languages)"), QStringLiteral("bilingual"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage())));
    form->addRow(tr("&Language:"), m_language);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("batchFormat"));
    m_format->addItem(QStringLiteral("PDF"), int(BriefFormat::Pdf));
    m_format->addItem(tr("ODT (LibreOffice, Word)"), int(BriefFormat::Odt));
    m_format->addItem(QStringLiteral("HTML"), int(BriefFormat::Html));
    form->addRow(tr("&Format:"), m_format);
    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    form->addRow(tr("&Paper:"), m_paper);
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("batchFolder"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &BriefBatchDialog::chooseFolder);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("F&older:"), folderRow);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, std::max<int>(1, int(m_outcome ? m_outcome->result.proposals.size() : 0)));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_failures = new QListWidget(this);
    m_failures->setObjectName(QStringLiteral("batchFailures"));
    m_failures->hide();
    layout->addWidget(m_failures, 1);
    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Write Briefs"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    connect(m_start, &QPushButton::clicked, this, &BriefBatchDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_cancelRequested = true;
        else
            reject();
    });
    layout->addWidget(buttons);
    const int count = m_outcome ? int(m_outcome->result.proposals.size()) : 0;
    m_status->setText(tr("%n proposal(s) will get a brief.", "", count));
    m_start->setEnabled(count > 0);
    resize(520, 320);
}

void BriefBatchDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Briefs"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void BriefBatchDialog::start()
{
    exportTo(m_folder->text());
}

bool BriefBatchDialog::exportTo(const QString& folder)
{
    if (!m_outcome || m_running)
        return false;
    if (!QDir(folder).exists() && !QDir().mkpath(folder)) {
        m_status->setText(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_running = true;
    m_cancelRequested = false;
    m_start->setEnabled(false);
    m_cancel->setText(tr("&Cancel"));
    m_failures->clear();
    m_failures->hide();
    BriefOptions options;
    options.language = m_language->currentData().toString();
    options.preparedBy = WorkspaceDocument::userName();
    QList<int> pairs(m_outcome->result.proposals.begin(), m_outcome->result.proposals.end());
    std::atomic<bool> cancel(false);
    // Rendering uses fonts and painters, so it stays on this thread; the bar and Cancel are served between files.
    const BriefBatchResult result = BriefBatch::run(
        m_outcome->result, pairs, folder, options, static_cast<BriefFormat>(m_format->currentData().toInt()),
        static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt()),
        [&](int done, int total, const QString& file) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_status->setText(tr("Writing %1…").arg(file));
            QCoreApplication::processEvents();
            if (m_cancelRequested)
                cancel.store(true);
        },
        &cancel);
    m_running = false;
    m_written = int(result.written.size());
    m_start->setEnabled(true);
    m_cancel->setText(tr("Close"));
    for (const BriefBatchResult::Failure& failure : result.failures)
        m_failures->addItem(tr("%1: %2").arg(failure.file, failure.error));
    m_failures->setVisible(!result.failures.isEmpty());
    if (result.cancelled)
        m_status->setText(tr("Cancelled after %n brief(s).", "", m_written));
    else if (!result.failures.isEmpty())
        m_status->setText(tr("%n brief(s) written; the files below could not be written.", "", m_written));
    else
        m_status->setText(tr("%n brief(s) written to %1.", "", m_written).arg(QDir::toNativeSeparators(folder)));
    return result.ok();
}

} // namespace cb::ui
