// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorDetailHtml.h"

#include "common/DomainLabels.h"
#include "i18n/NumberFormat.h"
#include "workspace/WorkspaceData.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cb::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString coordinate(double value, bool latitude)
{
    const QString hemisphere =
        latitude ? (value >= 0 ? ActorDetailHtml::tr("N", "north") : ActorDetailHtml::tr("S", "south"))
                 : (value >= 0 ? ActorDetailHtml::tr("E", "east") : ActorDetailHtml::tr("W", "west"));
    return ActorDetailHtml::tr("%1° %2").arg(number(std::abs(value), 4), hemisphere);
}

/** Collects the sections of one actor's page. */
class Page
{
public:
    Page(const WorkspaceData& data, const Actor& actor, const QString& language)
        : m_data(data), m_actor(actor), m_language(language)
    {
    }

    QString render()
    {
        header();
        names();
        facts();
        texts();
        statements(StatementKind::Priority, ActorDetailHtml::tr("Priorities"));
        statements(StatementKind::Offer, ActorDetailHtml::tr("Offers"));
        interestsExpressed();
        interestsReceived();
        events();
        partnerships();
        memberships();
        return m_html;
    }

private:
    QString source(SourceId id) const
    {
        const Source* s = m_data.source(id);
        if (!s)
            return {};
        QString title = s->titles.value(m_language);
        if (title.isEmpty())
            title = s->citation.isEmpty() ? s->publisher : s->citation;
        if (title.isEmpty())
            title = DomainLabels::sourceKind(s->kind);
        return s->date.isValid() ? ActorDetailHtml::tr("%1 (%2)").arg(title, isoDate(s->date)) : title;
    }

    QString themes(const QList<ThemeId>& ids) const
    {
        QStringList names;
        for (const ThemeId id : ids)
            names.append(m_data.themeName(id, m_language));
        return names.join(QStringLiteral(", "));
    }

    QString groupLabel(GroupId id) const
    {
        const RespondentGroup* g = m_data.group(id);
        if (!g)
            return {};
        return g->label.isEmpty() ? ActorDetailHtml::tr("Survey respondents") : g->label;
    }

    void heading(const QString& title) { m_html += QStringLiteral("<h3>") + esc(title) + QStringLiteral("</h3>"); }

    void paragraph(const QString& text)
    {
        QString body = esc(text);
        body.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        m_html += QStringLiteral("<p>") + body + QStringLiteral("</p>");
    }

