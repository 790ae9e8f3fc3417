// SPDX-License-Identifier: GPL-3.0-or-later
#include "GazetteerEntry.h"

#include <algorithm>

namespace cb {

QString GazetteerEntry::chineseName() const
{
    static const QChar shi(0x5E02); // 市
    if (nameZh.size() >= 3 && nameZh.endsWith(shi))
        return nameZh.left(nameZh.size() - 1);
    return nameZh;
}

QString GazetteerEntry::spanishName() const
{
    return nameEs.isEmpty() ? name : nameEs;
}

void GazetteerEntry::fillCity(Actor& city) const
{
    city.kind = ActorKind::City;
    city.names.set(lang::En, name);
    city.names.set(lang::Es, spanishName());
    const QString zh = chineseName();
    if (!zh.isEmpty())
        city.names.set(lang::Zh, zh);
    if (!nameZh.isEmpty() && nameZh != zh) {
        const bool known = std::any_of(city.aliases.cbegin(), city.aliases.cend(),
                                       [&](const Alias& alias) { return alias.text == nameZh; });
        if (!known)
            city.aliases.append({nameZh, lang::Zh});
    }
    city.countryCode = countryCode;
    city.city.geonameId = geonameId;
    city.city.latitude = latitude;
    city.city.longitude = longitude;
    city.city.population = population;
    city.city.populationYear = 0;
    city.city.timezone = timezone;
    city.city.adminRegion = adminRegion;
}

} // namespace cb
