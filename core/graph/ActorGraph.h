// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace cb {

struct WorkspaceData;

/** A node of the typed graph: an actor or an event. */
struct GraphNode
{
    enum class Kind { City, Institution, Event };
    Kind kind = Kind::City;
    qint64 id = 0; ///< actor id or event id
};

/** Why two nodes are linked: took part in, member of, partners, expressed interest. */
enum class GraphLinkKind { Participation, Membership, Partnership, Interest };

/** One introduction path from A to B through institutions and events, with the link kinds used. */
struct IntroductionPath
{
    QList<GraphNode> nodes;
    QList<GraphLinkKind> links; ///< links[i] joins nodes[i] and nodes[i + 1]
    int institutions = 0;       ///< how many institutions lie on the path (brokers)
    int lastEventYear = 0;      ///< most recent event on the path (fresher paths rank first)
};

/** An actor and its betweenness centrality (how often it lies on shortest paths between others). */
struct BridgeScore
{
    ActorId actor = 0;
    double centrality = 0.0;
};

/**
 * The workspace as a Boost.Graph graph of actors and events, for the officer's graph questions:
 * who could introduce A to B, which groups of cities share interests, which actors bridge most.
 */
class ActorGraph
{
public:
    explicit ActorGraph(const WorkspaceData& data);
    ~ActorGraph();

    /** Shortest introduction paths from a to b (all of minimal length, up to limit), ranked. */
    QList<IntroductionPath> introductionPaths(ActorId a, ActorId b, int limit = 5) const;
    /** Actors ranked by betweenness centrality over the whole graph (events excluded from the ranking). */
    QList<BridgeScore> bridges(int limit = 10) const;
    /** Groups of cities linked by expressed interest (connected components of size 2 or more), largest first. */
    QList<QList<ActorId>> interestGroups() const;

    int nodeCount() const;
    const GraphNode& node(int index) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cb
