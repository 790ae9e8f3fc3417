// SPDX-License-Identifier: GPL-3.0-or-later
// Files that must be refused: not a workspace, another program's database, a newer schema, truncated or damaged
// files, a read-only file. Each refusal says why, and leaves the file and its folder exactly as they were.
#include "SmallWorkspace.h"
#include "SqliteProbe.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;
using test::SqliteProbe;

namespace {

enum class Maker
{
    TextFile,
    EmptyFile,
    PngLike,
    SqliteHeaderThenGarbage,
    ForeignSqlite,
    NewerVersion,
    Truncated,
    DamagedPage
};

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/** Every file in the folder, hidden ones too: a leftover -wal, -shm, -journal or backup shows up here. */
QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray pseudoRandomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

/**
 * A real workspace with rows in most tables and about 200 KB of profile text, closed again so that everything is
 * in the main file (no -wal beside it).
 */
bool makeWorkspace(const QString& path, QString* error)
{
    auto store = SqliteWorkspaceStore::create(path, error);
    if (!store)
        return false;
    Country mexico;
    mexico.code = QStringLiteral("MX");
    mexico.names.set(lang::En, QStringLiteral("Mexico"));
    if (!store->catalog().saveCountries({mexico}, error))
        return false;
    QRandomGenerator generator(20240501);
    for (int i = 0; i < 110; ++i) {
        Actor city;
        city.uid = QStringLiteral("city:test-%1").arg(i);
        city.countryCode = QStringLiteral("MX");
        city.names.set(lang::En, QStringLiteral("Test City %1").arg(i));
        city.names.set(lang::Es, QStringLiteral("Ciudad de Prueba %1").arg(i));
        QString profile;
        for (int w = 0; w < 300; ++w)
            profile += QString::number(generator.generate(), 36) + QLatin1Char(' ');
        city.profile.set(lang::En, profile);
        city.city.latitude = 19.0 + i / 100.0;
        city.city.longitude = -99.0 - i / 100.0;
        if (!store->actors().save(city, error))
            return false;
    }
    for (int i = 0; i < 40; ++i) {
        Note note;
        note.subjectKind = QStringLiteral("actor");
        note.subjectId = 1 + i;
        note.author = QStringLiteral("officer");
        note.body = QStringLiteral("Follow-up call %1 about the heritage exchange.").arg(i);
        if (!store->pipeline().addNote(note, error))
            return false;
    }
    return true;
}

bool make(Maker maker, const QString& path, QString* error)
{
    switch (maker) {
    case Maker::TextFile:
        return writeFile(path, QByteArrayLiteral("city,country,population\n") +
                                   QByteArray("Luoyang,CN,7056700\nPuebla,MX,1692181\n").repeated(12));
    case Maker::EmptyFile:
        return writeFile(path, QByteArray());
    case Maker::PngLike:
        return writeFile(path, QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR") + pseudoRandomBytes(8192, 7));
    case Maker::SqliteHeaderThenGarbage:
        return writeFile(path, QByteArray("SQLite format 3\0", 16) + pseudoRandomBytes(8192, 11));
    case Maker::ForeignSqlite: {
        SqliteProbe other(path);
        return other.isOpen() &&
               other.run(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"), error) &&
               other.run(QStringLiteral("INSERT INTO recipes(name) VALUES ('mole poblano')"), error);
    }
    case Maker::NewerVersion: {
        if (!makeWorkspace(path, error))
            return false;
        SqliteProbe raw(path);
        return raw.run(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1), error);
    }
    case Maker::Truncated: {
        if (!makeWorkspace(path, error))
            return false;
        QFile file(path);
        if (file.size() < 200 * 1024) {
            *error = QStringLiteral("the workspace has only %1 bytes").arg(file.size());
            return false;
        }
        return file.resize(file.size() / 2);
    }
    case Maker::DamagedPage: {
        if (!makeWorkspace(path, error))
            return false;
        int pageSize = 0;
        int pages = 0;
        {
            SqliteProbe raw(path);
            pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toInt();
            pages = raw.scalar(QStringLiteral("PRAGMA page_count")).toInt();
            // With no free pages, the page in the middle belongs to a table or an index: damage cannot go unnoticed.
            if (raw.scalar(QStringLiteral("PRAGMA freelist_count")).toInt() != 0 || pages < 40) {
                *error = QStringLiteral("unexpected layout: %1 pages").arg(pages);
                return false;
            }
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(pages / 2) * pageSize))
            return false;
        return file.write(QByteArray(pageSize, char(0xA5))) == pageSize;
    }
    }
    return false;
}

const QString kNotAWorkspace = QStringLiteral("not a CityBridge workspace");
const QString kNewer = QStringLiteral("newer version");
const QString kDamaged = QStringLiteral("damaged");

/** The message gives the expected reason and no other one, and names the file. */
void checkMessage(const QString& message, const QString& reason, const QString& path)
{
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    for (const QString& other : {kNotAWorkspace, kNewer, kDamaged}) {
        if (other != reason)
            QVERIFY2(!message.contains(other), qPrintable(message));
    }
}

/**
 * The file is byte for byte what it was and no file appeared beside it. WAL-mode files are the hard case: a plain
 * read-only SQLite connection gives them a -wal and a -shm, so Database::inspect reads them as immutable.
 */
void checkUntouched(const QString& path, const QByteArray& hash, const QStringList& entries)
{
    QCOMPARE(sha256(path), hash);
    QCOMPARE(folderEntries(QFileInfo(path).path()), entries);
}

} // namespace

