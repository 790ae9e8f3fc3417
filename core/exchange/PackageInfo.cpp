// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageInfo.h"

namespace cb {

QString PackageInfo::byKey()
{
    return QStringLiteral("package.exported_by");
}

QString PackageInfo::atKey()
{
    return QStringLiteral("package.exported_at");
}

QString PackageInfo::uidKey()
{
    return QStringLiteral("package.workspace_uid");
}

QString PackageInfo::nameKey()
{
    return QStringLiteral("package.workspace_name");
}

QMap<QString, QString> PackageInfo::toSettings() const
{
    return {{byKey(), exportedBy},
            {atKey(), exportedAt.toUTC().toString(Qt::ISODateWithMs)},
            {uidKey(), workspaceUid},
            {nameKey(), workspaceName}};
}

PackageInfo PackageInfo::fromSettings(const QMap<QString, QString>& settings)
{
    PackageInfo info;
    info.exportedBy = settings.value(byKey());
    info.exportedAt = QDateTime::fromString(settings.value(atKey()), Qt::ISODateWithMs);
    info.workspaceUid = settings.value(uidKey());
    info.workspaceName = settings.value(nameKey());
    return info;
}

} // namespace cb
