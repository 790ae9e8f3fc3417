// SPDX-License-Identifier: GPL-3.0-or-later
// Importing survey files into the sample workspace: a Spanish Windows-1252 CSV with ';' and a Chinese XLSX become
// priorities, offers and interests citing their survey, and the matcher's proposals move; a second import adds
// nothing; a failure injected mid-way leaves the file byte-for-byte unchanged; undo removes exactly what was added;
// bad rows are reported with row, column and reason, or imported as plain text.
#include "TestPaths.h"
#include "gazetteer/Gazetteer.h"
#include "importing/ImportEdit.h"
#include "importing/ImportPlanner.h"
#include "importing/MappingSuggester.h"
#include "importing/SurveyFile.h"
#include "matching/MatchSettings.h"
#include "matching/Matcher.h"
#include "TestBackend.h"
#include "storage/OpenWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

QString fixture(const QString& name)
{
    return test::testDataDir() + QStringLiteral("/import/") + name;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestImportSurvey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CB_REQUIRE_BACKEND(); }
    void init();
    void cleanup();
    void spanishCsvImportsAndMatcherMoves();
    void chineseXlsxImports();
    void reimportAddsNothing();
    void undoRemovesExactlyWhatWasAdded();
    void injectedFailureLeavesFileUnchanged();
    void badRowsAreReportedOrPlainText();

private:
    QString path() const { return m_backend->location(); }
    WorkspaceData reload();
    ImportPlan planFor(const QString& file, const WorkspaceData& data, ColumnMapping* mapping = nullptr);
    /** Every table's content as sorted lines, row ids of evidence left out. */
    QStringList dump();

    std::unique_ptr<test::TestStore> m_backend; // a fresh SQLite file, or PostgreSQL schema in the _pg variant
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestImportSurvey::init()
{
    QString error;
    m_backend = std::make_unique<test::TestStore>();
    QVERIFY2(m_backend->create(&error), qPrintable(error));
    m_store = std::move(m_backend->store);
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
}

void TestImportSurvey::cleanup()
{
    m_store.reset();
    m_backend.reset();
}

WorkspaceData TestImportSurvey::reload()
{
    WorkspaceData data;
    QString error;
    if (!loadWorkspace(*m_store, &data, &error))
        qWarning("%s", qPrintable(error));
    return data;
}

ImportPlan TestImportSurvey::planFor(const QString& file, const WorkspaceData& data, ColumnMapping* mapping)
{
    SurveyFile survey;
    QString error;
    if (!survey.read(file, TableReadOptions(), 0, -1, &error)) {
        qWarning("%s", qPrintable(error));
        return ImportPlan();
    }
    ColumnMapping suggested = MappingSuggester(data.themes).suggestMapping(survey.rows.value(0));
    if (mapping) {
        suggested.choices = mapping->choices;
        *mapping = suggested;
    }
    return ImportPlanner(data, Gazetteer::bundled()).plan(survey.rows, suggested, file, survey.sha256);
}

QStringList TestImportSurvey::dump()
{
    const WorkspaceData d = reload();
    QStringList lines;
    for (const Actor& a : d.actors)
        lines << QStringLiteral("actor %1 %2 %3").arg(a.uid, a.names.value(lang::En)).arg(a.version);
    for (const Source& s : d.sources)
        lines << QStringLiteral("source %1 %2").arg(s.uid, s.kind);
    for (const Statement& s : d.statements)
        lines << QStringLiteral("statement %1 %2 %3 %4 %5").arg(d.actorName(s.actorId, lang::En)).arg(s.themeId)
                     .arg(s.weight).arg(s.sourceId).arg(static_cast<int>(s.kind));
    for (const Interest& i : d.interests)
        lines << QStringLiteral("interest %1 %2 %3 %4").arg(d.actorName(i.fromActorId, lang::En),
                                                          d.actorName(i.toActorId, lang::En), i.toCountry)
                     .arg(i.sourceId);
    lines.sort();
    return lines;
}

