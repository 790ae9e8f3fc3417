// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb::app {

/**
 * Creates the QApplication and the main window on the last workspace or the bundled sample, or on the team
 * database at database (--database postgresql://...): its password from PGPASSWORD, ~/.pgpass or the keyring, else
 * the connection dialog asks for it (also when the address holds one, which is not used). The interface language is requestedLanguage (--lang) when given,
 * else the one chosen in the application before, else the system's. An unknown requestedLanguage ends the program
 * with exit code 2 before any window opens.
 */
int startGui(int argc, char** argv, const QString& requestedLanguage = QString(), const QString& database = QString());

} // namespace cb::app
