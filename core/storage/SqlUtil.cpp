// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include "SqliteGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

namespace cb::sql {

QString errorText(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const bool sqlite = query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite;
    // Qt reports sqlite3_errcode() as the native code; the low byte is the primary result code.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    QString cause;
    if (ok && sqlite) {
        switch (code) {
        case 13: // SQLITE_FULL
            cause = QCoreApplication::translate("cb::sql", "The disk is full; the change was not saved.");
            break;
        case 10: // SQLITE_IOERR
            cause = QCoreApplication::translate("cb::sql", "The workspace file could not be written (a disk or file "
                                                           "system error); the change was not saved.");
            break;
        case 8: // SQLITE_READONLY
            cause = QCoreApplication::translate("cb::sql", "The workspace file cannot be written: it is read-only.");
            break;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            cause = QCoreApplication::translate("cb::sql", "Another program is writing to the workspace; try again "
                                                           "in a moment.");
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            cause = QCoreApplication::translate("cb::sql", "The workspace file is damaged; restore it from a backup.");
            break;
        default:
            break;
        }
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return cause.isEmpty() ? error.text() : QStringLiteral("%1 (%2)").arg(cause, detail);
}

bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, QString* error)
{
    if (!query.prepare(statement)) {
        if (error)
            *error = errorText(query);
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = errorText(query);
        return false;
    }
    return true;
}

bool exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, QString* error)
{
    QSqlQuery query(db);
    return exec(query, statement, values, error);
}

bool insert(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, qint64* id,
            QString* error)
{
    if (!exec(query, statement + QStringLiteral(" RETURNING id"), values, error))
        return false;
    if (!query.next()) {
        if (error)
            *error = query.lastError().isValid() ? query.lastError().text()
                                                 : QStringLiteral("INSERT returned no id");
        query.finish();
        return false;
    }
    *id = query.value(0).toLongLong();
    // Ends the statement now: an open statement would keep the row's page locked until the query is destroyed.
    query.finish();
    return true;
}

Dialect dialectOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::Postgres : Dialect::Sqlite;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

namespace {

// Nesting depth per connection: the outermost scope owns the real transaction, inner ones are savepoints,
// so a repository's multi-row save is atomic alone and also part of a larger import.
QHash<QString, int>& depths()
{
    thread_local QHash<QString, int> map;
    return map;
}

} // namespace

namespace {

/** A failed BEGIN, COMMIT or RELEASE: a lock held by another program gets its own message, anything else errorText(). */
QString transactionError(const QSqlDatabase& db, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const bool sqlite = db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite;
    return sqlite && isLockError(error) ? describeWriteError(db, error) : errorText(query);
}

} // namespace

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
    m_depth = depths().value(m_db.connectionName());
    QSqlQuery query(m_db);
    // SQLite takes the write lock at once (no deadlock between two readers upgrading); PostgreSQL locks per row.
    const QString begin = dialectOf(m_db) == Dialect::Postgres ? QStringLiteral("BEGIN")
                                                               : QStringLiteral("BEGIN IMMEDIATE");
    m_active = query.exec(m_depth == 0 ? begin : QStringLiteral("SAVEPOINT cb_%1").arg(m_depth));
    if (m_active)
        depths()[m_db.connectionName()] = m_depth + 1;
    else
        m_error = transactionError(m_db, query); // a lock held too long by another program is named
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::isActive(QString* error) const
{
    if (!m_active && error)
        *error = m_error;
    return m_active;
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = m_error;
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE cb_%1").arg(m_depth))) {
        m_error = transactionError(m_db, query); // a lock held too long by another program is named
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    m_active = false;
    depths()[m_db.connectionName()] = m_depth;
    return true;
}

void Transaction::rollback()
{
    QSqlQuery query(m_db);
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO cb_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE cb_%1").arg(m_depth));
    }
    m_active = false;
    depths()[m_db.connectionName()] = m_depth;
}

} // namespace cb::sql
