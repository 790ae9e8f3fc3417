// SPDX-License-Identifier: GPL-3.0-or-later
// File > Connect to Team Database. The dialog says whether a system keyring can remember the password (headless CI
// has none: it says so and the checkbox is off). Connecting, failing to connect and testing the connection never
// put the password (or a full connection string) into the settings file, the recent list, the window title, the
// dialog's messages or any qDebug/qWarning output: the test collects all of them and searches for the password.
// tst_connectiondialog_pg logs in to the CI server as an officer; tst_connectiondialog tries an address where no
// server listens.
#include "SmallWorkspace.h"

#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "storage/postgres/ConnectionInfo.h"
#include "teamdb/ConnectionDialog.h"
#include "teamdb/PasswordKeyring.h"
#include "teamdb/RecentConnections.h"
#include "workspace/WorkspaceDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString capturedLog()
{
    QMutexLocker lock(&logMutex);
    return logLines.join(QLatin1Char('\n'));
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyringAvailabilityIsShown();
    void fieldsComeFromAnAddress();
    void connectingLeavesNoPasswordBehind();

private:
    /** Searches every place the program writes for text. */
    void verifyNowhere(const QString& text, const QString& what);

    QTemporaryDir m_settingsDir;
    PasswordKeyring m_keyring{QStringLiteral("CityBridge-test")};
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CB_REQUIRE_BACKEND();
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CityBridgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    previousHandler = qInstallMessageHandler(captureMessage);
    // Something is written, so that the search below looks at a real file.
    QSettings().setValue(QStringLiteral("officer/name"), QStringLiteral("Test Officer"));
}

void TestConnectionDialog::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestConnectionDialog::verifyNowhere(const QString& text, const QString& what)
{
    QVERIFY(!text.isEmpty());
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.isEmpty());
    QVERIFY2(!stored.contains(text.toUtf8()) && !stored.contains(QUrl::toPercentEncoding(text)),
             qPrintable(what + QStringLiteral(" found in the settings file")));
    for (const QString& recent : RecentConnections().connections())
        QVERIFY2(!recent.contains(text), qPrintable(what + QStringLiteral(" in the recent connections")));
    QVERIFY2(!capturedLog().contains(text), qPrintable(what + QStringLiteral(" in the log output")));
}

void TestConnectionDialog::keyringAvailabilityIsShown()
{
    ConnectionDialog dialog([](const ConnectionInfo&, QString*) { return false; }, m_keyring);
    QString why;
    const bool available = m_keyring.available(&why);
    auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("keyringNote"));
    QVERIFY(remember && note);
    QCOMPARE(remember->isEnabled(), available);
    QCOMPARE(note->isVisibleTo(&dialog), !available);
    if (!available) {
        QVERIFY2(note->text().contains(QLatin1String("asks for it each time")), qPrintable(note->text()));
        QCOMPARE(note->text(), why);
    }
    qInfo().noquote() << "system keyring:" << (available ? QStringLiteral("available") : why);
}

void TestConnectionDialog::fieldsComeFromAnAddress()
{
    QString error;
    const auto info = ConnectionInfo::parse(
        QStringLiteral("postgresql://ana@db.example.org:6543/team?sslmode=require&schema=east"), &error);
    QVERIFY2(info, qPrintable(error));
    ConnectionDialog dialog([](const ConnectionInfo&, QString*) { return false; }, m_keyring);
    dialog.setConnection(*info);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("host"))->text(), QStringLiteral("db.example.org"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("user"))->text(), QStringLiteral("ana"));
    const ConnectionInfo back = dialog.connection();
    QCOMPARE(back.displayString(), info->displayString());
    QVERIFY(back.password.isEmpty());
}

void TestConnectionDialog::connectingLeavesNoPasswordBehind()
{
    test::SmallWorkspace workspace;
    QString error;
    QString location;
    if (test::onPostgres()) {
        QVERIFY2(workspace.create(&error), qPrintable(error));
        location = workspace.locationFor(qEnvironmentVariable("CITYBRIDGE_TEST_PG_OFFICER_A"));
    } else {
        // No server listens on port 1: every attempt fails, and its messages must not carry the password either.
        location = QStringLiteral("postgresql://cb_officer_a:Pw-%1@127.0.0.1:1/citybridge_test?sslmode=disable")
                       .arg(QString::number(QDateTime::currentMSecsSinceEpoch()));
    }
    const auto info = ConnectionInfo::parse(location, &error);
    QVERIFY2(info, qPrintable(error));
    const QString password = info->password;
    QVERIFY(password.size() >= 8);

    MainWindow window;
    ConnectionDialog dialog(
        [&](const ConnectionInfo& i, QString* e) { return window.document()->openDatabase(i, e); }, m_keyring,
        &window);
    dialog.setConnection(*info);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text(), password);

    // A wrong password first: refused, the dialog stays, and neither password is anywhere.
    auto* passwordField = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    const QString wrong = QStringLiteral("Wrong-") + password;
    passwordField->setText(wrong);
    QVERIFY(!dialog.testConnection());
    QVERIFY(!dialog.connectToDatabase());
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY2(!dialog.message().contains(wrong), qPrintable(dialog.message()));
    QVERIFY(!window.document()->isOpen() || !window.document()->isDatabase());

    passwordField->setText(password);
    const bool tested = dialog.testConnection();
    QVERIFY2(!dialog.message().contains(password), qPrintable(dialog.message()));
    const bool connected = dialog.connectToDatabase();
    QVERIFY2(!dialog.message().contains(password), qPrintable(dialog.message()));
    if (test::onPostgres()) {
        QVERIFY2(tested && connected, qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(window.document()->isDatabase());
        QVERIFY2(window.windowTitle().contains(QLatin1String("citybridge_test")), qPrintable(window.windowTitle()));
        QVERIFY(!window.windowTitle().contains(password));
        QVERIFY(!window.document()->displayLocation().contains(password));
        QCOMPARE(RecentConnections().connections().value(0), window.document()->displayLocation());
        QVERIFY(!passwordField->text().contains(password)); // the field is emptied once connected
        // The role is in the title; what needs a workspace file is off, saying why.
        QVERIFY2(window.windowTitle().contains(info->user), qPrintable(window.windowTitle()));
        QAction* saveAs = window.actions()->saveWorkspaceAs();
        QVERIFY(!saveAs->isEnabled());
        QVERIFY2(saveAs->toolTip().contains(QLatin1String("migrate-to")), qPrintable(saveAs->toolTip()));
        auto* exportPackage = window.findChild<QAction*>(QStringLiteral("exportPackageAction"));
        QVERIFY(exportPackage && !exportPackage->isEnabled());
        QVERIFY(!exportPackage->toolTip().isEmpty());
    } else {
        QVERIFY(!tested && !connected);
        QVERIFY2(dialog.message().contains(QLatin1String("127.0.0.1")), qPrintable(dialog.message()));
    }
    window.close(); // writes the window's settings too
    verifyNowhere(password, QStringLiteral("the password"));
    verifyNowhere(wrong, QStringLiteral("the wrong password"));
    verifyNowhere(location, QStringLiteral("the full connection string"));
    qInfo().noquote() << QStringLiteral("connection dialog: %1; settings file, recent connections, messages and %2 "
                                        "log line(s) hold no password")
                             .arg(connected ? QStringLiteral("connected as an officer role")
                                            : QStringLiteral("no server, refused cleanly"))
                             .arg(capturedLog().count(QLatin1Char('\n')) + (capturedLog().isEmpty() ? 0 : 1));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
