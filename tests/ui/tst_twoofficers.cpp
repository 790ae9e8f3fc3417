// SPDX-License-Identifier: GPL-3.0-or-later
// Two officers, two windows' documents, one team workspace: each WorkspaceDocument is connected as its own officer
// role to the CI PostgreSQL server (tst_twoofficers_pg; tst_twoofficers runs the same story on two connections to
// one SQLite file). Both load the same partnership and the same city; officer A saves an edit, officer B then saves
// a different edit of the same record through the same panels the window shows. B is refused with the conflict
// message naming both values, the stored record stays A's, B's "Show the Stored Version" shows A's change, and
// after that B's change goes through on top of A's. The decision log names each officer's role.
#include "SmallWorkspace.h"

#include "decisions/DecisionLogModel.h"
#include "editing/ActorForm.h"
#include "pipeline/PartnershipDetailsPanel.h"
#include "pipeline/PipelinePage.h"
#include "workspace/WorkspaceDocument.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

QString officerUrl(const char* variable)
{
    return qEnvironmentVariable(variable);
}

const Partnership* partnershipIn(const WorkspaceDocument& document, PartnershipId id)
{
    for (const Partnership& p : document.data().partnerships) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestTwoOfficers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void partnershipDetailsConflict();
    void actorConflict();

private:
    void showIn(PartnershipDetailsPanel& panel, const WorkspaceDocument& document);

    std::unique_ptr<test::SmallWorkspace> m_ws;
    std::unique_ptr<WorkspaceDocument> m_a;
    std::unique_ptr<WorkspaceDocument> m_b;
    QString m_roleA;
    QString m_roleB;
};

void TestTwoOfficers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CB_REQUIRE_BACKEND();
    if (test::onPostgres()
        && (officerUrl("CITYBRIDGE_TEST_PG_OFFICER_A").isEmpty() || officerUrl("CITYBRIDGE_TEST_PG_OFFICER_B").isEmpty()))
        QFAIL("CITYBRIDGE_TEST_PG_OFFICER_A and _B must name two officer roles (tests/support/pg-test-server.sh)");
}

void TestTwoOfficers::init()
{
    m_ws = std::make_unique<test::SmallWorkspace>();
    QString error;
    QVERIFY2(m_ws->create(&error), qPrintable(error));
    m_ws->store.reset(); // only the officers' documents are connected from here on
    m_a = std::make_unique<WorkspaceDocument>();
    m_b = std::make_unique<WorkspaceDocument>();
    const QString urlA = officerUrl("CITYBRIDGE_TEST_PG_OFFICER_A");
    const QString urlB = officerUrl("CITYBRIDGE_TEST_PG_OFFICER_B");
    QVERIFY2(m_a->open(m_ws->locationFor(urlA), &error), qPrintable(error));
    QVERIFY2(m_b->open(m_ws->locationFor(urlB), &error), qPrintable(error));
    QCOMPARE(m_a->isDatabase(), test::onPostgres());
    if (test::onPostgres()) {
        m_roleA = QUrl(urlA).userName();
        m_roleB = QUrl(urlB).userName();
        // Shown without the password, and named for the officer's role.
        for (WorkspaceDocument* document : {m_a.get(), m_b.get()}) {
            QVERIFY(!document->displayLocation().contains(QUrl(urlA).password()));
            QVERIFY(!document->displayLocation().contains(QUrl(urlB).password()));
            QVERIFY(document->path().isEmpty());
            QVERIFY(!document->fileOnlyReason().isEmpty());
        }
        QVERIFY2(m_a->displayLocation().contains(m_roleA + QLatin1Char('@')), qPrintable(m_a->displayLocation()));
    } else {
        // On a file the log names what the program passes: the officer name from the settings.
        m_roleA = m_roleB = WorkspaceDocument::userName();
    }
}

void TestTwoOfficers::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_ws.reset();
}

void TestTwoOfficers::showIn(PartnershipDetailsPanel& panel, const WorkspaceDocument& document)
{
    const Partnership* shown = partnershipIn(document, m_ws->pair);
    QVERIFY(shown);
    panel.setPartnership(shown, false, DormancyPolicy(), QDate::currentDate());
}

