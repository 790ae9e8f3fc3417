// SPDX-License-Identifier: GPL-3.0-or-later
// Database addresses: postgresql:// URLs are read into their parts, malformed ones refused with a message, and the
// form that is shown, logged or stored (displayString) never carries the password.
#include "storage/OpenWorkspaceStore.h"
#include "storage/postgres/ConnectionInfo.h"

#include <QtTest>

using namespace cb;

class TestConnectionInfo : public QObject
{
    Q_OBJECT

private slots:
    void urlsAreRecognised();
    void partsAreRead();
    void displayStringHasNoPassword();
    void badAddressesAreRefused_data();
    void badAddressesAreRefused();
};

void TestConnectionInfo::urlsAreRecognised()
{
    QVERIFY(ConnectionInfo::isUrl(QStringLiteral("postgresql://host/db")));
    QVERIFY(ConnectionInfo::isUrl(QStringLiteral("postgres://host/db")));
    QVERIFY(ConnectionInfo::isUrl(QStringLiteral("PostgreSQL://host/db")));
    QVERIFY(!ConnectionInfo::isUrl(QStringLiteral("/home/ana/office.citybridge")));
    QVERIFY(!ConnectionInfo::isUrl(QStringLiteral("postgresql.citybridge")));
    QVERIFY(isDatabaseUrl(QStringLiteral("postgresql://host/db")));
    QVERIFY(!isDatabaseUrl(QStringLiteral("C:/data/postgresql://x")));
}

void TestConnectionInfo::partsAreRead()
{
    QString error;
    auto info = ConnectionInfo::parse(
        QStringLiteral("postgresql://ana%40un@db.example.org:6543/city%20bridge?sslmode=verify-full&schema=team_asia"),
        &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->user, QStringLiteral("ana@un"));
    QCOMPARE(info->host, QStringLiteral("db.example.org"));
    QCOMPARE(info->port, 6543);
    QCOMPARE(info->database, QStringLiteral("city bridge"));
    QCOMPARE(info->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(info->schema, QStringLiteral("team_asia"));
    QVERIFY(info->password.isEmpty());
    QVERIFY(info->connectOptions().contains(QLatin1String("sslmode=verify-full")));

    info = ConnectionInfo::parse(QStringLiteral("postgresql:///citybridge?host=/run/postgresql"), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->host, QStringLiteral("/run/postgresql"));
    QCOMPARE(info->port, 0);
    QCOMPARE(info->displayString(), QStringLiteral("postgresql:///citybridge?host=/run/postgresql"));
}

void TestConnectionInfo::displayStringHasNoPassword()
{
    QString error;
    const auto info = ConnectionInfo::parse(QStringLiteral("postgresql://li:s3cr%3At@10.0.0.5:5432/cb"), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->password, QStringLiteral("s3cr:t"));
    QCOMPARE(info->displayString(), QStringLiteral("postgresql://li@10.0.0.5:5432/cb"));
    QVERIFY(!info->displayString().contains(QLatin1String("s3cr")));
    QVERIFY(!info->connectOptions().contains(QLatin1String("s3cr")));
}

void TestConnectionInfo::badAddressesAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a URL") << QStringLiteral("office.citybridge") << QStringLiteral("starts with postgresql://");
    QTest::newRow("no database") << QStringLiteral("postgresql://host") << QStringLiteral("names no database");
    QTest::newRow("nested path") << QStringLiteral("postgresql://host/a/b") << QStringLiteral("names no database");
    QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://host/db?sslmode=maybe")
                                     << QStringLiteral("Unknown sslmode");
    QTest::newRow("schema with a quote") << QStringLiteral("postgresql://host/db?schema=a%22%3B%20drop")
                                         << QStringLiteral("is not accepted");
    QTest::newRow("upper-case schema") << QStringLiteral("postgresql://host/db?schema=Team")
                                       << QStringLiteral("is not accepted");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://host/db?password=x")
                                    << QStringLiteral("Unknown database address option");
    QTest::newRow("bad port") << QStringLiteral("postgresql://user:pw@host:99999999/db")
                              << QStringLiteral("not a valid URL");
}

void TestConnectionInfo::badAddressesAreRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ConnectionInfo::parse(url, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    // The message never repeats a password the address may have held.
    QVERIFY2(!error.contains(QLatin1String(":pw@")), qPrintable(error));
    QString storeError;
    QVERIFY(!openWorkspaceStore(url, &storeError) || !ConnectionInfo::isUrl(url));
}

QTEST_GUILESS_MAIN(TestConnectionInfo)
#include "tst_connectioninfo.moc"
