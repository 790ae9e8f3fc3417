// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace cb {

/**
 * Where a team's PostgreSQL workspace lives: postgresql://user@host:port/database?sslmode=...&schema=...
 * The password is normally not part of it: libpq reads PGPASSWORD or ~/.pgpass, or the program asks for it.
 * displayString() never contains the password, so it is the only form that may be shown, logged or stored.
 */
struct ConnectionInfo
{
    QString host;
    int port = 0; ///< 0: libpq's default (5432)
    QString database;
    QString user;
    QString password;
    QString sslMode; ///< empty: libpq's default (prefer)
    QString schema;  ///< empty: the role's search_path (normally "public")

    /** True when location names a PostgreSQL database (postgresql:// or postgres://) rather than a file. */
    static bool isUrl(const QString& location);
    /** Reads a postgresql:// URL; on a malformed one returns nullopt with a translated *error. */
    static std::optional<ConnectionInfo> parse(const QString& url, QString* error);

    /** The URL without the password, for titles, logs, settings and error messages. */
    QString displayString() const;
    /** libpq connection options for QPSQL (sslmode, application name); never the password. */
    QString connectOptions() const;
};

} // namespace cb
