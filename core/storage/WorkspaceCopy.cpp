// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceCopy.h"

#include "SqlUtil.h"
#include "SqliteWorkspaceStore.h"
#include "postgres/PostgresWorkspaceStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QSqlDatabase* connectionOf(WorkspaceStore& store)
{
    if (auto* sqlite = dynamic_cast<SqliteWorkspaceStore*>(&store))
        return &sqlite->database().connection();
    if (auto* postgres = dynamic_cast<PostgresWorkspaceStore*>(&store))
        return &postgres->database().connection();
    return nullptr;
}

// Every table of the workspace, parents before the rows that point at them. The names are this list's own: no table
// or column name is ever taken from the data being copied. Actors and themes point at their own table (a borough's
// city, a theme's cluster): they are written without that link first and linked once all their rows are there.
const QStringList& tables()
{
    static const QStringList list{
        QStringLiteral("countries"),         QStringLiteral("sources"),          QStringLiteral("source_titles"),
        QStringLiteral("themes"),            QStringLiteral("theme_names"),      QStringLiteral("actors"),
        QStringLiteral("cities"),            QStringLiteral("institutions"),     QStringLiteral("actor_names"),
        QStringLiteral("actor_texts"),       QStringLiteral("actor_sources"),    QStringLiteral("aliases"),
        QStringLiteral("memberships"),       QStringLiteral("events"),           QStringLiteral("event_titles"),
        QStringLiteral("participations"),    QStringLiteral("respondent_groups"), QStringLiteral("priorities"),
        QStringLiteral("offers"),            QStringLiteral("interests"),        QStringLiteral("interest_themes"),
        QStringLiteral("partnerships"),      QStringLiteral("partnership_themes"), QStringLiteral("stage_changes"),
        QStringLiteral("notes"),             QStringLiteral("decision_log"),     QStringLiteral("pair_rules"),
        QStringLiteral("settings"),
    };
    return list;
}

bool selfReferencing(const QString& table)
{
    return table == QLatin1String("actors") || table == QLatin1String("themes");
}

qint64 countRows(QSqlDatabase& db, const QString& table, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
        fail(error, query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

/** The target's columns of table (our own schema, laid out by our migrations), in order. */
QStringList columnsOf(QSqlDatabase& db, const QString& table)
{
    // Our schema's column names are plain lower-case identifiers; anything else would not be ours, and would never
    // be written into a statement: the table then counts as missing.
    static const QRegularExpression plainIdentifier(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i) {
        if (!plainIdentifier.match(record.fieldName(i)).hasMatch())
            return {};
        names << record.fieldName(i);
    }
    return names;
}

bool copyTable(QSqlDatabase& from, QSqlDatabase& to, const QString& table, QString* error)
{
    const QStringList columns = columnsOf(to, table);
    if (columns.isEmpty())
        return fail(error, tr("The table %1 is missing in the target.").arg(table));
    const int parentColumn = selfReferencing(table) ? int(columns.indexOf(QStringLiteral("parent_id"))) : -1;
    QSqlQuery read(from);
    read.setForwardOnly(true);
    const QString order = columns.contains(QStringLiteral("id")) ? QStringLiteral(" ORDER BY id") : QString();
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QStringLiteral(", ")), table, order)))
        return fail(error, tr("Reading %1 failed: %2").arg(table, read.lastError().text()));
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return fail(error, tr("Writing %1 failed: %2").arg(table, write.lastError().text()));
    QList<std::pair<QVariant, QVariant>> links; // (id, parent_id)
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = read.value(i);
            if (i == parentColumn && !value.isNull()) {
                links.append({read.value(int(columns.indexOf(QStringLiteral("id")))), value});
                value = QVariant(QMetaType::fromType<qint64>());
            }
            write.addBindValue(value);
        }
        if (!write.exec())
            return fail(error, tr("Writing %1 failed: %2").arg(table, write.lastError().text()));
    }
    if (read.lastError().isValid())
        return fail(error, tr("Reading %1 failed: %2").arg(table, read.lastError().text()));
    for (const auto& [id, parent] : links) {
        if (!sql::exec(to, QStringLiteral("UPDATE %1 SET parent_id = ? WHERE id = ?").arg(table), {parent, id}, error))
            return false;
    }
    return true;
}

} // namespace

