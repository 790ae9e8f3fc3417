// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic backups and restore: one backup per calendar day (injected clock), the newest N verified ones kept,
// a damaged backup never pushes a good one out, a restore brings the data back exactly and can be undone, and a
// damaged or foreign backup is refused with the workspace left byte for byte as it was; the same through
// citybridge restore.
#include "TestPaths.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace cb;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** Runs statements on a workspace through its own connection (closed afterwards, so the log is folded in). */
bool execSql(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/** A hash of every row of every table, independent of page layout: the data, not the bytes. */
QByteArray dataHash(const QString& path)
{
    const QString name = QUuid::createUuid().toString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QByteArray();
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                return QByteArray();
            QStringList lines;
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << rows.value(i).toString();
                lines << cells.join(QChar(0x1f));
            }
            std::sort(lines.begin(), lines.end());
            hash.addData(table.toUtf8());
            hash.addData(lines.join(QChar(0x1e)).toUtf8());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

/** Overwrites two pages after the first (the schema page stays readable) so that the checks fail. */
bool damage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 4 * 4096)
        return false;
    file.seek(4096);
    return file.write(QByteArray(8192, '\x5a')) == 8192;
}

QDateTime day(int n, int hour = 9)
{
    return QDateTime(QDate(2024, 3, 1).addDays(n - 1), QTime(hour, 0));
}

QList<QDate> backupDays(const QString& workspace)
{
    QList<QDate> days;
    for (const BackupInfo& b : listBackups(workspace))
        days << b.createdAt.date();
    return days;
}

} // namespace

class TestBackupRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void onePerDayKeepsNewestSeven();
    void damagedWorkspaceRotatesNothingOut();
    void damagedBackupNeverCountsAsKept();
    void migrationBackupsJoinTheRotation();
    void restoreRoundTripAndUndo();
    void damagedBackupRefused();
    void commandLine();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_template;
    QString m_workspace;
    int m_case = 0;
};

void TestBackupRotation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = path(QStringLiteral("template.citybridge"));
    QString error;
    std::unique_ptr<SqliteWorkspaceStore> store = SqliteWorkspaceStore::create(m_template, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
}

void TestBackupRotation::init()
{
    // Each test works on its own copy, in its own folder, so the backup folders do not mix.
    const QString folder = path(QStringLiteral("case%1").arg(++m_case));
    QVERIFY(QDir().mkpath(folder));
    m_workspace = folder + QStringLiteral("/office.citybridge");
    QString error;
    QVERIFY2(backupDatabase(m_template, m_workspace, &error), qPrintable(error));
}

void TestBackupRotation::onePerDayKeepsNewestSeven()
{
    QString error;
    QVERIFY2(backupIfDue(m_workspace, day(1), &error), qPrintable(error));
    QCOMPARE(listBackups(m_workspace).size(), 1);
    // Later the same day: not due.
    QVERIFY2(backupIfDue(m_workspace, day(1, 18), &error), qPrintable(error));
    QCOMPARE(listBackups(m_workspace).size(), 1);
    QCOMPARE(QFileInfo(listBackups(m_workspace).first().path).fileName(),
             QStringLiteral("office-20240301-090000.citybridge"));
    QCOMPARE(QFileInfo(listBackups(m_workspace).first().path).absolutePath(),
             QFileInfo(m_workspace).absolutePath() + QStringLiteral("/office.backups"));

    for (int n = 2; n <= 10; ++n) {
        QVERIFY2(backupIfDue(m_workspace, day(n), &error), qPrintable(error));
        QVERIFY2(backupIfDue(m_workspace, day(n, 23), &error), qPrintable(error));
        QCOMPARE(listBackups(m_workspace).size(), std::min(n, kDefaultBackupsKept));
    }
    QList<QDate> expected;
    for (int n = 10; n >= 4; --n)
        expected << day(n).date();
    QCOMPARE(backupDays(m_workspace), expected);
    for (const BackupInfo& b : listBackups(m_workspace)) {
        QVERIFY2(b.verified, qPrintable(b.problem));
        QCOMPARE(dataHash(b.path), dataHash(m_workspace));
    }
    QVERIFY(!QFileInfo::exists(m_workspace + QStringLiteral("-wal"))
            || QFileInfo(m_workspace + QStringLiteral("-wal")).size() == 0);

    // A smaller keep takes effect at the next backup; today's damaged backup makes the day due again.
    QVERIFY(damage(listBackups(m_workspace).first().path));
    QVERIFY2(backupIfDue(m_workspace, day(10, 12), &error, 2), qPrintable(error));
    const QList<BackupInfo> left = listBackups(m_workspace);
    QCOMPARE(left.size(), 3); // day 10 noon (new), day 10 morning (damaged, not counted), day 9
    QVERIFY(left.at(0).verified);
    QVERIFY(!left.at(1).verified);
    QVERIFY(!left.at(1).problem.isEmpty());
    QCOMPARE(left.at(2).createdAt.date(), day(9).date());
}

