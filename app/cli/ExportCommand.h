// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb::cli {

class CliContext;

/**
 * citybridge export cities|institutions|interests|proposals|partnerships|network --format csv|xlsx|geojson|graphml
 * --out FILE [--lang L] [--as-of DATE]: writes the workspace's tables or network to a file.
 */
int exportCommand(CliContext& ctx);

} // namespace cb::cli
