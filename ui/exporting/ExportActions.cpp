// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "i18n/Translations.h"
#include "proposals/MatchOutcome.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace cb::ui {

ExportActions::ExportActions(QWidget* window, WorkspaceDocument* document, OutcomeSource proposals)
    : QObject(window), m_window(window), m_document(document), m_proposals(std::move(proposals)), m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    for (ExportDataset dataset : {ExportDataset::Cities, ExportDataset::Institutions, ExportDataset::Interests,
                                  ExportDataset::Proposals, ExportDataset::Partnerships, ExportDataset::Network}) {
        QAction* action = m_menu->addAction(QString());
        connect(action, &QAction::triggered, this, [this, dataset] { exportDataset(dataset); });
        m_entries.append({action, dataset});
    }
    retranslate();
}

QString ExportActions::datasetLabel(ExportDataset dataset) const
{
    switch (dataset) {
    case ExportDataset::Cities:
        return tr("&Cities…");
    case ExportDataset::Institutions:
        return tr("&Institutions…");
    case ExportDataset::Interests:
        return tr("I&nterests…");
    case ExportDataset::Proposals:
        return tr("&Proposals…");
    case ExportDataset::Partnerships:
        return tr("P&artnerships…");
    case ExportDataset::Network:
        return tr("&Network (GeoJSON, GraphML)…");
    }
    return {};
}

void ExportActions::retranslate()
{
    m_menu->setTitle(tr("&Export"));
    for (const Entry& entry : std::as_const(m_entries))
        entry.action->setText(datasetLabel(entry.dataset));
}

void ExportActions::setEnabled(bool enabled)
{
    m_menu->setEnabled(enabled);
}

void ExportActions::exportDataset(ExportDataset dataset)
{
    if (!m_document->isOpen())
        return;
    // The filters offered are the formats this dataset can be written in.
    QStringList filters;
    QList<ExportFormat> formats;
    const QList<std::pair<ExportFormat, QString>> all = {
        {ExportFormat::Xlsx, tr("Excel workbook (*.xlsx)")},
        {ExportFormat::Csv, tr("CSV, UTF-8 (*.csv)")},
        {ExportFormat::GeoJson, tr("GeoJSON for QGIS (*.geojson)")},
        {ExportFormat::GraphMl, tr("GraphML network (*.graphml)")}};
    for (const auto& [format, filter] : all) {
        if (Exporter::supports(dataset, format)) {
            formats.append(format);
            filters.append(filter);
        }
    }
    const QString folder = QFileInfo(m_document->path()).absolutePath();
    QString selected = filters.constFirst();
    QString base = datasetLabel(dataset).remove(QLatin1Char('&')).remove(QChar(0x2026));
    base = base.section(QLatin1Char('('), 0, 0).trimmed();
    const QString suggested =
        QDir(folder).filePath(base + QLatin1Char('.') + Exporter::formatSuffix(formats.constFirst()));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), suggested,
                                                      filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const ExportFormat format = Exporter::formatFromFileName(path).value_or(formats.value(int(filters.indexOf(selected))));
    if (!Exporter::supports(dataset, format)) {
        QMessageBox::warning(m_window, tr("Cannot export"), tr("This list cannot be written in that format."));
        return;
    }
    ExportOptions options;
    options.language = currentLanguage();
    const std::shared_ptr<const MatchOutcome> outcome = m_proposals ? m_proposals() : nullptr;
    if (outcome)
        options.asOf = outcome->settings.asOf;
    Exporter exporter(outcome ? *outcome->data : m_document->data(), options);
    if (outcome)
        exporter.setProposals(&outcome->result);
    if (dataset == ExportDataset::Proposals && !outcome) {
        QMessageBox::warning(m_window, tr("Cannot export"),
                             tr("The proposals are still being worked out; try again in a moment."));
        return;
    }
    if (!exporter.exportFile(path, dataset, format)) {
        QMessageBox::warning(m_window, tr("Cannot export"), exporter.errorString());
        return;
    }
    emit statusMessage(tr("Exported %n item(s) to %1.", "", exporter.itemCount()).arg(QDir::toNativeSeparators(path)));
}

} // namespace cb::ui