void TestImportSurvey::spanishCsvImportsAndMatcherMoves()
{
    const WorkspaceData before = reload();
    SurveyFile survey;
    QString error;
    QVERIFY2(survey.read(fixture(QStringLiteral("encuesta_es.csv")), TableReadOptions(), 0, -1, &error),
             qPrintable(error));
    QCOMPARE(survey.rows.value(1).value(1), QString::fromUtf8("Ciudad de México"));
    QCOMPARE(survey.rows.value(3).value(9), QStringLiteral("=HYPERLINK(\"http://example.org\";\"clic\")"));

    ColumnMapping mapping;
    ImportPlan plan = planFor(fixture(QStringLiteral("encuesta_es.csv")), before, &mapping);
    QCOMPARE(plan.dataRows, 4);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.isEmpty() ? QString() : ImportPlan::formatIssue(plan.issues.first())));
    QCOMPARE(plan.uncertain.size(), 1); // San José, no country: several gazetteer cities
    QCOMPARE(plan.uncertain.first().name, QString::fromUtf8("San José"));
    QCOMPARE(plan.uncertain.first().rows, QList<int>{6});
    QVERIFY(plan.uncertain.first().resolution.candidates.size() >= 2);

    mapping.setChoice(QString::fromUtf8("San José"), QStringLiteral("skip"));
    plan = planFor(fixture(QStringLiteral("encuesta_es.csv")), before, &mapping);
    QVERIFY(plan.uncertain.isEmpty());
    QCOMPARE(plan.skippedRows, 1);
    QCOMPARE(plan.newActors.size(), 1);
    QCOMPARE(plan.newActors.first().actor.names.exact(lang::Zh), QString::fromUtf8("梅里达"));
    QCOMPARE(plan.statements.size(), 7);
    QCOMPARE(plan.interests.size(), 5);
    QCOMPARE(plan.source.kind, QStringLiteral("survey"));
    QVERIFY(!plan.sourceExists);
    QVERIFY(plan.summary().contains(QStringLiteral("7 priority")) || plan.summary().contains(QStringLiteral("5 priorit")));

    ImportEdit edit(plan);
    QVERIFY2(runImport(*m_store, edit, &error), qPrintable(error));
    QCOMPARE(edit.addedActors(), 1);
    QCOMPARE(edit.addedStatements(), 7);
    QCOMPARE(edit.addedInterests(), 5);

    const WorkspaceData after = reload();
    const Source* source = nullptr;
    for (const Source& s : after.sources) {
        if (s.uid == plan.source.uid)
            source = &s;
    }
    QVERIFY(source);
    QCOMPARE(source->date, QDate(2020, 12, 5));
    ActorId cdmx = 0, luoyang = 0, oaxaca = 0;
    for (const Actor& a : after.actors) {
        if (a.uid == QLatin1String("city:mexico-city"))
            cdmx = a.id;
        else if (a.uid == QLatin1String("city:luoyang"))
            luoyang = a.id;
        else if (a.uid == QLatin1String("city:oaxaca"))
            oaxaca = a.id;
    }
    bool tourism = false, heritageSecond = false, creativeOffer = false, formulaNote = false;
    for (const Statement& s : after.statements) {
        if (s.sourceId != source->id)
            continue;
        const QString key = after.theme(s.themeId)->key;
        tourism = tourism || (s.actorId == cdmx && key == QLatin1String("tourism_development")
                              && s.kind == StatementKind::Priority && qFuzzyCompare(s.weight, 1.0)
                              && s.date == QDate(2020, 12, 3));
        heritageSecond = heritageSecond || (s.actorId == cdmx && key == QLatin1String("heritage_protection")
                                            && qFuzzyCompare(s.weight, 0.8));
        creativeOffer = creativeOffer || (s.actorId == cdmx && key == QLatin1String("creative_economy")
                                          && s.kind == StatementKind::Offer);
        formulaNote = formulaNote || (s.actorId == oaxaca && s.note.startsWith(QStringLiteral("=HYPERLINK(")));
    }
    QVERIFY(tourism);
    QVERIFY(heritageSecond);
    QVERIFY(creativeOffer);
    QVERIFY(formulaNote);
    bool interest = false, country = false;
    for (const Interest& i : after.interests) {
        interest = interest || (i.sourceId == source->id && i.fromActorId == cdmx && i.toActorId == luoyang);
        country = country || (i.sourceId == source->id && i.fromActorId == cdmx && i.toCountry == QLatin1String("CN"));
    }
    QVERIFY(interest);
    QVERIFY(country);

    // The matcher sees the new evidence: the Mexico City–Luoyang pair scores higher.
    const MatchSettings settings;
    const QDate today(2021, 6, 1);
    const MatchResult r0 = Matcher::run(before, settings, today);
    const MatchResult r1 = Matcher::run(after, settings, today);
    QVERIFY(r0.error.isEmpty());
    const int p0 = r0.findPair(cdmx, luoyang);
    const int p1 = r1.findPair(cdmx, luoyang);
    QVERIFY(p1 >= 0);
    const double s0 = p0 >= 0 ? r0.pairs[static_cast<size_t>(p0)].fused : 0.0;
    QVERIFY2(r1.pairs[static_cast<size_t>(p1)].fused > s0,
             qPrintable(QStringLiteral("%1 -> %2").arg(s0).arg(r1.pairs[static_cast<size_t>(p1)].fused)));
}

