// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace cb {

/** One step of the schema ladder: applied in order, each in its own transaction, then user_version = version. */
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    /** Optional data step run after the statements, in the same transaction (fills derived columns). */
    std::function<bool(QSqlDatabase&, QString* error)> dataStep;
};

/** The ordered migration ladder. The last entry's version is the schema version this program writes. */
const QList<Migration>& migrations();
int latestSchemaVersion();

/** Data step of version 4: fills aliases.search_key (plain SQL, used by the SQLite and PostgreSQL ladders). */
bool fillAliasSearchKeys(QSqlDatabase& db, QString* error);

/** PRAGMA application_id of a CityBridge workspace ("CBRG"). */
constexpr int kApplicationId = 0x43425247;

} // namespace cb
