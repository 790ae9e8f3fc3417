// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the data as undoable edits: adding, changing and removing actors, priorities and offers, interests and
// events writes what it says, and undo puts the workspace back exactly as it was, even after an undone and redone
// insert gave a row a new id.
#include "editing/ActorEdit.h"
#include "editing/EventEdit.h"
#include "editing/InterestEdit.h"
#include "editing/StatementEdit.h"
#include "SmallWorkspace.h"
#include "workspace/WorkspaceData.h"

#include <QtTest>

#include <algorithm>

using namespace cb;

namespace {

QString texts(const LocalizedText& text)
{
    QStringList parts;
    for (auto it = text.all().cbegin(); it != text.all().cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    parts.sort();
    return parts.join(QLatin1Char(','));
}

QString opt(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 6) : QStringLiteral("-");
}

} // namespace

class TestEntityEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CB_REQUIRE_BACKEND(); }
    void init();
    void cleanup();
    void addCityUndoRedo();
    void updateActorRoundTrip();
    void staleVersionIsRefused();
    void failedWriteLeavesNothing();
    void removeActorRestoresEverythingOnUndo();
    void removingAnActorInThePipelineIsRefused();
    void statementRoundTrip();
    void interestRoundTrip();
    void eventAndParticipationRoundTrip();
    void eventWithRespondentGroupsIsKept();
    void laterEditsFollowARedoneInsert();

private:
    bool run(WorkspaceEdit& edit, bool forward, QString* error = nullptr);
    WorkspaceData data();
    /** The whole workspace as sorted lines naming actors by uid: row ids that undo may change are left out. */
    QStringList dump();
    Actor cityDraft(const QString& name);

    std::unique_ptr<test::SmallWorkspace> m_ws;
};

void TestEntityEdits::init()
{
    m_ws = std::make_unique<test::SmallWorkspace>();
    QString error;
    QVERIFY2(m_ws->create(&error), qPrintable(error));
}

void TestEntityEdits::cleanup()
{
    m_ws.reset();
}

bool TestEntityEdits::run(WorkspaceEdit& edit, bool forward, QString* error)
{
    QString e;
    const bool ok = m_ws->store->inTransaction(
        [&](QString* err) { return forward ? edit.apply(*m_ws->store, err) : edit.revert(*m_ws->store, err); }, &e);
    if (error)
        *error = e;
    return ok;
}

WorkspaceData TestEntityEdits::data()
{
    WorkspaceData d;
    QString error;
    [&] { QVERIFY2(loadWorkspace(*m_ws->store, &d, &error), qPrintable(error)); }();
    return d;
}

QStringList TestEntityEdits::dump()
{
    const WorkspaceData d = data();
    const auto uid = [&](ActorId id) {
        const Actor* a = id ? d.actor(id) : nullptr;
        return a ? a->uid : (id ? QStringLiteral("#%1").arg(id) : QString());
    };
    QStringList lines;
    for (const Actor& a : d.actors) {
        QStringList aliases;
        for (const Alias& alias : a.aliases)
            aliases << alias.language + QLatin1Char(':') + alias.text;
        aliases.sort();
        lines << QStringList{QStringLiteral("actor"), a.uid, actorKindKey(a.kind), a.countryCode, uid(a.parentId),
                             texts(a.names), texts(a.profile), aliases.join(QLatin1Char(',')),
                             opt(a.city.latitude), opt(a.city.longitude), QString::number(a.city.population),
                             a.city.timezone, a.city.adminRegion, QString::number(a.city.geonameId),
                             a.institution.category, a.institution.abbreviation, a.institution.website}
                     .join(QLatin1Char('|'));
    }
    for (const Statement& s : d.statements)
        lines << QStringList{QStringLiteral("statement"), QString::number(int(s.kind)), uid(s.actorId),
                             QString::number(s.themeId), QString::number(s.weight), QString::number(s.sourceId),
                             s.date.toString(Qt::ISODate), s.note}
                     .join(QLatin1Char('|'));
    for (const Interest& i : d.interests) {
        QList<ThemeId> themes = i.themeIds;
        std::sort(themes.begin(), themes.end());
        QStringList t;
        for (ThemeId id : themes)
            t << QString::number(id);
        // Undo re-creates a removed interest: SQLite gives it the highest id again, PostgreSQL's sequence never hands
        // out an id twice. The id is part of the comparison only where it is the same.
        lines << QStringList{QStringLiteral("interest"), test::onPostgres() ? QString() : QString::number(i.id),
                             uid(i.fromActorId), uid(i.toActorId),
                             i.toCountry, QString::number(i.strength), t.join(QLatin1Char(',')),
                             QString::number(i.sourceId), i.date.toString(Qt::ISODate), i.note}
                     .join(QLatin1Char('|'));
    }
    for (const Event& e : d.events) {
        QStringList who;
        for (const Participation& p : e.participations)
            who << uid(p.actorId) + QLatin1Char('/') + p.role + QLatin1Char('/') + p.person;
        lines << QStringList{QStringLiteral("event"), e.uid, e.kind, texts(e.titles), e.date.toString(Qt::ISODate),
                             e.endDate.toString(Qt::ISODate), QString::number(e.sourceId), e.note,
                             who.join(QLatin1Char(';'))}
                     .join(QLatin1Char('|'));
    }
    for (const Membership& m : d.memberships)
        lines << QStringList{QStringLiteral("membership"), uid(m.institutionId), uid(m.cityId), m.role}.join(
            QLatin1Char('|'));
    lines.sort();
    return lines;
}