Q_DECLARE_METATYPE(Maker)

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

private slots:
    void refusedAndUntouched_data();
    void refusedAndUntouched();
    void currentWorkspaceInspectedWithoutTrace();
    void missingFileIsNotCreated();
    void readOnlyFile();
    void readOnlyOpenLeavesNoTrace();
    void readOnlyOpenSeesAWritersUncheckpointedWork();
};

void TestWorkspaceFiles::refusedAndUntouched_data()
{
    QTest::addColumn<Maker>("maker");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << Maker::TextFile << kNotAWorkspace;
    QTest::newRow("empty file") << Maker::EmptyFile << kNotAWorkspace;
    QTest::newRow("PNG-like binary") << Maker::PngLike << kNotAWorkspace;
    QTest::newRow("SQLite header then garbage") << Maker::SqliteHeaderThenGarbage << kDamaged;
    QTest::newRow("SQLite database of another program") << Maker::ForeignSqlite << kNotAWorkspace;
    QTest::newRow("workspace of a newer version") << Maker::NewerVersion << kNewer;
    QTest::newRow("workspace truncated to half") << Maker::Truncated << kDamaged;
    QTest::newRow("workspace with a damaged page") << Maker::DamagedPage << kDamaged;
}

void TestWorkspaceFiles::refusedAndUntouched()
{
    QFETCH(Maker, maker);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("suspect.citybridge"));
    QString error;
    QVERIFY2(make(maker, path, &error), qPrintable(error));
    QVERIFY(QFile::exists(path));
    const QByteArray hash = sha256(path);
    const QStringList entries = folderEntries(dir.path());
    QCOMPARE(entries, QStringList{QStringLiteral("suspect.citybridge")});

    const WorkspaceCheck check = Database::inspect(path);
    QVERIFY(!check.ok);
    QCOMPARE(check.schemaVersion, 0);
    checkMessage(check.error, reason, path);
    if (QTest::currentTestFailed())
        return;
    checkUntouched(path, hash, entries);
    if (QTest::currentTestFailed())
        return;

    error.clear();
    QVERIFY(!Database::open(path, &error));
    checkMessage(error, reason, path);
    if (QTest::currentTestFailed())
        return;
    checkUntouched(path, hash, entries); // in particular no .before-v*.bak of a file that was refused
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!QFile::exists(path + QStringLiteral(".before-v%1.bak").arg(latestSchemaVersion())));

    error.clear();
    QVERIFY(!Database::openReadOnly(path, &error));
    checkMessage(error, reason, path);
    if (QTest::currentTestFailed())
        return;
    error.clear();
    QVERIFY(!SqliteWorkspaceStore::open(path, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    checkUntouched(path, hash, entries);
}

void TestWorkspaceFiles::currentWorkspaceInspectedWithoutTrace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("good.citybridge"));
    QString error;
    QVERIFY2(makeWorkspace(path, &error), qPrintable(error));
    const QByteArray hash = sha256(path);
    const QStringList entries = folderEntries(dir.path());
    QCOMPARE(entries, QStringList{QStringLiteral("good.citybridge")});

    const WorkspaceCheck check = Database::inspect(path);
    QVERIFY2(check.ok, qPrintable(check.error));
    QCOMPARE(check.schemaVersion, latestSchemaVersion());
    QVERIFY(check.error.isEmpty());
    // A look at a file must not leave files behind.
    checkUntouched(path, hash, entries);
    if (QTest::currentTestFailed())
        return;

    // Opening for real and closing again also leaves only the file (SQLite removes the WAL on the last close).
    {
        auto store = SqliteWorkspaceStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->actors().all(&error).size(), 110);
    }
    QCOMPARE(folderEntries(dir.path()), entries);
}

void TestWorkspaceFiles::missingFileIsNotCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nowhere.citybridge"));
    const WorkspaceCheck check = Database::inspect(path);
    QVERIFY(!check.ok);
    QVERIFY2(check.error.contains(QLatin1String("does not exist")), qPrintable(check.error));
    QString error;
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!Database::openReadOnly(path, &error));
    QCOMPARE(folderEntries(dir.path()), QStringList());

    // A folder is not a workspace file either.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.citybridge")));
    error.clear();
    QVERIFY(!Database::open(dir.filePath(QStringLiteral("folder.citybridge")), &error));
    QVERIFY2(error.contains(QLatin1String("cannot be read")), qPrintable(error));
}

