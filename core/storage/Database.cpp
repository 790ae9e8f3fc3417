// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "BackupRotation.h"
#include "Migrations.h"
#include "SchemaCheck.h"
#include "SqlUtil.h"
#include "SqliteGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace cb {

namespace {

std::atomic<int> g_checkTimeLimit{60000};
std::atomic<int> g_busyTimeout{5000};

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::Database", text);
}

QString newConnectionName()
{
    return QStringLiteral("citybridge-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

/** A file: URI that opens path as immutable (no locks, no -wal or -shm created). */
QString immutableUri(const QString& path)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("immutable=1"));
    return url.toString(QUrl::FullyEncoded);
}

QVariant pragmaValue(QSqlDatabase& db, const QString& pragma, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

} // namespace

Database::Database(QString path, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(newConnectionName())
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::setCheckTimeLimit(int milliseconds)
{
    g_checkTimeLimit = milliseconds;
}

int Database::checkTimeLimit()
{
    return g_checkTimeLimit;
}

void Database::setBusyTimeout(int milliseconds)
{
    g_busyTimeout = milliseconds;
}

int Database::busyTimeout()
{
    return g_busyTimeout;
}

WorkspaceCheck Database::checkOpenFile(QSqlDatabase& db, const QString& path)
{
    WorkspaceCheck check;
    const StatementDeadline deadline(db, Database::checkTimeLimit());
    QString error;
    const auto stalled = [&] {
        check.error = tr("%1 could not be checked within %2 seconds; it may be damaged or made to stall CityBridge. "
                         "It was not opened.")
                          .arg(path)
                          .arg(Database::checkTimeLimit() / 1000.0);
        return check;
    };
    const QVariant appId = pragmaValue(db, QStringLiteral("application_id"), &error);
    const QVariant version = pragmaValue(db, QStringLiteral("user_version"), &error);
    if (deadline.expired())
        return stalled();
    if (!appId.isValid() || !version.isValid()) {
        check.error = tr("%1 is damaged and cannot be read: %2").arg(path, error);
        return check;
    }
    if (appId.toInt() != kApplicationId) {
        check.error = tr("%1 is an SQLite database but not a CityBridge workspace.").arg(path);
        return check;
    }
    if (version.toInt() > latestSchemaVersion()) {
        check.error = tr("%1 was written by a newer version of CityBridge (schema %2; this program reads up "
                         "to %3). Please update CityBridge.")
                          .arg(path)
                          .arg(version.toInt())
                          .arg(latestSchemaVersion());
        return check;
    }
    if (version.toInt() < 0) {
        check.error =
            tr("%1 has no known CityBridge schema version (%2); it cannot be opened.").arg(path).arg(version.toInt());
        return check;
    }
    const QString problem = schemaProblem(db, version.toInt());
    if (deadline.expired())
        return stalled();
    if (!problem.isEmpty()) {
        check.error = tr("%1 is not a workspace as CityBridge makes it (%2); it was not opened.").arg(path, problem);
        return check;
    }
    QSqlQuery quick(db);
    quick.setForwardOnly(true);
    QStringList findings;
    if (quick.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        while (quick.next())
            findings.append(quick.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }
    if (deadline.expired())
        return stalled();
    if (quick.lastError().isValid())
        findings.append(quick.lastError().text());
    if (findings != QStringList{QStringLiteral("ok")}) {
        check.error = tr("%1 is damaged (the integrity check failed: %2). Restore it from a backup.")
                          .arg(path, findings.join(QStringLiteral("; ")));
        return check;
    }
    check.ok = true;
    check.schemaVersion = version.toInt();
    return check;
}

WorkspaceCheck Database::inspect(const QString& path, FileOrigin origin)
{
    WorkspaceCheck check;
    const QFileInfo info(path);
    if (!info.exists()) {
        check.error = tr("The workspace file %1 does not exist.").arg(path);
        return check;
    }
    if (!info.isFile() || !info.isReadable()) {
        check.error = tr("The workspace file %1 cannot be read.").arg(path);
        return check;
    }
    if (!hasSqliteHeader(path)) {
        check.error = tr("%1 is not a CityBridge workspace (it is not an SQLite database).").arg(path);
        return check;
    }
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (origin == FileOrigin::Own && QFile::exists(path + QStringLiteral("-wal"))) {
            // Unfinished WAL content must be read too; the -wal and -shm are already there.
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            // Everything is in the main file (a received file is only ever read from its one file): read it as
            // immutable so that SQLite takes no lock and creates no -wal or -shm beside a file we may refuse.
            db.setDatabaseName(immutableUri(path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        QString error;
        if (!db.open()) {
            check.error = tr("%1 cannot be opened: %2").arg(path, db.lastError().text());
        } else if (!hardenConnection(db, FileTrust::Untrusted, &error)) {
            check.error = error;
        } else {
            check = checkOpenFile(db, path);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

std::unique_ptr<Database> Database::create(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        if (error)
            *error = tr("%1 already exists; choose another file name.").arg(path);
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, false));
    if (!db->openConnection(FileOrigin::Own, error) || !db->configure(error))
        return nullptr;
    QString sqlError;
    if (!sql::exec(db->m_db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {}, &sqlError)
        || !db->migrateTo(latestSchemaVersion(), &sqlError)) {
        if (error)
            *error = tr("Could not create the workspace %1: %2").arg(path, sqlError);
        return nullptr;
    }
    sql::Transaction tx(db->m_db);
    if (!tx.isActive(&sqlError)) {
        if (error)
            *error = tr("Could not create the workspace %1: %2").arg(path, sqlError);
        return nullptr;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString insert = QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)");
    if (!sql::exec(db->m_db, insert,
                   {QStringLiteral("workspace_uid"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, &sqlError)
        || !sql::exec(db->m_db, insert, {QStringLiteral("created_at"), now}, &sqlError)
        || !sql::exec(db->m_db, insert, {QStringLiteral("created_by"), QStringLiteral("CityBridge " CITYBRIDGE_VERSION)},
                      &sqlError)
        || !tx.commit(&sqlError)) {
        if (error)
            *error = tr("Could not create the workspace %1: %2").arg(path, sqlError);
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error)
{
    const WorkspaceCheck check = inspect(path);
    if (!check.ok) {
        if (error)
            *error = check.error;
        return nullptr;
    }
    if (!QFileInfo(path).isWritable()) {
        if (error)
            *error = tr("The workspace %1 is read-only; open it read-only or copy it first.").arg(path);
        return nullptr;
    }
    if (check.schemaVersion < latestSchemaVersion()) {
        // Into the rotating backups, verified before any older one is rotated out; no backup, no migration.
        QString backupError;
        if (!backupBeforeMigration(path, latestSchemaVersion(), QDateTime::currentDateTime(), nullptr, &backupError)) {
            if (error)
                *error = tr("The workspace needs an upgrade, but the backup before it failed: %1").arg(backupError);
            return nullptr;
        }
    }
    std::unique_ptr<Database> db(new Database(path, false));
    if (!db->openConnection(FileOrigin::Own, error) || !db->configure(error))
        return nullptr;
    QString sqlError;
    if (!db->migrateTo(latestSchemaVersion(), &sqlError)) {
        if (error)
            *error = tr("Could not upgrade the workspace %1: %2").arg(path, sqlError);
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::openReadOnly(const QString& path, QString* error, FileOrigin origin)
{
    const WorkspaceCheck check = inspect(path, origin);
    if (!check.ok) {
        if (error)
            *error = check.error;
        return nullptr;
    }
    if (check.schemaVersion != latestSchemaVersion()) {
        if (error)
            *error = tr("%1 uses an older schema (%2) and must be upgraded before it can be read.")
                         .arg(path)
                         .arg(check.schemaVersion);
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(path, true));
    if (!db->openConnection(origin, error) || !db->configure(error))
        return nullptr;
    return db;
}

bool Database::openConnection(FileOrigin origin, QString* error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout());
    if (m_readOnly && (origin == FileOrigin::Received || !QFile::exists(m_path + QStringLiteral("-wal")))) {
        // A read-only connection to a WAL-mode file creates -wal and -shm beside it and, unable to checkpoint,
        // leaves them there on close. With no -wal present no program is writing the file, so it is read as
        // immutable, like inspect() does: nothing is created and the folder stays as it was. The price: a program
        // that starts writing the file while it is open read-only is not seen here (reopen to see its changes).
        m_db.setDatabaseName(immutableUri(m_path));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (m_readOnly) {
        // A writer has the file open (or left a -wal behind): its -wal and -shm are there already, and its
        // unfinished WAL content must be read too.
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + busy);
    } else {
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(busy);
    }
    if (!m_db.open()) {
        if (error)
            *error = tr("%1 cannot be opened: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    return hardenConnection(m_db, m_readOnly ? FileTrust::Untrusted : FileTrust::Own, error);
}

bool Database::configure(QString* error)
{
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA trusted_schema = OFF")};
    // Without it INSERT OR REPLACE deletes a decision_log row without firing the append-only delete trigger.
    pragmas << QStringLiteral("PRAGMA recursive_triggers = ON");
    if (!m_readOnly) {
        // WAL keeps readers unblocked; FULL sync keeps every reported commit across a power cut.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& pragma : pragmas) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma)) {
            if (error)
                *error = tr("%1 cannot be opened: %2").arg(m_path, query.lastError().text());
            return false;
        }
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return pragmaValue(db, QStringLiteral("user_version"), nullptr).toInt();
}

QString Database::workspaceUid() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_uid'"));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Database::migrateTo(int targetVersion, QString* error)
{
    int current = schemaVersion();
    for (const Migration& step : migrations()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        sql::Transaction tx(m_db);
        if (!tx.isActive()) {
            if (error)
                *error = tx.errorString();
            return false;
        }
        for (const QString& statement : step.statements) {
            QSqlQuery query(m_db);
            if (!query.exec(statement)) {
                if (error)
                    *error = tr("Migration to version %1 failed: %2").arg(step.version).arg(query.lastError().text());
                return false;
            }
        }
        if (step.dataStep && !step.dataStep(m_db, error))
            return false;
        QSqlQuery bump(m_db);
        // PRAGMA cannot take bound values; the version is our own integer constant.
        if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
            if (error)
                *error = tr("Migration to version %1 failed: %2").arg(step.version).arg(bump.lastError().text());
            return false;
        }
        if (!tx.commit(error))
            return false;
        current = step.version;
    }
    return true;
}

} // namespace cb
