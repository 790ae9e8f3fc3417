// SPDX-License-Identifier: GPL-3.0-or-later
// The schema ladder step by step: what each migration adds, its data step, upgrades of old files with their backup,
// a fresh workspace's settings, and the append-only decision log.
#include "SqliteProbe.h"

#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqliteWorkspaceStore.h"
#include "storage/sql/SqlActorRepository.h"
#include "text/SearchKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace cb;
using test::SqliteProbe;

using ColumnMap = QMap<QString, QStringList>;

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QLatin1String(item));
    return result;
}

/** Every schema object with its SQL text, so two schemas can be compared exactly. */
QStringList schemaSql(QSqlDatabase& db)
{
    QStringList result;
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'")))
        return result;
    while (query.next())
        result.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1String(": ") +
                      query.value(2).toString());
    result.sort();
    return result;
}

/** Drops every table (indexes and triggers go with them) and sets user_version back to 0; application_id stays. */
bool resetToEmpty(QSqlDatabase& db, QString* error)
{
    if (!test::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    for (const QString& object : test::schemaObjects(db)) {
        if (object.startsWith(QLatin1String("table:")) &&
            !test::run(db, QStringLiteral("DROP TABLE \"%1\"").arg(object.mid(6)), error))
            return false;
    }
    return test::run(db, QStringLiteral("PRAGMA user_version = 0"), error) &&
           test::run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

/**
 * A Database handle on a file at schema version 0: Database only hands out migrated handles, so a fresh workspace
 * is emptied again through its own connection, which leaves exactly an SQLite file with CityBridge's application_id.
 */
std::unique_ptr<Database> emptyWorkspace(const QString& path, QString* error)
{
    auto db = Database::create(path, error);
    if (!db || !resetToEmpty(db->connection(), error))
        return nullptr;
    return db;
}

/** A closed file at the given schema version; version 0 is a raw SQLite file with only the application_id set. */
bool makeFileAtVersion(const QString& path, int version, QString* error)
{
    if (version == 0) {
        SqliteProbe raw(path);
        return raw.isOpen() && raw.run(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error);
    }
    auto db = emptyWorkspace(path, error);
    return db && db->migrateTo(version, error);
}

const QStringList& version1Tables()
{
    static const QStringList tables =
        list({"meta",         "countries",   "sources",     "source_titles",  "actors",         "cities",
              "institutions", "actor_names", "actor_texts", "actor_sources",  "aliases",        "memberships",
              "themes",       "theme_names", "events",      "event_titles",   "participations", "respondent_groups",
              "priorities",   "offers",      "interests",   "interest_themes"});
    return tables;
}

/** The backup taken before the upgrade to the latest version, from the workspace's backup listing; or empty. */
BackupInfo migrationBackup(const QString& path)
{
    for (const BackupInfo& b : listBackups(path)) {
        if (b.kind == BackupKind::BeforeMigration && b.migrationTarget == latestSchemaVersion())
            return b;
    }
    return BackupInfo();
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void ladderIsOrdered();
    void eachStepAddsItsObjects_data();
    void eachStepAddsItsObjects();
    void walkTheWholeLadder();
    void dataStepFillsAliasSearchKeys();
    void failedStepKeepsThePreviousVersion();
    void migrateToNeverGoesDown();
    void openUpgradesEveryOldVersion_data();
    void openUpgradesEveryOldVersion();
    void openV2KeepsDataAndLeavesABackup();
    void failedBackupStopsTheMigration();
    void freshWorkspaceSettings();
    void createRefusesAnExistingFile();
    void decisionLogIsAppendOnly();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("ws%1.citybridge").arg(++m_files)); }
};

void TestMigrations::ladderIsOrdered()
{
    QVERIFY(m_dir.isValid());
    const QList<Migration>& steps = migrations();
    QCOMPARE(steps.size(), 4);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, i + 1);
        QVERIFY2(!steps[i].description.isEmpty(), qPrintable(QString::number(steps[i].version)));
        QVERIFY(!steps[i].statements.isEmpty());
    }
    QCOMPARE(latestSchemaVersion(), 4);
    QCOMPARE(kApplicationId, 0x43425247); // "CBRG": existing files carry this value, it must never change
}

