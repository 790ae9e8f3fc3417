// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresDatabase.h"

#include "PostgresSchema.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::PostgresDatabase", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Serialises concurrent first openings of one empty database: only one client lays out the schema.
constexpr qint64 kMigrationLock = 0x4342524700000001LL;

} // namespace

PostgresDatabase::PostgresDatabase(ConnectionInfo info)
    : m_info(std::move(info))
    , m_connectionName(QStringLiteral("citybridge-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

PostgresDatabase::~PostgresDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<PostgresDatabase> PostgresDatabase::open(const ConnectionInfo& info, QString* error)
{
    std::unique_ptr<PostgresDatabase> db(new PostgresDatabase(info));
    if (!db->connect(error))
        return nullptr;
    const int latest = postgresMigrations().constLast().version;
    const int version = db->schemaVersion();
    if (version < 0) {
        fail(error, tr("The database %1 holds other tables and no CityBridge workspace; nothing was changed.")
                        .arg(info.displayString()));
        return nullptr;
    }
    if (version > latest) {
        fail(error, tr("The database %1 was written by a newer version of CityBridge (schema %2; this program reads "
                       "up to %3). Please update CityBridge.")
                        .arg(info.displayString())
                        .arg(version)
                        .arg(latest));
        return nullptr;
    }
    if (version < latest && !db->migrateTo(latest, error))
        return nullptr;
    return db;
}

bool PostgresDatabase::connect(QString* error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(error, tr("The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)."));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_info.host);
    if (m_info.port > 0)
        m_db.setPort(m_info.port);
    m_db.setDatabaseName(m_info.database);
    m_db.setUserName(m_info.user);
    // Empty: libpq takes PGPASSWORD or ~/.pgpass. The password is never put into a message.
    m_db.setPassword(m_info.password);
    m_db.setConnectOptions(m_info.connectOptions());
    if (!m_db.open()) {
        return fail(error, tr("Cannot connect to %1: %2")
                               .arg(m_info.displayString(), m_db.lastError().databaseText().trimmed()));
    }
    QSqlQuery query(m_db);
    // The server's messages in English whatever its locale: they are shown inside translated sentences.
    if (!query.exec(QStringLiteral("SET lc_messages TO 'C'")))
        query.exec(QStringLiteral("SELECT 1")); // lc_messages needs superuser on some servers: keep the default
    // Notices (e.g. what a DROP cascades to) are not for the officer.
    query.exec(QStringLiteral("SET client_min_messages TO warning"));
    if (!m_info.schema.isEmpty()) {
        // The name was checked when the address was read (lower-case letters, digits, _), and set_config takes it
        // as a bound value: nothing from the address becomes SQL text.
        if (!sql::exec(query, QStringLiteral("SELECT set_config('search_path', ?, false)"),
                       {QStringLiteral("\"%1\"").arg(m_info.schema)}, error))
            return false;
        if (!sql::exec(query, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"), {m_info.schema},
                       error)
            || !query.next())
            return false;
        if (query.value(0).toInt() == 0)
            return fail(error, tr("The schema %1 does not exist in %2.").arg(m_info.schema, m_info.displayString()));
    }
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
        return fail(error, query.lastError().text());
    m_sessionUser = query.value(0).toString();
    return true;
}

int PostgresDatabase::schemaVersion() const
{
    QSqlDatabase db = m_db;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL, (SELECT count(*) FROM pg_tables WHERE "
                                   "schemaname = current_schema())"))
        || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return query.value(1).toInt() == 0 ? 0 : -1; // an empty schema starts at 0; foreign tables are refused
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString PostgresDatabase::workspaceUid() const
{
    QSqlDatabase db = m_db;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_uid'")) || !query.next())
        return {};
    return query.value(0).toString();
}

bool PostgresDatabase::isEmpty(QString* error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM actors) + (SELECT count(*) FROM sources) + "
                                   "(SELECT count(*) FROM themes) + (SELECT count(*) FROM countries) + "
                                   "(SELECT count(*) FROM events) + (SELECT count(*) FROM partnerships) + "
                                   "(SELECT count(*) FROM decision_log) + (SELECT count(*) FROM settings)"))
        || !query.next())
        return fail(error, query.lastError().text());
    return query.value(0).toLongLong() == 0;
}

bool PostgresDatabase::migrateTo(int targetVersion, QString* error)
{
    for (const Migration& step : postgresMigrations()) {
        if (step.version > targetVersion)
            break;
        sql::Transaction tx(m_db);
        if (!tx.isActive(error))
            return false;
        QSqlQuery query(m_db);
        if (!sql::exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock}, error))
            return false;
        // Read under the lock: another officer's program may have done this step meanwhile.
        if (schemaVersion() >= step.version)
            continue;
        for (const QString& statement : step.statements) {
            if (!query.exec(statement))
                return fail(error, tr("Updating the database to schema %1 failed: %2")
                                       .arg(step.version)
                                       .arg(query.lastError().text()));
        }
        if (step.dataStep && !step.dataStep(m_db, error))
            return false;
        if (step.version == 1
            && !sql::exec(query, QStringLiteral("INSERT INTO meta(key, value) VALUES ('workspace_uid', ?)"),
                          {QUuid::createUuid().toString(QUuid::WithoutBraces)}, error))
            return false;
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) "
                                      "DO UPDATE SET value = excluded.value"),
                       {QString::number(step.version)}, error)
            || !tx.commit(error))
            return false;
    }
    return true;
}

} // namespace cb
