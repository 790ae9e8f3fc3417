// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cb {
struct ConnectionInfo;
}

namespace cb::ui {

/**
 * The team databases connected to lately, newest first, kept in QSettings as display strings only
 * (ConnectionInfo::displayString(): never a password).
 */
class RecentConnections
{
public:
    static constexpr int MaximumCount = 8;

    QStringList connections() const;
    void add(const ConnectionInfo& info) const;
    void remove(const QString& connection) const;
};

} // namespace cb::ui
