// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCheck.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cb {

namespace {

/** type and name -> definition (whitespace folded) */
using Schema = QMap<QPair<QString, QString>, QString>;

bool readSchema(QSqlDatabase& db, Schema* schema, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        schema->insert({query.value(0).toString(), query.value(1).toString()}, query.value(2).toString().simplified());
    return true;
}

Schema buildExpected(int version)
{
    Schema schema;
    const QString name = QStringLiteral("citybridge-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        bool ok = db.open();
        for (const Migration& step : migrations()) {
            if (!ok || step.version > version)
                break;
            for (const QString& statement : step.statements) {
                QSqlQuery query(db);
                ok = ok && query.exec(statement);
            }
            if (ok && step.dataStep)
                ok = step.dataStep(db, nullptr);
        }
        QString error;
        if (ok)
            readSchema(db, &schema, &error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

const Schema& expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it == cache.end())
        it = cache.insert(version, buildExpected(version));
    return it.value();
}

QString missing(const QString& type, const QString& name)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("cb::Database", "the table %1 is missing").arg(name);
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("cb::Database", "the index %1 is missing").arg(name);
    return QCoreApplication::translate("cb::Database", "the trigger %1 is missing").arg(name);
}

QString changed(const QString& type, const QString& name)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("cb::Database", "the definition of the table %1 was changed").arg(name);
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("cb::Database", "the definition of the index %1 was changed").arg(name);
    return QCoreApplication::translate("cb::Database", "the definition of the trigger %1 was changed").arg(name);
}

QString unexpected(const QString& type, const QString& name)
{
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("cb::Database", "it contains a view %1 that CityBridge does not make")
            .arg(name);
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("cb::Database", "it contains a trigger %1 that CityBridge does not make")
            .arg(name);
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("cb::Database", "it contains an index %1 that CityBridge does not make")
            .arg(name);
    return QCoreApplication::translate("cb::Database", "it contains a table %1 that CityBridge does not make")
        .arg(name);
}

} // namespace

QString schemaProblem(QSqlDatabase& db, int version)
{
    // Version 0 is a file Database::create() stamped with our application id but had not yet migrated: empty.
    if (version < 0 || version > latestSchemaVersion())
        return QCoreApplication::translate("cb::Database", "the schema of version %1 is unknown to this program")
            .arg(version);
    const Schema& expected = expectedSchema(version);
    Schema actual;
    QString error;
    if (!readSchema(db, &actual, &error))
        return QCoreApplication::translate("cb::Database", "its schema cannot be read: %1").arg(error);
    // Tables first, then triggers, then indexes: a dropped table is named rather than its index.
    for (const QLatin1String type : {QLatin1String("table"), QLatin1String("trigger"), QLatin1String("index")}) {
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.key().first != type)
                continue;
            const auto found = actual.constFind(it.key());
            if (found == actual.cend())
                return missing(it.key().first, it.key().second);
            if (found.value() != it.value())
                return changed(it.key().first, it.key().second);
        }
    }
    // Anything else, of any type (an unknown type is reported as a table).
    QString other;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (expected.contains(it.key()))
            continue;
        if (it.key().first == QLatin1String("table") && it.key().second.startsWith(QLatin1String("sqlite_stat")))
            continue;
        // Views and triggers, which could run code, are named before tables and indexes.
        if (it.key().first == QLatin1String("view") || it.key().first == QLatin1String("trigger"))
            return unexpected(it.key().first, it.key().second);
        if (other.isEmpty() || it.key().first == QLatin1String("table"))
            other = unexpected(it.key().first, it.key().second);
    }
    return other;
}

} // namespace cb
