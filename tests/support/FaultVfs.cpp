// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultVfs.h"

#include <sqlite3.h>

#include <atomic>

namespace cb::test::faultvfs {

namespace {

constexpr const char* kName = "citybridge-fault";

std::atomic<bool> g_counting{false};
std::atomic<int> g_seen{0};
std::atomic<int> g_failAt{0};
std::atomic<bool> g_diskFull{false};
std::atomic<bool> g_sticky{false};
std::atomic<bool> g_triggered{false};
std::atomic<int> g_triggeredKind{0};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs{};

/** Our file: the real "unix" file lives in the same allocation, right after it. */
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file)->real;
}

/** Numbers one I/O point; true when it is the one that must fail. */
bool hit(FaultKind kind)
{
    if (!g_counting.load())
        return false;
    const int n = ++g_seen;
    const int target = g_failAt.load();
    if (target == 0 || n < target || (n > target && !g_sticky.load()))
        return false;
    if (n > target)
        return true;
    g_triggered = true;
    g_triggeredKind = static_cast<int>(kind);
    return true;
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* r = real(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (hit(FaultKind::Write))
        return g_diskFull.load() ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (hit(FaultKind::Truncate))
        return SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}

int xSync(sqlite3_file* f, int flags)
{
    if (hit(FaultKind::Sync))
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}

int xLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}

int xUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    if (op == SQLITE_FCNTL_VFSNAME) {
        // Name the stack as "ours/theirs", as SQLite's own shims do; the real VFS appends its name.
        const int rc = real(f)->pMethods->xFileControl(real(f), op, arg);
        if (rc == SQLITE_OK && arg) {
            char** name = static_cast<char**>(arg);
            char* inner = *name;
            *name = sqlite3_mprintf("%s/%z", kName, inner);
        }
        return rc;
    }
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* r = real(f);
    if (r->pMethods->iVersion < 2 || !r->pMethods->xShmMap)
        return SQLITE_IOERR_SHMMAP;
    return r->pMethods->xShmMap(r, region, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    sqlite3_file* r = real(f);
    if (r->pMethods->iVersion < 2 || !r->pMethods->xShmLock)
        return SQLITE_IOERR_SHMLOCK;
    return r->pMethods->xShmLock(r, offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    sqlite3_file* r = real(f);
    if (r->pMethods->iVersion >= 2 && r->pMethods->xShmBarrier)
        r->pMethods->xShmBarrier(r);
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    sqlite3_file* r = real(f);
    if (r->pMethods->iVersion < 2 || !r->pMethods->xShmUnmap)
        return SQLITE_OK;
    return r->pMethods->xShmUnmap(r, deleteFlag);
}

int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    sqlite3_file* r = real(f);
    if (r->pMethods->iVersion < 3 || !r->pMethods->xFetch) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return r->pMethods->xFetch(r, offset, amount, out);
}

int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    sqlite3_file* r = real(f);
    if (r->pMethods->iVersion < 3 || !r->pMethods->xUnfetch)
        return SQLITE_OK;
    return r->pMethods->xUnfetch(r, offset, page);
}

const sqlite3_io_methods g_methods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->real->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open: only wrap what the real VFS opened.
    file->pMethods = shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}

void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    g_real->xDlError(g_real, size, out);
}

void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void vfsDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}

int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

int vfsSetSystemCall(sqlite3_vfs*, const char* name, sqlite3_syscall_ptr call)
{
    return g_real->xSetSystemCall(g_real, name, call);
}

sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs*, const char* name)
{
    return g_real->xGetSystemCall(g_real, name);
}

const char* vfsNextSystemCall(sqlite3_vfs*, const char* name)
{
    return g_real->xNextSystemCall(g_real, name);
}

} // namespace

bool install()
{
    if (g_real)
        return true;
    sqlite3_initialize();
    sqlite3_vfs* unixVfs = sqlite3_vfs_find("unix");
    if (!unixVfs || unixVfs->iVersion < 3)
        return false;
    g_real = unixVfs;
    g_vfs.iVersion = 3;
    g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + unixVfs->szOsFile;
    g_vfs.mxPathname = unixVfs->mxPathname;
    g_vfs.zName = kName;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    g_vfs.xSetSystemCall = vfsSetSystemCall;
    g_vfs.xGetSystemCall = vfsGetSystemCall;
    g_vfs.xNextSystemCall = vfsNextSystemCall;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

const char* name()
{
    return kName;
}

void startCounting()
{
    g_failAt = 0;
    g_triggered = false;
    g_seen = 0;
    g_counting = true;
}

void stopCounting()
{
    g_counting = false;
}

int pointsSeen()
{
    return g_seen.load();
}

void failAt(int n, bool diskFull, bool sticky)
{
    g_diskFull = diskFull;
    g_sticky = sticky;
    g_triggered = false;
    g_failAt = n;
}

bool faultTriggered()
{
    return g_triggered.load();
}

FaultKind triggeredKind()
{
    return static_cast<FaultKind>(g_triggeredKind.load());
}

void reset()
{
    g_counting = false;
    g_failAt = 0;
    g_triggered = false;
    g_seen = 0;
}

QString kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Write:
        return QStringLiteral("write");
    case FaultKind::Sync:
        return QStringLiteral("sync");
    case FaultKind::Truncate:
        return QStringLiteral("truncate");
    }
    return {};
}

} // namespace cb::test::faultvfs
