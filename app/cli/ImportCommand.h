// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCommandLineParser;

namespace cb::cli {

class CliContext;

/**
 * citybridge import FILE --mapping MAPPING.json [--workspace W] [--sheet N] [--encoding E] [--delimiter D]
 * [--dry-run] [--accept-uncertain skip] [--skip-bad-rows] [--write-mapping FILE]; and
 * citybridge import FILE --preview --json, which prints the parsed rows before any mapping.
 */
int importCommand(CliContext& ctx);

/** Adds the options of the import command to the shared parser. */
void addImportOptions(QCommandLineParser& parser);

} // namespace cb::cli