void TestBackupRotation::damagedWorkspaceRotatesNothingOut()
{
    QString error;
    for (int n = 1; n <= 3; ++n)
        QVERIFY2(backupIfDue(m_workspace, day(n), &error, 3), qPrintable(error));
    QCOMPARE(listBackups(m_workspace).size(), 3);
    QStringList before;
    for (const BackupInfo& b : listBackups(m_workspace))
        before << b.path;

    // The new backup of a damaged workspace fails its integrity check: no older backup may go.
    QVERIFY(damage(m_workspace));
    error.clear();
    QVERIFY(!backupIfDue(m_workspace, day(4), &error, 3));
    QVERIFY(!error.isEmpty());
    QStringList after;
    for (const BackupInfo& b : listBackups(m_workspace)) {
        after << b.path;
        QVERIFY(b.verified);
    }
    QCOMPARE(after, before);
    // No unfinished copy (or its -wal and -shm) is left behind.
    QCOMPARE(QDir(backupFolder(m_workspace)).entryList(QDir::Files).size(), 3);

    // keep = 1 with only one verified backup: a failed new one never deletes it.
    QVERIFY(!backupIfDue(m_workspace, day(5), &error, 1));
    QCOMPARE(listBackups(m_workspace).size(), 3);
}

void TestBackupRotation::damagedBackupNeverCountsAsKept()
{
    QString error;
    QVERIFY2(backupIfDue(m_workspace, day(1), &error, 2), qPrintable(error));
    QVERIFY2(backupIfDue(m_workspace, day(2), &error, 2), qPrintable(error));
    QVERIFY(damage(listBackups(m_workspace).first().path)); // day 2 goes bad on disk
    QVERIFY2(backupIfDue(m_workspace, day(3), &error, 2), qPrintable(error));
    // Two verified ones are kept (day 3 and day 1); a count by files alone would have deleted day 1.
    const QList<BackupInfo> backups = listBackups(m_workspace);
    QCOMPARE(backupDays(m_workspace), (QList<QDate>{day(3).date(), day(2).date(), day(1).date()}));
    QVERIFY(backups.at(0).verified);
    QVERIFY(!backups.at(1).verified);
    QVERIFY(backups.at(2).verified);
    // The next day the damaged one is older than the two newest verified ones and goes.
    QVERIFY2(backupIfDue(m_workspace, day(4), &error, 2), qPrintable(error));
    QCOMPARE(backupDays(m_workspace), (QList<QDate>{day(4).date(), day(3).date()}));
}

