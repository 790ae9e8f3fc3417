// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceStore.h"

#include <memory>

namespace cb {

/**
 * Opens the workspace at location: an SQLite file path, or a postgresql://user@host:port/database URL (the
 * password from PGPASSWORD, ~/.pgpass or a URL's password part, which is never shown: location() drops it).
 * An empty PostgreSQL database is laid out as a new workspace. Returns nullptr with a translated *error.
 */
std::unique_ptr<WorkspaceStore> openWorkspaceStore(const QString& location, QString* error);

/**
 * A new, empty workspace at location: creates the SQLite file (which must not exist), or opens the PostgreSQL
 * database and refuses it unless its workspace is empty.
 */
std::unique_ptr<WorkspaceStore> createWorkspaceStore(const QString& location, QString* error);

/** True when location is a database URL rather than a file path. */
bool isDatabaseUrl(const QString& location);

} // namespace cb