void TestMigrations::eachStepAddsItsObjects_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<ColumnMap>("columns");

    QStringList v1;
    for (const QString& table : version1Tables())
        v1.append(QStringLiteral("table:") + table);
    v1 += list({"index:idx_actors_kind", "index:idx_participations_event", "index:idx_participations_actor",
                "index:idx_priorities_actor", "index:idx_offers_actor", "index:idx_interests_from",
                "index:idx_interests_to"});
    const QStringList statementColumns =
        list({"id", "actor_id", "group_id", "theme_id", "weight", "mentions", "source_id", "date", "note"});
    ColumnMap c1{
        {QStringLiteral("meta"), list({"key", "value"})},
        {QStringLiteral("countries"),
         list({"code", "code3", "numeric_code", "region", "subregion", "name_en", "name_zh", "name_es"})},
        {QStringLiteral("sources"), list({"id", "uid", "kind", "date", "publisher", "url", "citation"})},
        {QStringLiteral("source_titles"), list({"source_id", "lang", "title"})},
        {QStringLiteral("actors"),
         list({"id", "uid", "kind", "country_code", "parent_id", "version", "created_at", "updated_at"})},
        {QStringLiteral("cities"), list({"actor_id", "geoname_id", "latitude", "longitude", "population",
                                         "population_year", "area_km2", "timezone", "admin_region"})},
        {QStringLiteral("institutions"), list({"actor_id", "category", "abbreviation", "website"})},
        {QStringLiteral("actor_names"), list({"actor_id", "lang", "name"})},
        {QStringLiteral("actor_texts"), list({"actor_id", "field", "lang", "body"})},
        {QStringLiteral("actor_sources"), list({"actor_id", "source_id"})},
        {QStringLiteral("aliases"), list({"id", "actor_id", "alias", "lang"})},
        {QStringLiteral("memberships"), list({"id", "institution_id", "city_id", "role", "source_id"})},
        {QStringLiteral("themes"), list({"id", "key", "parent_id", "sort_order"})},
        {QStringLiteral("theme_names"), list({"theme_id", "lang", "name"})},
        {QStringLiteral("events"), list({"id", "uid", "kind", "date", "end_date", "source_id", "note"})},
        {QStringLiteral("event_titles"), list({"event_id", "lang", "title"})},
        {QStringLiteral("participations"),
         list({"id", "event_id", "actor_id", "role", "person", "person_title", "source_id"})},
        {QStringLiteral("respondent_groups"),
         list({"id", "uid", "source_id", "event_id", "country_code", "respondents", "label"})},
        {QStringLiteral("priorities"), statementColumns},
        {QStringLiteral("offers"), statementColumns},
        {QStringLiteral("interests"), list({"id", "from_actor_id", "from_group_id", "to_actor_id", "to_country",
                                            "strength", "mentions", "source_id", "date", "note"})},
        {QStringLiteral("interest_themes"), list({"interest_id", "theme_id"})},
    };
    QTest::newRow("v1 actors, themes, sources, events, evidence") << 1 << v1 << c1;

    ColumnMap c2{
        {QStringLiteral("partnerships"),
         list({"id", "uid", "actor_a", "actor_b", "stage", "started_on", "owner", "next_action", "next_action_due",
               "last_activity", "summary", "source_id", "version"})},
        {QStringLiteral("partnership_themes"), list({"partnership_id", "theme_id"})},
        {QStringLiteral("stage_changes"),
         list({"id", "partnership_id", "stage", "date", "changed_by", "recorded_at", "note", "source_id"})},
        {QStringLiteral("notes"), list({"id", "subject_kind", "subject_id", "author", "created_at", "body"})},
        {QStringLiteral("decision_log"), list({"id", "at", "user_name", "action", "actor_a", "actor_b",
                                               "partnership_id", "reason", "score_snapshot", "details"})},
    };
    QTest::newRow("v2 partnerships, history, notes, decision log")
        << 2
        << list({"table:partnerships", "table:partnership_themes", "table:stage_changes", "table:notes",
                 "table:decision_log", "trigger:decision_log_no_update", "trigger:decision_log_no_delete",
                 "index:idx_stage_changes_partnership", "index:idx_decision_log_pair", "index:idx_notes_subject"})
        << c2;

    ColumnMap c3{
        {QStringLiteral("pair_rules"), list({"actor_a", "actor_b", "rule", "reason", "created_by", "created_at"})},
        {QStringLiteral("settings"), list({"key", "value"})},
    };
    QTest::newRow("v3 pair rules and settings") << 3 << list({"table:pair_rules", "table:settings"}) << c3;

    ColumnMap c4{{QStringLiteral("aliases"), list({"id", "actor_id", "alias", "lang", "search_key"})}};
    QTest::newRow("v4 alias search keys") << 4 << list({"index:idx_aliases_search_key"}) << c4;
}

