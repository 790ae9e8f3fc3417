// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteProbe.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cb::test {

QVariant scalar(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

bool run(QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QStringList schemaObjects(QSqlDatabase& db)
{
    QStringList objects;
    QSqlQuery query(db);
    // A PostgreSQL workspace (the _pg variants of the storage tests): the tables of its schema.
    const QString statement =
        db.driverName() == QLatin1String("QPSQL")
            ? QStringLiteral("SELECT 'table', tablename FROM pg_tables WHERE schemaname = current_schema()")
            : QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (!query.exec(statement))
        return objects;
    while (query.next())
        objects.append(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString());
    objects.sort();
    return objects;
}

QStringList columns(QSqlDatabase& db, const QString& table)
{
    QStringList names;
    QSqlQuery query(db);
    // PRAGMA arguments cannot be bound; table names here come from the tests themselves.
    if (!query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
        return names;
    while (query.next())
        names.append(query.value(1).toString());
    return names;
}

qint64 rowCount(QSqlDatabase& db, const QString& table)
{
    const QVariant count = scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    return count.isValid() ? count.toLongLong() : -1;
}

QMap<QString, qint64> rowCounts(QSqlDatabase& db)
{
    QMap<QString, qint64> counts;
    for (const QString& object : schemaObjects(db)) {
        if (object.startsWith(QLatin1String("table:"))) {
            const QString table = object.mid(6);
            counts.insert(table, rowCount(db, table));
        }
    }
    return counts;
}

QString integrityCheck(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    return query.next() ? query.value(0).toString() : QStringLiteral("no answer");
}

SqliteProbe::SqliteProbe(const QString& path, bool readOnly)
    : m_connectionName(QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        m_error = m_db.lastError().text();
}

SqliteProbe::~SqliteProbe()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace cb::test
