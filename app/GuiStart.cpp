// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiStart.h"

#include "i18n/Translations.h"
#include "common/LocaleFollower.h"
#include "main/MainWindow.h"
#include "main/RecentFiles.h"
#include "storage/postgres/ConnectionInfo.h"
#include "teamdb/PasswordKeyring.h"
#include "workspace/WorkspaceDocument.h"
#include "workspace/SampleImporter.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

namespace cb::app {

namespace {

// The team database named on the command line: opened at once when its password is known (PGPASSWORD, ~/.pgpass,
// keyring), otherwise the connection dialog asks, showing why. A password in the address is not used.
void openDatabase(ui::MainWindow& window, const QString& address)
{
    QString error;
    std::optional<ConnectionInfo> info = ConnectionInfo::parse(address, &error);
    if (!info) {
        QMessageBox::warning(&window, QApplication::translate("cb::app", "CityBridge"),
                             QApplication::translate("cb::app", "The team database could not be opened: %1").arg(error));
        return;
    }
    if (!info->password.isEmpty()) {
        // As on the command line: a password in the address ends up in the shell's history and the process list.
        info->password.clear();
        window.connectToDatabase(&*info, QApplication::translate("cb::app", "The password in the address was not used "
                                                                          "(it would stay in the shell's history): "
                                                                          "type it here, or set PGPASSWORD or "
                                                                          "~/.pgpass."));
        return;
    }
    if (const std::optional<QString> stored = ui::PasswordKeyring().read(info->displayString()))
        info->password = *stored;
    if (window.document()->openDatabase(*info, &error))
        return;
    window.connectToDatabase(&*info, error);
}

} // namespace

int startGui(int argc, char** argv, const QString& requestedLanguage, const QString& database)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CityBridge"));
    QApplication::setOrganizationName(QStringLiteral("CityBridge"));
    QApplication::setApplicationVersion(QStringLiteral(CITYBRIDGE_VERSION));
    if (!requestedLanguage.isEmpty() && !isInterfaceLanguageCode(requestedLanguage)) {
        installLanguage(chooseStartLanguage(QString(), QString(), QLocale::system().name()));
        QTextStream(stderr) << QApplication::translate("cb::app", "Unknown language \"%1\": use en, zh or es.")
                                   .arg(requestedLanguage)
                            << Qt::endl;
        return 2;
    }
    // --lang for this run only; the menu's choice is what is remembered.
    const QSettings settings;
    installLanguage(chooseStartLanguage(requestedLanguage, settings.value(QStringLiteral("interface/language")).toString(),
                                        QLocale::system().name()));
    ui::LocaleFollower::install();

    ui::MainWindow window;
    window.show();
    if (!database.isEmpty()) {
        openDatabase(window, database);
        return app.exec();
    }
    // The last workspace (Open Recent keeps only files that still exist), or the user's copy of the sample.
    const QStringList recent = ui::RecentFiles().files();
    QString error;
    const QString path = recent.isEmpty() ? ensureSampleWorkspace(&error) : recent.first();
    if (path.isEmpty() || !window.openWorkspace(path, &error))
        QMessageBox::warning(&window, QApplication::translate("cb::app", "CityBridge"),
                             QApplication::translate("cb::app", "The workspace could not be opened: %1").arg(error));
    return app.exec();
}

} // namespace cb::app