void TestTwoOfficers::partnershipDetailsConflict()
{
    PartnershipDetailsPanel panelA(m_a.get());
    PartnershipDetailsPanel panelB(m_b.get());
    showIn(panelA, *m_a);
    showIn(panelB, *m_b);
    // The panel follows its document's refreshes as the pipeline page makes it do.
    connect(m_b.get(), &WorkspaceDocument::dataChanged, &panelB, [&] { showIn(panelB, *m_b); });

    // B starts typing; A saves; B's window refreshes (as after any other change B makes) while B is still typing.
    child<QLineEdit>(panelB, "pipelineNextAction")->setText(QStringLiteral("Call the mayor's office"));
    child<QLineEdit>(panelA, "pipelineOwner")->setText(QStringLiteral("Ana"));
    QVERIFY2(panelA.saveDetails(), qPrintable(panelA.message()));
    QString error;
    QVERIFY2(m_b->reload(&error), qPrintable(error));
    QVERIFY(panelB.hasUnsavedDetails());

    QVERIFY(!panelB.saveDetails());
    QCOMPARE(m_b->storedPartnershipVersion(partnershipIn(*m_b, m_ws->pair)->uid), 2);
    const QString conflict = panelB.conflictText();
    QVERIFY2(conflict.contains(QLatin1String("Luoyang")) && conflict.contains(QLatin1String("Puebla")),
             qPrintable(conflict));
    QVERIFY2(conflict.contains(QStringLiteral("Owner: stored “Ana”, yours (empty)")), qPrintable(conflict));
    QVERIFY2(conflict.contains(QStringLiteral("Next action: stored (empty), yours “Call the mayor's office”")),
             qPrintable(conflict));
    QVERIFY(panelB.message().isEmpty()); // not also shown as a plain failure
    QVERIFY(!m_b->undoStack()->canUndo());

    // The stored partnership is A's, as B's own connection reads it.
    WorkspaceData stored;
    QVERIFY2(loadWorkspace(*m_b->store(), &stored, &error), qPrintable(error));
    const Partnership* kept = nullptr;
    for (const Partnership& p : stored.partnerships) {
        if (p.id == m_ws->pair)
            kept = &p;
    }
    QVERIFY(kept);
    QCOMPARE(kept->owner, QStringLiteral("Ana"));
    QVERIFY(kept->nextAction.isEmpty());
    QCOMPARE(kept->version, 2);

    // B looks at the stored version: A's owner is in the form, B's next action is gone (it is in the message).
    QPushButton* reload = panelB.conflictReloadButton();
    QVERIFY(reload);
    reload->click();
    QVERIFY(panelB.conflictText().isEmpty());
    QCOMPARE(child<QLineEdit>(panelB, "pipelineOwner")->text(), QStringLiteral("Ana"));
    QVERIFY(child<QLineEdit>(panelB, "pipelineNextAction")->text().isEmpty());
    QCOMPARE(partnershipIn(*m_b, m_ws->pair)->owner, QStringLiteral("Ana"));

    // Made again on top of A's change, B's edit goes through and keeps A's owner.
    child<QLineEdit>(panelB, "pipelineNextAction")->setText(QStringLiteral("Call the mayor's office"));
    QVERIFY2(panelB.saveDetails(), qPrintable(panelB.message() + panelB.conflictText()));
    QVERIFY2(m_a->reload(&error), qPrintable(error));
    const Partnership* final = partnershipIn(*m_a, m_ws->pair);
    QCOMPARE(final->owner, QStringLiteral("Ana"));
    QCOMPARE(final->nextAction, QStringLiteral("Call the mayor's office"));
    QCOMPARE(final->version, 3);

    // The decision log: A's edit under A's role, B's under B's, and nothing for B's refused save.
    const QList<DecisionEntry> log = m_a->store()->pipeline().decisions(m_ws->luoyang, m_ws->puebla, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList edits;
    for (const DecisionEntry& entry : log) {
        if (entry.action == QLatin1String("edit"))
            edits << entry.user;
    }
    QCOMPARE(edits, QStringList({m_roleA, m_roleB}));
    // The Decision Log page shows the same names in its Who column (each officer's window sees both).
    DecisionLogModel model(m_b.get());
    QStringList who;
    for (int row = 0; row < model.rowCount(); ++row)
        who << model.index(row, DecisionLogModel::Who).data().toString();
    QVERIFY2(who.contains(m_roleA) && who.contains(m_roleB), qPrintable(who.join(QStringLiteral(", "))));
    qInfo().noquote() << QStringLiteral("two officers (%1): %2 saved the owner, %3's next action was refused with "
                                        "both values, reloaded, saved again on top; log: %4")
                             .arg(test::onPostgres() ? QStringLiteral("PostgreSQL roles") : QStringLiteral("SQLite"),
                                  m_roleA, m_roleB, edits.join(QStringLiteral(", ")));
}

void TestTwoOfficers::actorConflict()
{
    ActorForm formA(m_a.get());
    ActorForm formB(m_b.get());
    QVERIFY(formA.load(m_ws->puebla));
    QVERIFY(formB.load(m_ws->puebla));

    child<QLineEdit>(formA, "nameEs")->setText(QStringLiteral("Heroica Puebla de Zaragoza"));
    QVERIFY2(formA.save(), qPrintable(formA.statusText()));
    QVERIFY(formA.conflictText().isEmpty());
    // Something else B does refreshes B's snapshot: that must not make B's stale form look current.
    QString error;
    QVERIFY2(m_b->reload(&error), qPrintable(error));

    child<QLineEdit>(formB, "nameEs")->setText(QStringLiteral("Puebla de los Ángeles"));
    QVERIFY(!formB.save());
    const QString conflict = formB.conflictText();
    QVERIFY2(conflict.startsWith(QLatin1String("Puebla was changed elsewhere")), qPrintable(conflict + formB.statusText()));
    QVERIFY2(conflict.contains(
                 QStringLiteral("Name (Spanish): stored “Heroica Puebla de Zaragoza”, yours “Puebla de los Ángeles”")),
             qPrintable(conflict));
    const std::optional<Actor> stored = m_b->store()->actors().find(m_ws->puebla);
    QVERIFY(stored);
    QCOMPARE(stored->names.exact(lang::Es), QStringLiteral("Heroica Puebla de Zaragoza"));

    QPushButton* reload = formB.conflictReloadButton();
    QVERIFY(reload);
    reload->click();
    QVERIFY(formB.conflictText().isEmpty());
    QCOMPARE(child<QLineEdit>(formB, "nameEs")->text(), QStringLiteral("Heroica Puebla de Zaragoza"));
    qInfo().noquote() << QStringLiteral("two officers, one city: the second save was refused (%1)")
                             .arg(conflict.section(QLatin1Char('\n'), 1, 1));
}

QTEST_MAIN(TestTwoOfficers)
#include "tst_twoofficers.moc"
