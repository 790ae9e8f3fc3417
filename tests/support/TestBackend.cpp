// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "storage/OpenWorkspaceStore.h"
#include "storage/SqliteWorkspaceStore.h"
#include "storage/postgres/ConnectionInfo.h"
#include "storage/postgres/PostgresWorkspaceStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace cb::test {

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("CITYBRIDGE_TEST_PG");
}

/** A raw connection as the owner of the test database, for what the program itself never does (schemas, grants). */
class OwnerConnection
{
public:
    OwnerConnection()
        : m_name(QStringLiteral("cbtest-owner-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const auto info = ConnectionInfo::parse(serverUrl(), &m_error);
        if (!info)
            return;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(info->host);
        m_db.setPort(info->port > 0 ? info->port : 5432);
        m_db.setDatabaseName(info->database);
        m_db.setUserName(info->user);
        m_db.setPassword(info->password);
        if (!m_db.open())
            m_error = m_db.lastError().text();
        else
            QSqlQuery(m_db).exec(QStringLiteral("SET client_min_messages TO warning"));
    }
    ~OwnerConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool run(const QString& statement, QString* error)
    {
        if (!m_error.isEmpty()) {
            *error = m_error;
            return false;
        }
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

QString withSchema(const QString& url, const QString& schema)
{
    QUrl u(url);
    QUrlQuery query(u);
    query.removeAllQueryItems(QStringLiteral("schema"));
    query.addQueryItem(QStringLiteral("schema"), schema);
    u.setQuery(query);
    return u.toString();
}

} // namespace

Backend backend()
{
    return qEnvironmentVariable("CITYBRIDGE_TEST_BACKEND") == QLatin1String("postgres") ? Backend::Postgres
                                                                                       : Backend::Sqlite;
}

bool onPostgres()
{
    return backend() == Backend::Postgres;
}

QString backendUnavailable()
{
    if (!onPostgres())
        return {};
    if (serverUrl().isEmpty())
        return QStringLiteral("No PostgreSQL test server: CITYBRIDGE_TEST_PG is not set (run the tests through "
                              "tests/support/pg-test-server.sh, as ./run tests does)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)");
    return {};
}

bool postgresRequired()
{
    return qEnvironmentVariable("CITYBRIDGE_REQUIRE_PG") == QLatin1String("1");
}

bool isForeignKeyError(const QString& error)
{
    return error.contains(QLatin1String("foreign key"), Qt::CaseInsensitive);
}

TestStore::TestStore() = default;

TestStore::~TestStore()
{
    store.reset();
    if (!m_schema.isEmpty()) {
        OwnerConnection owner;
        QString ignored;
        owner.run(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(m_schema), &ignored);
    }
}

bool TestStore::create(QString* error)
{
    if (!onPostgres()) {
        if (!m_dir.isValid()) {
            *error = m_dir.errorString();
            return false;
        }
        m_location = m_dir.filePath(QStringLiteral("test.citybridge"));
        store = SqliteWorkspaceStore::create(m_location, error);
        return store != nullptr;
    }
    // The schema name is made here (letters and digits only), never taken from outside.
    const QString schema = QStringLiteral("cbtest_") + QUuid::createUuid().toString(QUuid::Id128);
    OwnerConnection owner;
    if (!owner.run(QStringLiteral("CREATE SCHEMA \"%1\"").arg(schema), error))
        return false;
    m_schema = schema;
    // The officers (members of citybridge_officers, see the README) read and write everything; the decision log's
    // triggers still refuse any change to past entries.
    for (const QString& grant :
         {QStringLiteral("GRANT USAGE ON SCHEMA \"%1\" TO citybridge_officers"),
          QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA \"%1\" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
                         "TO citybridge_officers"),
          QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA \"%1\" GRANT USAGE ON SEQUENCES TO citybridge_officers")}) {
        if (!owner.run(grant.arg(schema), error))
            return false;
    }
    m_location = withSchema(serverUrl(), schema);
    store = openWorkspaceStore(m_location, error);
    return store != nullptr;
}

bool TestStore::reopen(QString* error)
{
    store.reset();
    store = openWorkspaceStore(m_location, error);
    return store != nullptr;
}

QString TestStore::locationFor(const QString& officerUrl) const
{
    return onPostgres() && !officerUrl.isEmpty() ? withSchema(officerUrl, m_schema) : m_location;
}

std::unique_ptr<WorkspaceStore> TestStore::openAnother(QString* error, const QString& officerUrl)
{
    return openWorkspaceStore(locationFor(officerUrl), error);
}

QSqlDatabase& TestStore::db()
{
    if (auto* sqlite = dynamic_cast<SqliteWorkspaceStore*>(store.get()))
        return sqlite->database().connection();
    return static_cast<PostgresWorkspaceStore*>(store.get())->database().connection();
}

} // namespace cb::test
