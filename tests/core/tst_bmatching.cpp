// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle tests of the exact global matching: brute force on thousands of small graphs (including the shapes
// from Boost.Graph's matching bug reports), and min-cost flow on large bipartite graphs.
#include "matching/BMatching.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#pragma GCC diagnostic ignored "-Woverloaded-virtual"
#pragma GCC diagnostic ignored "-Wdeprecated-copy"
#pragma GCC diagnostic ignored "-Wclass-memaccess"
#include <lemon/list_graph.h>
#include <lemon/network_simplex.h>
#pragma GCC diagnostic pop

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace cb;

namespace {

double bruteForce(int n, const std::vector<WeightedEdge>& edges, const std::vector<int>& capacity)
{
    double best = 0.0;
    const std::size_t m = edges.size();
    for (std::uint32_t mask = 0; mask < (1u << m); ++mask) {
        std::vector<int> used(std::size_t(n), 0);
        double total = 0.0;
        bool ok = true;
        for (std::size_t i = 0; i < m && ok; ++i) {
            if (!(mask & (1u << i)))
                continue;
            const WeightedEdge& e = edges[i];
            ok = ++used[std::size_t(e.u)] <= capacity[std::size_t(e.u)] && ++used[std::size_t(e.v)] <= capacity[std::size_t(e.v)];
            total += e.weight;
        }
        if (ok)
            best = std::max(best, total);
    }
    return best;
}

bool feasible(int n, const std::vector<WeightedEdge>& edges, const std::vector<int>& capacity,
              const std::vector<int>& chosen)
{
    std::vector<int> used(std::size_t(n), 0);
    for (int i : chosen) {
        if (++used[std::size_t(edges[std::size_t(i)].u)] > capacity[std::size_t(edges[std::size_t(i)].u)]
            || ++used[std::size_t(edges[std::size_t(i)].v)] > capacity[std::size_t(edges[std::size_t(i)].v)])
            return false;
    }
    return true;
}

/** Max-weight bipartite b-matching as a min-cost flow (independent of the blossom algorithm). */
double minCostFlowOptimum(int left, int right, const std::vector<WeightedEdge>& edges, const std::vector<int>& capacity)
{
    lemon::ListDigraph g;
    const auto source = g.addNode();
    const auto sink = g.addNode();
    std::vector<lemon::ListDigraph::Node> nodes;
    for (int i = 0; i < left + right; ++i)
        nodes.push_back(g.addNode());
    lemon::ListDigraph::ArcMap<long long> cost(g);
    lemon::ListDigraph::ArcMap<int> cap(g);
    for (int i = 0; i < left; ++i) {
        const auto a = g.addArc(source, nodes[std::size_t(i)]);
        cap[a] = capacity[std::size_t(i)];
        cost[a] = 0;
    }
    for (int j = left; j < left + right; ++j) {
        const auto a = g.addArc(nodes[std::size_t(j)], sink);
        cap[a] = capacity[std::size_t(j)];
        cost[a] = 0;
    }
    for (const WeightedEdge& e : edges) {
        const auto a = g.addArc(nodes[std::size_t(e.u)], nodes[std::size_t(e.v)]);
        cap[a] = 1;
        cost[a] = -std::llround(e.weight * 1e9);
    }
    // A bypass lets the flow stop wherever adding a pair would not pay.
    const auto bypass = g.addArc(source, sink);
    cap[bypass] = std::numeric_limits<int>::max() / 4;
    cost[bypass] = 0;
    lemon::NetworkSimplex<lemon::ListDigraph, int, long long> flow(g);
    int supply = 0;
    for (int i = 0; i < left; ++i)
        supply += capacity[std::size_t(i)];
    flow.upperMap(cap).costMap(cost).stSupply(source, sink, supply);
    flow.run();
    return -double(flow.totalCost()) / 1e9;
}

} // namespace

