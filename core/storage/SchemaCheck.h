// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cb {

/**
 * Whether the schema stored in db is exactly the one this program's migration ladder makes at version: the same
 * tables, indexes and triggers with the same definitions, and nothing else (no views, no foreign triggers that could
 * run when a row is read or written). Returns an empty string when it is, else what differs (translated).
 * SQLite's own statistics tables (sqlite_stat*) are allowed.
 *
 * The expected schema is built once per version by running the ladder on an in-memory database, so a
 * migration's statements must never be edited once released: add a step instead.
 */
QString schemaProblem(QSqlDatabase& db, int version);

} // namespace cb
