// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/WorkspaceStore.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cb::test {

/**
 * The storage backend a test process runs against. The storage tests are registered twice in CTest: as themselves
 * (SQLite) and with the suffix _pg, which sets CITYBRIDGE_TEST_BACKEND=postgres. The PostgreSQL server comes from
 * CITYBRIDGE_TEST_PG (tests/support/pg-test-server.sh sets it, with CITYBRIDGE_TEST_PG_OFFICER_A and _B).
 */
enum class Backend
{
    Sqlite,
    Postgres,
};

Backend backend();
bool onPostgres();
/** Empty when the backend can be used; otherwise why not (no server configured). */
QString backendUnavailable();
/** CITYBRIDGE_REQUIRE_PG=1 (set by ./run tests): a missing server fails the _pg tests instead of skipping them. */
bool postgresRequired();

/** Call first in initTestCase(): skips (or, when required, fails) the test when its backend is not there. */
#define CB_REQUIRE_BACKEND()                                                                                            \
    do {                                                                                                              \
        const QString why = cb::test::backendUnavailable();                                                           \
        if (!why.isEmpty()) {                                                                                         \
            if (cb::test::postgresRequired())                                                                         \
                QFAIL(qPrintable(why));                                                                               \
            QSKIP(qPrintable(why));                                                                                   \
        }                                                                                                             \
    } while (false)

/** A database error that names a foreign key (SQLite: "FOREIGN KEY constraint failed", PostgreSQL: "... foreign key"). */
bool isForeignKeyError(const QString& error);

/**
 * A fresh, empty workspace on the test's backend: an SQLite file in a temporary folder, or a new schema of its own in
 * the test database (owned by the CITYBRIDGE_TEST_PG role, usable by the officer roles), dropped at the end.
 */
class TestStore
{
public:
    TestStore();
    ~TestStore();
    TestStore(const TestStore&) = delete;
    TestStore& operator=(const TestStore&) = delete;

    bool create(QString* error);
    /** Closes and opens again: whatever was not committed is gone. */
    bool reopen(QString* error);
    /** A second, independent connection to the same workspace (on PostgreSQL as the role of officerUrl if given). */
    std::unique_ptr<WorkspaceStore> openAnother(QString* error, const QString& officerUrl = QString());
    /** What openWorkspaceStore() takes: the file path, or the URL with its schema (and password: tests only). */
    QString location() const { return m_location; }
    /** The location for an officer's URL: the same schema, that role's login. */
    QString locationFor(const QString& officerUrl) const;
    QSqlDatabase& db();

    std::unique_ptr<WorkspaceStore> store;

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_schema;
};

} // namespace cb::test
