// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceData.h"

namespace cb {

/**
 * A reproducible synthetic workspace for benchmarks and load tests: cityCount cities in realistic
 * countries (weighted by urban population), 24 themes in the seven clusters, 3–8 priorities and 3–8 offers
 * per city, explicit interests from 5% of the cities, a few hundred events. Same seed, same workspace.
 */
WorkspaceData generateSyntheticWorkspace(int cityCount, quint32 seed);

/** Writes a whole in-memory workspace into an empty store, in one transaction (ids are reassigned). */
bool writeWorkspace(class WorkspaceStore& store, const WorkspaceData& data, QString* error);

} // namespace cb
