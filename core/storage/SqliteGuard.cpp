// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteGuard.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace cb {

namespace {

// Limits for files from elsewhere. A CityBridge value is a name, a note or a statement: 16 MiB is far above any,
// and far below what a crafted length could make SQLite allocate. Our own statements are short and shallow.
struct Limit
{
    int id;
    int value;
};
constexpr Limit kUntrustedLimits[] = {
    {SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024},
    {SQLITE_LIMIT_SQL_LENGTH, 256 * 1024},
    {SQLITE_LIMIT_COLUMN, 200},
    {SQLITE_LIMIT_EXPR_DEPTH, 100},
    {SQLITE_LIMIT_COMPOUND_SELECT, 20},
    {SQLITE_LIMIT_VDBE_OP, 200000},
    {SQLITE_LIMIT_FUNCTION_ARG, 16},
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 4},
};

// Steps between two looks at the clock: often enough to stop within a few milliseconds, rarely enough to cost
// nothing measurable.
constexpr int kProgressSteps = 2000;

bool setConfig(sqlite3* handle, int option, int value)
{
    int result = -1;
    return sqlite3_db_config(handle, option, value, &result) == SQLITE_OK && result == value;
}

QString pathOf(const QSqlDatabase& db)
{
    QString name = db.databaseName();
    if (name.startsWith(QLatin1String("file:")))
        name = QUrl(name).toLocalFile();
    return name;
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool hardenConnection(QSqlDatabase& db, FileTrust trust, QString* error)
{
    sqlite3* handle = sqliteHandle(db);
    const auto fail = [&](const QString& detail) {
        if (error)
            *error =
                QCoreApplication::translate("cb::Database", "%1 cannot be opened safely: %2").arg(pathOf(db), detail);
        return false;
    };
    if (!handle)
        return fail(QCoreApplication::translate("cb::Database", "the SQLite connection is not available"));
    if (!setConfig(handle, SQLITE_DBCONFIG_DEFENSIVE, 1) || !setConfig(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0))
        return fail(QCoreApplication::translate("cb::Database", "SQLite's defensive mode could not be switched on"));
    if (trust == FileTrust::Untrusted) {
        if (!setConfig(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0) || !setConfig(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0))
            return fail(QCoreApplication::translate("cb::Database", "triggers and views could not be switched off"));
        for (const Limit& limit : kUntrustedLimits)
            sqlite3_limit(handle, limit.id, limit.value);
    }
    // Checked by SQLite itself, so that a damaged page is reported instead of being read past its end.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cell_size_check = ON")) ||
        !query.exec(QStringLiteral("PRAGMA mmap_size = 0")))
        return fail(query.lastError().text());
    return true;
}

StatementDeadline::StatementDeadline(const QSqlDatabase& db, int milliseconds)
    : m_handle(sqliteHandle(db)), m_deadline(milliseconds)
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, kProgressSteps, &StatementDeadline::onProgress, this);
}

StatementDeadline::~StatementDeadline()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int StatementDeadline::onProgress(void* self)
{
    auto* deadline = static_cast<StatementDeadline*>(self);
    if (deadline->m_deadline.hasExpired())
        deadline->m_expired = true;
    return deadline->m_expired ? 1 : 0;
}

bool isLockError(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    // Extended codes (SQLITE_BUSY_SNAPSHOT and the like) keep the primary code in the low byte.
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

QString describeWriteError(const QSqlDatabase& db, const QSqlError& error)
{
    if (isLockError(error)) {
        return QCoreApplication::translate(
                   "cb::Database",
                   "The workspace %1 is being changed by another CityBridge window or program; try again in a moment. "
                   "Nothing was saved.")
            .arg(QFileInfo(pathOf(db)).fileName());
    }
    return error.text();
}

} // namespace cb
