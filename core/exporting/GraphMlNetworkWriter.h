// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTables.h"
#include "NetworkSelection.h"

#include <QCoreApplication>

class QIODevice;

namespace cb {

struct MatchResult;
struct WorkspaceData;

/**
 * Writes the network as GraphML (Gephi, yEd, Cytoscape, networkx, igraph). Nodes are actors ("a<id>"), with
 * typed attributes: kind, name (chosen language), name_en/zh/es, country, latitude and longitude (double),
 * population (long). Edges are interests (directed, from wisher to target), partnerships and proposals
 * (undirected), with kind, strength, stage, dates, score, score_ab, score_ba (double), rank (int) and themes.
 * Interests from respondent groups or towards a whole country have no actor at both ends and are left out.
 */
class GraphMlNetworkWriter
{
    Q_DECLARE_TR_FUNCTIONS(cb::GraphMlNetworkWriter)

public:
    /** @p result may be null (no proposals). */
    bool write(const WorkspaceData& data, const MatchResult* result, const ExportOptions& options,
               const NetworkSelection& selection, QIODevice* device);
    QString errorString() const { return m_error; }
    /** Features (GeoJSON) or nodes plus edges (GraphML) in the last write. */
    int elementCount() const { return m_count; }

private:
    QString m_error;
    int m_count = 0;
};

} // namespace cb
