// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb::cli {

class CliContext;

/**
 * citybridge merge PACKAGE --workspace W [--dry-run] [--prefer mine|theirs] [--json]: prints what merging a
 * colleague's package adds, recognises and finds in conflict (both values), then merges it in one transaction
 * unless --dry-run. The bundled sample is never changed: --workspace is required.
 */
int mergeCommand(CliContext& ctx);

} // namespace cb::cli
