// SPDX-License-Identifier: GPL-3.0-or-later
// Export then import gives the same data: the interests of actors (towards actors or countries), exported as CSV
// and imported into a copy of the workspace that has none, come back between the same ends with their dates.
#include "exporting/Exporter.h"
#include "gazetteer/Gazetteer.h"
#include "importing/ImportEdit.h"
#include "importing/ImportPlanner.h"
#include "importing/SurveyFile.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

using Links = QMap<std::pair<QString, QString>, QSet<QDate>>; // (from uid, to uid or country code) -> dates

Links actorLinks(const WorkspaceData& data)
{
    Links links;
    for (const Interest& interest : data.interests) {
        const Actor* from = data.actor(interest.fromActorId);
        const Actor* to = data.actor(interest.toActorId);
        if (from && (to || !interest.toCountry.isEmpty()))
            links[{from->uid, to ? to->uid : interest.toCountry}].insert(interest.date);
    }
    return links;
}

} // namespace

class TestExportImportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void interestsBetweenActorsComeBack();
};

void TestExportImportRoundTrip::interestsBetweenActorsComeBack()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("w.citybridge"));
    auto store = SqliteWorkspaceStore::create(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    // The sample's wishes mostly come from survey groups or name a country; a few between cities join them, as
    // an officer would record them after a call.
    const QList<std::tuple<const char*, const char*, QDate>> wishes = {
        {"Oaxaca", "Quanzhou", QDate(2021, 3, 2)},
        {"Xiamen", "Santiago", QDate(2020, 11, 20)},
        {"Luoyang", "Zacatecas", QDate(2022, 5, 9)},
        {"Zacatecas", "Luoyang", QDate(2022, 6, 1)}};
    QVERIFY2(store->inTransaction(
                 [&](QString* e) {
                     const SourceId source = store->catalog().sources(e).value(0).id; // every fact cites a source
                     for (const auto& [from, to, date] : wishes) {
                         Interest interest;
                         interest.sourceId = source;
                         interest.fromActorId = store->actors().findByName(QLatin1String(from)).value(0);
                         interest.toActorId = store->actors().findByName(QLatin1String(to)).value(0);
                         interest.date = date;
                         if (!interest.fromActorId || !interest.toActorId || !store->evidence().saveInterest(interest, e))
                             return false;
                     }
                     return true;
                 },
                 &error),
             qPrintable(error));
    WorkspaceData original;
    QVERIFY2(loadWorkspace(*store, &original, &error), qPrintable(error));
    const Links before = actorLinks(original);
    QVERIFY(before.size() >= 4);

    // Export the interests as CSV.
    const QString csv = dir.filePath(QStringLiteral("interests.csv"));
    Exporter exporter(original, ExportOptions());
    QVERIFY2(exporter.exportFile(csv, ExportDataset::Interests, ExportFormat::Csv), qPrintable(exporter.errorString()));

    // The same workspace without any interest.
    QVERIFY2(store->inTransaction(
                 [&](QString* e) {
                     for (const Interest& interest : original.interests) {
                         if (!store->evidence().removeInterest(interest.id, e))
                             return false;
                     }
                     return true;
                 },
                 &error),
             qPrintable(error));
    WorkspaceData stripped;
    QVERIFY2(loadWorkspace(*store, &stripped, &error), qPrintable(error));
    QVERIFY(stripped.interests.isEmpty());

    // Import the file back with the columns named as the export named them.
    SurveyFile file;
    QVERIFY2(file.read(csv, TableReadOptions(), 0, -1, &error), qPrintable(error));
    const QStringList headers = file.rows.value(0);
    ColumnMapping mapping;
    auto map = [&](const char* header, ImportField field) {
        const int column = int(headers.indexOf(QLatin1String(header)));
        QVERIFY2(column >= 0, header);
        ColumnRule rule;
        rule.column = column;
        rule.header = QLatin1String(header);
        rule.field = field;
        mapping.setRule(rule);
    };
    map("From", ImportField::ActorName);
    map("From country", ImportField::Country);
    map("To", ImportField::InterestActor);
    map("Date", ImportField::Date);
    const ImportPlan plan =
        ImportPlanner(stripped, Gazetteer::bundled()).plan(file.rows, mapping, QStringLiteral("interests.csv"), file.sha256);
    ImportEdit edit(plan);
    QVERIFY2(runImport(*store, edit, &error), qPrintable(error));
    WorkspaceData after;
    QVERIFY2(loadWorkspace(*store, &after, &error), qPrintable(error));
    const Links back = actorLinks(after);

    // Every wish of an actor comes back, between the same two ends (a country named in the "To" column is read as
    // the country), dated as one of its original dates (the
    // import keeps one interest per pair and file); nothing else appears.
    QCOMPARE(back.keys(), before.keys());
    for (auto it = back.constBegin(); it != back.constEnd(); ++it) {
        QCOMPARE(it.value().size(), 1);
        QVERIFY(before.value(it.key()).contains(*it.value().constBegin()));
    }
    QCOMPARE(after.actors.size(), original.actors.size()); // no actor invented on the way
}

QTEST_GUILESS_MAIN(TestExportImportRoundTrip)
#include "tst_exportimportroundtrip.moc"
