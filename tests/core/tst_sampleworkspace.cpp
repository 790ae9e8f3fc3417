// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample workspace: it builds from resources/sample/*.json, passes the integrity check, and holds
// the facts of the UNOSSC documents with three names per city and a source for every fact.
#include "storage/SqliteWorkspaceStore.h"
#include "storage/Migrations.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

class TestSampleWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void integrityAndVersion();
    void everyCityHasThreeNamesAndAPlace();
    void clusterMembersArePresent_data();
    void clusterMembersArePresent();
    void everyFactHasASource();
    void referencePairing();
    void aliasesInEveryScript_data();
    void aliasesInEveryScript();
    void importIsAllOrNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
};

void TestSampleWorkspace::initTestCase()
{
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("sample.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
}

void TestSampleWorkspace::integrityAndVersion()
{
    QSqlQuery query(m_store->database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), latestSchemaVersion());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
}

void TestSampleWorkspace::everyCityHasThreeNamesAndAPlace()
{
    int cities = 0;
    for (const Actor& a : m_data.actors) {
        if (!a.isCity())
            continue;
        ++cities;
        for (const QString& l : {lang::En, lang::Zh, lang::Es})
            QVERIFY2(a.names.has(l), qPrintable(a.uid + QStringLiteral(" lacks ") + l));
        QVERIFY2(a.city.latitude && a.city.longitude, qPrintable(a.uid));
        QVERIFY2(!a.city.timezone.isEmpty(), qPrintable(a.uid));
        QVERIFY2(m_data.country(a.countryCode), qPrintable(a.uid));
    }
    QVERIFY(cities >= 30);
    const Actor* luoyang = m_data.actor(m_store->actors().findByName(QStringLiteral("Luoyang")).value(0));
    QVERIFY(luoyang);
    QCOMPARE(luoyang->names.exact(lang::Zh), QStringLiteral("洛阳"));
    QCOMPARE(luoyang->city.adminRegion, QStringLiteral("Henan"));
}

void TestSampleWorkspace::clusterMembersArePresent_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"Anyang", "Campeche", "Durango", "Guanajuato", "Lishui", "Luoyang", "Mexico City",
                             "Morelia", "ANCMPM", "Oaxaca", "Puebla", "Quanzhou", "Querétaro", "Rio de Janeiro",
                             "San Luis Potosí", "San Miguel de Allende", "Xochimilco", "Zacatecas"})
        QTest::newRow(name) << QString::fromUtf8(name);
}

void TestSampleWorkspace::clusterMembersArePresent()
{
    QFETCH(QString, name);
    const QList<ActorId> ids = m_store->actors().findByName(name);
    QVERIFY2(!ids.isEmpty(), qPrintable(name));
    const Actor* actor = m_data.actor(ids.first());
    QVERIFY(!actor->profile.value(lang::En).isEmpty());
    QVERIFY(!actor->sourceIds.isEmpty());
}

void TestSampleWorkspace::everyFactHasASource()
{
    for (const Statement& s : m_data.statements)
        QVERIFY(m_data.source(s.sourceId));
    for (const Interest& i : m_data.interests)
        QVERIFY(m_data.source(i.sourceId));
    for (const Event& e : m_data.events) {
        QVERIFY2(m_data.source(e.sourceId), qPrintable(e.uid));
        QVERIFY(e.date.isValid());
    }
    for (const Partnership& p : m_data.partnerships) {
        QVERIFY(!p.history.isEmpty());
        for (const StageChange& c : p.history)
            QVERIFY2(m_data.source(c.sourceId) || m_data.source(p.sourceId), qPrintable(p.uid));
    }
    for (const Source& s : m_data.sources) {
        QVERIFY2(s.date.isValid(), qPrintable(s.uid));
        QVERIFY(!s.titles.value(lang::En).isEmpty());
    }
}

void TestSampleWorkspace::referencePairing()
{
    const ActorId mexico = m_store->actors().findByName(QStringLiteral("Mexico City")).value(0);
    const ActorId luoyang = m_store->actors().findByName(QStringLiteral("Luoyang")).value(0);
    const Partnership* p = m_data.partnershipBetween(mexico, luoyang);
    QVERIFY(p);
    // The first bilateral video conference, 22 February 2022.
    bool call = false;
    for (const StageChange& c : p->history)
        call = call || c.date == QDate(2022, 2, 22);
    QVERIFY(call);
    // The post-webinar survey: 10 responses, interest in Luoyang named 4 times.
    bool survey = false;
    for (const Interest& i : m_data.interests) {
        const RespondentGroup* g = m_data.group(i.fromGroupId);
        if (g && i.toActorId == luoyang && i.mentions == 4 && g->respondents == 10)
            survey = true;
    }
    QVERIFY(survey);
}

void TestSampleWorkspace::aliasesInEveryScript_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("expected");
    QTest::newRow("洛阳") << QStringLiteral("洛阳") << QStringLiteral("Luoyang");
    QTest::newRow("洛陽") << QStringLiteral("洛陽") << QStringLiteral("Luoyang");
    QTest::newRow("Luoyang") << QStringLiteral("luoyang") << QStringLiteral("Luoyang");
    QTest::newRow("Ciudad de México") << QStringLiteral("Ciudad de México") << QStringLiteral("Mexico City");
    QTest::newRow("CDMX") << QStringLiteral("CDMX") << QStringLiteral("Mexico City");
    QTest::newRow("墨西哥城") << QStringLiteral("墨西哥城") << QStringLiteral("Mexico City");
    QTest::newRow("Queretaro") << QStringLiteral("Queretaro") << QStringLiteral("Querétaro");
    QTest::newRow("WHITRAP") << QStringLiteral("WHITRAP") << QString();
}

void TestSampleWorkspace::aliasesInEveryScript()
{
    QFETCH(QString, alias);
    QFETCH(QString, expected);
    const QList<ActorId> ids = m_store->actors().findByName(alias);
    QCOMPARE(ids.size(), 1);
    if (!expected.isEmpty())
        QVERIFY2(m_data.actorName(ids.first(), lang::En).startsWith(expected),
                 qPrintable(m_data.actorName(ids.first(), lang::En)));
}

void TestSampleWorkspace::importIsAllOrNothing()
{
    // A second import into the same workspace collides on the first uid and must leave it unchanged.
    QSqlQuery count(m_store->database().connection());
    QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM actors) + (SELECT count(*) FROM priorities)")));
    QVERIFY(count.next());
    const int before = count.value(0).toInt();
    QString error;
    QVERIFY(!importSampleJson(*m_store, QStringLiteral(":/sample"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM actors) + (SELECT count(*) FROM priorities)")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), before);
}

QTEST_GUILESS_MAIN(TestSampleWorkspace)
#include "tst_sampleworkspace.moc"
