// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a colleague's package: two copies of the sample diverge (a new city in each, Luoyang's population
// changed differently, a decision-log line in each, a partnership moved on in theirs). The plan lists the new
// entities and exactly the conflicting field; "mine" and "theirs" give the expected values; every uid of both sides
// survives; the decision logs are united; undo restores every table exactly; a damaged package changes nothing.
#include "SqliteProbe.h"
#include "TestBackend.h"

#include "exchange/MergeEdit.h"
#include "exchange/WorkspaceMerge.h"
#include "exchange/WorkspacePackage.h"
#include "storage/Backup.h"

#include "storage/OpenWorkspaceStore.h"
#include "storage/SqliteWorkspaceStore.h"
#include "storage/WorkspaceCopy.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace cb;

namespace {

const QString Luoyang = QStringLiteral("city:luoyang");
const QString MexicoLuoyang = QStringLiteral("pship:mexico-city-luoyang");

WorkspaceData load(WorkspaceStore& store)
{
    WorkspaceData d;
    QString error;
    if (!loadWorkspace(store, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

const Actor* byUid(const WorkspaceData& d, const QString& uid)
{
    for (const Actor& a : d.actors) {
        if (a.uid == uid)
            return &a;
    }
    return nullptr;
}

const Partnership* partnership(const WorkspaceData& d, const QString& uid)
{
    for (const Partnership& p : d.partnerships) {
        if (p.uid == uid)
            return &p;
    }
    return nullptr;
}

/** Every table but the append-only log, row by row and sorted; ids of rows that saving re-creates left out. */
QStringList dumpTables(QSqlDatabase& db)
{
    QStringList tables;
    for (const QString& object : test::schemaObjects(db)) {
        if (object.startsWith(QLatin1String("table:")) && object != QLatin1String("table:decision_log"))
            tables << object.mid(6);
    }
    QStringList lines;
    for (const QString& table : tables) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM ") + table);
        while (rows.next()) {
            QStringList values{table};
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) == QLatin1String("id") &&
                    (table == QLatin1String("aliases") || table == QLatin1String("participations")))
                    continue;
                values << record.fieldName(i) + QLatin1Char('=') + rows.value(i).toString();
            }
            lines << values.join(QLatin1Char('|'));
        }
    }
    lines.sort();
    return lines;
}

QStringList decisionLines(WorkspaceStore& store)
{
    QString error;
    QStringList lines;
    for (const DecisionEntry& d : store.pipeline().allDecisions(&error))
        lines << QStringList{d.at.toString(Qt::ISODateWithMs), d.user, d.action, d.details}.join(QLatin1Char('|'));
    return lines;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CB_REQUIRE_BACKEND(); }
    void init();
    void cleanup();
    void planListsNewEntitiesAndConflicts();
    void applyKeepingMine();
    void applyTakingTheirs();
    void undoRestoresExactlyAndRedoAddsNothingTwice();
    void mergingTwiceAddsNothing();
    void damagedPackageChangesNothing();
    void sameCityRecognisedByName();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void diverge();
    MergePlan planFromPackage();
    bool run(MergeEdit& edit, bool undo = false);

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_mine;
    std::unique_ptr<test::TestStore> m_backend; // PostgreSQL (_pg variant): "mine" is copied into a fresh schema
    QSqlDatabase& mineDb();
    /** The name the log keeps for an entry written as user: on PostgreSQL the role that wrote it. */
    QString logged(const QString& user) const;
    QString m_package;
    QDateTime m_mineLogAt;
    QDateTime m_theirLogAt;
    QString m_stageBefore;
    QString m_stageAfter;
};