class TestBMatching : public QObject
{
    Q_OBJECT

private slots:
    void randomSmallGraphsEqualBruteForce();
    void knownHardShapes_data();
    void knownHardShapes();
    void largeBipartiteGraphsEqualMinCostFlow();
    void badInput_data();
    void badInput();
    void greedyIsFeasibleAndNeverBetter();
};

void TestBMatching::randomSmallGraphsEqualBruteForce()
{
    QRandomGenerator rng(20211);
    int checked = 0;
    for (int round = 0; round < 3000; ++round) {
        const int n = 2 + int(rng.bounded(9));
        const int kind = int(rng.bounded(4)); // 0 random, 1 constant, 2 small integers (ties), 3 near-zero
        std::vector<WeightedEdge> edges;
        for (int u = 0; u < n && edges.size() < 12; ++u) {
            for (int v = u + 1; v < n && edges.size() < 12; ++v) {
                if (rng.bounded(100) < 45) {
                    double w = rng.generateDouble();
                    if (kind == 1)
                        w = 0.5;
                    else if (kind == 2)
                        w = double(1 + rng.bounded(3)) / 4.0;
                    else if (kind == 3)
                        w = 1e-6 * double(1 + rng.bounded(3));
                    edges.push_back({u, v, w});
                }
            }
        }
        const int b = 1 + int(rng.bounded(3));
        std::vector<int> capacity(std::size_t(n), b);
        if (rng.bounded(3) == 0)
            for (int& c : capacity)
                c = int(rng.bounded(4));
        std::vector<int> chosen;
        QString error;
        QVERIFY2(maximumWeightBMatching(n, edges, capacity, &chosen, &error), qPrintable(error));
        QVERIFY(feasible(n, edges, capacity, chosen));
        const double expected = bruteForce(n, edges, capacity);
        QVERIFY2(std::abs(totalWeight(edges, chosen) - expected) < 1e-7,
                 qPrintable(QStringLiteral("round %1: %2 vs %3").arg(round).arg(totalWeight(edges, chosen)).arg(expected)));
        ++checked;
    }
    QCOMPARE(checked, 3000);
}

void TestBMatching::knownHardShapes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<QList<double>>>("edgeList");
    QTest::addColumn<int>("b");
    using E = QList<double>;
    QTest::newRow("triangle with pendant") << 4 << QList<E>{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {2, 3, 1}} << 1;
    QTest::newRow("odd cycle with chords (blossom)")
        << 7 << QList<E>{{0, 1, 3}, {1, 2, 3}, {2, 3, 3}, {3, 4, 3}, {4, 0, 3}, {0, 2, 1}, {4, 5, 2}, {5, 6, 4}} << 1;
    QTest::newRow("K4 equal weights") << 4 << QList<E>{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 2, 1}, {1, 3, 1}, {2, 3, 1}} << 1;
    QTest::newRow("K5 equal weights, b=2")
        << 5 << QList<E>{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}, {1, 2, 1}, {1, 3, 1}, {1, 4, 1}, {2, 3, 1}, {2, 4, 1}, {3, 4, 1}} << 2;
    QTest::newRow("alternating path") << 6 << QList<E>{{0, 1, 1}, {1, 2, 2}, {2, 3, 1}, {3, 4, 2}, {4, 5, 1}} << 1;
    QTest::newRow("two triangles joined")
        << 6 << QList<E>{{0, 1, 2}, {1, 2, 2}, {0, 2, 2}, {3, 4, 2}, {4, 5, 2}, {3, 5, 2}, {2, 3, 5}} << 1;
    QTest::newRow("zero weights") << 4 << QList<E>{{0, 1, 0}, {1, 2, 0}, {2, 3, 0}} << 1;
}