    // Cells are plain text; the table escapes them. Columns empty in every row are left out.
    void table(const QStringList& headers, const QList<QStringList>& rows)
    {
        QList<int> columns;
        for (int c = 0; c < headers.size(); ++c) {
            if (std::any_of(rows.cbegin(), rows.cend(),
                            [c](const QStringList& row) { return !row.value(c).isEmpty(); }))
                columns.append(c);
        }
        m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>");
        for (const int c : columns)
            m_html +=
                QStringLiteral("<th align=\"left\" bgcolor=\"#e6eaf0\">") + esc(headers[c]) + QStringLiteral("</th>");
        m_html += QStringLiteral("</tr>");
        for (const QStringList& row : rows) {
            m_html += QStringLiteral("<tr>");
            for (const int c : columns)
                m_html += QStringLiteral("<td valign=\"top\">") + esc(row.value(c)) + QStringLiteral("</td>");
            m_html += QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }

    // Two-column label/value list; rows with an empty value are dropped.
    void fields(const QList<QPair<QString, QString>>& rows)
    {
        QString body;
        for (const auto& [label, value] : rows) {
            if (value.isEmpty())
                continue;
            body += QStringLiteral("<tr><td valign=\"top\" style=\"padding-right: 12px\"><b>") + esc(label) + QStringLiteral("</b></td><td>") +
                    esc(value) + QStringLiteral("</td></tr>");
        }
        if (!body.isEmpty())
            m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + body + QStringLiteral("</table>");
    }

    void header()
    {
        m_html += QStringLiteral("<h2>") + esc(m_actor.name(m_language)) + QStringLiteral("</h2>");
        QStringList line{DomainLabels::actorKind(m_actor.kind)};
        if (!m_actor.isCity() && !m_actor.institution.category.isEmpty())
            line.append(DomainLabels::institutionCategory(m_actor.institution.category));
        if (!m_actor.city.adminRegion.isEmpty())
            line.append(m_actor.city.adminRegion);
        if (!m_actor.countryCode.isEmpty())
            line.append(m_data.countryName(m_actor.countryCode, m_language));
        if (m_actor.parentId != 0)
            line.append(ActorDetailHtml::tr("part of %1").arg(m_data.actorName(m_actor.parentId, m_language)));
        paragraph(line.join(QStringLiteral(" · ")));
    }

    void names()
    {
        QStringList aliases;
        for (const Alias& alias : m_actor.aliases)
            aliases.append(alias.text);
        const QList<QPair<QString, QString>> rows{
            {ActorDetailHtml::tr("English"), m_actor.names.exact(lang::En)},
            {ActorDetailHtml::tr("Chinese"), m_actor.names.exact(lang::Zh)},
            {ActorDetailHtml::tr("Spanish"), m_actor.names.exact(lang::Es)},
            {ActorDetailHtml::tr("Native"), m_actor.names.exact(lang::Native)},
            {ActorDetailHtml::tr("Also known as"), aliases.join(QStringLiteral(", "))},
        };
        heading(ActorDetailHtml::tr("Names"));
        fields(rows);
    }

    void facts()
    {
        QList<QPair<QString, QString>> rows;
        if (m_actor.isCity()) {
            const CityFacts& c = m_actor.city;
            QString population;
            if (c.population > 0) {
                population =
                    c.populationYear > 0
                        ? ActorDetailHtml::tr("%1 (%2)").arg(populationText(c.population)).arg(c.populationYear)
                        : populationText(c.population);
            }
            rows.append({ActorDetailHtml::tr("Population"), population});
            rows.append({ActorDetailHtml::tr("Area"),
                         c.areaKm2 > 0 ? ActorDetailHtml::tr("%1 km²").arg(number(c.areaKm2, 1)) : QString()});
            rows.append({ActorDetailHtml::tr("Time zone"), c.timezone});
            if (c.latitude && c.longitude)
                rows.append({ActorDetailHtml::tr("Coordinates"),
                             ActorDetailHtml::tr("%1, %2", "latitude, longitude")
                                 .arg(coordinate(*c.latitude, true), coordinate(*c.longitude, false))});
            rows.append(
                {ActorDetailHtml::tr("GeoNames id"), c.geonameId > 0 ? QString::number(c.geonameId) : QString()});
        } else {
            rows.append({ActorDetailHtml::tr("Abbreviation"), m_actor.institution.abbreviation});
            rows.append({ActorDetailHtml::tr("Website"), m_actor.institution.website});
        }
        if (std::all_of(rows.cbegin(), rows.cend(), [](const auto& row) { return row.second.isEmpty(); }))
            return;
        heading(ActorDetailHtml::tr("Facts"));
        fields(rows);
    }

    void texts()
    {
        const QList<QPair<QString, const LocalizedText*>> sections{
            {ActorDetailHtml::tr("Profile"), &m_actor.profile},
            {ActorDetailHtml::tr("Heritage"), &m_actor.heritage},
            {ActorDetailHtml::tr("Key sectors"), &m_actor.sectors},
        };
        for (const auto& [title, text] : sections) {
            const QString value = text->value(m_language);
            if (value.isEmpty())
                continue;
            heading(title);
            paragraph(value);
        }
        QStringList sources;
        for (const SourceId id : m_actor.sourceIds) {
            const QString s = source(id);
            if (!s.isEmpty())
                sources.append(s);
        }
        if (!sources.isEmpty())
            paragraph(ActorDetailHtml::tr("Sources: %1").arg(sources.join(QStringLiteral("; "))));
    }

    // An actor's own statements first, then what the survey groups it belongs to answered.
    void statements(StatementKind kind, const QString& title)
    {
        QList<QStringList> rows;
        for (const Statement& s : m_data.statements) {
            if (s.kind != kind)
                continue;
            QString note = s.note;
            if (s.actorId != m_actor.id) {
                if (s.groupId == 0 || !isMember(s.groupId))
                    continue;
                const RespondentGroup* g = m_data.group(s.groupId);
                const QString answered = s.mentions > 0 && g && g->respondents > 0
                                             ? ActorDetailHtml::tr("%1 (%2 of %3 respondents)")
                                                   .arg(groupLabel(s.groupId))
                                                   .arg(s.mentions)
                                                   .arg(g->respondents)
                                             : groupLabel(s.groupId);
                note = note.isEmpty() ? answered : answered + QStringLiteral(": ") + note;
            }
            rows.append({m_data.themeName(s.themeId, m_language), number(s.weight, 2), note, source(s.sourceId)});
        }
        if (rows.isEmpty())
            return;
        heading(title);
        table({ActorDetailHtml::tr("Theme"), ActorDetailHtml::tr("Weight"), ActorDetailHtml::tr("Note"),
               ActorDetailHtml::tr("Source")},
              rows);
    }

    bool isMember(GroupId group)
    {
        const auto it = m_memberOf.constFind(group);
        if (it != m_memberOf.constEnd())
            return it.value();
        const bool member = m_data.groupMembers(group).contains(m_actor.id);
        m_memberOf.insert(group, member);
        return member;
    }

    QString target(const Interest& i) const
    {
        if (i.toActorId != 0)
            return m_data.actorName(i.toActorId, m_language);
        if (!i.toCountry.isEmpty())
            return ActorDetailHtml::tr("Any actor in %1").arg(m_data.countryName(i.toCountry, m_language));
        return {};
    }

    void interestsExpressed()
    {
        QList<QStringList> rows;
        for (const Interest& i : m_data.interests) {
            QString note = i.note;
            if (i.fromActorId != m_actor.id) {
                if (i.fromActorId != 0 || i.fromGroupId == 0 || !isMember(i.fromGroupId))
                    continue;
                note = note.isEmpty() ? groupLabel(i.fromGroupId)
                                      : groupLabel(i.fromGroupId) + QStringLiteral(": ") + note;
            }
            rows.append({target(i), themes(i.themeIds), number(i.strength, 2),
                         i.mentions > 0 ? QString::number(i.mentions) : QString(), note, source(i.sourceId)});
        }
        if (rows.isEmpty())
            return;
        heading(ActorDetailHtml::tr("Interests expressed"));
        table({ActorDetailHtml::tr("Target"), ActorDetailHtml::tr("Themes"), ActorDetailHtml::tr("Strength"),
               ActorDetailHtml::tr("Mentions"), ActorDetailHtml::tr("Note"), ActorDetailHtml::tr("Source")},
              rows);
    }

    void interestsReceived()
    {
        QList<QStringList> rows;
        for (const Interest* i : m_data.interestsTo(m_actor.id)) {
            const QString origin =
                i->fromActorId != 0 ? m_data.actorName(i->fromActorId, m_language) : groupLabel(i->fromGroupId);
            rows.append({origin, themes(i->themeIds), number(i->strength, 2),
                         i->mentions > 0 ? QString::number(i->mentions) : QString(), i->note, source(i->sourceId)});
        }
        if (rows.isEmpty())
            return;
        heading(ActorDetailHtml::tr("Interests received"));
        table({ActorDetailHtml::tr("Origin"), ActorDetailHtml::tr("Themes"), ActorDetailHtml::tr("Strength"),
               ActorDetailHtml::tr("Mentions"), ActorDetailHtml::tr("Note"), ActorDetailHtml::tr("Source")},
              rows);
    }

    void events()
    {
        QList<QStringList> rows;
        for (const Event& e : m_data.events) {
            for (const Participation& p : e.participations) {
                if (p.actorId != m_actor.id)
                    continue;
                QString title = e.titles.value(m_language);
                if (!e.kind.isEmpty())
                    title = ActorDetailHtml::tr("%1 (%2)").arg(title, DomainLabels::eventKind(e.kind));
                QString person = p.person;
                if (!p.personTitle.isEmpty())
                    person = person.isEmpty() ? p.personTitle : person + QStringLiteral(", ") + p.personTitle;
                rows.append({isoDate(e.date), title, DomainLabels::role(p.role), person,
                             source(p.sourceId != 0 ? p.sourceId : e.sourceId)});
            }
        }
        if (rows.isEmpty())
            return;
        heading(ActorDetailHtml::tr("Events"));
        table({ActorDetailHtml::tr("Date"), ActorDetailHtml::tr("Event"), ActorDetailHtml::tr("Role"),
               ActorDetailHtml::tr("Person"), ActorDetailHtml::tr("Source")},
              rows);
    }

    void partnerships()
    {
        QList<QStringList> rows;
        for (const Partnership& p : m_data.partnerships) {
            if (p.actorA != m_actor.id && p.actorB != m_actor.id)
                continue;
            const ActorId other = p.actorA == m_actor.id ? p.actorB : p.actorA;
            rows.append({m_data.actorName(other, m_language), DomainLabels::stage(p.stage), isoDate(p.startedOn),
                         isoDate(p.lastActivity), themes(p.themeIds), source(p.sourceId)});
        }
        if (rows.isEmpty())
            return;
        heading(ActorDetailHtml::tr("Partnerships"));
        table({ActorDetailHtml::tr("Partner"), ActorDetailHtml::tr("Stage"), ActorDetailHtml::tr("Since"),
               ActorDetailHtml::tr("Last activity"), ActorDetailHtml::tr("Themes"), ActorDetailHtml::tr("Source")},
              rows);
    }

    void memberships()
    {
        QList<QStringList> rows;
        for (const Membership& m : m_data.memberships) {
            if (m.cityId == m_actor.id)
                rows.append({m_data.actorName(m.institutionId, m_language), DomainLabels::membershipRole(m.role),
                             source(m.sourceId)});
            else if (m.institutionId == m_actor.id)
                rows.append(
                    {m_data.actorName(m.cityId, m_language), DomainLabels::membershipRole(m.role), source(m.sourceId)});
        }
        if (rows.isEmpty())
            return;
        heading(m_actor.isCity() ? ActorDetailHtml::tr("Institutions") : ActorDetailHtml::tr("Member cities"));
        table({m_actor.isCity() ? ActorDetailHtml::tr("Institution") : ActorDetailHtml::tr("City"),
               ActorDetailHtml::tr("Role"), ActorDetailHtml::tr("Source")},
              rows);
    }

    const WorkspaceData& m_data;
    const Actor& m_actor;
    const QString m_language;
    QHash<GroupId, bool> m_memberOf;
    QString m_html;
};

} // namespace

QString ActorDetailHtml::render(const WorkspaceData& data, ActorId id, const QString& language)
{
    const Actor* actor = data.actor(id);
    if (!actor)
        return {};
    return Page(data, *actor, language).render();
}

} // namespace cb::ui