void TestImportSurvey::chineseXlsxImports()
{
    const WorkspaceData before = reload();
    ColumnMapping mapping;
    const ImportPlan plan = planFor(fixture(QStringLiteral("survey_zh.xlsx")), before, &mapping);
    QCOMPARE(mapping.ruleForColumn(2).field, ImportField::Priority);
    QCOMPARE(mapping.ruleForColumn(3).rank, 2);
    QCOMPARE(mapping.ruleForColumn(4).field, ImportField::Offer);
    QCOMPARE(mapping.ruleForColumn(5).field, ImportField::InterestActor);
    QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.isEmpty() ? QString() : ImportPlan::formatIssue(plan.issues.first())));
    QVERIFY(plan.uncertain.isEmpty());
    QCOMPARE(plan.newActors.size(), 1);
    QCOMPARE(plan.newActors.first().actor.names.exact(lang::En), QStringLiteral("Xi'an"));
    QCOMPARE(plan.newActors.first().actor.countryCode, QStringLiteral("CN"));
    QCOMPARE(plan.statements.size(), 8);
    QCOMPARE(plan.interests.size(), 5);

    QString error;
    ImportEdit edit(plan);
    QVERIFY2(runImport(*m_store, edit, &error), qPrintable(error));
    const WorkspaceData after = reload();
    ActorId luoyang = 0, oaxaca = 0, xian = 0;
    for (const Actor& a : after.actors) {
        if (a.uid == QLatin1String("city:luoyang"))
            luoyang = a.id;
        else if (a.uid == QLatin1String("city:oaxaca"))
            oaxaca = a.id;
        else if (a.names.exact(lang::Zh) == QString::fromUtf8("西安"))
            xian = a.id;
    }
    QVERIFY(xian != 0);
    QVERIFY(after.actor(xian)->city.population > 1000000);
    int fromLuoyang = 0;
    for (const Interest& i : after.interests) {
        if (i.fromActorId == luoyang && after.source(i.sourceId)->uid == plan.source.uid) {
            ++fromLuoyang;
            QCOMPARE(i.date, QDate(2021, 1, 20));
        }
    }
    QCOMPARE(fromLuoyang, 3); // Mexico City, Oaxaca, Mexico
    const MatchSettings settings;
    const MatchResult r0 = Matcher::run(before, settings, QDate(2021, 6, 1));
    const MatchResult r1 = Matcher::run(after, settings, QDate(2021, 6, 1));
    const int p0 = r0.findPair(luoyang, oaxaca);
    const int p1 = r1.findPair(luoyang, oaxaca);
    QVERIFY(p1 >= 0);
    QVERIFY(r1.pairs[static_cast<size_t>(p1)].fused > (p0 >= 0 ? r0.pairs[static_cast<size_t>(p0)].fused : 0.0));
    // Xi'an is new, and the matcher proposes partners for it.
    QVERIFY(r1.findPair(xian, after.actors.first().id) >= 0 || !r1.pairs.empty());
}

void TestImportSurvey::reimportAddsNothing()
{
    ImportPlan plan = planFor(fixture(QStringLiteral("survey_zh.xlsx")), reload());
    QString error;
    ImportEdit first(plan);
    QVERIFY2(runImport(*m_store, first, &error), qPrintable(error));
    const QStringList once = dump();

    const ImportPlan again = planFor(fixture(QStringLiteral("survey_zh.xlsx")), reload());
    QVERIFY(again.sourceExists);
    QVERIFY(again.isEmpty());
    QCOMPARE(again.existingStatements, 8);
    QCOMPARE(again.existingInterests, 5);
    ImportEdit second(again);
    QVERIFY2(runImport(*m_store, second, &error), qPrintable(error));
    QCOMPARE(dump(), once);

    // Even a stale plan (made before the first import) adds nothing twice.
    ImportEdit stale(plan);
    QVERIFY2(runImport(*m_store, stale, &error), qPrintable(error));
    QCOMPARE(stale.addedStatements(), 0);
    QCOMPARE(stale.addedInterests(), 0);
    QCOMPARE(stale.addedActors(), 0);
    QCOMPARE(dump(), once);
}

