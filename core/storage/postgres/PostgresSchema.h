// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Migrations.h"

namespace cb {

/**
 * The PostgreSQL migration ladder: the same versions and logical schema as migrations() for SQLite, so a workspace
 * of schema N has the same tables and columns on both; plus what only a server can do (the append-only decision log
 * and the officers' names enforced by triggers). The version is kept in meta.schema_version.
 */
const QList<Migration>& postgresMigrations();

} // namespace cb
