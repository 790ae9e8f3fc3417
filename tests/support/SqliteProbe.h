// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cb::test {

/** The first column of the first row of statement on db; an invalid QVariant when it fails or returns no row. */
QVariant scalar(QSqlDatabase& db, const QString& statement);
/** Runs a statement; on failure returns false and fills *error with the driver's message. */
bool run(QSqlDatabase& db, const QString& statement, QString* error = nullptr);
/** Schema objects as "type:name" (table, index, trigger, view), sorted, without SQLite's own sqlite_* objects. */
QStringList schemaObjects(QSqlDatabase& db);
/** Column names of a table in declaration order (PRAGMA table_info). */
QStringList columns(QSqlDatabase& db, const QString& table);
/** Number of rows in a table, or -1 when it cannot be counted (e.g. the table does not exist). */
qint64 rowCount(QSqlDatabase& db, const QString& table);
/** Row count of every user table, by name: comparing two snapshots shows whether anything was written. */
QMap<QString, qint64> rowCounts(QSqlDatabase& db);
/** "ok" for a sound file, otherwise SQLite's first complaint (or the driver's error). */
QString integrityCheck(QSqlDatabase& db);

/**
 * A raw QSQLITE connection to a file, below CityBridge's Database class: tests use it to build files in old or
 * foreign formats and to look at what the program wrote. The connection is closed and removed on destruction.
 */
class SqliteProbe
{
public:
    explicit SqliteProbe(const QString& path, bool readOnly = false);
    ~SqliteProbe();
    SqliteProbe(const SqliteProbe&) = delete;
    SqliteProbe& operator=(const SqliteProbe&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }
    QSqlDatabase& db() { return m_db; }

    QVariant scalar(const QString& statement) { return test::scalar(m_db, statement); }
    bool run(const QString& statement, QString* error = nullptr) { return test::run(m_db, statement, error); }

private:
    QString m_connectionName;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace cb::test
