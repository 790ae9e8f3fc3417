// SPDX-License-Identifier: GPL-3.0-or-later
// Finding actors of the bundled sample through the actor list's filter (ActorListModel + ActorFilterProxy, folded by
// cb::searchKey) by any name in any script: Simplified and Traditional Chinese, pinyin without tones, spaced or
// not, Spanish with or without accents, abbreviations, under each interface language.
#include "actors/ActorFilterProxy.h"
#include "actors/ActorListModel.h"
#include "i18n/Translations.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestLanguageSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { installLanguage(lang::En); }
    void findsTheActor_data();
    void findsTheActor();
    void everySampleChineseCityByPinyin();
    void nothingForUnknownText();

private:
    QStringList foundUids(ActorFilterProxy& proxy) const;

    QTemporaryDir m_dir;
    WorkspaceDocument m_document;
};

void TestLanguageSearch::initTestCase()
{
    installLanguage(lang::En);
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("sample.citybridge"));
    {
        auto store = SqliteWorkspaceStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    QVERIFY2(m_document.open(path, &error), qPrintable(error));
    QVERIFY(m_document.data().actors.size() > 100);
}

QStringList TestLanguageSearch::foundUids(ActorFilterProxy& proxy) const
{
    QStringList uids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const ActorId id = proxy.index(row, ActorListModel::Name).data(ActorListModel::ActorIdRole).toLongLong();
        const Actor* actor = m_document.data().actor(id);
        uids << (actor ? actor->uid : QString());
    }
    return uids;
}

void TestLanguageSearch::findsTheActor_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<int>("atMost"); // how many actors the query may find in all (it is selective)

    const QString luoyang = QStringLiteral("city:luoyang");
    const QString queretaro = QStringLiteral("city:queretaro");
    const QString mexico = QStringLiteral("city:mexico-city");
    for (const QString& ui : {lang::En, lang::Zh, lang::Es}) {
        const auto row = [&](const char* name, const QString& query, const QString& uid, int atMost) {
            QTest::addRow("%s: %s", qPrintable(ui), name) << ui << query << uid << atMost;
        };
        row("Simplified 洛阳", QStringLiteral("洛阳"), luoyang, 3);
        row("Traditional 洛陽", QStringLiteral("洛陽"), luoyang, 3);
        row("洛阳市", QStringLiteral("洛阳市"), luoyang, 3);
        row("pinyin luoyang", QStringLiteral("luoyang"), luoyang, 3);
        row("pinyin spaced luo yang", QStringLiteral("luo yang"), luoyang, 3);
        row("pinyin capitals LUO YANG", QStringLiteral("LUO YANG"), luoyang, 3);
        row("pinyin with tone marks", QStringLiteral("Luòyáng"), luoyang, 3);
        row("Querétaro", QStringLiteral("Querétaro"), queretaro, 2);
        row("Queretaro", QStringLiteral("Queretaro"), queretaro, 2);
        row("queretaro lower case", QStringLiteral("queretaro"), queretaro, 2);
        row("克雷塔罗", QStringLiteral("克雷塔罗"), queretaro, 1);
        row("CDMX", QStringLiteral("CDMX"), mexico, 1);
        row("cdmx", QStringLiteral("cdmx"), mexico, 1);
        row("Ciudad de México", QStringLiteral("Ciudad de México"), mexico, 1);
        row("ciudad de mexico", QStringLiteral("ciudad de mexico"), mexico, 1);
        row("墨西哥城", QStringLiteral("墨西哥城"), mexico, 1);
        row("Mexico City", QStringLiteral("Mexico City"), mexico, 1);
        row("México, D.F.", QStringLiteral("Mexico DF"), mexico, 1);
        row("Traditional 廈門", QStringLiteral("廈門"), QStringLiteral("city:xiamen"), 2);
        row("Amoy", QStringLiteral("amoy"), QStringLiteral("city:xiamen"), 1);
        row("Traditional 重慶", QStringLiteral("重慶"), QStringLiteral("city:chongqing"), 2);
        row("huai an", QStringLiteral("huai an"), QStringLiteral("city:huaian"), 2);
        row("Huai'an", QStringLiteral("Huai'an"), QStringLiteral("city:huaian"), 2);
        row("Zaitún", QStringLiteral("zaitun"), QStringLiteral("city:quanzhou"), 1);
        row("Medellin", QStringLiteral("Medellin"), QStringLiteral("city:medellin"), 1);
        row("Sao Paulo", QStringLiteral("sao paulo"), QStringLiteral("city:sao-paulo"), 1);
        row("聖保羅", QStringLiteral("聖保羅"), QStringLiteral("city:sao-paulo"), 1);
        row("Taskent (Spanish)", QStringLiteral("Taskent"), QStringLiteral("city:tashkent"), 1);
        row("纽约", QStringLiteral("紐約"), QStringLiteral("city:new-york"), 1);
        row("Nueva York", QStringLiteral("nueva york"), QStringLiteral("city:new-york"), 1);
        row("UNOSSC", QStringLiteral("unossc"), QStringLiteral("inst:unossc"), 3);
        row("联合国南南合作办公室", QStringLiteral("聯合國南南合作辦公室"), QStringLiteral("inst:unossc"), 1);
    }
}

