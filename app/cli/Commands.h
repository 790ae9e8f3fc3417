// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb::cli {

class CliContext;

int listCommand(CliContext& ctx);
int showCommand(CliContext& ctx);
int matchCommand(CliContext& ctx);
int pathsCommand(CliContext& ctx);
int generateCommand(CliContext& ctx);

} // namespace cb::cli