void TestMigrations::eachStepAddsItsObjects()
{
    QFETCH(int, version);
    QFETCH(QStringList, added);
    QFETCH(ColumnMap, columns);

    QString error;
    auto db = emptyWorkspace(newPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(test::schemaObjects(db->connection()), QStringList());
    QVERIFY2(db->migrateTo(version - 1, &error), qPrintable(error));
    QCOMPARE(db->schemaVersion(), version - 1);
    const QStringList before = test::schemaObjects(db->connection());
    QMap<QString, QStringList> columnsBefore;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsBefore.insert(it.key(), test::columns(db->connection(), it.key()));

    QVERIFY2(db->migrateTo(version, &error), qPrintable(error));
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("PRAGMA user_version")).toInt(), version);
    QCOMPARE(db->schemaVersion(), version);
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);

    const QStringList after = test::schemaObjects(db->connection());
    for (const QString& object : before)
        QVERIFY2(after.contains(object), qPrintable(object + QLatin1String(" disappeared")));
    QStringList newObjects;
    for (const QString& object : after) {
        if (!before.contains(object))
            newObjects.append(object);
    }
    added.sort();
    QCOMPARE(newObjects, added);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QCOMPARE(test::columns(db->connection(), it.key()), it.value());
        QVERIFY2(columnsBefore.value(it.key()) != it.value(), qPrintable(it.key() + QLatin1String(" was already so")));
    }
    QCOMPARE(test::integrityCheck(db->connection()), QStringLiteral("ok"));
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(),
             0);
}

void TestMigrations::walkTheWholeLadder()
{
    QString error;
    auto db = emptyWorkspace(newPath(), &error);
    QVERIFY2(db, qPrintable(error));
    int objects = 0;
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        QVERIFY2(db->migrateTo(version, &error), qPrintable(error));
        QCOMPARE(test::scalar(db->connection(), QStringLiteral("PRAGMA user_version")).toInt(), version);
        const int now = int(test::schemaObjects(db->connection()).size());
        QVERIFY2(now > objects, qPrintable(QStringLiteral("step %1 added nothing").arg(version)));
        objects = now;
    }
    // Walking the ladder one step at a time gives exactly the schema of a workspace created in one go.
    auto fresh = Database::create(newPath(), &error);
    QVERIFY2(fresh, qPrintable(error));
    const QStringList walked = schemaSql(db->connection());
    QVERIFY(walked.size() > 30);
    QCOMPARE(walked, schemaSql(fresh->connection()));
}

