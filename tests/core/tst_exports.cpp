// SPDX-License-Identifier: GPL-3.0-or-later
// Exports: CSV quoting, BOM and formula neutralisation as a table of cases; XLSX read back through our own
// reader and its sheet XML inspected; GeoJSON and GraphML parsed; failed writes leave the old file alone.
#include "exporting/CsvTableWriter.h"
#include "exporting/Exporter.h"
#include "exporting/FormulaGuard.h"
#include "exporting/GeoJsonNetworkWriter.h"
#include "exporting/XlsxTableWriter.h"
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"
#include "matching/MatchSettings.h"
#include "matching/Matcher.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceData.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace cb;

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvField_data();
    void csvField();
    void csvFileHasBomAndCrlf();
    void xlsxRoundTrip();
    void antimeridianSplit();
    void geoJsonNetwork();
    void graphMlIsTyped();
    void failedWriteKeepsPreviousFile();
    void refusesFolderAndUnsupported();
    void namesFollowLanguage();

private:
    static ExportTable injectionTable();
    const Actor* byUid(const QString& uid) const;
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteWorkspaceStore> m_store;
    WorkspaceData m_data;
};

void TestExports::initTestCase()
{
    QString error;
    m_store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("sample.citybridge")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(importSampleJson(*m_store, QStringLiteral(":/sample"), &error), qPrintable(error));
    QVERIFY2(loadWorkspace(*m_store, &m_data, &error), qPrintable(error));
}

const Actor* TestExports::byUid(const QString& uid) const
{
    for (const Actor& a : m_data.actors) {
        if (a.uid == uid)
            return &a;
    }
    return nullptr;
}

ExportTable TestExports::injectionTable()
{
    ExportTable table;
    table.key = QStringLiteral("t");
    table.title = QStringLiteral("Cases");
    table.columns = {{QStringLiteral("text"), QStringLiteral("Text"), 10}, {QStringLiteral("n"), QStringLiteral("N"), 6}};
    table.rows = {{QStringLiteral("=HYPERLINK(\"http://x\")"), 42},
                  {QStringLiteral("-2+3"), -3.5},
                  {QStringLiteral("Luoyang 洛阳"), qint64(7000000000)},
                  {QStringLiteral("@SUM(A1)"), QVariant()}};
    return table;
}

void TestExports::csvField_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QVariant(QStringLiteral("Luoyang")) << QStringLiteral("Luoyang");
    QTest::newRow("chinese") << QVariant(QStringLiteral("洛阳")) << QStringLiteral("洛阳");
    QTest::newRow("comma") << QVariant(QStringLiteral("Mexico City, CDMX")) << QStringLiteral("\"Mexico City, CDMX\"");
    QTest::newRow("quote") << QVariant(QStringLiteral("the \"magic\" towns")) << QStringLiteral("\"the \"\"magic\"\" towns\"");
    QTest::newRow("newline") << QVariant(QStringLiteral("a\nb")) << QStringLiteral("\"a\nb\"");
    QTest::newRow("crlf inside") << QVariant(QStringLiteral("a\r\nb")) << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("equals") << QVariant(QStringLiteral("=1+1")) << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QVariant(QStringLiteral("+52 55 1234")) << QStringLiteral("'+52 55 1234");
    QTest::newRow("minus text") << QVariant(QStringLiteral("-2+3")) << QStringLiteral("'-2+3");
    QTest::newRow("at") << QVariant(QStringLiteral("@SUM(A1)")) << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QVariant(QStringLiteral("\t=cmd")) << QStringLiteral("'\t=cmd");
    QTest::newRow("cr") << QVariant(QStringLiteral("\r=cmd")) << QStringLiteral("\"'\r=cmd\"");
    QTest::newRow("lf") << QVariant(QStringLiteral("\n=cmd")) << QStringLiteral("\"'\n=cmd\"");
    QTest::newRow("dde with comma") << QVariant(QStringLiteral("=cmd|' /C calc'!A0,x"))
                                    << QStringLiteral("\"'=cmd|' /C calc'!A0,x\"");
    QTest::newRow("equals later") << QVariant(QStringLiteral("a=b")) << QStringLiteral("a=b");
    QTest::newRow("negative number") << QVariant(-3.5) << QStringLiteral("-3.5");
    QTest::newRow("integer") << QVariant(42) << QStringLiteral("42");
    QTest::newRow("big integer") << QVariant(qint64(7000000000)) << QStringLiteral("7000000000");
    QTest::newRow("fraction") << QVariant(0.1604468) << QStringLiteral("0.1604468");
    QTest::newRow("null") << QVariant() << QString();
    QTest::newRow("empty") << QVariant(QString()) << QString();
}

