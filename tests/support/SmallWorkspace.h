// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"
#include "TestBackend.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace cb::test {

/** A city with only what saving needs: uid, country and an English name. */
Actor draftCity(const QString& uid, const QString& name, const QString& country = QStringLiteral("MX"));

/**
 * A small workspace on the test's backend (an SQLite file in its own temporary folder, or a PostgreSQL schema), for
 * tests that need rows to point at: countries CN and MX, one theme, one source, the cities Luoyang (CN) and Puebla
 * (MX), an event Puebla attended, a respondent group and a partnership Luoyang–Puebla. The ids of those rows are kept in the fields.
 */
struct SmallWorkspace : TestStore
{
    ThemeId theme = 0;
    SourceId source = 0;
    ActorId luoyang = 0;
    ActorId puebla = 0;
    GroupId group = 0;
    EventId event = 0;
    PartnershipId pair = 0;

    /** Creates the workspace on the test's backend (see TestBackend.h) and fills it. */
    bool create(QString* error);
    QString path() const { return location(); }
    /** Row count of every table, to show that a refused write wrote nothing. */
    QMap<QString, qint64> rows();
};

} // namespace cb::test