void TestMigrations::dataStepFillsAliasSearchKeys()
{
    QString error;
    auto db = emptyWorkspace(newPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(db->migrateTo(3, &error), qPrintable(error));
    QSqlDatabase& c = db->connection();
    QVERIFY2(test::run(c,
                       QStringLiteral("INSERT INTO actors(id, uid, kind, created_at, updated_at) VALUES "
                                      "(1, 'city:queretaro', 'city', 'x', 'x'), (2, 'city:luoyang', 'city', 'x', 'x')"),
                       &error),
             qPrintable(error));
    QVERIFY2(test::run(c,
                       QStringLiteral("INSERT INTO aliases(id, actor_id, alias, lang) VALUES "
                                      "(10, 1, 'Santiago de Querétaro', 'es'), (11, 1, 'QRO', NULL), "
                                      "(12, 2, '洛陽市', 'zh'), (13, 2, 'Luo Yang', 'en')"),
                       &error),
             qPrintable(error));

    QVERIFY2(db->migrateTo(4, &error), qPrintable(error));
    const QList<std::pair<int, QString>> expected{{10, QStringLiteral("santiagodequeretaro")},
                                                  {11, QStringLiteral("qro")},
                                                  {12, QStringLiteral("洛阳")},
                                                  {13, QStringLiteral("luoyang")}};
    for (const auto& [id, key] : expected) {
        const QString stored =
            test::scalar(c, QStringLiteral("SELECT search_key FROM aliases WHERE id = %1").arg(id)).toString();
        QCOMPARE(stored, key);
        const QString alias =
            test::scalar(c, QStringLiteral("SELECT alias FROM aliases WHERE id = %1").arg(id)).toString();
        QCOMPARE(stored, searchKey(alias)); // the same function the repositories use when they write
    }
    SqlActorRepository actors(c);
    QCOMPARE(actors.findByName(QStringLiteral("Querétaro")), QList<ActorId>()); // "Querétaro" alone is no alias
    QCOMPARE(actors.findByName(QStringLiteral("santiago de queretaro")), QList<ActorId>{1});
    QCOMPARE(actors.findByName(QStringLiteral("洛阳")), QList<ActorId>{2});
    QCOMPARE(actors.findByName(QStringLiteral("LUOYANG")), QList<ActorId>{2});
}

void TestMigrations::failedStepKeepsThePreviousVersion()
{
    QString error;
    auto db = emptyWorkspace(newPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(db->migrateTo(3, &error), qPrintable(error));
    // A column the v4 step wants to add is already there (say, a hand-edited file): the step must fail as a whole.
    QVERIFY2(test::run(db->connection(), QStringLiteral("ALTER TABLE aliases ADD COLUMN search_key TEXT"), &error),
             qPrintable(error));
    const QStringList before = schemaSql(db->connection());
    error.clear();
    QVERIFY(!db->migrateTo(4, &error));
    QVERIFY2(error.contains(QLatin1String("version 4")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("search_key")), qPrintable(error));
    QCOMPARE(db->schemaVersion(), 3);
    QCOMPARE(schemaSql(db->connection()), before);
    QVERIFY(!test::schemaObjects(db->connection()).contains(QStringLiteral("index:idx_aliases_search_key")));
    // The failed step left no transaction open: the connection still writes.
    QVERIFY2(test::run(db->connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('a', 'b')"), &error),
             qPrintable(error));
}

void TestMigrations::migrateToNeverGoesDown()
{
    QString error;
    auto db = Database::create(newPath(), &error);
    QVERIFY2(db, qPrintable(error));
    const QStringList schema = schemaSql(db->connection());
    QVERIFY2(db->migrateTo(2, &error), qPrintable(error));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QVERIFY2(db->migrateTo(latestSchemaVersion(), &error), qPrintable(error));
    QCOMPARE(schemaSql(db->connection()), schema);
}

void TestMigrations::openUpgradesEveryOldVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("raw file with only the application id (v0)") << 0;
    QTest::newRow("v1") << 1;
    QTest::newRow("v2") << 2;
    QTest::newRow("v3") << 3;
}

void TestMigrations::openUpgradesEveryOldVersion()
{
    QFETCH(int, version);
    QString error;
    const QString path = newPath();
    QVERIFY2(makeFileAtVersion(path, version, &error), qPrintable(error));
    {
        SqliteProbe probe(path);
        QCOMPARE(probe.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
    }
    const WorkspaceCheck check = Database::inspect(path);
    QVERIFY2(check.ok, qPrintable(check.error));
    QCOMPARE(check.schemaVersion, version);

    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    auto fresh = Database::create(newPath(), &error);
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(schemaSql(db->connection()), schemaSql(fresh->connection()));

    // The copy before the upgrade is in the rotating backups, listed as such, verified and at the old version.
    const BackupInfo info = migrationBackup(path);
    const QString backup = info.path;
    QVERIFY2(QFile::exists(backup), qPrintable(backupFolder(path)));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(backupFolder(path)).absoluteFilePath());
    QVERIFY2(info.verified, qPrintable(info.problem));
    QCOMPARE(info.schemaVersion, version);
    QCOMPARE(backupKindLabel(info), QStringLiteral("before migration to v%1").arg(latestSchemaVersion()));
    QVERIFY(QFileInfo(backup).fileName().endsWith(QStringLiteral(".before-v%1.citybridge").arg(latestSchemaVersion())));
    QCOMPARE(QDir(backupFolder(path)).entryList(QDir::Files), QStringList{QFileInfo(backup).fileName()});
    QVERIFY(!QFile::exists(path + QStringLiteral(".before-v%1.bak").arg(latestSchemaVersion())));
    {
        SqliteProbe old(backup, true);
        QVERIFY2(old.isOpen(), qPrintable(old.errorString()));
        QCOMPARE(test::integrityCheck(old.db()), QStringLiteral("ok"));
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    }

    // Restorable: the workspace goes back to the old version, and opening it upgrades it again.
    db.reset();
    QString undo;
    QVERIFY2(restoreBackup(backup, path, &error, &undo), qPrintable(error));
    QCOMPARE(Database::inspect(path).schemaVersion, version);
    QCOMPARE(Database::inspect(undo).schemaVersion, latestSchemaVersion());
    auto reopened = Database::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->schemaVersion(), latestSchemaVersion());
}

void TestMigrations::failedBackupStopsTheMigration()
{
    QString error;
    const QString path = newPath();
    QVERIFY2(makeFileAtVersion(path, 2, &error), qPrintable(error));
    const QByteArray before = sha256(path);
    // A plain file where the backup folder should be: the backup cannot be written (even for root).
    {
        QFile blocker(backupFolder(path));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
    }
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("backup")), qPrintable(error));
    QCOMPARE(sha256(path), before);
    QCOMPARE(Database::inspect(path).schemaVersion, 2);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    // With the folder free again the upgrade goes ahead, after its backup.
    QVERIFY(QFile::remove(backupFolder(path)));
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(migrationBackup(path).verified);
}

