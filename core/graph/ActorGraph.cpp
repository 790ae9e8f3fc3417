// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorGraph.h"

#include "workspace/WorkspaceData.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <QHash>

#include <algorithm>
#include <functional>

namespace cb {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_index_t, int>>;

/** Records every BFS parent at minimal depth, so that all shortest paths can be enumerated. */
class ShortestParents : public boost::default_bfs_visitor
{
public:
    ShortestParents(std::vector<int>& depth, std::vector<std::vector<int>>& parents)
        : m_depth(depth)
        , m_parents(parents)
    {
    }
    template <typename Edge, typename G>
    void tree_edge(Edge e, const G& g) const
    {
        const int u = int(boost::source(e, g));
        const int v = int(boost::target(e, g));
        m_depth[std::size_t(v)] = m_depth[std::size_t(u)] + 1;
        m_parents[std::size_t(v)].push_back(u);
    }
    template <typename Edge, typename G>
    void non_tree_edge(Edge e, const G& g) const
    {
        const int u = int(boost::source(e, g));
        const int v = int(boost::target(e, g));
        if (m_depth[std::size_t(v)] == m_depth[std::size_t(u)] + 1)
            m_parents[std::size_t(v)].push_back(u);
    }
    template <typename Edge, typename G>
    void gray_target(Edge e, const G& g) const
    {
        non_tree_edge(e, g);
    }

private:
    std::vector<int>& m_depth;
    std::vector<std::vector<int>>& m_parents;
};

} // namespace

struct ActorGraph::Impl
{
    const WorkspaceData& data;
    std::vector<GraphNode> nodes;
    QHash<qint64, int> actorNode;
    QHash<qint64, int> eventNode;
    Graph graph;
    QHash<quint64, GraphLinkKind> linkKinds;

    explicit Impl(const WorkspaceData& d)
        : data(d)
    {
    }

    static quint64 key(int u, int v) { return (quint64(std::min(u, v)) << 32) | quint64(std::max(u, v)); }

    void link(int u, int v, GraphLinkKind kind)
    {
        if (u < 0 || v < 0 || u == v || linkKinds.contains(key(u, v)))
            return;
        linkKinds.insert(key(u, v), kind);
        boost::add_edge(std::size_t(u), std::size_t(v), int(boost::num_edges(graph)), graph);
    }
};

ActorGraph::ActorGraph(const WorkspaceData& data)
    : d(std::make_unique<Impl>(data))
{
    for (const Actor& a : data.actors) {
        d->actorNode.insert(a.id, int(d->nodes.size()));
        d->nodes.push_back({a.isCity() ? GraphNode::Kind::City : GraphNode::Kind::Institution, a.id});
    }
    for (const Event& e : data.events) {
        d->eventNode.insert(e.id, int(d->nodes.size()));
        d->nodes.push_back({GraphNode::Kind::Event, e.id});
    }
    d->graph = Graph(d->nodes.size());
    for (const Event& e : data.events) {
        for (const Participation& p : e.participations)
            d->link(d->actorNode.value(p.actorId, -1), d->eventNode.value(e.id), GraphLinkKind::Participation);
    }
    for (const Membership& m : data.memberships)
        d->link(d->actorNode.value(m.institutionId, -1), d->actorNode.value(m.cityId, -1), GraphLinkKind::Membership);
    for (const Partnership& p : data.partnerships)
        d->link(d->actorNode.value(p.actorA, -1), d->actorNode.value(p.actorB, -1), GraphLinkKind::Partnership);
    for (const Interest& i : data.interests) {
        if (i.fromActorId && i.toActorId)
            d->link(d->actorNode.value(i.fromActorId, -1), d->actorNode.value(i.toActorId, -1), GraphLinkKind::Interest);
    }
}

ActorGraph::~ActorGraph() = default;

int ActorGraph::nodeCount() const
{
    return int(d->nodes.size());
}

const GraphNode& ActorGraph::node(int index) const
{
    return d->nodes[std::size_t(index)];
}

