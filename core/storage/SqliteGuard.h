// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
class QSqlError;

namespace cb {

/** The sqlite3 handle behind an open QSQLITE connection, or nullptr for another driver or a closed connection. */
sqlite3* sqliteHandle(const QSqlDatabase& db);

/** How much a connection trusts the file it reads. */
enum class FileTrust
{
    Own,      ///< a workspace this program wrote and is about to edit
    Untrusted ///< a file being checked, or one received from someone else: read-only, tight limits
};

/**
 * Hardens an open SQLite connection: defensive mode (no writable_schema, no direct writes to the schema),
 * untrusted schema (no SQL functions with side effects from triggers or views stored in the file), cell size
 * checks. For untrusted files also: no attached databases, no triggers or views run, and limits on value length,
 * statement length and expression depth, so a crafted file cannot make SQLite allocate or recurse without bound.
 */
bool hardenConnection(QSqlDatabase& db, FileTrust trust, QString* error);

/**
 * While it lives, interrupts whatever the connection runs once the time limit has passed (an SQLite progress
 * handler): a crafted file cannot hang a check. expired() says whether it fired.
 */
class StatementDeadline
{
public:
    StatementDeadline(const QSqlDatabase& db, int milliseconds);
    ~StatementDeadline();
    StatementDeadline(const StatementDeadline&) = delete;
    StatementDeadline& operator=(const StatementDeadline&) = delete;

    bool expired() const { return m_expired; }

private:
    static int onProgress(void* self);

    sqlite3* m_handle = nullptr;
    QDeadlineTimer m_deadline;
    bool m_expired = false;
};

/** Whether a failed statement failed because another connection holds the file's lock (SQLITE_BUSY/LOCKED). */
bool isLockError(const QSqlError& error);

/**
 * The error as the officer should read it: a lock held by another program becomes a translated "try again in a
 * moment" naming the file; anything else is the driver's text.
 */
QString describeWriteError(const QSqlDatabase& db, const QSqlError& error);

} // namespace cb
