// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "common/DomainLabels.h"
#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cb::cli {

namespace {

class ShowPrinter
{
    Q_DECLARE_TR_FUNCTIONS(cb::cli::ShowPrinter)

public:
    ShowPrinter(CliContext& ctx, const Actor& actor)
        : m_ctx(ctx)
        , m_data(ctx.data())
        , m_actor(actor)
        , m_lang(ctx.language())
        , m_locale(localeNameFor(m_lang))
    {
    }

    QString source(SourceId id) const
    {
        const Source* s = m_data.source(id);
        if (!s)
            return QString();
        const QString date = s->date.isValid() ? m_locale.toString(s->date, QLocale::ShortFormat) : QString();
        return tr("[source: %1, %2]").arg(s->titles.value(m_lang), date);
    }

    QString actorName(ActorId id) const { return m_data.actorName(id, m_lang); }

    void print()
    {
        QTextStream& out = m_ctx.out();
        out << m_actor.name(m_lang) << Qt::endl;
        out << QString(m_actor.name(m_lang).size() + 4, QLatin1Char('=')) << Qt::endl;
        for (const QString& l : {lang::En, lang::Zh, lang::Es, lang::Native}) {
            if (m_actor.names.has(l))
                out << QStringLiteral("  ") << languageLabel(l) << QStringLiteral(": ") << m_actor.names.exact(l) << Qt::endl;
        }
        if (!m_actor.countryCode.isEmpty())
            out << tr("Country: %1").arg(m_data.countryName(m_actor.countryCode, m_lang)) << Qt::endl;
        if (m_actor.isCity()) {
            const CityFacts& c = m_actor.city;
            if (!c.adminRegion.isEmpty())
                out << tr("Region: %1").arg(c.adminRegion) << Qt::endl;
            if (c.population > 0)
                out << (c.populationYear > 0
                            ? tr("Population: %1 (%2)").arg(groupedInteger(c.population)).arg(c.populationYear)
                            : tr("Population: %1").arg(groupedInteger(c.population)))
                    << Qt::endl;
            if (c.areaKm2 > 0)
                out << tr("Area: %1 km²").arg(m_locale.toString(c.areaKm2, 'f', 0)) << Qt::endl;
            if (!c.timezone.isEmpty())
                out << tr("Time zone: %1").arg(c.timezone) << Qt::endl;
            if (c.latitude && c.longitude)
                out << tr("Coordinates: %1, %2").arg(m_locale.toString(*c.latitude, 'f', 4), m_locale.toString(*c.longitude, 'f', 4))
                    << Qt::endl;
        } else {
            out << tr("Category: %1").arg(m_actor.institution.category) << Qt::endl;
        }
        section(tr("Profile"), m_actor.profile.value(m_lang));
        section(tr("Heritage"), m_actor.heritage.value(m_lang));
        section(tr("Key sectors"), m_actor.sectors.value(m_lang));
        statements(StatementKind::Priority, tr("Priorities"));
        statements(StatementKind::Offer, tr("Offers"));
        interests();
        events();
        partnerships();
        if (!m_actor.sourceIds.isEmpty()) {
            out << Qt::endl << tr("Sources") << Qt::endl;
            for (SourceId id : m_actor.sourceIds) {
                if (const Source* s = m_data.source(id))
                    out << QStringLiteral("  - ") << s->titles.value(m_lang) << QStringLiteral(" (")
                        << m_locale.toString(s->date, QLocale::ShortFormat) << QStringLiteral(")") << Qt::endl;
            }
        }
    }

private:
    QString languageLabel(const QString& l) const
    {
        if (l == lang::En)
            return tr("English");
        if (l == lang::Zh)
            return tr("Chinese");
        if (l == lang::Es)
            return tr("Spanish");
        return tr("Native");
    }

    void section(const QString& title, const QString& text)
    {
        if (text.isEmpty())
            return;
        m_ctx.out() << Qt::endl << title << Qt::endl << QStringLiteral("  ") << text << Qt::endl;
    }

    void statements(StatementKind kind, const QString& title)
    {
        QStringList lines;
        for (const Statement& s : m_data.statements) {
            if (s.kind != kind)
                continue;
            QString who;
            if (s.actorId == m_actor.id) {
                who = QString();
            } else if (s.groupId != 0 && m_data.groupMembers(s.groupId).contains(m_actor.id)) {
                const RespondentGroup* g = m_data.group(s.groupId);
                who = tr(" — %1 of %2 survey respondents").arg(s.mentions).arg(g ? g->respondents : 0);
            } else {
                continue;
            }
            QString line = QStringLiteral("  - ") + m_data.themeName(s.themeId, m_lang) + who;
            if (!s.note.isEmpty())
                line += QStringLiteral(": ") + s.note;
            line += QLatin1Char(' ') + source(s.sourceId);
            lines.append(line);
        }
        if (lines.isEmpty())
            return;
        m_ctx.out() << Qt::endl << title << Qt::endl << lines.join(QLatin1Char('\n')) << Qt::endl;
    }