void TestMerge::init()
{
    QVERIFY(m_dir.isValid());
    for (const QString& name : {QStringLiteral("base.cb"), QStringLiteral("mine.cb"), QStringLiteral("theirs.cb"),
                                QStringLiteral("theirs.cbpkg")}) {
        QFile::remove(path(name));
        QFile::remove(path(name) + QStringLiteral("-wal"));
        QFile::remove(path(name) + QStringLiteral("-shm"));
    }
    QString error;
    {
        std::unique_ptr<SqliteWorkspaceStore> base =
            SqliteWorkspaceStore::create(path(QStringLiteral("base.cb")), &error);
        QVERIFY2(base, qPrintable(error));
        QVERIFY2(importSampleJson(*base, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    QVERIFY2(backupDatabase(path(QStringLiteral("base.cb")), path(QStringLiteral("mine.cb")), &error),
             qPrintable(error));
    QVERIFY2(backupDatabase(path(QStringLiteral("base.cb")), path(QStringLiteral("theirs.cb")), &error),
             qPrintable(error));
    diverge();
}

QSqlDatabase& TestMerge::mineDb()
{
    return m_backend ? m_backend->db() : static_cast<SqliteWorkspaceStore*>(m_mine.get())->database().connection();
}

QString TestMerge::logged(const QString& user) const
{
    return test::onPostgres() ? QUrl(m_backend->location()).userName() : user;
}

void TestMerge::cleanup()
{
    m_mine.reset();
    if (m_backend)
        m_backend->store.reset();
    m_backend.reset();
}

void TestMerge::diverge()
{
    QString error;
    m_mineLogAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    m_theirLogAt = QDateTime(QDate(2026, 5, 2), QTime(14, 15), Qt::UTC);
    const auto edit = [&](WorkspaceStore& store, const QString& cityUid, const QString& cityName, qint64 population,
                          const QString& user, const QDateTime& at) {
        WorkspaceData d = load(store);
        Actor city;
        city.uid = cityUid;
        city.kind = ActorKind::City;
        city.countryCode = QStringLiteral("MX");
        city.names.set(lang::En, cityName);
        city.city.population = 120000;
        QVERIFY2(store.actors().save(city, &error), qPrintable(error));
        const Actor* luoyang = byUid(d, Luoyang);
        QVERIFY(luoyang);
        Actor changed = *luoyang;
        changed.city.population = population;
        QVERIFY2(store.actors().save(changed, &error), qPrintable(error));
        const Partnership* p = partnership(d, MexicoLuoyang);
        QVERIFY(p);
        DecisionEntry entry;
        entry.at = at;
        entry.user = user;
        entry.action = QStringLiteral("edit");
        entry.actorA = std::min(p->actorA, p->actorB);
        entry.actorB = std::max(p->actorA, p->actorB);
        entry.partnershipId = p->id;
        entry.reason = QStringLiteral("call with ") + cityName;
        QVERIFY2(store.pipeline().appendDecision(entry, &error), qPrintable(error));
    };

    {
        std::unique_ptr<SqliteWorkspaceStore> theirs =
            SqliteWorkspaceStore::open(path(QStringLiteral("theirs.cb")), &error);
        QVERIFY2(theirs, qPrintable(error));
        edit(*theirs, QStringLiteral("city:theirtown"), QStringLiteral("Theirtown"), 7100000, QStringLiteral("li"),
             m_theirLogAt);
        if (QTest::currentTestFailed())
            return;
        WorkspaceData d = load(*theirs);
        Partnership p = *partnership(d, MexicoLuoyang);
        m_stageBefore = p.stage;
        const QStringList stages = stage::all();
        m_stageAfter = stages.value((stages.indexOf(p.stage) + 1) % stages.size());
        p.stage = m_stageAfter;
        QVERIFY2(theirs->pipeline().savePartnership(p, &error), qPrintable(error));
        StageChange change;
        change.partnershipId = p.id;
        change.stage = m_stageAfter;
        change.date = QDate(2026, 5, 2);
        change.changedBy = QStringLiteral("li");
        change.recordedAt = m_theirLogAt;
        QVERIFY2(theirs->pipeline().addStageChange(change, &error), qPrintable(error));
        Note note;
        note.subjectKind = QStringLiteral("partnership");
        note.subjectId = p.id;
        note.author = QStringLiteral("li");
        note.createdAt = m_theirLogAt;
        note.body = QStringLiteral("Luoyang proposes a joint heritage tourism week.");
        QVERIFY2(theirs->pipeline().addNote(note, &error), qPrintable(error));
        note.id = 0;
        note.subjectKind = QStringLiteral("actor");
        note.subjectId = byUid(d, Luoyang)->id;
        note.body = QStringLiteral("New contact at the foreign affairs office.");
        QVERIFY2(theirs->pipeline().addNote(note, &error), qPrintable(error));
    }
    m_package = path(QStringLiteral("theirs.cbpkg"));
    QVERIFY2(
        WorkspacePackage::exportPackage(path(QStringLiteral("theirs.cb")), m_package, QStringLiteral("li"), &error),
        qPrintable(error));

    m_mine = SqliteWorkspaceStore::open(path(QStringLiteral("mine.cb")), &error);
    QVERIFY2(m_mine, qPrintable(error));
    edit(*m_mine, QStringLiteral("city:minetown"), QStringLiteral("Minetown"), 7000000, QStringLiteral("ana"),
         m_mineLogAt);
    if (test::onPostgres()) {
        // The same workspace in a team database, ids and history included.
        m_backend = std::make_unique<test::TestStore>();
        QVERIFY2(m_backend->create(&error), qPrintable(error));
        QVERIFY2(copyWorkspace(*m_mine, *m_backend->store, nullptr, &error), qPrintable(error));
        m_mine.reset();
        m_mine = std::move(m_backend->store);
        m_backend->store = openWorkspaceStore(m_backend->location(), &error); // for mineDb()
        QVERIFY2(m_backend->store, qPrintable(error));
    }
}

MergePlan TestMerge::planFromPackage()
{
    QString error;
    std::optional<MergePlan> plan = WorkspaceMerge::plan(*m_mine, m_package, &error);
    if (!plan) {
        qWarning("%s", qPrintable(error));
        return MergePlan();
    }
    return *plan;
}

bool TestMerge::run(MergeEdit& edit, bool undo)
{
    QString error;
    const bool ok = m_mine->inTransaction(
        [&](QString* e) { return undo ? edit.revert(*m_mine, e) : edit.apply(*m_mine, e); }, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestMerge::planListsNewEntitiesAndConflicts()
{
    const MergePlan plan = planFromPackage();
    QCOMPARE(plan.info.exportedBy, QStringLiteral("li"));
    QCOMPARE(plan.added.size(), 1);
    QCOMPARE(plan.added.first().kind, mergekind::Actor);
    QCOMPARE(plan.added.first().uid, QStringLiteral("city:theirtown"));

    QCOMPARE(plan.conflicts.size(), 1);
    const MergeConflict& c = plan.conflicts.first();
    QCOMPARE(c.kind, mergekind::Actor);
    QCOMPARE(c.uid, Luoyang);
    QCOMPARE(c.field, QStringLiteral("population"));
    QCOMPARE(c.mine, QStringLiteral("7000000"));
    QCOMPARE(c.theirs, QStringLiteral("7100000"));
    QVERIFY(!c.takeTheirs);

    // The stage moved on only in theirs (their history holds all of mine): taken without asking.
    QCOMPARE(plan.updates.size(), 1);
    QCOMPARE(plan.updates.first().key(), QStringLiteral("partnership|") + MexicoLuoyang + QStringLiteral("|stage"));
    QCOMPARE(plan.updates.first().mine, m_stageBefore);
    QCOMPARE(plan.updates.first().theirs, m_stageAfter);
    QCOMPARE(plan.newStageChanges, 1);
    QCOMPARE(plan.newDecisions, 1);
    QCOMPARE(plan.newNotes, 2);
    QCOMPARE(plan.newStatements, 0);
    QCOMPARE(plan.newInterests, 0);
    QVERIFY(plan.same.size() > 10);
    for (const MergeEntity& e : plan.same)
        QVERIFY2(!e.byName, qPrintable(e.uid));
    QVERIFY(!WorkspaceMerge::fieldLabel(c.field).isEmpty());
}

void TestMerge::applyKeepingMine()
{
    const WorkspaceData theirsBefore = [&] {
        QString error;
        return load(*WorkspacePackage::openPackage(m_package, nullptr, &error));
    }();
    const WorkspaceData mineBefore = load(*m_mine);
    const QStringList mineLog = decisionLines(*m_mine);

    MergePlan plan = planFromPackage();
    plan.preferAll(false);
    MergeEdit edit(plan, QStringLiteral("ana"));
    QVERIFY(run(edit));

    const WorkspaceData after = load(*m_mine);
    QCOMPARE(byUid(after, Luoyang)->city.population, qint64(7000000));
    QCOMPARE(partnership(after, MexicoLuoyang)->stage, m_stageAfter);
    QCOMPARE(partnership(after, MexicoLuoyang)->history.size(),
             partnership(mineBefore, MexicoLuoyang)->history.size() + 1);

    // Nothing lost: every uid of either side is here.
    QSet<QString> uids;
    for (const Actor& a : after.actors)
        uids.insert(a.uid);
    for (const Event& e : after.events)
        uids.insert(e.uid);
    for (const Source& s : after.sources)
        uids.insert(s.uid);
    for (const Partnership& p : after.partnerships)
        uids.insert(p.uid);
    for (const WorkspaceData* side : {&mineBefore, &theirsBefore}) {
        for (const Actor& a : side->actors)
            QVERIFY2(uids.contains(a.uid), qPrintable(a.uid));
        for (const Event& e : side->events)
            QVERIFY2(uids.contains(e.uid), qPrintable(e.uid));
        for (const Source& s : side->sources)
            QVERIFY2(uids.contains(s.uid), qPrintable(s.uid));
        for (const Partnership& p : side->partnerships)
            QVERIFY2(uids.contains(p.uid), qPrintable(p.uid));
    }
    QCOMPARE(after.actors.size(), mineBefore.actors.size() + 1);
    QString error;
    QCOMPARE(after.statements.size(), mineBefore.statements.size());
    QCOMPARE(after.interests.size(), mineBefore.interests.size());
    const QList<Note> notes =
        m_mine->pipeline().notes(QStringLiteral("partnership"), partnership(after, MexicoLuoyang)->id, &error);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().author, logged(QStringLiteral("li")));
    QCOMPARE(m_mine->pipeline().notes(QStringLiteral("actor"), byUid(after, Luoyang)->id, &error).size(), 1);

    // The logs are united: mine as it was, theirs' line (against the right pair), and the merge itself.
    const QStringList log = decisionLines(*m_mine);
    QCOMPARE(log.mid(0, mineLog.size()), mineLog);
    QCOMPARE(log.size(), mineLog.size() + 2);
    const QList<DecisionEntry> entries = m_mine->pipeline().allDecisions(&error);
    const DecisionEntry& theirsLine = entries.at(entries.size() - 2);
    QCOMPARE(theirsLine.user, logged(QStringLiteral("li")));
    QCOMPARE(theirsLine.at, m_theirLogAt);
    QCOMPARE(theirsLine.partnershipId, partnership(after, MexicoLuoyang)->id);
    QCOMPARE(after.actor(theirsLine.actorA)->uid == Luoyang || after.actor(theirsLine.actorB)->uid == Luoyang, true);
    QCOMPARE(entries.last().action, QStringLiteral("merge"));
    QCOMPARE(entries.last().user, logged(QStringLiteral("ana")));
    QCOMPARE(edit.addedActors(), 1);
    QCOMPARE(edit.appendedDecisions(), 1);
}

void TestMerge::applyTakingTheirs()
{
    MergePlan plan = planFromPackage();
    plan.preferAll(true);
    MergeEdit edit(plan, QStringLiteral("ana"));
    QVERIFY(run(edit));
    const WorkspaceData after = load(*m_mine);
    QCOMPARE(byUid(after, Luoyang)->city.population, qint64(7100000));
    QCOMPARE(partnership(after, MexicoLuoyang)->stage, m_stageAfter);
    QVERIFY(byUid(after, QStringLiteral("city:minetown")));
    QVERIFY(byUid(after, QStringLiteral("city:theirtown")));

    // Per conflict: only the chosen field takes their value.
    plan = planFromPackage();
    QVERIFY(plan.conflicts.isEmpty()); // now equal on both sides
}

void TestMerge::undoRestoresExactlyAndRedoAddsNothingTwice()
{
    const QStringList before = dumpTables(mineDb());
    const QStringList logBefore = decisionLines(*m_mine);
    MergePlan plan = planFromPackage();
    plan.preferAll(true);
    MergeEdit edit(plan, QStringLiteral("ana"));
    QVERIFY(run(edit));
    const QStringList merged = dumpTables(mineDb());
    QVERIFY(merged != before);

    QVERIFY(run(edit, true));
    QCOMPARE(dumpTables(mineDb()), before);
    const QStringList logAfterUndo = decisionLines(*m_mine);
    QCOMPARE(logAfterUndo.mid(0, logBefore.size()), logBefore);
    QCOMPARE(logAfterUndo.size(), logBefore.size() + 3); // theirs' line and "merge" stay, "undo" is added
    QVERIFY(logAfterUndo.last().contains(QStringLiteral("|undo|merge")));

    QVERIFY(run(edit));
    QStringList redone = dumpTables(mineDb());
    QCOMPARE(redone.size(), merged.size());
    QCOMPARE(decisionLines(*m_mine).size(), logAfterUndo.size() + 1); // only the new "merge" line
    QCOMPARE(edit.appendedDecisions(), 0);
    QCOMPARE(byUid(load(*m_mine), Luoyang)->city.population, qint64(7100000));
}

void TestMerge::mergingTwiceAddsNothing()
{
    MergePlan plan = planFromPackage();
    MergeEdit first(plan, QStringLiteral("ana"));
    QVERIFY(run(first));
    const QStringList once = dumpTables(mineDb());
    const MergePlan again = planFromPackage();
    QVERIFY(again.added.isEmpty());
    QCOMPARE(again.newDecisions, 0);
    QCOMPARE(again.newStageChanges, 0);
    QCOMPARE(again.newNotes, 0);
    QCOMPARE(again.conflicts.size(), 1); // still mine kept: still a conflict to offer
    MergeEdit second(again, QStringLiteral("ana"));
    QVERIFY(run(second));
    QCOMPARE(dumpTables(mineDb()), once);
}

void TestMerge::damagedPackageChangesNothing()
{
    const QStringList before = dumpTables(mineDb());
    const QStringList logBefore = decisionLines(*m_mine);
    const QString damaged = path(QStringLiteral("damaged.cbpkg"));
    {
        QFile in(m_package);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 3));
    }
    QString error;
    QVERIFY(!WorkspaceMerge::plan(*m_mine, damaged, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("damaged.cbpkg")), qPrintable(error));
    QVERIFY(!WorkspaceMerge::plan(*m_mine, path(QStringLiteral("nothing.cbpkg")), &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QCOMPARE(dumpTables(mineDb()), before);
    QCOMPARE(decisionLines(*m_mine), logBefore);
}

void TestMerge::sameCityRecognisedByName()
{
    // A colleague who typed a city in afresh gives it another uid; its name (in another script) still finds ours.
    QString error;
    const QString other = path(QStringLiteral("other.cb"));
    QFile::remove(other);
    {
        std::unique_ptr<SqliteWorkspaceStore> store = SqliteWorkspaceStore::create(other, &error);
        QVERIFY2(store, qPrintable(error));
        Actor city;
        city.uid = QStringLiteral("city:luoyang-henan");
        city.kind = ActorKind::City;
        city.countryCode = QStringLiteral("CN");
        city.names.set(lang::Zh, QStringLiteral("洛阳"));
        city.aliases.append({QStringLiteral("Lo-yang"), lang::En});
        Country china;
        china.code = QStringLiteral("CN");
        for (const Country& c : load(*m_mine).countries) {
            if (c.code == china.code)
                china = c;
        }
        QVERIFY2(store->catalog().saveCountries({china}, &error), qPrintable(error));
        QVERIFY2(store->actors().save(city, &error), qPrintable(error));
    }
    std::optional<MergePlan> plan = WorkspaceMerge::plan(*m_mine, other, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->addedCount(mergekind::Actor) == 0);
    QCOMPARE(plan->same.size(), 1);
    QCOMPARE(plan->same.first().mineUid, Luoyang);
    QVERIFY(plan->same.first().byName);
    QCOMPARE(plan->newAliases, 1);
    MergeEdit edit(*plan, QStringLiteral("ana"));
    QVERIFY(run(edit));
    bool found = false;
    const WorkspaceData after = load(*m_mine);
    for (const Alias& alias : byUid(after, Luoyang)->aliases)
        found = found || alias.text == QLatin1String("Lo-yang");
    QVERIFY2(found, qPrintable(QStringLiteral("added %1 changed %2").arg(edit.addedActors()).arg(edit.changedActors())));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