Actor TestEntityEdits::cityDraft(const QString& name)
{
    Actor a = test::draftCity(QStringLiteral("city:") + name.toLower(), name, QStringLiteral("MX"));
    a.names.set(lang::Zh, QStringLiteral("测试"));
    a.aliases = {{name.toUpper(), QString()}};
    a.city.latitude = 19.0;
    a.city.longitude = -98.2;
    a.city.population = 123456;
    a.city.timezone = QStringLiteral("America/Mexico_City");
    return a;
}

void TestEntityEdits::addCityUndoRedo()
{
    const QStringList before = dump();
    auto edit = ActorEdit::add(cityDraft(QStringLiteral("Oaxaca")), QStringLiteral("Add"));
    QString error;
    QVERIFY2(run(*edit, true, &error), qPrintable(error));
    const ActorId first = edit->actorId();
    QVERIFY(first > 0);
    const WorkspaceData d = data();
    const Actor* added = d.actor(first);
    QVERIFY(added);
    QCOMPARE(added->names.exact(lang::Zh), QStringLiteral("测试"));
    QCOMPARE(*added->city.latitude, 19.0);
    const QStringList after = dump();
    QVERIFY(run(*edit, false, &error));
    QCOMPARE(dump(), before);
    QVERIFY(!data().actor(first));
    QVERIFY(run(*edit, true, &error));
    QCOMPARE(dump(), after);
    QVERIFY(run(*edit, false, &error));
    QCOMPARE(dump(), before);
}

void TestEntityEdits::updateActorRoundTrip()
{
    const QStringList before = dump();
    Actor luoyang = *data().actor(m_ws->luoyang);
    luoyang.names.set(lang::Zh, QStringLiteral("洛阳"));
    luoyang.aliases.append({QStringLiteral("洛陽"), lang::Zh});
    luoyang.city.latitude = 34.68;
    luoyang.city.longitude = 112.45;
    luoyang.city.timezone = QStringLiteral("Asia/Shanghai");
    auto edit = ActorEdit::update(luoyang, QStringLiteral("Edit"));
    QString error;
    QVERIFY2(run(*edit, true, &error), qPrintable(error));
    const QStringList after = dump();
    QVERIFY(after != before);
    QCOMPARE(data().actor(m_ws->luoyang)->names.exact(lang::Zh), QStringLiteral("洛阳"));
    QVERIFY2(run(*edit, false, &error), qPrintable(error));
    QCOMPARE(dump(), before);
    QVERIFY2(run(*edit, true, &error), qPrintable(error));
    QCOMPARE(dump(), after);
}

void TestEntityEdits::staleVersionIsRefused()
{
    Actor stale = *data().actor(m_ws->luoyang);
    Actor fresh = stale;
    fresh.names.set(lang::Es, QStringLiteral("Luoyang"));
    auto first = ActorEdit::update(fresh, QStringLiteral("Edit"));
    QVERIFY(run(*first, true));
    const QStringList before = dump();
    stale.names.set(lang::En, QStringLiteral("Other"));
    auto second = ActorEdit::update(stale, QStringLiteral("Edit"));
    QString error;
    QVERIFY(!run(*second, true, &error));
    QVERIFY(error.contains(QStringLiteral("changed elsewhere")));
    QCOMPARE(dump(), before);
}

