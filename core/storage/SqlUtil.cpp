// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include "SqliteGuard.h"

#include <QHash>
#include <QSqlError>

namespace cb::sql {

bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, QString* error)
{
    if (!query.prepare(statement)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, QString* error)
{
    QSqlQuery query(db);
    return exec(query, statement, values, error);
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

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
    m_depth = depths().value(m_db.connectionName());
    QSqlQuery query(m_db);
    m_active = query.exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT cb_%1").arg(m_depth));
    if (m_active)
        depths()[m_db.connectionName()] = m_depth + 1;
    else
        m_error = describeWriteError(m_db, query.lastError()); // a lock held too long by another program is named
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
        m_error = describeWriteError(m_db, query.lastError());
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
