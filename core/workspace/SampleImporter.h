// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Country.h"

#include <QList>
#include <QString>

namespace cb {

class WorkspaceStore;

/** Reads the ISO 3166 country list shipped in resources/countries/countries.json. */
QList<Country> bundledCountries(QString* error);

/**
 * Builds a workspace from the reviewable JSON sources of resources/sample/ (themes, sources, actors, events,
 * statements, partnerships) in one transaction: on any bad reference the store is left unchanged.
 */
bool importSampleJson(WorkspaceStore& store, const QString& folder, QString* error);

/**
 * The user's copy of the bundled sample workspace, built on first use in the data folder. The bundled
 * source is never modified; a damaged or outdated copy is rebuilt.
 */
QString ensureSampleWorkspace(QString* error);

} // namespace cb
