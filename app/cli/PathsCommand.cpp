// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "graph/ActorGraph.h"
#include "i18n/Translations.h"

#include <QLocale>

namespace cb::cli {

namespace {

QString nodeName(const WorkspaceData& data, const GraphNode& node, const QString& language)
{
    if (node.kind == GraphNode::Kind::Event) {
        const Event* e = data.event(node.id);
        if (!e)
            return QString();
        return e->titles.value(language) + QStringLiteral(" (")
               + QLocale(localeNameFor(language)).toString(e->date, QLocale::ShortFormat) + QLatin1Char(')');
    }
    return data.actorName(node.id, language);
}

QString linkLabel(GraphLinkKind kind)
{
    switch (kind) {
    case GraphLinkKind::Participation:
        return tr("took part in");
    case GraphLinkKind::Membership:
        return tr("member of");
    case GraphLinkKind::Partnership:
        return tr("partners with");
    case GraphLinkKind::Interest:
        break;
    }
    return tr("interested in");
}

} // namespace

int pathsCommand(CliContext& ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 2)
        return ctx.fail(tr("Usage: citybridge paths A B [--lang en|zh|es]"), BadArguments);
    if (!ctx.openWorkspace())
        return BadWorkspace;
    const Actor* a = ctx.resolveActor(args[0]);
    if (!a)
        return Failure;
    const Actor* b = ctx.resolveActor(args[1]);
    if (!b)
        return Failure;
    const QString language = ctx.language();
    const ActorGraph graph(ctx.data());
    const QList<IntroductionPath> paths = graph.introductionPaths(a->id, b->id, 5);
    if (paths.isEmpty()) {
        ctx.out() << tr("No chain of events, institutions or partnerships links %1 and %2.")
                         .arg(a->name(language), b->name(language))
                  << Qt::endl;
        return Ok;
    }
    ctx.out() << tr("Introduction paths from %1 to %2").arg(a->name(language), b->name(language)) << Qt::endl;
    int rank = 0;
    for (const IntroductionPath& path : paths) {
        QString line = QStringLiteral("%1. ").arg(++rank) + nodeName(ctx.data(), path.nodes.first(), language);
        for (int i = 1; i < path.nodes.size(); ++i)
            line += QStringLiteral(" —[") + linkLabel(path.links[i - 1]) + QStringLiteral("]— ")
                    + nodeName(ctx.data(), path.nodes[i], language);
        ctx.out() << line << Qt::endl;
    }
    ctx.out() << Qt::endl << tr("Actors that bridge most (betweenness centrality):") << Qt::endl;
    for (const BridgeScore& bridge : graph.bridges(5))
        ctx.out() << QStringLiteral("  ") << ctx.data().actorName(bridge.actor, language) << QStringLiteral("  ")
                  << QLocale(localeNameFor(language)).toString(bridge.centrality, 'f', 1) << Qt::endl;
    return Ok;
}

} // namespace cb::cli
