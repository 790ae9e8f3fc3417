// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapFilter.h"

#include "workspace/WorkspaceData.h"

#include <QCoreApplication>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::MapFilter", text);
}

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
        return tr("proposed");
    if (key == stage::Candidate)
        return tr("candidate");
    if (key == stage::Contacted)
        return tr("contacted");
    if (key == stage::Exploratory)
        return tr("exploratory exchange");
    if (key == stage::Friendship)
        return tr("friendship MoU");
    if (key == stage::Pilot)
        return tr("pilot project");
    if (key == stage::Agreement)
        return tr("formal agreement");
    if (key == stage::Active)
        return tr("active");
    if (key == stage::Dormant)
        return tr("dormant");
    if (key == stage::Closed)
        return tr("closed");
    QString readable = key;
    return readable.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString mapRegionName(const QString& region)
{
    const QString key = region.trimmed().toLower();
    if (key == QLatin1String("africa"))
        return tr("Africa");
    if (key == QLatin1String("americas"))
        return tr("Americas");
    if (key == QLatin1String("asia"))
        return tr("Asia");
    if (key == QLatin1String("europe"))
        return tr("Europe");
    if (key == QLatin1String("oceania"))
        return tr("Oceania");
    if (key.isEmpty())
        return tr("International");
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
            *error = tr("No theme was given.");
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
            *error = tr("No theme is called \"%1\".").arg(text);
        } else {
            QStringList keys;
            for (const Theme* t : starts)
                keys.append(t->key);
            *error = tr("\"%1\" matches several themes: %2.").arg(text, keys.join(QStringLiteral(", ")));
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
        *error = tr("No country or region is called \"%1\".").arg(text);
    return false;
}

} // namespace cb
