// SPDX-License-Identifier: GPL-3.0-or-later
#include "BMatching.h"

#include <QCoreApplication>

// LEMON's headers are not warning-clean under our strict flags; they are third-party code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Woverloaded-virtual"
#pragma GCC diagnostic ignored "-Wdeprecated-copy"
#pragma GCC diagnostic ignored "-Wclass-memaccess"
#include <lemon/smart_graph.h>
#include <lemon/matching.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::BMatching", text);
}

constexpr double kScale = 1e9;

long long fixedPoint(double weight)
{
    return static_cast<long long>(std::llround(weight * kScale));
}

bool validate(int vertexCount, const std::vector<WeightedEdge>& edges, const std::vector<int>& capacity,
              QString* error)
{
    if (vertexCount < 0 || int(capacity.size()) != vertexCount) {
        *error = tr("The matching problem needs one capacity per vertex.");
        return false;
    }
    for (int c : capacity) {
        if (c < 0) {
            *error = tr("A capacity cannot be negative.");
            return false;
        }
    }
    for (const WeightedEdge& e : edges) {
        if (e.u < 0 || e.v < 0 || e.u >= vertexCount || e.v >= vertexCount || e.u == e.v) {
            *error = tr("An edge joins a vertex to itself or to a vertex that does not exist.");
            return false;
        }
        if (!std::isfinite(e.weight) || e.weight < 0.0 || e.weight > 1e6) {
            *error = tr("Edge weights must be finite numbers between 0 and 1,000,000.");
            return false;
        }
    }
    return true;
}

/** One partner each: LEMON directly. */
std::vector<int> solveMatching(int vertexCount, const std::vector<WeightedEdge>& edges,
                               const std::vector<int>& capacity)
{
    lemon::SmartGraph g;
    std::vector<lemon::SmartGraph::Node> nodes;
    nodes.reserve(std::size_t(vertexCount));
    for (int i = 0; i < vertexCount; ++i)
        nodes.push_back(g.addNode());
    lemon::SmartGraph::EdgeMap<long long> weight(g);
    std::vector<std::pair<lemon::SmartGraph::Edge, int>> index;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const WeightedEdge& e = edges[i];
        if (capacity[std::size_t(e.u)] < 1 || capacity[std::size_t(e.v)] < 1 || fixedPoint(e.weight) <= 0)
            continue;
        const auto edge = g.addEdge(nodes[std::size_t(e.u)], nodes[std::size_t(e.v)]);
        weight[edge] = fixedPoint(e.weight);
        index.emplace_back(edge, int(i));
    }
    lemon::MaxWeightedMatching<lemon::SmartGraph, lemon::SmartGraph::EdgeMap<long long>> mwm(g, weight);
    mwm.run();
    std::vector<int> chosen;
    for (const auto& [edge, i] : index) {
        if (mwm.matching(edge))
            chosen.push_back(i);
    }
    return chosen;
}

/**
 * Several partners each: v becomes capacity[v] copies; edge e = (u, v) becomes a path
 * copies(u) - x_e - y_e - copies(v) with weight w on all three links. A matching either takes x_e-y_e
 * (e unused, gain w) or a copy-x_e and a y_e-copy (e used, gain 2w); half-used gains w, no better than
 * unused. So the optimum is sum(w) + the best b-matching, and e is chosen iff both outer links are.
 */
std::vector<int> solveGadget(int vertexCount, const std::vector<WeightedEdge>& edges, const std::vector<int>& capacity)
{
    lemon::SmartGraph g;
    std::vector<std::vector<lemon::SmartGraph::Node>> copies(static_cast<std::size_t>(vertexCount));
    for (int v = 0; v < vertexCount; ++v) {
        for (int k = 0; k < capacity[std::size_t(v)]; ++k)
            copies[std::size_t(v)].push_back(g.addNode());
    }
    lemon::SmartGraph::EdgeMap<long long> weight(g);
    struct Gadget
    {
        int edge;
        std::vector<lemon::SmartGraph::Edge> left;
        std::vector<lemon::SmartGraph::Edge> right;
    };
    std::vector<Gadget> gadgets;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const WeightedEdge& e = edges[i];
        const long long w = fixedPoint(e.weight);
        if (copies[std::size_t(e.u)].empty() || copies[std::size_t(e.v)].empty() || w <= 0)
            continue;
        const auto x = g.addNode();
        const auto y = g.addNode();
        weight[g.addEdge(x, y)] = w;
        Gadget gadget{int(i), {}, {}};
        for (const auto& c : copies[std::size_t(e.u)]) {
            const auto link = g.addEdge(c, x);
            weight[link] = w;
            gadget.left.push_back(link);
        }
        for (const auto& c : copies[std::size_t(e.v)]) {
            const auto link = g.addEdge(y, c);
            weight[link] = w;
            gadget.right.push_back(link);
        }
        gadgets.push_back(std::move(gadget));
    }
    lemon::MaxWeightedMatching<lemon::SmartGraph, lemon::SmartGraph::EdgeMap<long long>> mwm(g, weight);
    mwm.run();
    std::vector<int> chosen;
    for (const Gadget& gadget : gadgets) {
        const bool left = std::any_of(gadget.left.begin(), gadget.left.end(), [&](const auto& l) { return mwm.matching(l); });
        const bool right =
            std::any_of(gadget.right.begin(), gadget.right.end(), [&](const auto& r) { return mwm.matching(r); });
        if (left && right)
            chosen.push_back(gadget.edge);
    }
    return chosen;
}

} // namespace

bool maximumWeightBMatching(int vertexCount, const std::vector<WeightedEdge>& edges, const std::vector<int>& capacity,
                            std::vector<int>* chosen, QString* error)
{
    QString problem;
    if (!validate(vertexCount, edges, capacity, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    const bool simple = std::all_of(capacity.begin(), capacity.end(), [](int c) { return c <= 1; });
    *chosen = simple ? solveMatching(vertexCount, edges, capacity) : solveGadget(vertexCount, edges, capacity);
    std::sort(chosen->begin(), chosen->end());
    return true;
}

std::vector<int> greedyBMatching(int vertexCount, const std::vector<WeightedEdge>& edges,
                                 const std::vector<int>& capacity)
{
    std::vector<int> order(edges.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return edges[std::size_t(x)].weight > edges[std::size_t(y)].weight; });
    std::vector<int> used(std::size_t(std::max(0, vertexCount)), 0);
    std::vector<int> chosen;
    for (int i : order) {
        const WeightedEdge& e = edges[std::size_t(i)];
        if (e.weight > 0 && used[std::size_t(e.u)] < capacity[std::size_t(e.u)] && used[std::size_t(e.v)] < capacity[std::size_t(e.v)]) {
            ++used[std::size_t(e.u)];
            ++used[std::size_t(e.v)];
            chosen.push_back(i);
        }
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

double totalWeight(const std::vector<WeightedEdge>& edges, const std::vector<int>& chosen)
{
    double total = 0.0;
    for (int i : chosen)
        total += edges[std::size_t(i)].weight;
    return total;
}

} // namespace cb
