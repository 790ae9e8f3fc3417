// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb {

/**
 * Copies an SQLite database with SQLite's online backup API (consistent even while the source is in use),
 * into a temporary file that is checked with integrity_check and then renamed over destination.
 */
bool backupDatabase(const QString& sourcePath, const QString& destinationPath, QString* error);

} // namespace cb
