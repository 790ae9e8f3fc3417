// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace cb {

/** An undirected weighted edge between two vertices of a matching problem. */
struct WeightedEdge
{
    int u = 0;
    int v = 0;
    double weight = 0.0;
};

/**
 * Exact maximum-weight b-matching: choose edges of maximum total weight such that every vertex v is
 * used at most capacity[v] times. Solved with LEMON's MaxWeightedMatching (Edmonds' blossom algorithm);
 * capacities above one go through the classic vertex-splitting gadget, which keeps the optimum exact.
 * Weights are fixed-point (1e-9 resolution) so that ties are exact and results deterministic.
 *
 * Returns the indices of the chosen edges (ascending), or false with a translated message on bad input
 * (NaN, infinite or negative weights, loops, vertices out of range, negative capacity).
 */
bool maximumWeightBMatching(int vertexCount, const std::vector<WeightedEdge>& edges, const std::vector<int>& capacity,
                            std::vector<int>* chosen, QString* error);

/** The greedy heuristic for comparison: heaviest edges first (ties by index) while capacities allow. */
std::vector<int> greedyBMatching(int vertexCount, const std::vector<WeightedEdge>& edges,
                                 const std::vector<int>& capacity);

/** Sum of the weights of the given edges. */
double totalWeight(const std::vector<WeightedEdge>& edges, const std::vector<int>& chosen);

} // namespace cb
