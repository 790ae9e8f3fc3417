// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb::test {

/** The kind of I/O an injected fault hits. */
enum class FaultKind
{
    Write,
    Sync,
    Truncate
};

/**
 * A test-only SQLite VFS that wraps the default "unix" VFS and forwards everything to it, WAL shared memory
 * (xShmMap, xShmLock, xShmBarrier, xShmUnmap) and memory-mapped fetches included. It numbers every xWrite, xSync
 * and xTruncate on any file (database, -wal, -journal) while counting is on, and can make the Nth of them fail:
 * a write with SQLITE_IOERR_WRITE (or SQLITE_FULL, as a full disk), a sync with SQLITE_IOERR_FSYNC, a truncate with
 * SQLITE_IOERR_TRUNCATE. The operation that fails is not passed on, so nothing of it reaches the file.
 *
 * install() registers it as SQLite's default VFS, so every connection opened afterwards in this process, Qt's
 * QSQLITE connections included (Debian's plugin links the same system libsqlite3), goes through it.
 */
namespace faultvfs {

/** Registers the shim as the default VFS (once); false when the "unix" VFS is missing. */
bool install();
/** The name the shim is registered under. */
const char* name();

/** Starts numbering I/O points from 1 and clears the fault; nothing fails until failAt() is called. */
void startCounting();
void stopCounting();
/** I/O points seen since startCounting(). */
int pointsSeen();
/**
 * Makes I/O point n (1-based, counted since startCounting()) fail; writes fail with SQLITE_FULL when diskFull.
 * With sticky, every point from n on fails too, as on a disk that stays full.
 */
void failAt(int n, bool diskFull = false, bool sticky = false);
/** Whether the armed fault has been triggered, and what kind of point it hit. */
bool faultTriggered();
FaultKind triggeredKind();
/** No counting and no fault any more. */
void reset();

QString kindName(FaultKind kind);

} // namespace faultvfs

} // namespace cb::test
