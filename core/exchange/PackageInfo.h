// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace cb {

/** The marker a workspace package carries in its settings table: who exported it, when, and from where. */
struct PackageInfo
{
    QString exportedBy;
    QDateTime exportedAt;
    QString workspaceUid;  ///< meta.workspace_uid of the workspace it was exported from
    QString workspaceName; ///< the file name it was exported from, for the officer's eyes

    /** The settings keys the marker is stored under. */
    static QString byKey();
    static QString atKey();
    static QString uidKey();
    static QString nameKey();

    bool isValid() const { return !workspaceUid.isEmpty() && exportedAt.isValid(); }
    QMap<QString, QString> toSettings() const;
    /** The marker read from a settings table; isValid() is false when the table holds none. */
    static PackageInfo fromSettings(const QMap<QString, QString>& settings);
};

} // namespace cb
