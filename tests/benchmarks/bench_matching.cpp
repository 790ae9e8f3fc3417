// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the whole matching path on synthetic workspaces (citybridge generate makes the same ones):
// evidence profiles, candidate generation, scoring and rankings, and the exact global proposals.
// Prints wall time per stage (one core) and the peak resident memory of the process.
// Usage: bench_matching [N ...]   (default: 1000 10000 50000)
#include "matching/Matcher.h"
#include "workspace/SyntheticWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

using namespace cb;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000, 50000};
    QTextStream out(stdout);
    out << "cities candidate_pairs kept_pairs profiles_ms candidates_ms scoring_ms matching_ms total_ms proposals "
           "peak_rss_mb"
        << Qt::endl;
    for (int n : sizes) {
        const WorkspaceData data = generateSyntheticWorkspace(n, 7);
        MatchSettings settings;
        settings.asOf = QDate(2024, 6, 30);
        QElapsedTimer timer;
        timer.start();
        const MatchResult result = Matcher::run(data, settings, settings.asOf);
        const qint64 total = timer.elapsed();
        const auto& t = result.timings;
        out << n << ' ' << t.candidatePairs << ' ' << result.pairs.size() << ' ' << t.profilesMs << ' '
            << t.candidatesMs << ' ' << t.scoringMs << ' ' << t.matchingMs << ' ' << total << ' '
            << result.proposals.size() << ' ' << peakRssMb() << Qt::endl;
    }
    return 0;
}
