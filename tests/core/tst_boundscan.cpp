// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate-generation kernels (AVX-512, POPCNT or portable, whichever the CPU runs) against a plain loop over
// the definition of the bound, on random theme masks of every density.
#include "matching/BoundScan.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace cb;

namespace {

int reference(std::uint64_t p, std::uint64_t o, std::uint64_t pj, std::uint64_t oj)
{
    int count = 0;
    for (int bit = 0; bit < 64; ++bit) {
        const std::uint64_t m = std::uint64_t(1) << bit;
        count += ((p & pj & m) != 0) + ((p & oj & m) != 0) + ((o & pj & m) != 0);
    }
    return count;
}

std::uint64_t randomMask(QRandomGenerator& rng, int density)
{
    std::uint64_t mask = 0;
    for (int k = 0; k < density; ++k)
        mask |= std::uint64_t(1) << rng.bounded(64);
    return mask;
}

} // namespace

class TestBoundScan : public QObject
{
    Q_OBJECT

private slots:
    void kernelsAgreeWithTheDefinition();
};

void TestBoundScan::kernelsAgreeWithTheDefinition()
{
    QRandomGenerator rng(11);
    for (int round = 0; round < 30; ++round) {
        // Odd sizes exercise the scalar tails after the eight-wide steps.
        const std::size_t n = 1 + rng.bounded(300);
        const int density = 1 + round % 24;
        std::vector<std::uint64_t> ps(n);
        std::vector<std::uint64_t> os(n);
        std::vector<std::int64_t> thresholds(n);
        for (std::size_t j = 0; j < n; ++j) {
            ps[j] = randomMask(rng, density);
            os[j] = randomMask(rng, density);
            thresholds[j] = rng.bounded(1 + 2 * density);
        }
        std::vector<std::vector<Bounded>> rows(n);
        for (std::size_t i = 0; i < n; ++i) {
            QCOMPARE(boundscan::bound(ps[i], os[i], ps[(i + 1) % n], os[(i + 1) % n]),
                     reference(ps[i], os[i], ps[(i + 1) % n], os[(i + 1) % n]));
            const int threshold = int(thresholds[i]);
            std::vector<Bounded> row;
            boundscan::row(ps[i], os[i], ps.data(), os.data(), n, threshold, &row);
            std::vector<Bounded> expected;
            std::uint32_t histogram[193] = {};
            std::uint32_t expectedHistogram[193] = {};
            for (std::size_t j = 0; j < n; ++j) {
                const int b = reference(ps[i], os[i], ps[j], os[j]);
                ++expectedHistogram[std::min(b, 192)];
                if (b >= threshold)
                    expected.push_back({std::uint32_t(b), std::uint32_t(j)});
            }
            QCOMPARE(row.size(), expected.size());
            for (std::size_t k = 0; k < row.size(); ++k) {
                QCOMPARE(row[k].index, expected[k].index);
                QCOMPARE(row[k].bound, expected[k].bound);
            }
            boundscan::histogram(ps[i], os[i], ps.data(), os.data(), n, histogram);
            QVERIFY(std::equal(std::begin(histogram), std::end(histogram), std::begin(expectedHistogram)));
            // Pairs in two column ranges, as the tiled caller does.
            const std::size_t middle = std::min(n, i + 1 + std::size_t(rng.bounded(20)));
            boundscan::pairs(i, i + 1, middle, ps.data(), os.data(), thresholds.data(), rows);
            boundscan::pairs(i, middle, n, ps.data(), os.data(), thresholds.data(), rows);
        }
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<std::uint32_t> got;
            for (const Bounded& b : rows[i]) {
                QCOMPARE(int(b.bound), reference(ps[i], os[i], ps[b.index], os[b.index]));
                got.push_back(b.index);
            }
            std::sort(got.begin(), got.end());
            std::vector<std::uint32_t> want;
            for (std::size_t j = 0; j < n; ++j) {
                if (j != i && reference(ps[i], os[i], ps[j], os[j]) >= thresholds[i])
                    want.push_back(std::uint32_t(j));
            }
            // A row also receives partners that reached the partner's own threshold; those are the extras.
            QVERIFY(std::includes(got.begin(), got.end(), want.begin(), want.end()));
            for (std::uint32_t j : got) {
                const int b = reference(ps[i], os[i], ps[j], os[j]);
                QVERIFY(b >= thresholds[i] || b >= thresholds[j]);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestBoundScan)
#include "tst_boundscan.moc"
