// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb::cli {

class CliContext;

/** citybridge migrate-to TARGET [--workspace FILE | --database URL]: copies a whole workspace into an empty one. */
int migrateCommand(CliContext& ctx);

} // namespace cb::cli
