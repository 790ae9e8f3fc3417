// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of the exchange: citybridge package writes a package that opens; citybridge merge --dry-run
// prints the plan (with both values of a conflict) and writes nothing; --prefer theirs merges; a merge without
// --workspace, with a bad --prefer or with a damaged package is refused with the usual exit codes.
#include "TestPaths.h"
#include "exchange/WorkspacePackage.h"
#include "storage/Backup.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 population(const QString& workspace, const QString& uid)
{
    QString error;
    std::unique_ptr<SqliteWorkspaceStore> store = SqliteWorkspaceStore::open(workspace, &error);
    WorkspaceData d;
    if (!store || !loadWorkspace(*store, &d, &error))
        return -1;
    for (const Actor& a : d.actors) {
        if (a.uid == uid)
            return a.city.population;
    }
    return -1;
}

} // namespace

class TestMergeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packageThenMerge();
    void refusals();

private:
    Run run(const QStringList& args) const;
    QString path(const QString& name) const { return m_home.filePath(name); }
    QTemporaryDir m_home;
};

Run TestMergeCommand::run(const QStringList& args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("CITYBRIDGE_USER"), QStringLiteral("ana"));
    process.setProcessEnvironment(env);
    process.start(test::binary(), args);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestMergeCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    {
        std::unique_ptr<SqliteWorkspaceStore> mine =
            SqliteWorkspaceStore::create(path(QStringLiteral("mine.cb")), &error);
        QVERIFY2(mine, qPrintable(error));
        QVERIFY2(importSampleJson(*mine, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    QVERIFY2(backupDatabase(path(QStringLiteral("mine.cb")), path(QStringLiteral("theirs.cb")), &error),
             qPrintable(error));
    std::unique_ptr<SqliteWorkspaceStore> theirs =
        SqliteWorkspaceStore::open(path(QStringLiteral("theirs.cb")), &error);
    QVERIFY2(theirs, qPrintable(error));
    WorkspaceData d;
    QVERIFY2(loadWorkspace(*theirs, &d, &error), qPrintable(error));
    for (const Actor& a : d.actors) {
        if (a.uid == QLatin1String("city:luoyang")) {
            Actor changed = a;
            changed.city.population = 7654321;
            QVERIFY2(theirs->actors().save(changed, &error), qPrintable(error));
        }
    }
}

void TestMergeCommand::packageThenMerge()
{
    const QString package = path(QStringLiteral("theirs.cbpkg"));
    Run r = run({QStringLiteral("package"), QStringLiteral("--workspace"), path(QStringLiteral("theirs.cb")),
                 QStringLiteral("--out"), package});
    QCOMPARE(r.code, 0);
    PackageInfo info;
    QString error;
    QVERIFY2(WorkspacePackage::openPackage(package, &info, &error), qPrintable(error));
    QCOMPARE(info.exportedBy, QStringLiteral("ana"));

    const QString mine = path(QStringLiteral("mine.cb"));
    const qint64 before = population(mine, QStringLiteral("city:luoyang"));
    const QByteArray hash = fileHash(mine);
    r = run({QStringLiteral("merge"), package, QStringLiteral("--workspace"), mine, QStringLiteral("--dry-run"),
             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("applied")).toBool(true), false);
    const QJsonArray conflicts = plan.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.first().toObject();
    QCOMPARE(c.value(QStringLiteral("uid")).toString(), QStringLiteral("city:luoyang"));
    QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("population"));
    QCOMPARE(c.value(QStringLiteral("mine")).toString(), QString::number(before));
    QCOMPARE(c.value(QStringLiteral("theirs")).toString(), QStringLiteral("7654321"));
    QCOMPARE(c.value(QStringLiteral("keep")).toString(), QStringLiteral("mine"));
    QCOMPARE(plan.value(QStringLiteral("added")).toArray().size(), 0);
    QCOMPARE(fileHash(mine), hash);

    r = run({QStringLiteral("merge"), package, QStringLiteral("--workspace"), mine});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Population")) && r.out.contains(QStringLiteral("7654321")),
             qPrintable(r.out));
    QCOMPARE(population(mine, QStringLiteral("city:luoyang")), before); // mine kept by default

    r = run({QStringLiteral("merge"), package, QStringLiteral("--workspace"), mine, QStringLiteral("--prefer"),
             QStringLiteral("theirs"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(population(mine, QStringLiteral("city:luoyang")), qint64(7654321));
}

void TestMergeCommand::refusals()
{
    const QString mine = path(QStringLiteral("mine.cb"));
    const QByteArray hash = fileHash(mine);
    Run r = run({QStringLiteral("merge"), path(QStringLiteral("theirs.cb"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--workspace")), qPrintable(r.err));
    r = run({QStringLiteral("merge"), path(QStringLiteral("theirs.cb")), QStringLiteral("--workspace"), mine,
             QStringLiteral("--prefer"), QStringLiteral("both")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("package")});
    QCOMPARE(r.code, 2);

    const QString damaged = path(QStringLiteral("damaged.cbpkg"));
    {
        QFile in(path(QStringLiteral("theirs.cb")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    r = run({QStringLiteral("merge"), damaged, QStringLiteral("--workspace"), mine});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QCOMPARE(fileHash(mine), hash);
}

QTEST_GUILESS_MAIN(TestMergeCommand)
#include "tst_mergecommand.moc"
