// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "CsvTableWriter.h"
#include "WriteError.h"
#include "GeoJsonNetworkWriter.h"
#include "GraphMlNetworkWriter.h"
#include "XlsxTableWriter.h"

#include "matching/MatchResult.h"
#include "workspace/WorkspaceData.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cb {

Exporter::Exporter(const WorkspaceData& data, const ExportOptions& options)
    : m_data(data)
    , m_options(options)
{
}

bool Exporter::supports(ExportDataset dataset, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return dataset != ExportDataset::Network;
    case ExportFormat::Xlsx:
        return true;
    case ExportFormat::GeoJson:
        return dataset != ExportDataset::Institutions;
    case ExportFormat::GraphMl:
        return dataset == ExportDataset::Network;
    }
    return false;
}

std::optional<ExportDataset> Exporter::datasetFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("cities"))
        return ExportDataset::Cities;
    if (k == QLatin1String("institutions"))
        return ExportDataset::Institutions;
    if (k == QLatin1String("interests"))
        return ExportDataset::Interests;
    if (k == QLatin1String("proposals"))
        return ExportDataset::Proposals;
    if (k == QLatin1String("partnerships"))
        return ExportDataset::Partnerships;
    if (k == QLatin1String("network"))
        return ExportDataset::Network;
    return std::nullopt;
}

std::optional<ExportFormat> Exporter::formatFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (k == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (k == QLatin1String("geojson"))
        return ExportFormat::GeoJson;
    if (k == QLatin1String("graphml"))
        return ExportFormat::GraphMl;
    return std::nullopt;
}

std::optional<ExportFormat> Exporter::formatFromFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ExportFormat::GeoJson;
    return formatFromKey(suffix);
}

QString Exporter::formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::GeoJson:
        return QStringLiteral("geojson");
    case ExportFormat::GraphMl:
        return QStringLiteral("graphml");
    }
    return {};
}

bool Exporter::checkTarget(const QString& path, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.trimmed().isEmpty())
        return fail(tr("No file name was given for the export."));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder: give a file name for the export.").arg(QDir::toNativeSeparators(path)));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return fail(tr("Cannot write %1: the folder %2 does not exist.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists() && !info.isWritable())
        return fail(tr("Cannot write %1: the file is read-only.").arg(QDir::toNativeSeparators(path)));
    if (!folder.isWritable())
        return fail(tr("Cannot write %1: the folder %2 is not writable.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
    return true;
}

QList<ExportTable> Exporter::tables(ExportDataset dataset) const
{
    switch (dataset) {
    case ExportDataset::Cities:
        return {ExportTables::cities(m_data, m_options)};
    case ExportDataset::Institutions:
        return {ExportTables::institutions(m_data, m_options)};
    case ExportDataset::Interests:
        return {ExportTables::interests(m_data, m_options)};
    case ExportDataset::Partnerships:
        return {ExportTables::partnerships(m_data, m_options)};
    case ExportDataset::Proposals:
        return {ExportTables::proposals(*m_result, m_options)};
    case ExportDataset::Network: {
        QList<ExportTable> all{ExportTables::cities(m_data, m_options), ExportTables::institutions(m_data, m_options),
                               ExportTables::interests(m_data, m_options),
                               ExportTables::partnerships(m_data, m_options)};
        if (m_result)
            all.append(ExportTables::proposals(*m_result, m_options));
        return all;
    }
    }
    return {};
}

bool Exporter::write(QIODevice* device, ExportDataset dataset, ExportFormat format)
{
    m_error.clear();
    m_items = 0;
    if (!supports(dataset, format)) {
        m_error = format == ExportFormat::Csv
            ? tr("A CSV file holds one table: export the network as XLSX, GeoJSON or GraphML, or one table as CSV.")
            : format == ExportFormat::GraphMl
            ? tr("GraphML holds the whole network: export \"network\" as GraphML.")
            : tr("Institutions have no place on the map: export them as CSV or XLSX.");
        return false;
    }
    if (dataset == ExportDataset::Proposals && (!m_result || !m_result->context)) {
        m_error = tr("There are no proposals to export: run the matching first.");
        return false;
    }
    NetworkSelection selection;
    selection.cities = dataset == ExportDataset::Cities || dataset == ExportDataset::Network;
    selection.institutions = dataset == ExportDataset::Network;
    selection.interests = dataset == ExportDataset::Interests || dataset == ExportDataset::Network;
    selection.partnerships = dataset == ExportDataset::Partnerships || dataset == ExportDataset::Network;
    selection.proposals = dataset == ExportDataset::Proposals || dataset == ExportDataset::Network;
    switch (format) {
    case ExportFormat::Csv: {
        const QList<ExportTable> list = tables(dataset);
        CsvTableWriter writer;
        if (!writer.write(list.first(), device)) {
            m_error = writer.errorString();
            return false;
        }
        m_items = int(list.first().rows.size());
        return true;
    }
    case ExportFormat::Xlsx: {
        QList<ExportTable> list = tables(dataset);
        if (dataset == ExportDataset::Cities)
            list.append(ExportTables::institutions(m_data, m_options));
        XlsxTableWriter writer;
        if (!writer.write(list, device)) {
            m_error = writer.errorString();
            return false;
        }
        for (const ExportTable& table : list)
            m_items += int(table.rows.size());
        return true;
    }
    case ExportFormat::GeoJson: {
        GeoJsonNetworkWriter writer;
        if (!writer.write(m_data, m_result, m_options, selection, device)) {
            m_error = writer.errorString();
            return false;
        }
        m_items = writer.featureCount();
        return true;
    }
    case ExportFormat::GraphMl: {
        GraphMlNetworkWriter writer;
        if (!writer.write(m_data, m_result, m_options, selection, device)) {
            m_error = writer.errorString();
            return false;
        }
        m_items = writer.elementCount();
        return true;
    }
    }
    return false;
}

bool Exporter::exportFile(const QString& path, ExportDataset dataset, ExportFormat format)
{
    m_error.clear();
    if (!checkTarget(path, &m_error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!write(&file, dataset, format)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), writeErrorText(&file));
        return false;
    }
    return true;
}

} // namespace cb
