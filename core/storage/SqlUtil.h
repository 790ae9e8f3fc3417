// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace cb::sql {

/** Prepares and runs a statement with bound values; on failure fills *error and returns false. */
bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, QString* error);
/** Same, on a fresh query of the connection. */
bool exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, QString* error);

/** NULL for 0 ids and empty strings, so optional references and texts are stored as SQL NULL. */
QVariant idOrNull(qint64 id);
QVariant textOrNull(const QString& text);
QVariant dateOrNull(const QDate& date);
QDate dateFrom(const QVariant& value);

/**
 * A write transaction that rolls back unless committed; nested scopes become savepoints. commit() runs COMMIT itself and checks the
 * driver's answer, because QSqlDatabase::commit() does not surface every SQLite failure code.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
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