void TestEntityEdits::failedWriteLeavesNothing()
{
    const QMap<QString, qint64> rows = m_ws->rows();
    Actor bad = cityDraft(QStringLiteral("Nowhere"));
    bad.countryCode = QStringLiteral("ZZ"); // not in the countries table: the foreign key refuses it
    auto edit = ActorEdit::add(bad, QStringLiteral("Add"));
    QString error;
    QVERIFY(!run(*edit, true, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_ws->rows(), rows);
}

void TestEntityEdits::removeActorRestoresEverythingOnUndo()
{
    auto add = ActorEdit::add(cityDraft(QStringLiteral("Oaxaca")), QStringLiteral("Add"));
    QVERIFY(run(*add, true));
    const ActorId oaxaca = add->actorId();
    Actor institution;
    institution.kind = ActorKind::Institution;
    institution.uid = QStringLiteral("org:ancmpm");
    institution.names.set(lang::En, QStringLiteral("ANCMPM"));
    institution.institution.category = QStringLiteral("city_association");
    QString error;
    QVERIFY2(m_ws->store->actors().save(institution, &error), qPrintable(error));
    Membership membership{0, institution.id, oaxaca, QStringLiteral("member"), 0};
    QVERIFY(m_ws->store->actors().saveMembership(membership, &error));
    Statement priority;
    priority.actorId = oaxaca;
    priority.themeId = m_ws->theme;
    priority.weight = 0.7;
    priority.sourceId = m_ws->source;
    priority.note = QStringLiteral("mezcal route");
    QVERIFY(m_ws->store->evidence().saveStatement(priority, &error));
    Interest out{0, oaxaca, 0, m_ws->luoyang, {}, 0.6, 0, {m_ws->theme}, m_ws->source, QDate(2021, 2, 1), {}};
    Interest in{0, m_ws->puebla, 0, oaxaca, {}, 0.4, 0, {}, m_ws->source, {}, QStringLiteral("neighbours")};
    QVERIFY(m_ws->store->evidence().saveInterest(out, &error));
    QVERIFY(m_ws->store->evidence().saveInterest(in, &error));
    Event e = *data().event(m_ws->event);
    e.participations.append({0, e.id, oaxaca, QStringLiteral("speaker"), QStringLiteral("Ana"), {}, 0});
    QVERIFY(m_ws->store->events().save(e, &error));
    const QStringList before = dump();

    auto remove = ActorEdit::remove(*data().actor(oaxaca), QStringLiteral("Remove"));
    QVERIFY2(run(*remove, true, &error), qPrintable(error));
    const WorkspaceData gone = data();
    QVERIFY(!gone.actor(oaxaca));
    QVERIFY(gone.interests.isEmpty());
    QCOMPARE(gone.statements.size(), 0);
    QCOMPARE(gone.event(m_ws->event)->participations.size(), 1);
    QVERIFY(gone.memberships.isEmpty());
    const QStringList removed = dump();

    QVERIFY2(run(*remove, false, &error), qPrintable(error));
    QCOMPARE(dump(), before);
    QVERIFY2(run(*remove, true, &error), qPrintable(error));
    QCOMPARE(dump(), removed);
    QVERIFY2(run(*remove, false, &error), qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestEntityEdits::removingAnActorInThePipelineIsRefused()
{
    const QStringList before = dump();
    auto remove = ActorEdit::remove(*data().actor(m_ws->luoyang), QStringLiteral("Remove"));
    QString error;
    QVERIFY(!run(*remove, true, &error));
    QVERIFY2(error.contains(QStringLiteral("partnership")), qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestEntityEdits::statementRoundTrip()
{
    const QStringList empty = dump();
    Statement s;
    s.kind = StatementKind::Priority;
    s.actorId = m_ws->puebla;
    s.themeId = m_ws->theme;
    s.weight = 0.5;
    s.sourceId = m_ws->source;
    s.date = QDate(2021, 1, 1);
    const WorkspaceData d0 = data();
    auto add = StatementEdit::add(s, d0, QStringLiteral("Add"));
    QString error;
    QVERIFY2(run(*add, true, &error), qPrintable(error));
    const QStringList added = dump();
    const Statement stored = data().statements.constFirst();
    QCOMPARE(stored.weight, 0.5);

    Statement changed = stored;
    changed.kind = StatementKind::Offer;
    changed.weight = 0.9;
    changed.note = QStringLiteral("bus rapid transit");
    auto update = StatementEdit::update(stored, changed, data(), QStringLiteral("Edit"));
    QVERIFY2(run(*update, true, &error), qPrintable(error));
    const WorkspaceData d1 = data();
    QCOMPARE(d1.statements.size(), 1);
    QCOMPARE(d1.statements.constFirst().kind, StatementKind::Offer);
    const QStringList updated = dump();

    auto remove = StatementEdit::remove(d1.statements.constFirst(), d1, QStringLiteral("Remove"));
    QVERIFY2(run(*remove, true, &error), qPrintable(error));
    QCOMPARE(dump(), empty);
    QVERIFY(run(*remove, false, &error));
    QCOMPARE(dump(), updated);
    QVERIFY2(run(*update, false, &error), qPrintable(error));
    QCOMPARE(dump(), added);
    QVERIFY(run(*add, false, &error));
    QCOMPARE(dump(), empty);
}

void TestEntityEdits::interestRoundTrip()
{
    const QStringList empty = dump();
    Interest i{0, m_ws->puebla, 0, m_ws->luoyang, {}, 0.8, 0, {m_ws->theme}, m_ws->source, QDate(2021, 3, 1),
               QStringLiteral("heritage tourism")};
    auto add = InterestEdit::add(i, data(), QStringLiteral("Add"));
    QString error;
    QVERIFY2(run(*add, true, &error), qPrintable(error));
    const QStringList added = dump();
    const Interest stored = data().interests.constFirst();

    Interest retargeted = stored;
    retargeted.toActorId = 0;
    retargeted.toCountry = QStringLiteral("CN");
    retargeted.strength = 0.3;
    auto update = InterestEdit::update(stored, retargeted, data(), QStringLiteral("Edit"));
    QVERIFY2(run(*update, true, &error), qPrintable(error));
    QCOMPARE(data().interests.constFirst().toCountry, QStringLiteral("CN"));
    QCOMPARE(data().interests.constFirst().id, stored.id);
    const QStringList updated = dump();

    auto remove = InterestEdit::remove(data().interests.constFirst(), data(), QStringLiteral("Remove"));
    QVERIFY2(run(*remove, true, &error), qPrintable(error));
    QCOMPARE(dump(), empty);
    QVERIFY2(run(*remove, false, &error), qPrintable(error));
    QCOMPARE(dump(), updated);
    QVERIFY2(run(*update, false, &error), qPrintable(error));
    QCOMPARE(dump(), added);
    QVERIFY2(run(*add, false, &error), qPrintable(error));
    QCOMPARE(dump(), empty);
}

void TestEntityEdits::eventAndParticipationRoundTrip()
{
    const QStringList initial = dump();
    Event e;
    e.kind = QStringLiteral("forum");
    e.titles.set(lang::En, QStringLiteral("Silk Road Cities Forum"));
    e.titles.set(lang::Zh, QStringLiteral("丝路城市论坛"));
    e.date = QDate(2021, 9, 1);
    e.endDate = QDate(2021, 9, 3);
    e.sourceId = m_ws->source;
    e.participations = {{0, 0, m_ws->luoyang, QStringLiteral("organizer"), QStringLiteral("Li Wei"), {}, 0}};
    auto add = EventEdit::add(e, data(), QStringLiteral("Add"));
    QString error;
    QVERIFY2(run(*add, true, &error), qPrintable(error));
    QVERIFY(add->uid().startsWith(QStringLiteral("event:")));
    const QStringList added = dump();

    const Event stored = *data().event(add->eventId());
    Event changed = stored;
    changed.participations.append({0, 0, m_ws->puebla, QStringLiteral("participant"), {}, {}, 0});
    changed.participations[0].role = QStringLiteral("speaker");
    auto update = EventEdit::update(stored, changed, data(), QStringLiteral("Edit"));
    QVERIFY2(run(*update, true, &error), qPrintable(error));
    QCOMPARE(data().event(add->eventId())->participations.size(), 2);
    const QStringList updated = dump();

    auto remove = EventEdit::remove(*data().event(add->eventId()), data(), QStringLiteral("Remove"));
    QVERIFY2(run(*remove, true, &error), qPrintable(error));
    QCOMPARE(dump(), initial);
    QVERIFY2(run(*remove, false, &error), qPrintable(error));
    QCOMPARE(dump(), updated);
    QVERIFY2(run(*update, false, &error), qPrintable(error));
    QCOMPARE(dump(), added);
    QVERIFY2(run(*add, false, &error), qPrintable(error));
    QCOMPARE(dump(), initial);
}

void TestEntityEdits::eventWithRespondentGroupsIsKept()
{
    QString error;
    RespondentGroup g{0, QStringLiteral("group:event"), m_ws->source, m_ws->event, QStringLiteral("MX"), 3, {}};
    QVERIFY(m_ws->store->evidence().saveGroup(g, &error));
    const QStringList before = dump();
    auto remove = EventEdit::remove(*data().event(m_ws->event), data(), QStringLiteral("Remove"));
    QVERIFY(!run(*remove, true, &error));
    QVERIFY2(error.contains(QStringLiteral("respondent")), qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestEntityEdits::laterEditsFollowARedoneInsert()
{
    const QStringList initial = dump();
    QString error;
    auto addCity = ActorEdit::add(cityDraft(QStringLiteral("Oaxaca")), QStringLiteral("Add city"));
    QVERIFY(run(*addCity, true, &error));
    const ActorId firstId = addCity->actorId();
    WorkspaceData d = data();

    Statement s{0, StatementKind::Offer, firstId, 0, m_ws->theme, 1.0, 0, m_ws->source, {}, QStringLiteral("crafts")};
    auto addStatement = StatementEdit::add(s, d, QStringLiteral("Add offer"));
    QVERIFY(run(*addStatement, true, &error));
    Interest i{0, firstId, 0, m_ws->luoyang, {}, 0.5, 0, {}, m_ws->source, {}, {}};
    auto addInterest = InterestEdit::add(i, d, QStringLiteral("Add interest"));
    QVERIFY(run(*addInterest, true, &error));
    Event e;
    e.kind = QStringLiteral("meeting");
    e.titles.set(lang::En, QStringLiteral("Crafts meeting"));
    e.date = QDate(2021, 5, 5);
    e.participations = {{0, 0, firstId, QStringLiteral("organizer"), {}, {}, 0}};
    auto addEvent = EventEdit::add(e, d, QStringLiteral("Add event"));
    QVERIFY(run(*addEvent, true, &error));
    Actor renamed = *data().actor(firstId);
    renamed.names.set(lang::Es, QStringLiteral("Oaxaca de Juárez"));
    auto rename = ActorEdit::update(renamed, QStringLiteral("Rename"));
    QVERIFY(run(*rename, true, &error));
    const QStringList all = dump();

    QList<WorkspaceEdit*> stack{addCity.get(), addStatement.get(), addInterest.get(), addEvent.get(), rename.get()};
    for (auto it = stack.crbegin(); it != stack.crend(); ++it)
        QVERIFY2(run(**it, false, &error), qPrintable(error));
    QCOMPARE(dump(), initial);
    // Another actor takes the next row id, so the redone city cannot get its old one back.
    auto other = ActorEdit::add(cityDraft(QStringLiteral("Tlaxcala")), QStringLiteral("Add"));
    QVERIFY(run(*other, true, &error));
    for (WorkspaceEdit* edit : stack)
        QVERIFY2(run(*edit, true, &error), qPrintable(error));
    QVERIFY(addCity->actorId() != firstId);
    QStringList expected = all;
    QStringList now = dump();
    now.removeIf([](const QString& line) { return line.contains(QStringLiteral("city:tlaxcala")); });
    QCOMPARE(now, expected);
    const WorkspaceData after = data();
    QCOMPARE(after.statementsOf(addCity->actorId()).size(), 1);
    QCOMPARE(after.interestsFrom(addCity->actorId()).size(), 1);
    QCOMPARE(after.eventsOf(addCity->actorId()).size(), 1);
}

QTEST_GUILESS_MAIN(TestEntityEdits)
#include "tst_entityedits.moc"
