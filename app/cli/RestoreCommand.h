// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCommandLineParser;

namespace cb::cli {

class CliContext;

/** Adds the option of restore (--list) to the parser; --workspace and --json are shared. */
void addRestoreOptions(QCommandLineParser& parser);

/**
 * citybridge restore --list --workspace W [--json]: the automatic backups of W, newest first, each checked.
 * citybridge restore BACKUP --workspace W: replaces W with a verified backup (a path, or a file name in W's
 * backup folder); W is backed up first so the restore can be undone. A damaged backup is refused and W is
 * left as it was.
 */
int restoreCommand(CliContext& ctx);

} // namespace cb::cli