void TestImportSurvey::undoRemovesExactlyWhatWasAdded()
{
    const QStringList before = dump();
    const ImportPlan plan = planFor(fixture(QStringLiteral("survey_zh.xlsx")), reload());
    ImportEdit edit(plan);
    QString error;
    QVERIFY2(runImport(*m_store, edit, &error), qPrintable(error));
    const QStringList imported = dump();
    QVERIFY(imported != before);
    QVERIFY2(m_store->inTransaction([&](QString* e) { return edit.revert(*m_store, e); }, &error), qPrintable(error));
    QCOMPARE(dump(), before);
    QVERIFY2(runImport(*m_store, edit, &error), qPrintable(error)); // redo
    QCOMPARE(dump().size(), imported.size());
}

void TestImportSurvey::injectedFailureLeavesFileUnchanged()
{
    const ImportPlan plan = planFor(fixture(QStringLiteral("survey_zh.xlsx")), reload());
    const QStringList contentBefore = dump();
    QByteArray hashBefore;
    QString error;
    if (!test::onPostgres()) {
        m_store.reset(); // closing checkpoints the log into the file
        hashBefore = fileHash(path());
        QVERIFY(!hashBefore.isEmpty());
        m_store = openWorkspaceStore(path(), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    for (int row : {2, 3, 4}) {
        ImportEdit edit(plan);
        edit.setFailAtRow(row);
        error.clear();
        QVERIFY(!runImport(*m_store, edit, &error));
        QVERIFY2(error.contains(QString::number(row)), qPrintable(error));
    }
    QCOMPARE(dump(), contentBefore);
    if (test::onPostgres())
        return; // a server has no file to compare byte for byte
    m_store.reset();
    QCOMPARE(fileHash(path()), hashBefore);
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")) || QFileInfo(path() + QStringLiteral("-wal")).size() == 0);
}

void TestImportSurvey::badRowsAreReportedOrPlainText()
{
    const WorkspaceData before = reload();
    ColumnMapping mapping;
    ImportPlan plan = planFor(fixture(QStringLiteral("bad_rows.csv")), before, &mapping);
    QCOMPARE(plan.dataRows, 7);
    QStringList issues;
    for (const ImportIssue& issue : plan.issues)
        issues << QStringLiteral("%1:%2").arg(issue.row).arg(issue.column);
    QCOMPARE(issues, (QStringList{QStringLiteral("3:1"), QStringLiteral("6:2"), QStringLiteral("7:3"), QStringLiteral("8:4")}));
    QCOMPARE(ImportPlan::formatIssue(plan.issues.first()),
             QStringLiteral("Row 3, column 1 (City): The name is longer than 200 characters."));
    QVERIFY(ImportPlan::formatIssue(plan.issues.at(1)).contains(QStringLiteral("Atlantis")));
    QCOMPARE(plan.uncertain.size(), 2); // the SQL-looking and the formula-looking names match nothing
    QCOMPARE(plan.statements.size(), 1); // Puebla only
    QCOMPARE(plan.blockedRows(), 6);

    const QString sql = QStringLiteral("Robert'); DROP TABLE cities;--");
    const QString formula = QStringLiteral("=cmd|'/C calc'!A0");
    mapping.setChoice(sql, QStringLiteral("new"));
    mapping.setChoice(formula, QStringLiteral("new"));
    plan = planFor(fixture(QStringLiteral("bad_rows.csv")), before, &mapping);
    QVERIFY(plan.uncertain.isEmpty());
    QCOMPARE(plan.newActors.size(), 2);
    QString error;
    ImportEdit edit(plan);
    QVERIFY2(runImport(*m_store, edit, &error), qPrintable(error));
    const WorkspaceData after = reload();
    QCOMPARE(after.actors.size(), before.actors.size() + 2);
    QCOMPARE(m_store->actors().findByName(sql).size(), 1);
    QCOMPARE(after.actor(m_store->actors().findByName(sql).first())->names.exact(lang::En), sql);
    QCOMPARE(after.actor(m_store->actors().findByName(formula).first())->names.exact(lang::En), formula);
    QCOMPARE(after.statements.size(), before.statements.size() + 3);
}

QTEST_GUILESS_MAIN(TestImportSurvey)
#include "tst_importsurvey.moc"
