// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackageInfo.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace cb {

class SqliteWorkspaceStore;

/**
 * A workspace package (.cbpkg): a consistent copy of a workspace file, taken with SQLite's online backup while the
 * workspace may be open, verified, marked with a PackageInfo in its settings table and written atomically. A
 * package is itself a workspace: a colleague can open it as one, or merge it into their own (WorkspaceMerge).
 */
class WorkspacePackage
{
    Q_DECLARE_TR_FUNCTIONS(cb::WorkspacePackage)

public:
    /** The file suffix of packages, without the dot. */
    static QString suffix() { return QStringLiteral("cbpkg"); }

    /**
     * Writes a package of the workspace file at workspacePath to packagePath (replaced atomically if it exists;
     * the workspace is never modified). exportedBy and exportedAt fill the marker; an invalid exportedAt means now.
     */
    static bool exportPackage(const QString& workspacePath, const QString& packagePath, const QString& exportedBy,
                              QString* error, const QDateTime& exportedAt = QDateTime());

    /**
     * Opens a package read-only (it is never written). Damaged files, files that are not workspaces and files of a
     * newer program are refused with a translated message. info, when given, receives the marker (invalid when
     * the file is a plain workspace rather than a package: a workspace can be merged just the same).
     */
    static std::unique_ptr<SqliteWorkspaceStore> openPackage(const QString& packagePath, PackageInfo* info,
                                                             QString* error);
};

} // namespace cb