void TestExports::csvField()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvTableWriter::field(value), expected);
}

void TestExports::csvFileHasBomAndCrlf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvTableWriter writer;
    QVERIFY2(writer.write(injectionTable(), &buffer), qPrintable(writer.errorString()));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QCOMPARE(text,
             QStringLiteral("Text,N\r\n\"'=HYPERLINK(\"\"http://x\"\")\",42\r\n'-2+3,-3.5\r\nLuoyang 洛阳,7000000000\r\n"
                            "'@SUM(A1),\r\n"));
}

void TestExports::xlsxRoundTrip()
{
    ExportTable second = injectionTable();
    second.title = QStringLiteral("Bad/name:[x]");
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        XlsxTableWriter writer;
        QVERIFY2(writer.write({injectionTable(), second}, &buffer), qPrintable(writer.errorString()));
    }
    QVERIFY(ZipArchive::hasZipSignature(bytes));

    // The sheet XML: numbers are <v> without t="s", the formula-like texts are shared strings, never <f>.
    QBuffer zipDevice(&bytes);
    QVERIFY(zipDevice.open(QIODevice::ReadOnly));
    ZipArchive zip(&zipDevice);
    QVERIFY2(zip.open(), qPrintable(zip.errorString()));
    QByteArray sheet;
    QVERIFY2(zip.readEntry(QStringLiteral("xl/worksheets/sheet1.xml"), &sheet), qPrintable(zip.errorString()));
    QVERIFY(!sheet.contains("<f>"));
    QVERIFY(sheet.contains("<c r=\"B2\"><v>42</v></c>"));
    QVERIFY(sheet.contains("<c r=\"B3\"><v>-3.5</v></c>"));
    QVERIFY(sheet.contains("<c r=\"B4\"><v>7000000000</v></c>"));
    QVERIFY(QRegularExpression(QStringLiteral("<c r=\"A2\" t=\"s\">")).match(QString::fromUtf8(sheet)).hasMatch());
    QVERIFY(sheet.contains("<pane ySplit=\"1\""));
    QByteArray styles;
    QVERIFY(zip.readEntry(QStringLiteral("xl/styles.xml"), &styles));
    QVERIFY(styles.contains("<b/>"));

    QBuffer readDevice(&bytes);
    QVERIFY(readDevice.open(QIODevice::ReadOnly));
    XlsxReader reader(&readDevice);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Cases"), QStringLiteral("Bad name  x")}));
    QList<QStringList> rows;
    QVERIFY2(reader.read(0, 100, &rows), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Text"), QStringLiteral("N")}));
    // Written as strings, the texts come back exactly; no apostrophe is added in XLSX.
    QCOMPARE(rows.at(1).value(0), QStringLiteral("=HYPERLINK(\"http://x\")"));
    QCOMPARE(rows.at(1).value(1), QStringLiteral("42"));
    QCOMPARE(rows.at(2), (QStringList{QStringLiteral("-2+3"), QStringLiteral("-3.5")}));
    QCOMPARE(rows.at(3), (QStringList{QStringLiteral("Luoyang 洛阳"), QStringLiteral("7000000000")}));
    QCOMPARE(rows.at(4).value(0), QStringLiteral("@SUM(A1)"));
    QCOMPARE(rows.at(4).value(1), QString());
}

void TestExports::antimeridianSplit()
{
    const auto parts = GeoJsonNetworkWriter::splitAtAntimeridian({QPointF(170, 10), QPointF(-170, 20)});
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).last(), QPointF(180, 15));
    QCOMPARE(parts.at(1).first(), QPointF(-180, 15));
    QCOMPARE(parts.at(1).last(), QPointF(-170, 20));
    QCOMPARE(GeoJsonNetworkWriter::splitAtAntimeridian({QPointF(-99, 19), QPointF(-90, 25)}).size(), 1);
    const QJsonObject across = GeoJsonNetworkWriter::lineGeometry(QPointF(-99.13, 19.43), QPointF(112.45, 34.62));
    QCOMPARE(across.value(QStringLiteral("type")).toString(), QStringLiteral("MultiLineString"));
    const QJsonObject near = GeoJsonNetworkWriter::lineGeometry(QPointF(2.35, 48.86), QPointF(-3.7, 40.4));
    QCOMPARE(near.value(QStringLiteral("type")).toString(), QStringLiteral("LineString"));
}

