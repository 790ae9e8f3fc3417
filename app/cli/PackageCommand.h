// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;

namespace cb::cli {

class CliContext;

/** Adds the options of package and merge (--prefer) to the parser; --out, --workspace and --dry-run are shared. */
void addExchangeOptions(QCommandLineParser& parser);

/** The officer's name for packages and the decision log: $CITYBRIDGE_USER, else the login name. */
QString officerName();

/**
 * citybridge package --out FILE [--workspace W]: writes a package of the workspace (a verified copy a colleague can
 * open or merge), atomically.
 */
int packageCommand(CliContext& ctx);

} // namespace cb::cli