void TestMigrations::openV2KeepsDataAndLeavesABackup()
{
    QString error;
    const QString path = newPath();
    {
        auto db = emptyWorkspace(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(db->migrateTo(2, &error), qPrintable(error));
        QSqlDatabase& c = db->connection();
        for (const char* statement :
             {"INSERT INTO countries(code, name_en) VALUES ('MX', 'Mexico'), ('CN', 'China')",
              "INSERT INTO actors(id, uid, kind, country_code, created_at, updated_at) VALUES "
              "(1, 'city:puebla', 'city', 'MX', 't', 't'), (2, 'city:xian', 'city', 'CN', 't', 't')",
              "INSERT INTO actor_names(actor_id, lang, name) VALUES (1, 'en', 'Puebla'), (2, 'en', 'Xi''an')",
              "INSERT INTO aliases(id, actor_id, alias, lang) VALUES (1, 1, 'Heroica Puebla de Zaragoza', 'es'), "
              "(2, 2, '西安市', 'zh')",
              "INSERT INTO partnerships(id, uid, actor_a, actor_b, stage) VALUES (1, 'p:1', 1, 2, 'contacted')",
              "INSERT INTO decision_log(at, user_name, action, actor_a, actor_b, reason) VALUES "
              "('2021-05-04T10:00:00Z', 'officer', 'accept', 1, 2, 'shared heritage')"}) {
            QVERIFY2(test::run(c, QString::fromUtf8(statement), &error), qPrintable(error));
        }
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QSqlDatabase& c = db->connection();
    QCOMPARE(test::rowCount(c, QStringLiteral("actors")), 2);
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT stage FROM partnerships WHERE id = 1")).toString(),
             QStringLiteral("contacted"));
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT reason FROM decision_log")).toString(),
             QStringLiteral("shared heritage"));
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT search_key FROM aliases WHERE id = 1")).toString(),
             QStringLiteral("heroicapuebladezaragoza"));
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT search_key FROM aliases WHERE id = 2")).toString(),
             QStringLiteral("西安"));
    QCOMPARE(test::rowCount(c, QStringLiteral("pair_rules")), 0);

    const QString backup = migrationBackup(path).path;
    QVERIFY2(QFile::exists(backup), qPrintable(backupFolder(path)));
    SqliteProbe old(backup, true);
    QVERIFY2(old.isOpen(), qPrintable(old.errorString()));
    QCOMPARE(test::integrityCheck(old.db()), QStringLiteral("ok"));
    QCOMPARE(old.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(test::rowCount(old.db(), QStringLiteral("actors")), 2);
    QCOMPARE(test::rowCount(old.db(), QStringLiteral("decision_log")), 1);
    QCOMPARE(test::columns(old.db(), QStringLiteral("aliases")), list({"id", "actor_id", "alias", "lang"}));
    QCOMPARE(test::rowCount(old.db(), QStringLiteral("pair_rules")), -1); // v3 never ran on the backup

    // Opening the now current file again takes no second backup and changes nothing in the first.
    db.reset();
    const QByteArray backupBytes = [&] {
        QFile f(backup);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!backupBytes.isEmpty());
    auto again = Database::open(path, &error);
    QVERIFY2(again, qPrintable(error));
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), backupBytes);
    QCOMPARE(listBackups(path).size(), 1);
}

