// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiStart.h"

#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/RecentFiles.h"
#include "workspace/SampleImporter.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace cb::app {

int startGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CityBridge"));
    QApplication::setOrganizationName(QStringLiteral("CityBridge"));
    QApplication::setApplicationVersion(QStringLiteral(CITYBRIDGE_VERSION));
    QSettings settings;
    installLanguage(settings.value(QStringLiteral("interface/language"), systemLanguage()).toString());

    ui::MainWindow window;
    window.show();
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
