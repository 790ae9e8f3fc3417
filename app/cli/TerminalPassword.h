// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb::cli {

/** True when standard input is a terminal a password can be typed on. */
bool canAskPassword();
/** Prints prompt on standard error and reads a line from the terminal without echoing it. */
QString askPassword(const QString& prompt);

} // namespace cb::cli