void TestBackupRotation::migrationBackupsJoinTheRotation()
{
    QString error;
    QVERIFY2(backupIfDue(m_workspace, day(1), &error, 2), qPrintable(error));
    QVERIFY2(backupIfDue(m_workspace, day(2), &error, 2), qPrintable(error));
    QVERIFY(damage(listBackups(m_workspace).first().path)); // day 2 goes bad on disk

    QString made;
    QVERIFY2(backupBeforeMigration(m_workspace, 9, day(3), &made, &error, 2), qPrintable(error));
    QCOMPARE(QFileInfo(made).fileName(), QStringLiteral("office-20240303-090000.before-v9.citybridge"));
    QList<BackupInfo> backups = listBackups(m_workspace);
    QCOMPARE(backups.size(), 3); // the damaged day 2 does not count: day 1 (good) stays
    QCOMPARE(backups.at(0).path, made);
    QCOMPARE(backups.at(0).kind, BackupKind::BeforeMigration);
    QCOMPARE(backups.at(0).migrationTarget, 9);
    QVERIFY2(backups.at(0).verified, qPrintable(backups.at(0).problem));
    QCOMPARE(dataHash(made), dataHash(m_workspace));
    QVERIFY(!backups.at(1).verified);
    QCOMPARE(backups.at(2).createdAt.date(), day(1).date());
    QVERIFY(backups.at(2).verified);
    QCOMPARE(backups.at(2).kind, BackupKind::Daily);

    // A backup before a migration is not the day's backup: the daily one is still due, and then two good ones stay.
    QVERIFY2(backupIfDue(m_workspace, day(3, 10), &error, 2), qPrintable(error));
    backups = listBackups(m_workspace);
    QCOMPARE(backups.size(), 2);
    QCOMPARE(backups.at(0).kind, BackupKind::Daily);
    QCOMPARE(backups.at(1).path, made);

    // The same name twice in one second gets a sequence number and is still listed as a migration backup.
    QString second;
    QVERIFY2(backupBeforeMigration(m_workspace, 9, day(3), &second, &error, 3), qPrintable(error));
    QCOMPARE(QFileInfo(second).fileName(), QStringLiteral("office-20240303-090000-2.before-v9.citybridge"));
    QCOMPARE(listBackups(m_workspace).size(), 3);
    QCOMPARE(listBackups(m_workspace).at(1).kind, BackupKind::BeforeMigration);

    // A damaged workspace: the backup fails its check, the migration would stop, and nothing is rotated out.
    QStringList before;
    for (const BackupInfo& b : listBackups(m_workspace))
        before << b.path;
    QVERIFY(damage(m_workspace));
    error.clear();
    QVERIFY(!backupBeforeMigration(m_workspace, 9, day(4), nullptr, &error, 1));
    QVERIFY(!error.isEmpty());
    QStringList after;
    for (const BackupInfo& b : listBackups(m_workspace))
        after << b.path;
    QCOMPARE(after, before);
    // (dataHash() above read the migration backup through a plain connection, which leaves its -wal and -shm.)
    QStringList left = QDir(backupFolder(m_workspace)).entryList(QDir::Files);
    left.removeAll(QFileInfo(made).fileName() + QStringLiteral("-wal"));
    left.removeAll(QFileInfo(made).fileName() + QStringLiteral("-shm"));
    QCOMPARE(left.join(QLatin1Char(' ')), [&] {
        QStringList names;
        for (const QString& p : before)
            names << QFileInfo(p).fileName();
        names.sort();
        return names.join(QLatin1Char(' '));
    }());
}

void TestBackupRotation::restoreRoundTripAndUndo()
{
    QString error;
    QVERIFY2(backupIfDue(m_workspace, day(1), &error), qPrintable(error));
    const QString backup = listBackups(m_workspace).first().path;
    const QByteArray original = dataHash(m_workspace);
    QVERIFY(!original.isEmpty());

    QVERIFY(execSql(m_workspace, {QStringLiteral("INSERT INTO meta (key, value) VALUES ('restore_test', 'later')"),
                                  QStringLiteral("UPDATE countries SET name_en = name_en || ' (changed)' "
                                                 "WHERE code IN (SELECT country_code FROM actors)")}));
    const QByteArray changed = dataHash(m_workspace);
    QVERIFY(changed != original);

    QString undo;
    QVERIFY2(restoreBackup(backup, m_workspace, &error, &undo), qPrintable(error));
    QCOMPARE(dataHash(m_workspace), original);
    QVERIFY(!QFileInfo::exists(m_workspace + QStringLiteral(".restoring")));
    QVERIFY(QFileInfo::exists(undo));
    QCOMPARE(dataHash(undo), changed);
    QCOMPARE(listBackups(m_workspace).size(), 2);
    QVERIFY(listBackups(m_workspace).first().verified);
    QCOMPARE(listBackups(m_workspace).first().path, undo);
    QCOMPARE(listBackups(m_workspace).first().kind, BackupKind::BeforeRestore);
    QVERIFY(undo.endsWith(QStringLiteral(".before-restore.citybridge")));

    // Undo: restore the copy taken before.
    QVERIFY2(restoreBackup(undo, m_workspace, &error), qPrintable(error));
    QCOMPARE(dataHash(m_workspace), changed);
    // The restored file opens as a workspace.
    std::unique_ptr<SqliteWorkspaceStore> store = SqliteWorkspaceStore::open(m_workspace, &error);
    QVERIFY2(store, qPrintable(error));

    // Restoring the workspace onto itself is refused.
    QVERIFY(!restoreBackup(m_workspace, m_workspace, &error));
}

