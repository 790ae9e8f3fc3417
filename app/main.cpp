// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "CityBridge " << QStringLiteral(CITYBRIDGE_VERSION) << Qt::endl;
    return 0;
}
