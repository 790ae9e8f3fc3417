// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiStart.h"

#include <QApplication>
#include <QMessageBox>

namespace cb::app {

int startGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMessageBox::information(nullptr, QStringLiteral("CityBridge"), QStringLiteral("The window is being assembled."));
    return 0;
}

} // namespace cb::app
