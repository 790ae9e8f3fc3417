// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace cb::sql {

/**
 * The message for a failed statement of query: the driver's own words, preceded, on SQLite, by a translated
 * sentence when the cause is something the user can act on (a full disk, a disk or file system error, a read-only
 * or busy file, a damaged file). Other drivers' native codes mean other things and are left as they are.
 */
QString errorText(const QSqlQuery& query);

/** Prepares and runs a statement with bound values; on failure fills *error and returns false. */
bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, QString* error);
/** Same, on a fresh query of the connection. */
bool exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, QString* error);

/**
 * Runs an INSERT with bound values and reads back the new row's id through "RETURNING id" (SQLite 3.35+ and
 * PostgreSQL): lastInsertId() is SQLite-only, and the QPSQL driver answers it with an OID, not the id.
 */
bool insert(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, qint64* id,
            QString* error);

/** The SQL dialects CityBridge writes: the repositories use only what both understand. */
enum class Dialect
{
    Sqlite,
    Postgres,
};
Dialect dialectOf(const QSqlDatabase& db);

/** NULL for 0 ids and empty strings, so optional references and texts are stored as SQL NULL. */
QVariant idOrNull(qint64 id);
QVariant textOrNull(const QString& text);
QVariant dateOrNull(const QDate& date);
QDate dateFrom(const QVariant& value);

/**
 * A write transaction that rolls back unless committed; nested scopes become savepoints. commit() runs COMMIT itself and checks the
 * driver's answer, because QSqlDatabase::commit() does not surface every SQLite failure code.
 *
 * Repositories write new ids and versions into the caller's object only after their own scope committed. For a
 * standalone save that is the real COMMIT; for a save nested in an outer transaction it is the savepoint's RELEASE,
 * because the outer work needs the ids at once to link the next rows. If the outer transaction then rolls back, the
 * objects it saved hold ids of rows that no longer exist: see WorkspaceStore::inTransaction().
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    /**
     * Same, filling *error when BEGIN or SAVEPOINT failed. Writers must check it before their first statement:
     * without it those statements would each be committed on their own, and a partial write would stay.
     */
    bool isActive(QString* error) const;
    bool commit(QString* error);
    void rollback();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    int m_depth = 0;
    QString m_error;
};

} // namespace cb::sql