void TestExports::geoJsonNetwork()
{
    ExportOptions options;
    Exporter exporter(m_data, options);
    const QString path = m_dir.filePath(QStringLiteral("network.geojson"));
    QVERIFY2(exporter.exportFile(path, ExportDataset::Network, ExportFormat::GeoJson), qPrintable(exporter.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.object().value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    const Actor* mexico = byUid(QStringLiteral("city:mexico-city"));
    const Actor* luoyang = byUid(QStringLiteral("city:luoyang"));
    QVERIFY(mexico && luoyang);
    bool mexicoPoint = false;
    bool luoyangPoint = false;
    int links = 0;
    for (const QJsonValue& value : doc.object().value(QStringLiteral("features")).toArray()) {
        const QJsonObject f = value.toObject();
        const QJsonObject p = f.value(QStringLiteral("properties")).toObject();
        const QJsonObject g = f.value(QStringLiteral("geometry")).toObject();
        const QString layer = p.value(QStringLiteral("layer")).toString();
        if (layer == QLatin1String("city")) {
            QCOMPARE(g.value(QStringLiteral("type")).toString(), QStringLiteral("Point"));
            const QJsonArray c = g.value(QStringLiteral("coordinates")).toArray();
            if (p.value(QStringLiteral("id")).toInteger() == mexico->id) {
                mexicoPoint = true;
                QCOMPARE(p.value(QStringLiteral("name_zh")).toString(), QStringLiteral("墨西哥城"));
                QCOMPARE(p.value(QStringLiteral("name_es")).toString(), QStringLiteral("Ciudad de México"));
                QVERIFY(std::abs(c.at(0).toDouble() - *mexico->city.longitude) < 1e-5);
                QVERIFY(std::abs(c.at(1).toDouble() - *mexico->city.latitude) < 1e-5);
            }
            if (p.value(QStringLiteral("id")).toInteger() == luoyang->id) {
                luoyangPoint = true;
                QCOMPARE(p.value(QStringLiteral("name_zh")).toString(), QStringLiteral("洛阳"));
            }
            continue;
        }
        const bool interest = layer == QLatin1String("interest");
        const QString a = p.value(interest ? QStringLiteral("from") : QStringLiteral("actor_a")).toString();
        const QString b = p.value(interest ? QStringLiteral("to") : QStringLiteral("actor_b")).toString();
        if (!(QStringList{a, b}.contains(QStringLiteral("Mexico City")) && QStringList{a, b}.contains(QStringLiteral("Luoyang"))))
            continue;
        ++links;
        QList<QJsonArray> parts;
        if (g.value(QStringLiteral("type")).toString() == QLatin1String("LineString"))
            parts.append(g.value(QStringLiteral("coordinates")).toArray());
        else
            for (const QJsonValue& part : g.value(QStringLiteral("coordinates")).toArray())
                parts.append(part.toArray());
        // The line runs from one city to the other, whichever way round.
        const double first = parts.first().first().toArray().at(0).toDouble();
        const double last = parts.last().last().toArray().at(0).toDouble();
        const double ends[2] = {std::min(first, last), std::max(first, last)};
        QVERIFY(std::abs(ends[0] - *mexico->city.longitude) < 1e-5);
        QVERIFY(std::abs(ends[1] - *luoyang->city.longitude) < 1e-5);
        for (const QJsonArray& part : parts) {
            for (qsizetype i = 1; i < part.size(); ++i) {
                const double step = part.at(i).toArray().at(0).toDouble() - part.at(i - 1).toArray().at(0).toDouble();
                // Sampled every 2° of arc: no step is long, none runs across the whole map.
                QVERIFY2(std::abs(step) < 10.0, qPrintable(QString::number(step)));
            }
        }
    }
    QVERIFY(mexicoPoint);
    QVERIFY(luoyangPoint);
    QVERIFY(links >= 1);
    QCOMPARE(exporter.itemCount(), int(doc.object().value(QStringLiteral("features")).toArray().size()));
}

void TestExports::graphMlIsTyped()
{
    QStringList ignored;
    const MatchResult result = Matcher::run(m_data, MatchSettings::fromMap(m_data.settings, &ignored), QDate(2023, 1, 1));
    QVERIFY(result.error.isEmpty());
    Exporter exporter(m_data, ExportOptions());
    exporter.setProposals(&result);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(exporter.write(&buffer, ExportDataset::Network, ExportFormat::GraphMl), qPrintable(exporter.errorString()));
    QXmlStreamReader xml(bytes);
    QHash<QString, QString> keyTypes;
    QSet<QString> nodes;
    QHash<QString, int> edgeKinds;
    QString edgeSource, edgeTarget;
    int dangling = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("key")) {
            keyTypes.insert(attrs.value(QStringLiteral("id")).toString(), attrs.value(QStringLiteral("attr.type")).toString());
        } else if (xml.name() == QLatin1String("node")) {
            nodes.insert(attrs.value(QStringLiteral("id")).toString());
        } else if (xml.name() == QLatin1String("edge")) {
            if (!nodes.contains(attrs.value(QStringLiteral("source")).toString())
                || !nodes.contains(attrs.value(QStringLiteral("target")).toString()))
                ++dangling;
        } else if (xml.name() == QLatin1String("data")) {
            const QString key = attrs.value(QStringLiteral("key")).toString();
            QVERIFY2(keyTypes.contains(key), qPrintable(key));
            const QString text = xml.readElementText();
            if (key == QLatin1String("edge_kind"))
                ++edgeKinds[text];
            const QString type = keyTypes.value(key);
            if (type == QLatin1String("double") || type == QLatin1String("int") || type == QLatin1String("long")) {
                bool ok = false;
                text.toDouble(&ok);
                QVERIFY2(ok, qPrintable(key + QLatin1Char('=') + text));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(keyTypes.value(QStringLiteral("latitude")), QStringLiteral("double"));
    QCOMPARE(keyTypes.value(QStringLiteral("population")), QStringLiteral("long"));
    QCOMPARE(keyTypes.value(QStringLiteral("rank")), QStringLiteral("int"));
    QCOMPARE(nodes.size(), m_data.actors.size());
    QCOMPARE(dangling, 0);
    QCOMPARE(edgeKinds.value(QStringLiteral("partnership")), int(m_data.partnerships.size()));
    QCOMPARE(edgeKinds.value(QStringLiteral("proposal")), int(result.proposals.size()));
    QVERIFY(edgeKinds.value(QStringLiteral("interest")) > 0);
}

void TestExports::failedWriteKeepsPreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cities.csv"));
    Exporter exporter(m_data, ExportOptions());
    QVERIFY2(exporter.exportFile(path, ExportDataset::Cities, ExportFormat::Csv), qPrintable(exporter.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(before.size() > 100);

    // A path under a regular file cannot be written.
    QVERIFY(!exporter.exportFile(path + QStringLiteral("/inside.csv"), ExportDataset::Cities, ExportFormat::Csv));
    QVERIFY(exporter.errorString().contains(QStringLiteral("does not exist")));
    // A write that fails after the file was opened (proposals without a matching run) keeps the old content.
    QVERIFY(!exporter.exportFile(path, ExportDataset::Proposals, ExportFormat::Csv));
    QVERIFY(exporter.errorString().contains(QStringLiteral("run the matching")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("cities.csv")});
}

void TestExports::refusesFolderAndUnsupported()
{
    QString error;
    QVERIFY(!Exporter::checkTarget(m_dir.path(), &error));
    QVERIFY(error.contains(QStringLiteral("folder")));
    QVERIFY(!Exporter::checkTarget(QString(), &error));
    QVERIFY(Exporter::checkTarget(m_dir.filePath(QStringLiteral("new.xlsx")), &error));
    QVERIFY(!Exporter::supports(ExportDataset::Network, ExportFormat::Csv));
    QVERIFY(!Exporter::supports(ExportDataset::Cities, ExportFormat::GraphMl));
    Exporter exporter(m_data, ExportOptions());
    QVERIFY(!exporter.exportFile(m_dir.filePath(QStringLiteral("n.csv")), ExportDataset::Network, ExportFormat::Csv));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("n.csv"))));
    QCOMPARE(Exporter::formatFromFileName(QStringLiteral("a.GeoJSON")), std::optional<ExportFormat>(ExportFormat::GeoJson));
}

void TestExports::namesFollowLanguage()
{
    ExportOptions options;
    options.language = QStringLiteral("zh");
    const ExportTable table = ExportTables::cities(m_data, options);
    const qsizetype nameColumn = 2;
    QCOMPARE(table.columns.at(nameColumn).key, QStringLiteral("name"));
    QStringList names;
    for (const QVariantList& row : table.rows)
        names.append(row.at(nameColumn).toString());
    QVERIFY(names.contains(QStringLiteral("洛阳")));
    QVERIFY(names.contains(QStringLiteral("墨西哥城")));
    // As of a day before any partnership began, none is exported.
    options.asOf = QDate(1990, 1, 1);
    QCOMPARE(ExportTables::partnerships(m_data, options).rows.size(), 0);
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
