// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTables.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace cb {

struct MatchResult;
struct WorkspaceData;

/** What to export. */
enum class ExportDataset { Cities, Institutions, Interests, Proposals, Partnerships, Network };
/** The file format. */
enum class ExportFormat { Csv, Xlsx, GeoJson, GraphMl };

/**
 * The one entry point for exports from the command line and the window: picks the tables or the network
 * writer for a dataset and format, and writes the file through QSaveFile so a failed export leaves the
 * previous file untouched and no empty file behind.
 *
 * Supported: CSV for every table (not the whole network: one CSV holds one table); XLSX for everything
 * (cities come with an institutions sheet, the network gives one sheet per table); GeoJSON for cities,
 * interests, partnerships, proposals and the network; GraphML for the network.
 */
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(cb::Exporter)

public:
    Exporter(const WorkspaceData& data, const ExportOptions& options);

    /** The matching run whose global proposals are exported (needed for Proposals; optional for Network). */
    void setProposals(const MatchResult* result) { m_result = result; }

    /** Writes @p dataset as @p format to @p path (checked with checkTarget() first). */
    bool exportFile(const QString& path, ExportDataset dataset, ExportFormat format);
    /** Writes to an open device. */
    bool write(QIODevice* device, ExportDataset dataset, ExportFormat format);
    QString errorString() const { return m_error; }
    /** Rows (tables) or features/elements (network formats) in the last export. */
    int itemCount() const { return m_items; }

    static bool supports(ExportDataset dataset, ExportFormat format);
    static std::optional<ExportDataset> datasetFromKey(const QString& key);
    static std::optional<ExportFormat> formatFromKey(const QString& key);
    /** The format a file name suggests by its suffix (.csv, .xlsx, .geojson/.json, .graphml). */
    static std::optional<ExportFormat> formatFromFileName(const QString& fileName);
    static QString formatSuffix(ExportFormat format);
    /**
     * Whether a file can be written at @p path: not a folder, its folder exists, and the file (or, when it does
     * not exist yet, its folder) is writable. The name itself is the user's choice and is used as given.
     */
    static bool checkTarget(const QString& path, QString* error);

private:
    QList<ExportTable> tables(ExportDataset dataset) const;

    const WorkspaceData& m_data;
    ExportOptions m_options;
    const MatchResult* m_result = nullptr;
    QString m_error;
    int m_items = 0;
};

} // namespace cb
