// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenWorkspaceStore.h"

#include "SqliteWorkspaceStore.h"
#include "postgres/PostgresWorkspaceStore.h"

#include <QCoreApplication>

namespace cb {

bool isDatabaseUrl(const QString& location)
{
    return ConnectionInfo::isUrl(location);
}

std::unique_ptr<WorkspaceStore> openWorkspaceStore(const QString& location, QString* error)
{
    if (!isDatabaseUrl(location))
        return SqliteWorkspaceStore::open(location, error);
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(location, error);
    if (!info)
        return nullptr;
    return PostgresWorkspaceStore::open(*info, error);
}

std::unique_ptr<WorkspaceStore> createWorkspaceStore(const QString& location, QString* error)
{
    if (!isDatabaseUrl(location))
        return SqliteWorkspaceStore::create(location, error);
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(location, error);
    if (!info)
        return nullptr;
    auto store = PostgresWorkspaceStore::open(*info, error);
    if (!store)
        return nullptr;
    QString e;
    const bool empty = store->database().isEmpty(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return nullptr;
    }
    if (!empty) {
        if (error)
            *error = QCoreApplication::translate("cb::OpenWorkspaceStore",
                                                 "The database %1 already holds a workspace; nothing was changed.")
                         .arg(info->displayString());
        return nullptr;
    }
    return store;
}

} // namespace cb
