// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"
#include "storage/SqliteWorkspaceStore.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace cb::test {

/** A city with only what saving needs: uid, country and an English name. */
Actor draftCity(const QString& uid, const QString& name, const QString& country = QStringLiteral("MX"));

/**
 * A small workspace file in its own temporary folder, for tests that need rows to point at: countries CN and MX,
 * one theme, one source, the cities Luoyang (CN) and Puebla (MX), an event Puebla attended, a respondent group and a
 * partnership Luoyang–Puebla. The ids of those rows are kept in the fields.
 */
struct SmallWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteWorkspaceStore> store;
    ThemeId theme = 0;
    SourceId source = 0;
    ActorId luoyang = 0;
    ActorId puebla = 0;
    GroupId group = 0;
    EventId event = 0;
    PartnershipId pair = 0;

    bool create(QString* error);
    /** Closes and opens the file again: whatever was not committed is gone. */
    bool reopen(QString* error);
    QString path() const { return dir.filePath(QStringLiteral("small.citybridge")); }
    QSqlDatabase& db() { return store->database().connection(); }
    /** Row count of every table, to show that a refused write wrote nothing. */
    QMap<QString, qint64> rows();
};

} // namespace cb::test
