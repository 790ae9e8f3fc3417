// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapFilter.h"

#include "workspace/WorkspaceData.h"

#include <QCoreApplication>

namespace cb {

namespace {

// Keys and names compare without case, and "tourism development" finds tourism_development.
QString folded(const QString& text)
{
    QString s = text.trimmed().toCaseFolded();
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    return s.simplified();
}

} // namespace

QString partnershipStageName(const QString& key)
{
    if (key == stage::Proposed)
        return QCoreApplication::translate("cb::MapFilter", "proposed");
    if (key == stage::Candidate)
        return QCoreApplication::translate("cb::MapFilter", "candidate");
    if (key == stage::Contacted)
        return QCoreApplication::translate("cb::MapFilter", "contacted");
    if (key == stage::Exploratory)
        return QCoreApplication::translate("cb::MapFilter", "exploratory exchange");
    if (key == stage::Friendship)
        return QCoreApplication::translate("cb::MapFilter", "friendship MoU");
    if (key == stage::Pilot)
        return QCoreApplication::translate("cb::MapFilter", "pilot project");
    if (key == stage::Agreement)
        return QCoreApplication::translate("cb::MapFilter", "formal agreement");
    if (key == stage::Active)
        return QCoreApplication::translate("cb::MapFilter", "active");
    if (key == stage::Dormant)
        return QCoreApplication::translate("cb::MapFilter", "dormant");
    if (key == stage::Closed)
        return QCoreApplication::translate("cb::MapFilter", "closed");
    QString readable = key;
    return readable.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString mapRegionName(const QString& region)
{
    const QString key = region.trimmed().toLower();
    if (key == QLatin1String("africa"))
        return QCoreApplication::translate("cb::MapFilter", "Africa");
    if (key == QLatin1String("americas"))
        return QCoreApplication::translate("cb::MapFilter", "Americas");
    if (key == QLatin1String("asia"))
        return QCoreApplication::translate("cb::MapFilter", "Asia");
    if (key == QLatin1String("europe"))
        return QCoreApplication::translate("cb::MapFilter", "Europe");
    if (key == QLatin1String("oceania"))
        return QCoreApplication::translate("cb::MapFilter", "Oceania");
    if (key.isEmpty())
        return QCoreApplication::translate("cb::MapFilter", "International");
    return region;
}

bool MapFilter::isEmpty() const
{
    return theme == 0 && stage.isEmpty() && country.isEmpty() && region.isEmpty() && !from.isValid() && !to.isValid();
}

bool MapFilter::operator==(const MapFilter& o) const
{
    return theme == o.theme && stage == o.stage && country == o.country && region == o.region && from == o.from
        && to == o.to;
}

QSet<ThemeId> MapFilter::selectedThemes(const WorkspaceData& data) const
{
    QSet<ThemeId> ids;
    const Theme* selected = data.theme(theme);
    if (!selected)
        return ids;
    ids.insert(selected->id);
    if (selected->isCluster()) {
        for (const Theme& t : data.themes) {
            if (t.parentId == selected->id)
                ids.insert(t.id);
        }
    }
    return ids;
}

bool MapFilter::matchesThemes(const WorkspaceData& data, const QSet<ThemeId>& selected, const QList<ThemeId>& themes) const
{
    if (selected.isEmpty())
        return true;
    for (const ThemeId t : themes) {
        if (selected.contains(t))
            return true;
        // Evidence on a whole cluster speaks for the theme chosen inside it.
        const Theme* named = data.theme(t);
        if (named && named->isCluster() && data.clusterOf(theme) == t)
            return true;
    }
    return false;
}

bool MapFilter::matchesDate(const QDate& date) const
{
    if (!date.isValid())
        return true;
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

bool MapFilter::matchesPlace(const WorkspaceData& data, ActorId actor) const
{
    if (country.isEmpty() && region.isEmpty())
        return true;
    const Actor* a = data.actor(actor);
    if (!a)
        return false;
    if (!country.isEmpty() && a->countryCode.compare(country, Qt::CaseInsensitive) != 0)
        return false;
    if (!region.isEmpty()) {
        const Country* c = data.country(a->countryCode);
        if (!c || c->region.compare(region, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QString MapFilter::stageInRange(const Partnership& partnership) const
{
    QString stageThen;
    QDate when;
    QDate latest;
    for (const StageChange& c : partnership.history) {
        if (c.date.isValid() && to.isValid() && c.date > to)
            continue;
        if (!c.date.isValid() || !when.isValid() || c.date >= when) {
            stageThen = c.stage;
            when = c.date;
        }
        if (c.date.isValid() && (!latest.isValid() || c.date > latest))
            latest = c.date;
    }
    if (partnership.history.isEmpty()) {
        if (to.isValid() && partnership.startedOn.isValid() && partnership.startedOn > to)
            return QString();
        stageThen = partnership.stage;
        latest = partnership.lastActivity.isValid() ? partnership.lastActivity : partnership.startedOn;
    }
    // A partnership that went quiet before the range started has nothing to show in it.
    if (from.isValid() && latest.isValid() && latest < from)
        return QString();
    if (!stage.isEmpty() && stageThen != stage)
        return QString();
    return stageThen;
}

ThemeId MapFilter::findTheme(const WorkspaceData& data, const QString& text, QString* error)
{
    const QString wanted = folded(text);
    if (wanted.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cb::MapFilter", "No theme was given.");
        return 0;
    }
    for (const Theme& t : data.themes) {
        if (folded(t.key) == wanted)
            return t.id;
    }
    for (const Theme& t : data.themes) {
        for (const QString& name : t.names.all()) {
            if (folded(name) == wanted)
                return t.id;
        }
    }
    QList<const Theme*> starts;
    for (const Theme& t : data.themes) {
        bool hit = folded(t.key).startsWith(wanted);
        for (const QString& name : t.names.all())
            hit = hit || folded(name).startsWith(wanted);
        if (hit)
            starts.append(&t);
    }
    // "tourism" starts both tourism_development and its cluster; the specific theme is what was meant.
    QList<const Theme*> specific;
    for (const Theme* t : starts) {
        if (!t->isCluster())
            specific.append(t);
    }
    if (starts.size() == 1)
        return starts.first()->id;
    if (specific.size() == 1)
        return specific.first()->id;
    if (error) {
        if (starts.isEmpty()) {
            *error = QCoreApplication::translate("cb::MapFilter", "No theme is called \"%1\".").arg(text);
        } else {
            QStringList keys;
            for (const Theme* t : starts)
                keys.append(t->key);
            *error = QCoreApplication::translate("cb::MapFilter", "\"%1\" matches several themes: %2.").arg(text, keys.join(QStringLiteral(", ")));
        }
    }
    return 0;
}

bool MapFilter::setPlace(const WorkspaceData& data, const QString& text, QString* error)
{
    const QString wanted = folded(text);
    country.clear();
    region.clear();
    if (wanted.isEmpty())
        return true;
    for (const Country& c : data.countries) {
        bool hit = folded(c.code) == wanted || folded(c.code3) == wanted;
        for (const QString& name : c.names.all())
            hit = hit || folded(name) == wanted;
        if (hit) {
            country = c.code;
            return true;
        }
    }
    for (const Country& c : data.countries) {
        if (!c.region.isEmpty() && (folded(c.region) == wanted || folded(mapRegionName(c.region)) == wanted)) {
            region = c.region;
            return true;
        }
    }
    if (error)
        *error = QCoreApplication::translate("cb::MapFilter", "No country or region is called \"%1\".").arg(text);
    return false;
}

} // namespace cb
