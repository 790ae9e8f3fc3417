// SPDX-License-Identifier: GPL-3.0-or-later
#include "BriefPreview.h"

#include "brief/BriefBuilder.h"
#include "brief/BriefExporter.h"
#include "brief/BriefTextDocument.h"
#include "proposals/MatchOutcome.h"
#include "workspace/WorkspaceDocument.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

// Preview width in points: the A4 text width the PDF uses, so line breaks match the printed brief.
constexpr double kPreviewWidth = 480.0;

} // namespace

BriefPreview::BriefPreview(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_paperLabel(new QLabel(this))
    , m_paper(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    m_language->setObjectName(QStringLiteral("briefLanguage"));
    m_format->setObjectName(QStringLiteral("briefFormat"));
    m_paper->setObjectName(QStringLiteral("briefPaper"));
    m_save->setObjectName(QStringLiteral("briefSave"));
    m_preview->setObjectName(QStringLiteral("briefPreview"));
    m_status->setObjectName(QStringLiteral("briefStatus"));
    // Language names are written in their own language, so each reader finds theirs whatever the interface says.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QString(), QStringLiteral("bilingual"));
    m_format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_format->addItem(QStringLiteral("ODT"), QStringLiteral("odt"));
    m_format->addItem(QStringLiteral("HTML"), QStringLiteral("html"));
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QString(), int(QPageSize::Letter));
    m_preview->setOpenLinks(false);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(m_languageLabel), static_cast<QWidget*>(m_language),
                       static_cast<QWidget*>(m_formatLabel), static_cast<QWidget*>(m_format),
                       static_cast<QWidget*>(m_paperLabel), static_cast<QWidget*>(m_paper)})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);

    connect(m_language, &QComboBox::currentIndexChanged, this, &BriefPreview::rebuild);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_paper->setEnabled(m_format->currentData().toString() == QLatin1String("pdf")); });
    connect(m_save, &QPushButton::clicked, this, &BriefPreview::save);
    if (m_document) {
        // A run over another workspace's snapshot must not be saved under the new one's name.
        connect(m_document, &WorkspaceDocument::workspaceOpened, this, [this] { showPair(nullptr, -1); });
    }
    retranslate();
    clear(QString());
}

BriefPreview::~BriefPreview()
{
    m_preview->setDocument(nullptr);
}

void BriefPreview::retranslate()
{
    m_languageLabel->setText(tr("Brief language:"));
    m_language->setItemText(3, tr("Both partners' languages"));
    m_formatLabel->setText(tr("Format:"));
    m_paperLabel->setText(tr("Paper:"));
    m_paper->setItemText(1, tr("Letter"));
    m_save->setText(tr("Save…"));
    if (m_brief.blocks.isEmpty())
        m_preview->setPlaceholderText(tr("Select a proposal to preview its pairing brief."));
}

void BriefPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BriefPreview::clear(const QString& message)
{
    m_brief = BriefDocument();
    auto empty = std::make_unique<QTextDocument>();
    m_preview->setDocument(empty.get());
    m_textDocument = std::move(empty);
    m_preview->setPlaceholderText(tr("Select a proposal to preview its pairing brief."));
    m_save->setEnabled(false);
    m_status->setText(message);
}

void BriefPreview::showPair(std::shared_ptr<const MatchOutcome> outcome, int pairIndex)
{
    m_outcome = std::move(outcome);
    m_pair = pairIndex;
    rebuild();
}

void BriefPreview::rebuild()
{
    if (!m_outcome || m_pair < 0 || m_pair >= int(m_outcome->result.pairs.size())) {
        clear(QString());
        return;
    }
    BriefOptions options;
    options.language = m_language->currentData().toString();
    options.date = QDate::currentDate();
    options.preparedBy = WorkspaceDocument::userName();
    QString error;
    BriefDocument brief = BriefBuilder::build(m_outcome->result, m_pair, options, &error);
    if (brief.blocks.isEmpty()) {
        clear(error);
        return;
    }
    m_brief = std::move(brief);
    std::unique_ptr<QTextDocument> doc = BriefTextDocument::build(m_brief, kPreviewWidth);
    doc->setDocumentMargin(16); // the PDF has page margins; on screen the text needs air from the frame
    m_preview->setDocument(doc.get());
    m_textDocument = std::move(doc);
    m_save->setEnabled(true);
    m_status->clear();
}

QString BriefPreview::suggestedFileName() const
{
    if (!m_outcome || m_pair < 0 || m_pair >= int(m_outcome->result.pairs.size()) || !m_outcome->result.context)
        return QString();
    const ScoredPair& pair = m_outcome->result.pairs[std::size_t(m_pair)];
    const BriefFormat format = BriefExporter::formatFromName(m_format->currentData().toString()).value_or(BriefFormat::Pdf);
    return BriefExporter::fileName(m_outcome->result.context->data(), pair.actorA, pair.actorB,
                                   m_language->currentData().toString(), format);
}

bool BriefPreview::saveTo(const QString& path, QString* error)
{
    if (m_brief.blocks.isEmpty()) {
        *error = tr("There is no brief to save: select a proposal first.");
        return false;
    }
    const BriefFormat format = BriefExporter::formatFromName(m_format->currentData().toString()).value_or(BriefFormat::Pdf);
    const auto paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    return BriefExporter::writeFile(path, m_brief, format, paper, error);
}

void BriefPreview::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suffix = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Brief"), QDir(folder).filePath(suggestedFileName()),
                                                      tr("%1 files (*.%2)").arg(m_format->currentText(), suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (saveTo(path, &error))
        m_status->setText(tr("Brief saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(error);
}

} // namespace cb::ui