    QString themes(const QList<ThemeId>& ids) const
    {
        QStringList names;
        for (ThemeId id : ids)
            names.append(m_data.themeName(id, m_lang));
        return names.isEmpty() ? QString() : QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    }

    void interests()
    {
        QStringList lines;
        for (const Interest& i : m_data.interests) {
            const bool fromGroup = i.fromGroupId != 0 && m_data.groupMembers(i.fromGroupId).contains(m_actor.id);
            if (i.fromActorId == m_actor.id || fromGroup) {
                const QString target = i.toActorId ? actorName(i.toActorId) : m_data.countryName(i.toCountry, m_lang);
                QString line = QStringLiteral("  → ") + target + themes(i.themeIds);
                if (fromGroup) {
                    const RespondentGroup* g = m_data.group(i.fromGroupId);
                    line += tr(" — %1 of %2 survey respondents").arg(i.mentions).arg(g ? g->respondents : 0);
                }
                lines.append(line + QLatin1Char(' ') + source(i.sourceId));
            } else if (i.toActorId == m_actor.id) {
                QString origin = i.fromActorId ? actorName(i.fromActorId) : QString();
                if (i.fromGroupId) {
                    const RespondentGroup* g = m_data.group(i.fromGroupId);
                    origin = tr("%1 of %2 survey respondents").arg(i.mentions).arg(g ? g->respondents : 0);
                    if (g && !g->countryCode.isEmpty())
                        origin += QStringLiteral(" (") + m_data.countryName(g->countryCode, m_lang) + QLatin1Char(')');
                }
                lines.append(QStringLiteral("  ← ") + origin + themes(i.themeIds) + QLatin1Char(' ') + source(i.sourceId));
            }
        }
        if (lines.isEmpty())
            return;
        m_ctx.out() << Qt::endl << tr("Interests") << Qt::endl << lines.join(QLatin1Char('\n')) << Qt::endl;
    }

    void events()
    {
        QStringList lines;
        for (const Event& e : m_data.events) {
            for (const Participation& p : e.participations) {
                if (p.actorId != m_actor.id)
                    continue;
                QString line = QStringLiteral("  - ") + m_locale.toString(e.date, QLocale::ShortFormat)
                               + QStringLiteral(" ") + e.titles.value(m_lang) + QStringLiteral(" — ") + ui::DomainLabels::role(p.role);
                if (!p.person.isEmpty())
                    line += QStringLiteral(": ") + p.person;
                lines.append(line + QLatin1Char(' ') + source(p.sourceId ? p.sourceId : e.sourceId));
            }
        }
        if (lines.isEmpty())
            return;
        m_ctx.out() << Qt::endl << tr("Events") << Qt::endl << lines.join(QLatin1Char('\n')) << Qt::endl;
    }

    void partnerships()
    {
        QStringList lines;
        for (const Partnership& p : m_data.partnerships) {
            if (p.actorA != m_actor.id && p.actorB != m_actor.id)
                continue;
            const ActorId other = p.actorA == m_actor.id ? p.actorB : p.actorA;
            lines.append(QStringLiteral("  - ") + actorName(other) + QStringLiteral(": ") + ui::DomainLabels::stage(p.stage) + themes(p.themeIds)
                         + QLatin1Char(' ') + source(p.sourceId));
            for (const StageChange& c : p.history)
                lines.append(QStringLiteral("      ") + m_locale.toString(c.date, QLocale::ShortFormat)
                             + QStringLiteral(" ") + ui::DomainLabels::stage(c.stage) + (c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note));
        }
        if (lines.isEmpty())
            return;
        m_ctx.out() << Qt::endl << tr("Partnerships") << Qt::endl << lines.join(QLatin1Char('\n')) << Qt::endl;
    }

    CliContext& m_ctx;
    const WorkspaceData& m_data;
    const Actor& m_actor;
    QString m_lang;
    QLocale m_locale;
};

} // namespace

int showCommand(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    if (args.isEmpty())
        return ctx.fail(tr("Usage: citybridge show NAME [--lang en|zh|es]"), BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;
    const Actor* actor = ctx.resolveActor(args.join(QLatin1Char(' ')));
    if (!actor)
        return Failure;
    ShowPrinter(ctx, *actor).print();
    return Ok;
}

} // namespace cb::cli
