// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cb::cli {

namespace {

QCollator collatorFor(const QString& language)
{
    QCollator collator{QLocale(localeNameFor(language))};
    collator.setNumericMode(true);
    return collator;
}

int listActors(CliContext& ctx, ActorKind kind)
{
    const QString language = ctx.language();
    QList<const Actor*> actors;
    for (const Actor& a : ctx.data().actors) {
        if (a.kind == kind)
            actors.append(&a);
    }
    const QCollator collator = collatorFor(language);
    std::sort(actors.begin(), actors.end(), [&](const Actor* x, const Actor* y) {
        return collator.compare(x->name(language), y->name(language)) < 0;
    });
    const QLocale locale(localeNameFor(language));
    if (ctx.json()) {
        QJsonArray array;
        for (const Actor* a : actors) {
            QJsonObject o{{QStringLiteral("uid"), a->uid},
                          {QStringLiteral("name"), a->name(language)},
                          {QStringLiteral("country"), a->countryCode}};
            QJsonObject names;
            for (auto it = a->names.all().constBegin(); it != a->names.all().constEnd(); ++it)
                names.insert(it.key(), it.value());
            o.insert(QStringLiteral("names"), names);
            if (a->isCity()) {
                o.insert(QStringLiteral("population"), a->city.population);
                if (a->city.latitude && a->city.longitude) {
                    o.insert(QStringLiteral("lat"), *a->city.latitude);
                    o.insert(QStringLiteral("lon"), *a->city.longitude);
                }
            } else {
                o.insert(QStringLiteral("category"), a->institution.category);
            }
            array.append(o);
        }
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    TextTable table(kind == ActorKind::City
                        ? QStringList{tr("City"), tr("Country"), tr("Population"), tr("Region")}
                        : QStringList{tr("Institution"), tr("Abbreviation"), tr("Country"), tr("Category")});
    if (kind == ActorKind::City)
        table.setRightAligned(2);
    for (const Actor* a : actors) {
        const QString country = a->countryCode.isEmpty() ? QString() : ctx.data().countryName(a->countryCode, language);
        if (kind == ActorKind::City)
            table.addRow({a->name(language), country,
                          a->city.population > 0 ? groupedInteger(a->city.population) : QString(),
                          a->city.adminRegion});
        else
            table.addRow({a->name(language), a->institution.abbreviation, country, a->institution.category});
    }
    ctx.out() << table.render();
    ctx.out() << (kind == ActorKind::City ? tr("%n city(ies)", nullptr, int(actors.size()))
                                          : tr("%n institution(s)", nullptr, int(actors.size())))
              << Qt::endl;
    return Ok;
}

int listThemes(CliContext& ctx)
{
    const QString language = ctx.language();
    if (ctx.json()) {
        QJsonArray array;
        for (const Theme& t : ctx.data().themes) {
            const Theme* parent = ctx.data().theme(t.parentId);
            array.append(QJsonObject{{QStringLiteral("key"), t.key},
                                     {QStringLiteral("name"), t.names.value(language)},
                                     {QStringLiteral("cluster"), parent ? parent->key : QString()}});
        }
        ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    TextTable table({tr("Theme"), tr("Key")});
    for (const Theme& cluster : ctx.data().themes) {
        if (!cluster.isCluster())
            continue;
        table.addRow({cluster.names.value(language), cluster.key});
        for (const Theme& t : ctx.data().themes) {
            if (t.parentId == cluster.id)
                table.addRow({QStringLiteral("  ") + t.names.value(language), t.key});
        }
    }
    ctx.out() << table.render();
    return Ok;
}

} // namespace

int listCommand(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    const QString what = args.value(0);
    if (what != QLatin1String("cities") && what != QLatin1String("institutions") && what != QLatin1String("themes"))
        return ctx.fail(tr("Usage: citybridge list cities|institutions|themes [--lang en|zh|es] [--json]"),
                        BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;
    if (what == QLatin1String("themes"))
        return listThemes(ctx);
    return listActors(ctx, what == QLatin1String("cities") ? ActorKind::City : ActorKind::Institution);
}

} // namespace cb::cli