void TestLanguageSearch::findsTheActor()
{
    QFETCH(QString, interface);
    QFETCH(QString, query);
    QFETCH(QString, uid);
    QFETCH(int, atMost);
    installLanguage(interface);
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setLanguage(interface);
    proxy.setSearchText(query);
    const QStringList uids = foundUids(proxy);
    QVERIFY2(uids.contains(uid), qPrintable(QStringLiteral("%1 -> %2").arg(query, uids.join(QLatin1String(", ")))));
    QVERIFY2(uids.size() <= atMost, qPrintable(QStringLiteral("%1 -> %2").arg(query, uids.join(QLatin1String(", ")))));
}

void TestLanguageSearch::everySampleChineseCityByPinyin()
{
    // The sample's Chinese cities by their Chinese name's pinyin without tones, whole and one syllable per word:
    // the pinyin an officer types must find each of them, not only the English spelling they happen to have.
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    // Written from the Chinese names (Hanyu Pinyin, tones dropped), not copied from the English ones.
    const QHash<QString, QString> pinyinOf{
        {QStringLiteral("安阳"), QStringLiteral("an yang")},     {QStringLiteral("丽水"), QStringLiteral("li shui")},
        {QStringLiteral("洛阳"), QStringLiteral("luo yang")},    {QStringLiteral("泉州"), QStringLiteral("quan zhou")},
        {QStringLiteral("敦煌"), QStringLiteral("dun huang")},   {QStringLiteral("淮安"), QStringLiteral("huai an")},
        {QStringLiteral("河南省"), QStringLiteral("he nan sheng")}, {QStringLiteral("长沙"), QStringLiteral("chang sha")},
        {QStringLiteral("厦门"), QStringLiteral("xia men")},     {QStringLiteral("玉溪"), QStringLiteral("yu xi")},
        {QStringLiteral("孝感"), QStringLiteral("xiao gan")},    {QStringLiteral("武汉"), QStringLiteral("wu han")},
        {QStringLiteral("深圳"), QStringLiteral("shen zhen")},   {QStringLiteral("福州"), QStringLiteral("fu zhou")},
        {QStringLiteral("北京"), QStringLiteral("bei jing")},    {QStringLiteral("上海"), QStringLiteral("shang hai")},
        {QStringLiteral("广州"), QStringLiteral("guang zhou")},  {QStringLiteral("杭州"), QStringLiteral("hang zhou")},
        {QStringLiteral("南京"), QStringLiteral("nan jing")},    {QStringLiteral("重庆"), QStringLiteral("chong qing")},
        {QStringLiteral("宁波"), QStringLiteral("ning bo")},     {QStringLiteral("青岛"), QStringLiteral("qing dao")},
        {QStringLiteral("天津"), QStringLiteral("tian jin")},
    };
    int checked = 0;
    QStringList failures;
    for (const Actor& actor : m_document.data().actors) {
        if (actor.countryCode != QLatin1String("CN") || !actor.isCity())
            continue;
        const QString pinyin = pinyinOf.value(actor.names.exact(lang::Zh));
        if (pinyin.isEmpty()) {
            failures << actor.uid + QStringLiteral(": no pinyin in the table for ") + actor.names.exact(lang::Zh);
            continue;
        }
        for (const QString& query : {QString(pinyin).remove(QLatin1Char(' ')), pinyin}) {
            proxy.setSearchText(query);
            if (!foundUids(proxy).contains(actor.uid))
                failures << actor.uid + QStringLiteral(": ") + query;
        }
        ++checked;
    }
    QVERIFY(checked >= 20);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestLanguageSearch::nothingForUnknownText()
{
    ActorListModel model(&m_document);
    ActorFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("zzqx"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("   "));
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

QTEST_MAIN(TestLanguageSearch)
#include "tst_languagesearch.moc"
