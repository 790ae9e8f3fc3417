// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace packages: an export of the sample opens as a workspace with the same data and a marker saying who
// exported it, when and from which workspace; the workspace itself is not touched; damaged, foreign and missing
// files are refused with a clear message.
#include "exchange/WorkspacePackage.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList summary(WorkspaceStore& store)
{
    WorkspaceData d;
    QString error;
    if (!loadWorkspace(store, &d, &error))
        return {error};
    QStringList lines;
    for (const Actor& a : d.actors)
        lines << QStringLiteral("actor %1 %2 %3 %4")
                     .arg(a.uid, a.names.value(lang::Zh))
                     .arg(a.city.population)
                     .arg(a.version);
    for (const Source& s : d.sources)
        lines << QStringLiteral("source %1").arg(s.uid);
    for (const Event& e : d.events)
        lines << QStringLiteral("event %1 %2").arg(e.uid).arg(e.participations.size());
    for (const Partnership& p : d.partnerships)
        lines << QStringLiteral("partnership %1 %2 %3").arg(p.uid, p.stage).arg(p.history.size());
    lines << QStringLiteral("statements %1 interests %2 themes %3")
                 .arg(d.statements.size())
                 .arg(d.interests.size())
                 .arg(d.themes.size());
    lines << QStringLiteral("decisions %1").arg(store.pipeline().allDecisions(&error).size());
    lines.sort();
    return lines;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void replacesAnExistingPackage();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesToOverwriteItsWorkspace();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = path(QStringLiteral("mine.citybridge"));
    QString error;
    std::unique_ptr<SqliteWorkspaceStore> store = SqliteWorkspaceStore::create(m_workspace, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
}

void TestPackage::roundTrip()
{
    QString error;
    std::unique_ptr<SqliteWorkspaceStore> mine = SqliteWorkspaceStore::open(m_workspace, &error);
    QVERIFY2(mine, qPrintable(error));
    const QStringList expected = summary(*mine);
    const QString uid = mine->database().workspaceUid();
    QVERIFY(!uid.isEmpty());

    // Exported while the workspace is open, as the GUI does.
    const QString package = path(QStringLiteral("round.cbpkg"));
    const QDateTime at(QDate(2026, 3, 4), QTime(10, 30), Qt::UTC);
    QVERIFY2(WorkspacePackage::exportPackage(m_workspace, package, QStringLiteral("ana"), &error, at),
             qPrintable(error));
    QVERIFY(!QFile::exists(package + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(package + QStringLiteral(".partial")));
    const QByteArray written = fileHash(package);

    PackageInfo info;
    {
        std::unique_ptr<SqliteWorkspaceStore> opened = WorkspacePackage::openPackage(package, &info, &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(opened->isReadOnly());
        QCOMPARE(summary(*opened), expected);
    }
    QVERIFY(info.isValid());
    QCOMPARE(info.exportedBy, QStringLiteral("ana"));
    QCOMPARE(info.exportedAt, at);
    QCOMPARE(info.workspaceUid, uid);
    QCOMPARE(info.workspaceName, QStringLiteral("mine.citybridge"));
    QCOMPARE(fileHash(package), written); // opening read-only wrote nothing

    // A colleague opens the package as a workspace of their own.
    const QString copy = path(QStringLiteral("colleague.citybridge"));
    QVERIFY(QFile::copy(package, copy));
    std::unique_ptr<SqliteWorkspaceStore> colleague = SqliteWorkspaceStore::open(copy, &error);
    QVERIFY2(colleague, qPrintable(error));
    QCOMPARE(summary(*colleague), expected);

    // The workspace itself did not get the marker.
    const QMap<QString, QString> settings = mine->pipeline().settings(&error);
    QVERIFY(!PackageInfo::fromSettings(settings).isValid());
}

void TestPackage::replacesAnExistingPackage()
{
    const QString package = path(QStringLiteral("again.cbpkg"));
    {
        QFile old(package);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file that the export replaces");
    }
    QString error;
    QVERIFY2(WorkspacePackage::exportPackage(m_workspace, package, QStringLiteral("li"), &error), qPrintable(error));
    PackageInfo info;
    QVERIFY2(WorkspacePackage::openPackage(package, &info, &error), qPrintable(error));
    QCOMPARE(info.exportedBy, QStringLiteral("li"));
    QVERIFY(qAbs(info.exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestPackage::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("truncateTo"); // -1: write content; otherwise a good package cut to this many bytes
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << -1 << QStringLiteral("not an SQLite database");
    QTest::newRow("text") << QByteArray("city,country\nLuoyang,CN\n") << -1 << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated") << QByteArray() << 8192 << QStringLiteral("damaged");
    QTest::newRow("other sqlite") << QByteArray() << -2 << QStringLiteral("not a CityBridge workspace");
}

void TestPackage::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, truncateTo);
    QFETCH(QString, expected);
    const QString bad = path(QStringLiteral("bad-%1.cbpkg")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(QLatin1Char(' '), QLatin1Char('-')));
    QString error;
    if (truncateTo == -2) {
        const QString name = QStringLiteral("other");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")).lastError().type() == QSqlError::NoError);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else if (truncateTo > 0) {
        const QString good = path(QStringLiteral("good.cbpkg"));
        QVERIFY2(WorkspacePackage::exportPackage(m_workspace, good, QStringLiteral("ana"), &error), qPrintable(error));
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        content = in.read(truncateTo);
        QVERIFY(in.size() > truncateTo);
    }
    if (truncateTo != -2) {
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const QByteArray before = fileHash(bad);
    error.clear();
    PackageInfo info;
    QVERIFY(!WorkspacePackage::openPackage(bad, &info, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(fileHash(bad), before);

    QVERIFY(!WorkspacePackage::openPackage(path(QStringLiteral("missing.cbpkg")), &info, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));

    // A damaged workspace cannot be exported either, and no package appears.
    const QString target = path(QStringLiteral("from-bad.cbpkg"));
    QVERIFY(!WorkspacePackage::exportPackage(bad, target, QStringLiteral("ana"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(target));
}

void TestPackage::refusesToOverwriteItsWorkspace()
{
    const QByteArray before = fileHash(m_workspace);
    QString error;
    QVERIFY(!WorkspacePackage::exportPackage(m_workspace, m_workspace, QStringLiteral("ana"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(fileHash(m_workspace), before);
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