QList<IntroductionPath> ActorGraph::introductionPaths(ActorId a, ActorId b, int limit) const
{
    QList<IntroductionPath> paths;
    const int source = d->actorNode.value(a, -1);
    const int target = d->actorNode.value(b, -1);
    if (source < 0 || target < 0 || source == target || limit <= 0)
        return paths;
    std::vector<int> depth(d->nodes.size(), 0);
    std::vector<std::vector<int>> parents(d->nodes.size());
    boost::breadth_first_search(d->graph, std::size_t(source), boost::visitor(ShortestParents(depth, parents)));
    if (parents[std::size_t(target)].empty())
        return paths;
    // Enumerate shortest paths backwards from the target, bounded so that hubs cannot explode the search.
    std::vector<std::vector<int>> found;
    std::vector<int> stack{target};
    const std::size_t cap = std::size_t(limit) * 20;
    std::function<void(int)> walk = [&](int v) {
        if (found.size() >= cap)
            return;
        if (v == source) {
            found.emplace_back(stack.rbegin(), stack.rend());
            return;
        }
        std::vector<int> ps = parents[std::size_t(v)];
        std::sort(ps.begin(), ps.end());
        ps.erase(std::unique(ps.begin(), ps.end()), ps.end());
        for (int p : ps) {
            stack.push_back(p);
            walk(p);
            stack.pop_back();
        }
    };
    walk(target);
    for (const std::vector<int>& nodes : found) {
        IntroductionPath path;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const GraphNode& n = d->nodes[std::size_t(nodes[i])];
            path.nodes.append(n);
            if (n.kind == GraphNode::Kind::Institution)
                ++path.institutions;
            if (n.kind == GraphNode::Kind::Event) {
                if (const Event* e = d->data.event(n.id))
                    path.lastEventYear = std::max(path.lastEventYear, e->date.year());
            }
            if (i + 1 < nodes.size())
                path.links.append(d->linkKinds.value(Impl::key(nodes[i], nodes[i + 1])));
        }
        paths.append(path);
    }
    // Rank: brokers first (an institution can make the introduction), then the freshest events, then ids.
    std::stable_sort(paths.begin(), paths.end(), [](const IntroductionPath& x, const IntroductionPath& y) {
        if (x.institutions != y.institutions)
            return x.institutions > y.institutions;
        return x.lastEventYear > y.lastEventYear;
    });
    if (paths.size() > limit)
        paths = paths.mid(0, limit);
    return paths;
}

QList<BridgeScore> ActorGraph::bridges(int limit) const
{
    std::vector<double> centrality(d->nodes.size(), 0.0);
    boost::brandes_betweenness_centrality(
        d->graph, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(),
                                                                          boost::get(boost::vertex_index, d->graph))));
    QList<BridgeScore> result;
    for (std::size_t i = 0; i < d->nodes.size(); ++i) {
        if (d->nodes[i].kind != GraphNode::Kind::Event && centrality[i] > 0.0)
            result.append({d->nodes[i].id, centrality[i]});
    }
    std::sort(result.begin(), result.end(), [](const BridgeScore& x, const BridgeScore& y) {
        return x.centrality != y.centrality ? x.centrality > y.centrality : x.actor < y.actor;
    });
    if (result.size() > limit)
        result = result.mid(0, limit);
    return result;
}

QList<QList<ActorId>> ActorGraph::interestGroups() const
{
    // Cities joined by interest: directly, or through a survey group (its members and the actors it named).
    QHash<ActorId, int> index;
    QList<ActorId> cities;
    for (const Actor& a : d->data.actors) {
        if (a.isCity()) {
            index.insert(a.id, int(cities.size()));
            cities.append(a.id);
        }
    }
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(std::size_t(cities.size()));
    auto join = [&](ActorId x, ActorId y) {
        const int u = index.value(x, -1);
        const int v = index.value(y, -1);
        if (u >= 0 && v >= 0 && u != v)
            boost::add_edge(std::size_t(u), std::size_t(v), g);
    };
    for (const Interest& i : d->data.interests) {
        if (!i.toActorId)
            continue;
        if (i.fromActorId)
            join(i.fromActorId, i.toActorId);
        else
            for (ActorId member : d->data.groupMembers(i.fromGroupId))
                join(member, i.toActorId);
    }
    std::vector<int> component(std::size_t(cities.size()));
    const int count = cities.isEmpty() ? 0 : boost::connected_components(g, component.data());
    QList<QList<ActorId>> groups(count);
    for (int i = 0; i < cities.size(); ++i)
        groups[component[std::size_t(i)]].append(cities[i]);
    QList<QList<ActorId>> result;
    for (const QList<ActorId>& group : groups) {
        if (group.size() >= 2)
            result.append(group);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const QList<ActorId>& x, const QList<ActorId>& y) { return x.size() > y.size(); });
    return result;
}

} // namespace cb
