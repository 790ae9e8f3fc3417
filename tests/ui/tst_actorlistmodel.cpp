// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestWorkspace.h"
#include "actors/ActorFilterProxy.h"
#include "actors/ActorListModel.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestActorListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void modelTester();
    void rowValues();
    void evidenceCounts();
    void search_data();
    void search();
    void kindFilter();
    void chineseCollation();
    void spanishCollation();
    void numericSort();
    void namesFollowLanguage();
    void reloadResetsRows();
    void emptyDocument();

private:
    int rowOf(const QAbstractItemModel& model, const QString& name) const;
    QStringList column(const QAbstractItemModel& model, int column) const;

    QTemporaryDir m_dir;
    test::UiTestWorkspace m_workspace;
    WorkspaceDocument m_document;
};

void TestActorListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_workspace.build(m_dir.filePath(QStringLiteral("ui.citybridge")), &error), qPrintable(error));
    QVERIFY2(m_document.open(m_workspace.path, &error), qPrintable(error));
}

void TestActorListModel::init()
{
    installLanguage(QStringLiteral("en"));
}

int TestActorListModel::rowOf(const QAbstractItemModel& model, const QString& name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ActorListModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QStringList TestActorListModel::column(const QAbstractItemModel& model, int column) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestActorListModel::modelTester()
{
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelCheck(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyCheck(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), int(ActorListModel::ColumnCount));
    proxy.sort(ActorListModel::Population, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("lu"));
    proxy.setKindFilter(ActorKindFilter::Cities);
    proxy.setLanguage(lang::Zh);
    model.setLanguage(lang::Zh);
    proxy.setSearchText(QString());
    proxy.setKindFilter(ActorKindFilter::All);
    QString error;
    QVERIFY2(m_document.reload(&error), qPrintable(error));
    QCOMPARE(proxy.rowCount(), 10);
}

void TestActorListModel::rowValues()
{
    ActorListModel model(&m_document);
    const int row = model.rowOf(m_workspace.ids.value(QStringLiteral("Luoyang")));
    QVERIFY(row >= 0);
    QCOMPARE(model.actorId(row), m_workspace.ids.value(QStringLiteral("Luoyang")));
    QCOMPARE(model.index(row, ActorListModel::Name).data().toString(), QStringLiteral("Luoyang"));
    QCOMPARE(model.index(row, ActorListModel::Kind).data().toString(), QStringLiteral("City"));
    QCOMPARE(model.index(row, ActorListModel::Country).data().toString(), QStringLiteral("China"));
    QCOMPARE(model.index(row, ActorListModel::Population).data().toString(), QLocale().toString(qint64(7056699)));
    QCOMPARE(model.index(row, ActorListModel::Population).data().toString(), QStringLiteral("7,056,699"));
    QCOMPARE(model.index(row, ActorListModel::Population).data(ActorListModel::SortRole).toLongLong(), 7056699);
    QVERIFY(model.index(row, ActorListModel::Name).data(Qt::ToolTipRole).toString().contains(QStringLiteral("洛阳")));

    const int unossc = model.rowOf(m_workspace.ids.value(QStringLiteral("UNOSSC")));
    QCOMPARE(model.index(unossc, ActorListModel::Kind).data().toString(), QStringLiteral("Institution"));
    QVERIFY(model.index(unossc, ActorListModel::Country).data().toString().isEmpty());
    QVERIFY(model.index(unossc, ActorListModel::Population).data().toString().isEmpty());
    const int avila = model.rowOf(m_workspace.ids.value(QStringLiteral("Ávila")));
    QVERIFY(model.index(avila, ActorListModel::Population).data().toString().isEmpty());
    QCOMPARE(model.index(avila, ActorListModel::Country).data().toString(), QStringLiteral("Spain"));
    QCOMPARE(model.rowOf(987654), -1);
    QCOMPARE(model.actorId(-1), 0);
    QCOMPARE(model.headerData(ActorListModel::Population, Qt::Horizontal).toString(), QStringLiteral("Population"));
}

void TestActorListModel::evidenceCounts()
{
    ActorListModel model(&m_document);
    const auto value = [&](const QString& name, int column) {
        return model.index(model.rowOf(m_workspace.ids.value(name)), column).data().toInt();
    };
    // Luoyang: one priority, one offer, the interest Mexico City expressed in it, the webinar.
    QCOMPARE(value(QStringLiteral("Luoyang"), ActorListModel::Priorities), 1);
    QCOMPARE(value(QStringLiteral("Luoyang"), ActorListModel::Offers), 1);
    QCOMPARE(value(QStringLiteral("Luoyang"), ActorListModel::Interests), 1);
    QCOMPARE(value(QStringLiteral("Luoyang"), ActorListModel::Events), 1);
    // Mexico City: its own priority and the Mexican survey group's.
    QCOMPARE(value(QStringLiteral("Mexico City"), ActorListModel::Priorities), 2);
    QCOMPARE(value(QStringLiteral("Mexico City"), ActorListModel::Offers), 0);
    QCOMPARE(value(QStringLiteral("Mexico City"), ActorListModel::Interests), 1);
    // Querétaro answered only through the group; Beijing took part in nothing.
    QCOMPARE(value(QStringLiteral("Santiago de Querétaro"), ActorListModel::Priorities), 1);
    QCOMPARE(value(QStringLiteral("Beijing"), ActorListModel::Priorities), 0);
    QCOMPARE(value(QStringLiteral("Beijing"), ActorListModel::Events), 0);
    QCOMPARE(value(QStringLiteral("UNOSSC"), ActorListModel::Events), 1);
}

void TestActorListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("traditional Chinese alias") << QStringLiteral("洛陽") << QStringList{QStringLiteral("Luoyang")};
    QTest::newRow("simplified Chinese name with 市")
        << QStringLiteral("洛阳市") << QStringList{QStringLiteral("Luoyang")};
    QTest::newRow("pinyin with a space") << QStringLiteral("luo yang") << QStringList{QStringLiteral("Luoyang")};
    QTest::newRow("Latin abbreviation alias") << QStringLiteral("CDMX") << QStringList{QStringLiteral("Mexico City")};
    QTest::newRow("lower-case abbreviation") << QStringLiteral("cdmx") << QStringList{QStringLiteral("Mexico City")};
    QTest::newRow("Cyrillic alias") << QStringLiteral("Мехико") << QStringList{QStringLiteral("Mexico City")};
    QTest::newRow("Chinese name substring") << QStringLiteral("墨西哥") << QStringList{QStringLiteral("Mexico City")};
    QTest::newRow("Spanish name, no accent")
        << QStringLiteral("ciudad de mexico") << QStringList{QStringLiteral("Mexico City")};
    QTest::newRow("alias without accent")
        << QStringLiteral("Queretaro") << QStringList{QStringLiteral("Santiago de Querétaro")};
    QTest::newRow("Spanish exonym") << QStringLiteral("pekin") << QStringList{QStringLiteral("Beijing")};
    QTest::newRow("institution abbreviation")
        << QStringLiteral("unossc") << QStringList{QStringLiteral("United Nations Office for South-South Cooperation")};
    QTest::newRow("substring in several names")
        << QStringLiteral("an")
        << QStringList{QStringLiteral("Luoyang"), QStringLiteral("Shanghai"), QStringLiteral("Santiago de Querétaro")};
    QTest::newRow("punctuation only matches all") << QStringLiteral(" - ") << QStringList{};
    QTest::newRow("no match") << QStringLiteral("Atlantis") << QStringList{};
}

void TestActorListModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(text);
    QCOMPARE(proxy.searchText(), text);
    QStringList found = column(proxy, ActorListModel::Name);
    if (proxy.filter().key().isEmpty()) {
        QCOMPARE(found.size(), model.rowCount());
        return;
    }
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestActorListModel::kindFilter()
{
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setKindFilter(ActorKindFilter::Institutions);
    QCOMPARE(column(proxy, ActorListModel::Name),
             QStringList{QStringLiteral("United Nations Office for South-South Cooperation")});
    proxy.setKindFilter(ActorKindFilter::Cities);
    QCOMPARE(proxy.rowCount(), 9);
    proxy.setSearchText(QStringLiteral("unossc"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("shang"));
    QCOMPARE(column(proxy, ActorListModel::Name), QStringList{QStringLiteral("Shanghai")});
    proxy.setKindFilter(ActorKindFilter::All);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 10);
}

void TestActorListModel::chineseCollation()
{
    installLanguage(lang::Zh);
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(model.language(), lang::Zh);
    QCOMPARE(proxy.collationLocale(), QStringLiteral("zh_CN"));
    proxy.sort(ActorListModel::Name, Qt::AscendingOrder);
    QStringList han;
    for (const QString& name : column(proxy, ActorListModel::Name)) {
        if (name.front().script() == QChar::Script_Han)
            han.append(name);
    }
    // Pinyin order: bei, ke, lian, luo, mo, shang. Code point order would start with 上 and end with 联.
    const QStringList pinyin{QStringLiteral("北京"), QStringLiteral("克雷塔罗"), QStringLiteral("联合国南南合作办公室"),
                             QStringLiteral("洛阳"), QStringLiteral("墨西哥城"), QStringLiteral("上海")};
    QCOMPARE(han, pinyin);
    QStringList codePoints = pinyin;
    codePoints.sort();
    QVERIFY(codePoints != pinyin);
}

