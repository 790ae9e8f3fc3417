// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalPassword.h"

#include <QTextStream>

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace cb::cli {

bool canAskPassword()
{
    return isatty(STDIN_FILENO) != 0;
}

QString askPassword(const QString& prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    return QString::fromStdString(line);
}

} // namespace cb::cli
