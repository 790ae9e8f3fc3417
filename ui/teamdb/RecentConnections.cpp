// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentConnections.h"

#include "storage/postgres/ConnectionInfo.h"

#include <QSettings>

namespace cb::ui {

namespace {

const QString Key = QStringLiteral("recentDatabases");

} // namespace

QStringList RecentConnections::connections() const
{
    return QSettings().value(Key).toStringList();
}

void RecentConnections::add(const ConnectionInfo& info) const
{
    const QString shown = info.displayString();
    QStringList list = connections();
    list.removeAll(shown);
    list.prepend(shown);
    QSettings().setValue(Key, list.mid(0, MaximumCount));
}

void RecentConnections::remove(const QString& connection) const
{
    QStringList list = connections();
    if (list.removeAll(connection) > 0)
        QSettings().setValue(Key, list);
}

} // namespace cb::ui