void TestActorListModel::spanishCollation()
{
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ActorListModel::Name, Qt::AscendingOrder);
    // English: ñ is an n with an accent, so Ñuñoa ("nunoa") comes before Nuuk.
    QVERIFY(rowOf(proxy, QStringLiteral("Ñuñoa")) < rowOf(proxy, QStringLiteral("Nuuk")));
    QCOMPARE(rowOf(proxy, QStringLiteral("Ávila")), 0);

    installLanguage(lang::Es);
    proxy.setLanguage(lang::Es);
    model.setLanguage(lang::Es);
    QCOMPARE(proxy.collationLocale(), QStringLiteral("es_ES"));
    // Spanish: ñ is a letter of its own after n.
    QVERIFY(rowOf(proxy, QStringLiteral("Nuuk")) < rowOf(proxy, QStringLiteral("Ñuñoa")));
    QVERIFY(rowOf(proxy, QStringLiteral("Ñuñoa")) <
            rowOf(proxy, QStringLiteral("Oficina de las Naciones Unidas para la Cooperación Sur-Sur")));
    // Accents do not send Ávila after Z as byte order would.
    QCOMPARE(rowOf(proxy, QStringLiteral("Ávila")), 0);
    QCOMPARE(rowOf(proxy, QStringLiteral("Badajoz")), 1);
    QCOMPARE(proxy.index(2, ActorListModel::Name).data().toString(), QStringLiteral("Ciudad de México"));
}

void TestActorListModel::numericSort()
{
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ActorListModel::Population, Qt::DescendingOrder);
    const QStringList names = column(proxy, ActorListModel::Name).mid(0, 5);
    // As text, "7,056,699" would come before "24,870,895".
    QCOMPARE(names, (QStringList{QStringLiteral("Shanghai"), QStringLiteral("Beijing"), QStringLiteral("Mexico City"),
                                 QStringLiteral("Luoyang"), QStringLiteral("Santiago de Querétaro")}));
    proxy.sort(ActorListModel::Priorities, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ActorListModel::Name).data().toString(), QStringLiteral("Mexico City"));
    // Equal counts fall back to the name, so the order is stable.
    proxy.sort(ActorListModel::Offers, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ActorListModel::Name).data().toString(), QStringLiteral("Ávila"));
}

void TestActorListModel::namesFollowLanguage()
{
    ActorListModel model(&m_document);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const int luoyang = model.rowOf(m_workspace.ids.value(QStringLiteral("Luoyang")));
    const int nunoa = model.rowOf(m_workspace.ids.value(QStringLiteral("Ñuñoa")));
    const int mexico = model.rowOf(m_workspace.ids.value(QStringLiteral("Mexico City")));
    model.setLanguage(lang::Zh);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(luoyang, ActorListModel::Name).data().toString(), QStringLiteral("洛阳"));
    QCOMPARE(model.index(luoyang, ActorListModel::Country).data().toString(), QStringLiteral("中国"));
    // No Chinese name stored: the fallback chain gives the English one.
    QCOMPARE(model.index(nunoa, ActorListModel::Name).data().toString(), QStringLiteral("Ñuñoa"));
    installLanguage(lang::Es);
    model.setLanguage(lang::Es);
    QCOMPARE(model.index(mexico, ActorListModel::Name).data().toString(), QStringLiteral("Ciudad de México"));
    // Spanish groups thousands with a dot, every group once the number has five digits.
    QCOMPARE(model.index(mexico, ActorListModel::Population).data().toString(), QStringLiteral("9.209.944"));
    QCOMPARE(model.index(nunoa, ActorListModel::Population).data().toString(), QStringLiteral("208.237"));
    QCOMPARE(model.index(mexico, ActorListModel::Country).data().toString(), QStringLiteral("México"));
}

void TestActorListModel::reloadResetsRows()
{
    QTemporaryDir dir;
    test::UiTestWorkspace workspace;
    QString error;
    QVERIFY2(workspace.build(dir.filePath(QStringLiteral("reload.citybridge")), &error), qPrintable(error));
    WorkspaceDocument document;
    QVERIFY2(document.open(workspace.path, &error), qPrintable(error));
    ActorListModel model(&document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("luoy"));
    QAbstractItemModelTester check(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Actor added;
    added.uid = QStringLiteral("city:luoyang-new-district");
    added.countryCode = QStringLiteral("CN");
    added.names =
        LocalizedText{{lang::En, QStringLiteral("Luoyang New District")}, {lang::Zh, QStringLiteral("洛阳新区")}};
    QVERIFY2(document.store()->actors().save(added, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 10);
    QVERIFY2(document.reload(&error), qPrintable(error));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(model.rowOf(added.id) >= 0);
}

void TestActorListModel::emptyDocument()
{
    WorkspaceDocument empty;
    ActorListModel model(&empty);
    QAbstractItemModelTester check(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ActorListModel::ColumnCount));
    QString error;
    QVERIFY(!empty.reload(&error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestActorListModel)
#include "tst_actorlistmodel.moc"