void TestMigrations::freshWorkspaceSettings()
{
    QString error;
    const QString path = newPath();
    auto db = Database::create(path, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlDatabase& c = db->connection();
    QCOMPARE(test::integrityCheck(c), QStringLiteral("ok"));
    QCOMPARE(test::scalar(c, QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    QCOMPARE(db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(test::scalar(c, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
    QCOMPARE(test::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(test::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(test::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2);        // FULL
    QCOMPARE(test::scalar(c, QStringLiteral("PRAGMA recursive_triggers")).toInt(), 1); // guards the decision log
    QVERIFY(!db->isReadOnly());
    QCOMPARE(db->path(), path);

    const QString uid = db->workspaceUid();
    QVERIFY(!QUuid::fromString(uid).isNull());
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_uid'")).toString(), uid);
    const QDateTime created = QDateTime::fromString(
        test::scalar(c, QStringLiteral("SELECT value FROM meta WHERE key = 'created_at'")).toString(), Qt::ISODate);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    for (const QString& table : version1Tables())
        QVERIFY2(test::rowCount(c, table) == (table == QLatin1String("meta") ? 3 : 0), qPrintable(table));

    // WAL mode is stored in the file, so every later connection gets it too.
    SqliteProbe other(path);
    QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));

    // Two workspaces never share an id.
    auto second = Database::create(newPath(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->workspaceUid() != uid);
}

void TestMigrations::createRefusesAnExistingFile()
{
    const QString path = newPath();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("field notes, not a workspace\n");
    }
    QString error;
    QVERIFY(!Database::create(path, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("field notes, not a workspace\n"));
}

void TestMigrations::decisionLogIsAppendOnly()
{
    QString error;
    auto store = SqliteWorkspaceStore::create(newPath(), &error);
    QVERIFY2(store, qPrintable(error));
    for (const char* action : {"accept", "decline"}) {
        DecisionEntry entry;
        entry.user = QStringLiteral("officer");
        entry.action = QLatin1String(action);
        entry.reason = QStringLiteral("first reason");
        QVERIFY2(store->pipeline().appendDecision(entry, &error), qPrintable(error));
        QVERIFY(entry.id > 0);
    }
    QSqlDatabase& c = store->database().connection();
    error.clear();
    QVERIFY(!test::run(c, QStringLiteral("UPDATE decision_log SET reason = 'rewritten' WHERE id = 1"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    error.clear();
    QVERIFY(!test::run(c, QStringLiteral("DELETE FROM decision_log WHERE id = 1"), &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QVERIFY(!test::run(c, QStringLiteral("DELETE FROM decision_log"), &error));
    QVERIFY(!test::run(c,
                       QStringLiteral("INSERT OR REPLACE INTO decision_log(id, at, user_name, action) "
                                      "VALUES (1, 'now', 'intruder', 'edit')"),
                       &error));

    const QList<DecisionEntry> log = store->pipeline().allDecisions(&error);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].reason, QStringLiteral("first reason"));
    QCOMPARE(log[0].user, QStringLiteral("officer"));
    QCOMPARE(log[1].action, QStringLiteral("decline"));
    // Appending still works after the refused edits.
    DecisionEntry third;
    third.user = QStringLiteral("officer");
    third.action = QStringLiteral("undo");
    QVERIFY2(store->pipeline().appendDecision(third, &error), qPrintable(error));
    QCOMPARE(store->pipeline().allDecisions(&error).size(), 3);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