qint64 WorkspaceCopyReport::total() const
{
    qint64 sum = 0;
    for (qint64 n : rows)
        sum += n;
    return sum;
}

bool copyWorkspace(WorkspaceStore& source, WorkspaceStore& target, WorkspaceCopyReport* report, QString* error)
{
    QSqlDatabase* from = connectionOf(source);
    QSqlDatabase* to = connectionOf(target);
    if (!from || !to)
        return fail(error, tr("This kind of workspace cannot be copied."));
    if (target.isReadOnly())
        return fail(error, tr("The target %1 is read-only.").arg(target.location()));
    // Checked inside the copy's transaction: on SQLite it already holds the write lock; on PostgreSQL a row written
    // meanwhile would break the per-table count check below, which rolls the whole copy back.
    sql::Transaction tx(*to);
    if (!tx.isActive(error))
        return false;
    for (const QString& table : tables()) {
        const qint64 n = countRows(*to, table, error);
        if (n < 0)
            return false;
        if (n > 0)
            return fail(error, tr("The target %1 is not empty (%2 holds %3 rows); nothing was copied.")
                                   .arg(target.location(), table)
                                   .arg(n));
    }
    if (sql::dialectOf(*to) == sql::Dialect::Postgres) {
        // The server writes the officer's role into the history; a copy keeps the names as they were, which only
        // the owner of the tables may ask for (for this transaction only).
        QSqlQuery query(*to);
        if (!sql::exec(query, QStringLiteral("SELECT set_config('citybridge.copy_history', 'on', true)"), {}, error)
            || !sql::exec(query, QStringLiteral("SELECT cb_copying_history(to_regclass('decision_log'))"), {}, error)
            || !query.next())
            return false;
        if (!query.value(0).toBool())
            return fail(error, tr("Only the owner of the tables in %1 can copy a workspace into it: the decision log "
                                  "would otherwise lose who took each decision.")
                                   .arg(target.location()));
    }
    for (const QString& table : tables()) {
        if (!copyTable(*from, *to, table, error))
            return false;
    }
    // The workspace keeps its identity (merges recognise it by this uid); the schema version stays the target's.
    {
        QSqlQuery read(*from);
        if (!read.exec(QStringLiteral("SELECT key, value FROM meta WHERE key <> 'schema_version'")))
            return fail(error, read.lastError().text());
        while (read.next()) {
            if (!sql::exec(*to,
                           QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                          "value = excluded.value"),
                           {read.value(0), read.value(1)}, error))
                return false;
        }
    }
    if (sql::dialectOf(*to) == sql::Dialect::Postgres) {
        // Rows came with their ids: the sequences continue after the highest one.
        for (const QString& table : tables()) {
            if (!columnsOf(*to, table).contains(QStringLiteral("id")))
                continue;
            if (!sql::exec(*to,
                           QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, "
                                          "false) FROM %1")
                               .arg(table),
                           {table}, error))
                return false;
        }
    }
    WorkspaceCopyReport counted;
    for (const QString& table : tables()) {
        const qint64 expected = countRows(*from, table, error);
        const qint64 written = countRows(*to, table, error);
        if (expected < 0 || written < 0)
            return false;
        if (expected != written)
            return fail(error, tr("Verification failed: %1 has %2 rows in the source and %3 in the copy; nothing was "
                                  "copied.")
                                   .arg(table)
                                   .arg(expected)
                                   .arg(written));
        counted.rows.insert(table, written);
    }
    if (!tx.commit(error))
        return false;
    if (report)
        *report = counted;
    return true;
}

} // namespace cb
