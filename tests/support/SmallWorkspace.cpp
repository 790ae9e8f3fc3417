// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallWorkspace.h"

#include "SqliteProbe.h"

namespace cb::test {

Actor draftCity(const QString& uid, const QString& name, const QString& country)
{
    Actor a;
    a.uid = uid;
    a.countryCode = country;
    a.names.set(lang::En, name);
    return a;
}

bool SmallWorkspace::create(QString* error)
{
    if (!TestStore::create(error))
        return false;
    Country cn{QStringLiteral("CN"), QString(), 0, QString(), QString(), {{lang::En, QStringLiteral("China")}}};
    Country mx{QStringLiteral("MX"), QString(), 0, QString(), QString(), {{lang::En, QStringLiteral("Mexico")}}};
    Theme t{0, QStringLiteral("tourism_development"), 0, 0, {{lang::En, QStringLiteral("Tourism")}}};
    Source s{0, QStringLiteral("source:s"), QStringLiteral("survey"), {}, QDate(2021, 1, 1), {}, {}, {}};
    Actor l = draftCity(QStringLiteral("city:luoyang"), QStringLiteral("Luoyang"), QStringLiteral("CN"));
    Actor p = draftCity(QStringLiteral("city:puebla"), QStringLiteral("Puebla"));
    if (!store->catalog().saveCountries({cn, mx}, error) || !store->catalog().saveTheme(t, error) ||
        !store->catalog().saveSource(s, error) || !store->actors().save(l, error) || !store->actors().save(p, error))
        return false;
    Event e;
    e.uid = QStringLiteral("event:e");
    e.kind = QStringLiteral("webinar");
    e.titles.set(lang::En, QStringLiteral("Exchange"));
    e.participations = {{0, 0, p.id, QStringLiteral("participant"), {}, {}, 0}};
    RespondentGroup g{0, QStringLiteral("group:g"), s.id, 0, QStringLiteral("MX"), 4, {}};
    if (!store->events().save(e, error) || !store->evidence().saveGroup(g, error))
        return false;
    Partnership partnership;
    partnership.uid = QStringLiteral("partnership:p");
    partnership.actorA = l.id;
    partnership.actorB = p.id;
    if (!store->pipeline().savePartnership(partnership, error))
        return false;
    theme = t.id;
    source = s.id;
    luoyang = l.id;
    puebla = p.id;
    group = g.id;
    event = e.id;
    pair = partnership.id;
    return true;
}

QMap<QString, qint64> SmallWorkspace::rows()
{
    return rowCounts(db());
}

} // namespace cb::test