void TestWorkspaceFiles::readOnlyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shared.citybridge"));
    QString error;
    QVERIFY2(makeWorkspace(path, &error), qPrintable(error));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hash = sha256(path);

    // Reading a read-only workspace works for everyone.
    const WorkspaceCheck check = Database::inspect(path);
    QVERIFY2(check.ok, qPrintable(check.error));
    QCOMPARE(check.schemaVersion, latestSchemaVersion());
    {
        auto db = Database::openReadOnly(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isReadOnly());
        SqliteWorkspaceStore store(std::move(db));
        QVERIFY(store.isReadOnly());
        WorkspaceData data;
        QVERIFY2(loadWorkspace(store, &data, &error), qPrintable(error));
        QCOMPARE(data.actors.size(), 110);
        Actor extra;
        extra.names.set(lang::En, QStringLiteral("Not Saved"));
        extra.uid = QStringLiteral("city:not-saved");
        QVERIFY(!store.actors().save(extra, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(extra.id, ActorId(0));
    }
    QCOMPARE(sha256(path), hash);
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("shared.citybridge")});

    // Whether opening for writing is refused depends on permissions stopping writes, which they do not for root.
    {
        QFile writable(path);
        if (writable.open(QIODevice::ReadWrite))
            QSKIP("Running with privileges that ignore file permissions (root): a 0444 file is still writable, so "
                  "the read-only refusal of Database::open cannot be observed here.");
    }
    error.clear();
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY(!SqliteWorkspaceStore::open(path, &error));
    QCOMPARE(sha256(path), hash);
    const QStringList left = folderEntries(dir.path());
    QVERIFY2(!left.contains(QStringLiteral("shared.citybridge.before-v%1.bak").arg(latestSchemaVersion())),
             qPrintable(left.join(QLatin1Char(' '))));
}

// Looking at a workspace read-only must leave its folder as it was: a plain read-only SQLite connection to a WAL-mode
// file creates a -wal and a -shm and, unable to checkpoint, leaves them behind on close.
void TestWorkspaceFiles::readOnlyOpenLeavesNoTrace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("viewed.citybridge"));
    QString error;
    QVERIFY2(makeWorkspace(path, &error), qPrintable(error));
    {
        // The file is in WAL mode (header bytes 18 and 19 are 2), the case that used to leave files behind.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
    }
    const QByteArray hash = sha256(path);
    const QStringList entries = folderEntries(dir.path());
    QCOMPARE(entries, QStringList{QStringLiteral("viewed.citybridge")});
    {
        auto db = Database::openReadOnly(path, &error);
        QVERIFY2(db, qPrintable(error));
        SqliteWorkspaceStore store(std::move(db));
        QCOMPARE(store.actors().all(&error).size(), 110);
        QCOMPARE(store.actors().findByName(QStringLiteral("Test City 7")).size(), 1);
        // Nothing beside the file while it is open either.
        QCOMPARE(folderEntries(dir.path()), entries);
        Actor extra = test::draftCity(QStringLiteral("city:not-saved"), QStringLiteral("Not Saved"));
        QVERIFY(!store.actors().save(extra, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(extra.id, ActorId(0));
    }
    checkUntouched(path, hash, entries);
}

// While another connection writes the file, its -wal holds commits not yet copied into the main file: a read-only
// open must see them, and must leave that writer's -wal and -shm in place.
void TestWorkspaceFiles::readOnlyOpenSeesAWritersUncheckpointedWork()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("busy.citybridge"));
    QString error;
    QVERIFY2(makeWorkspace(path, &error), qPrintable(error));
    {
        auto writer = SqliteWorkspaceStore::open(path, &error);
        QVERIFY2(writer, qPrintable(error));
        QSqlQuery noCheckpoint(writer->database().connection());
        QVERIFY(noCheckpoint.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        Actor fresh = test::draftCity(QStringLiteral("city:fresh"), QStringLiteral("Fresh City"));
        QVERIFY2(writer->actors().save(fresh, &error), qPrintable(error));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        const QStringList withWriter = folderEntries(dir.path());
        {
            auto db = Database::openReadOnly(path, &error);
            QVERIFY2(db, qPrintable(error));
            SqliteWorkspaceStore reader(std::move(db));
            QCOMPARE(reader.actors().findByName(QStringLiteral("Fresh City")), QList<ActorId>{fresh.id});
            QCOMPARE(reader.actors().all(&error).size(), 111);
        }
        QCOMPARE(folderEntries(dir.path()), withWriter);
        QCOMPARE(writer->actors().all(&error).size(), 111);
    }
    // The writer's last close checkpoints and removes its files.
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("busy.citybridge")});
}

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