void TestBMatching::knownHardShapes()
{
    QFETCH(int, n);
    QFETCH(QList<QList<double>>, edgeList);
    QFETCH(int, b);
    std::vector<WeightedEdge> edges;
    for (const QList<double>& e : edgeList)
        edges.push_back({int(e[0]), int(e[1]), e[2]});
    std::vector<int> capacity(std::size_t(n), b);
    std::vector<int> chosen;
    QString error;
    QVERIFY(maximumWeightBMatching(n, edges, capacity, &chosen, &error));
    QVERIFY(feasible(n, edges, capacity, chosen));
    QCOMPARE(totalWeight(edges, chosen), bruteForce(n, edges, capacity));
}

void TestBMatching::largeBipartiteGraphsEqualMinCostFlow()
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 6; ++round) {
        const int left = 500 + int(rng.bounded(2000));
        const int right = 500 + int(rng.bounded(2000));
        const int b = 1 + round % 3;
        std::vector<WeightedEdge> edges;
        for (int u = 0; u < left; ++u) {
            for (int k = 0; k < 6; ++k)
                edges.push_back({u, left + int(rng.bounded(right)), double(1 + rng.bounded(1000)) / 1000.0});
        }
        std::sort(edges.begin(), edges.end(), [](const WeightedEdge& x, const WeightedEdge& y) {
            return x.u != y.u ? x.u < y.u : x.v < y.v;
        });
        edges.erase(std::unique(edges.begin(), edges.end(),
                                [](const WeightedEdge& x, const WeightedEdge& y) { return x.u == y.u && x.v == y.v; }),
                    edges.end());
        std::vector<int> capacity(std::size_t(left + right), b);
        std::vector<int> chosen;
        QString error;
        QVERIFY(maximumWeightBMatching(left + right, edges, capacity, &chosen, &error));
        QVERIFY(feasible(left + right, edges, capacity, chosen));
        const double oracle = minCostFlowOptimum(left, right, edges, capacity);
        QVERIFY2(std::abs(totalWeight(edges, chosen) - oracle) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(totalWeight(edges, chosen)).arg(oracle)));
    }
}

void TestBMatching::badInput_data()
{
    QTest::addColumn<double>("weight");
    QTest::addColumn<int>("u");
    QTest::addColumn<int>("capacity");
    QTest::newRow("NaN weight") << std::numeric_limits<double>::quiet_NaN() << 0 << 1;
    QTest::newRow("negative weight") << -1.0 << 0 << 1;
    QTest::newRow("infinite weight") << std::numeric_limits<double>::infinity() << 0 << 1;
    QTest::newRow("loop") << 1.0 << 1 << 1;
    QTest::newRow("vertex out of range") << 1.0 << 7 << 1;
    QTest::newRow("negative capacity") << 1.0 << 0 << -1;
}

void TestBMatching::badInput()
{
    QFETCH(double, weight);
    QFETCH(int, u);
    QFETCH(int, capacity);
    std::vector<int> chosen{42};
    QString error;
    QVERIFY(!maximumWeightBMatching(3, {{u, 1, weight}}, {capacity, 1, 1}, &chosen, &error));
    QVERIFY(!error.isEmpty());
}

void TestBMatching::greedyIsFeasibleAndNeverBetter()
{
    QRandomGenerator rng(99);
    for (int round = 0; round < 500; ++round) {
        const int n = 2 + int(rng.bounded(9));
        std::vector<WeightedEdge> edges;
        for (int u = 0; u < n; ++u)
            for (int v = u + 1; v < n; ++v)
                if (rng.bounded(2))
                    edges.push_back({u, v, rng.generateDouble()});
        std::vector<int> capacity(std::size_t(n), 1 + int(rng.bounded(2)));
        std::vector<int> exact;
        QString error;
        QVERIFY(maximumWeightBMatching(n, edges, capacity, &exact, &error));
        const std::vector<int> greedy = greedyBMatching(n, edges, capacity);
        QVERIFY(feasible(n, edges, capacity, greedy));
        QVERIFY(totalWeight(edges, greedy) <= totalWeight(edges, exact) + 1e-9);
    }
}

QTEST_GUILESS_MAIN(TestBMatching)
#include "tst_bmatching.moc"