void TestBackupRotation::damagedBackupRefused()
{
    QString error;
    QVERIFY2(backupIfDue(m_workspace, day(1), &error), qPrintable(error));
    const QString backup = listBackups(m_workspace).first().path;
    QVERIFY(damage(backup));
    const QByteArray bytes = fileHash(m_workspace);
    const QStringList folderBefore = QDir(backupFolder(m_workspace)).entryList(QDir::Files);

    error.clear();
    QVERIFY(!restoreBackup(backup, m_workspace, &error));
    QVERIFY(error.contains(QFileInfo(backup).fileName()));
    QCOMPARE(fileHash(m_workspace), bytes);
    QCOMPARE(QDir(backupFolder(m_workspace)).entryList(QDir::Files), folderBefore);
    QVERIFY(!QFileInfo::exists(m_workspace + QStringLiteral(".restoring")));
    QVERIFY(!QFileInfo::exists(m_workspace + QStringLiteral(".restoring.partial")));

    // An SQLite file that is not a CityBridge workspace, and a text file, are refused the same way.
    const QString foreign = path(QStringLiteral("foreign.sqlite"));
    QVERIFY(execSql(foreign, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")}));
    QVERIFY(!restoreBackup(foreign, m_workspace, &error));
    QVERIFY(error.contains(QStringLiteral("not a CityBridge workspace")));
    const QString text = path(QStringLiteral("notes.citybridge"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    }
    QVERIFY(!restoreBackup(text, m_workspace, &error));
    QVERIFY(!restoreBackup(path(QStringLiteral("missing.citybridge")), m_workspace, &error));
    QCOMPARE(fileHash(m_workspace), bytes);
}

void TestBackupRotation::commandLine()
{
    QString error;
    QVERIFY2(backupIfDue(m_workspace, day(1), &error), qPrintable(error));
    QVERIFY2(backupIfDue(m_workspace, day(2), &error), qPrintable(error));
    const QByteArray original = dataHash(m_workspace);
    QVERIFY(execSql(m_workspace, {QStringLiteral("INSERT INTO meta (key, value) VALUES ('cli_test', 'x')")}));

    auto run = [this](const QStringList& args, QString* out = nullptr) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(test::binary(), args);
        if (!process.waitForFinished(120000))
            return -1;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };

    QString out;
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--list"), QStringLiteral("--workspace"), m_workspace},
                 &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("office-20240302-090000.citybridge")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("office-20240301-090000.citybridge")), qPrintable(out));
    QVERIFY(out.indexOf(QStringLiteral("20240302")) < out.indexOf(QStringLiteral("20240301")));

    // By file name, as --list prints it.
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("office-20240302-090000.citybridge"),
                  QStringLiteral("--workspace"), m_workspace},
                 &out),
             0);
    QCOMPARE(dataHash(m_workspace), original);
    // The state it replaced is listed as the backup before the restore.
    QCOMPARE(
        run({QStringLiteral("restore"), QStringLiteral("--list"), QStringLiteral("--workspace"), m_workspace}, &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("before restore")) && out.contains(QStringLiteral("daily")), qPrintable(out));

    // Refusals: no workspace, no backup named, a damaged backup (workspace unchanged).
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("office-20240301-090000.citybridge")}), 2);
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--workspace"), m_workspace}), 2);
    QVERIFY(damage(QDir(backupFolder(m_workspace)).filePath(QStringLiteral("office-20240301-090000.citybridge"))));
    const QByteArray bytes = fileHash(m_workspace);
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("office-20240301-090000.citybridge"),
                  QStringLiteral("--workspace"), m_workspace},
                 &out),
             1);
    QVERIFY2(out.contains(QStringLiteral("cannot be restored")), qPrintable(out));
    QCOMPARE(fileHash(m_workspace), bytes);
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--list"), QStringLiteral("--workspace"), m_workspace},
                 &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("damaged")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
