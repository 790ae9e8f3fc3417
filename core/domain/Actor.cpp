// SPDX-License-Identifier: GPL-3.0-or-later
#include "Actor.h"

namespace cb {

QString actorKindKey(ActorKind kind)
{
    return kind == ActorKind::City ? QStringLiteral("city") : QStringLiteral("institution");
}

std::optional<ActorKind> actorKindFromKey(const QString& key)
{
    if (key == QLatin1String("city"))
        return ActorKind::City;
    if (key == QLatin1String("institution"))
        return ActorKind::Institution;
    return std::nullopt;
}

} // namespace cb
