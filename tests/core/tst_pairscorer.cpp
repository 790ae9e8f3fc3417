// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests of the pair scorer and the matcher on small hand-built workspaces.
#include "DataBuilder.h"

#include "matching/Explanation.h"
#include "matching/Matcher.h"
#include "matching/PairScorer.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace cb;

namespace {

const QDate kDay(2021, 1, 15);

MatchSettings settingsAsOf(const QDate& asOf = QDate())
{
    MatchSettings s;
    s.asOf = asOf;
    return s;
}

PairScore scoreOf(const WorkspaceData& data, ActorId a, ActorId b, const MatchSettings& s = settingsAsOf())
{
    const MatchContext ctx(data, s, kDay);
    return PairScorer(ctx).score(ctx.indexOf(a), ctx.indexOf(b));
}

} // namespace

class TestPairScorer : public QObject
{
    Q_OBJECT

private slots:
    void symmetricPartsAreSymmetric();
    void directionalPartsFollowTheEvidence();
    void reciprocalInterestBeatsOneWay();
    void addingASharedPriorityNeverLowersTheScore();
    void specificThemeCountsMoreThanCluster();
    void asOfHidesLaterEvidence();
    void freshnessHalvesAtTheHalfLife();
    void vetoedPairsNeverProposed_data();
    void vetoedPairsNeverProposed();
    void sameInputSameOutput();
    void fusionOperators();
    void explanationPointsToStoredFacts();
    void badInputGivesAMessage_data();
    void badInputGivesAMessage();
    void degenerateWorkspaces();
};

void TestPairScorer::symmetricPartsAreSymmetric()
{
    test::DataBuilder b;
    const ActorId x = b.city(QStringLiteral("X"), QStringLiteral("MX"));
    const ActorId y = b.city(QStringLiteral("Y"), QStringLiteral("CN"));
    b.priority(x, QStringLiteral("tourism_development"), 1.0, kDay);
    b.priority(y, QStringLiteral("tourism_development"), 0.6, kDay);
    b.priority(y, QStringLiteral("heritage_protection"), 0.8, kDay);
    b.offer(x, QStringLiteral("heritage_protection"), 0.9, kDay);
    b.event(kDay, {x, y});
    const PairScore xy = scoreOf(b.data(), x, y);
    const PairScore yx = scoreOf(b.data(), y, x);
    QCOMPARE(xy.a, yx.a);
    QCOMPARE(xy.fused, yx.fused);
    for (const ScorePart& part : xy.parts) {
        if (part.kind == ScorePartKind::SharedPriorities || part.kind == ScorePartKind::Context)
            QCOMPARE(part.valueAB, part.valueBA);
    }
    QVERIFY(xy.parts[0].valueAB > 0.0);
    QVERIFY(xy.parts[3].valueAB > 0.0);
}

void TestPairScorer::directionalPartsFollowTheEvidence()
{
    test::DataBuilder b;
    const ActorId needs = b.city(QStringLiteral("Needs"), QStringLiteral("MX"));
    const ActorId gives = b.city(QStringLiteral("Gives"), QStringLiteral("CN"));
    b.priority(needs, QStringLiteral("heritage_protection"), 1.0, kDay);
    b.offer(gives, QStringLiteral("heritage_protection"), 1.0, kDay);
    const PairScore s = scoreOf(b.data(), needs, gives);
    const ScorePart& comp = s.parts[1];
    const bool needsIsA = s.actorA == needs;
    QVERIFY((needsIsA ? comp.valueAB : comp.valueBA) > 0.5);
    QCOMPARE(needsIsA ? comp.valueBA : comp.valueAB, 0.0);
    QCOMPARE((needsIsA ? comp.themesAB : comp.themesBA).size(), 1);
}

void TestPairScorer::reciprocalInterestBeatsOneWay()
{
    test::DataBuilder oneWay;
    ActorId a = oneWay.city(QStringLiteral("A"), QStringLiteral("MX"));
    ActorId c = oneWay.city(QStringLiteral("C"), QStringLiteral("CN"));
    oneWay.interest(a, c, 1.0, kDay);
    const double single = scoreOf(oneWay.data(), a, c).fused;

    test::DataBuilder both;
    a = both.city(QStringLiteral("A"), QStringLiteral("MX"));
    c = both.city(QStringLiteral("C"), QStringLiteral("CN"));
    both.interest(a, c, 1.0, kDay);
    both.interest(c, a, 1.0, kDay);
    const double reciprocal = scoreOf(both.data(), a, c).fused;
    QVERIFY2(reciprocal > 2.0 * single, qPrintable(QStringLiteral("%1 vs %2").arg(reciprocal).arg(single)));
}

void TestPairScorer::addingASharedPriorityNeverLowersTheScore()
{
    // Random small workspaces: add the same priority to both sides and compare.
    QRandomGenerator rng(42);
    const QStringList themes{QStringLiteral("tourism_development"), QStringLiteral("heritage_protection"),
                             QStringLiteral("creative_economy"), QStringLiteral("transport_mobility"),
                             QStringLiteral("air_quality")};
    for (int round = 0; round < 300; ++round) {
        test::DataBuilder before;
        test::DataBuilder after;
        ActorId ids[2][2];
        for (int k = 0; k < 2; ++k) {
            test::DataBuilder& b = k == 0 ? before : after;
            ids[k][0] = b.city(QStringLiteral("A"), QStringLiteral("MX"));
            ids[k][1] = b.city(QStringLiteral("B"), QStringLiteral("CN"));
        }
        QRandomGenerator local(rng.generate());
        for (int i = 0; i < 6; ++i) {
            const int side = int(local.bounded(2));
            const QString theme = themes[int(local.bounded(themes.size()))];
            const double w = 0.1 + 0.9 * local.generateDouble();
            const bool isOffer = local.bounded(2) == 1;
            for (int k = 0; k < 2; ++k) {
                test::DataBuilder& b = k == 0 ? before : after;
                if (isOffer)
                    b.offer(ids[k][side], theme, w, kDay);
                else
                    b.priority(ids[k][side], theme, w, kDay);
            }
        }
        const QString shared = themes[int(rng.bounded(themes.size()))];
        const double w = 0.1 + 0.9 * rng.generateDouble();
        after.priority(ids[1][0], shared, w, kDay);
        after.priority(ids[1][1], shared, w, kDay);
        const double s0 = scoreOf(before.data(), ids[0][0], ids[0][1]).fused;
        const double s1 = scoreOf(after.data(), ids[1][0], ids[1][1]).fused;
        // The bulk path (numbers only) and the explained path give the same score.
        const MatchContext ctx(after.data(), settingsAsOf(), kDay);
        const ScoredPair compact = PairScorer(ctx).scoreCompact(ctx.indexOf(ids[1][0]), ctx.indexOf(ids[1][1]));
        QVERIFY2(std::abs(compact.fused - s1) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(compact.fused).arg(s1)));
        QVERIFY2(s1 >= s0 - 1e-12, qPrintable(QStringLiteral("round %1: %2 -> %3").arg(round).arg(s0).arg(s1)));
    }
}

void TestPairScorer::specificThemeCountsMoreThanCluster()
{
    test::DataBuilder b;
    const ActorId a = b.city(QStringLiteral("A"), QStringLiteral("MX"));
    const ActorId same = b.city(QStringLiteral("Same"), QStringLiteral("CN"));
    const ActorId cluster = b.city(QStringLiteral("Cluster"), QStringLiteral("BR"));
    b.priority(a, QStringLiteral("tourism_development"), 1.0, kDay);
    b.priority(same, QStringLiteral("tourism_development"), 1.0, kDay);
    b.priority(cluster, QStringLiteral("heritage_protection"), 1.0, kDay);
    const PairScore exact = scoreOf(b.data(), a, same);
    const PairScore broad = scoreOf(b.data(), a, cluster);
    QVERIFY(broad.parts[0].valueAB > 0.0);
    QVERIFY(exact.parts[0].valueAB > 2.0 * broad.parts[0].valueAB);
    QVERIFY(broad.parts[0].themesAB.first().broad);
}

void TestPairScorer::asOfHidesLaterEvidence()
{
    test::DataBuilder b;
    const ActorId a = b.city(QStringLiteral("A"), QStringLiteral("MX"));
    const ActorId c = b.city(QStringLiteral("C"), QStringLiteral("CN"));
    b.interest(a, c, 1.0, QDate(2022, 2, 22));
    b.priority(a, QStringLiteral("tourism_development"), 1.0, QDate(2022, 2, 22));
    b.priority(c, QStringLiteral("tourism_development"), 1.0, QDate(2020, 12, 1));
    b.event(QDate(2022, 2, 22), {a, c});
    const PairScore before = scoreOf(b.data(), a, c, settingsAsOf(QDate(2021, 1, 31)));
    QCOMPARE(before.fused, 0.0);
    for (const ScorePart& p : before.parts) {
        QVERIFY(p.themesAB.isEmpty());
        QVERIFY(p.interestsAB.isEmpty() && p.interestsBA.isEmpty());
        QVERIFY(p.context.isEmpty());
    }
    const PairScore after = scoreOf(b.data(), a, c, settingsAsOf(QDate(2022, 3, 1)));
    QVERIFY(after.fused > 0.1);
}

void TestPairScorer::freshnessHalvesAtTheHalfLife()
{
    test::DataBuilder b;
    b.city(QStringLiteral("A"), QStringLiteral("MX"));
    MatchSettings s = settingsAsOf(QDate(2024, 1, 1));
    s.halfLifeMonths = 12;
    const MatchContext ctx(b.data(), s, kDay);
    QCOMPARE(ctx.freshness(QDate(2024, 1, 1)), 1.0);
    QVERIFY(std::abs(ctx.freshness(QDate(2023, 1, 1)) - 0.5) < 0.01);
    QVERIFY(std::abs(ctx.freshness(QDate(2022, 1, 1)) - 0.25) < 0.01);
    QVERIFY(!ctx.visible(QDate(2024, 1, 2)));
}

void TestPairScorer::vetoedPairsNeverProposed_data()
{
    QTest::addColumn<QString>("rule");
    QTest::newRow("declined") << QStringLiteral("declined");
    QTest::newRow("excluded") << QStringLiteral("excluded");
    QTest::newRow("deferred") << QStringLiteral("deferred");
    QTest::newRow("existing partnership") << QStringLiteral("existing");
    QTest::newRow("same country") << QStringLiteral("same_country");
    QTest::newRow("affiliate") << QStringLiteral("affiliate");
}

void TestPairScorer::vetoedPairsNeverProposed()
{
    QFETCH(QString, rule);
    test::DataBuilder b;
    const ActorId a = b.city(QStringLiteral("A"), QStringLiteral("MX"));
    const ActorId c = b.city(QStringLiteral("C"), rule == QLatin1String("same_country") ? QStringLiteral("MX")
                                                                                         : QStringLiteral("CN"),
                             rule == QLatin1String("affiliate") ? a : 0);
    const ActorId other = b.city(QStringLiteral("Other"), QStringLiteral("BR"));
    b.interest(a, c, 1.0, kDay);
    b.interest(c, a, 1.0, kDay);
    b.priority(other, QStringLiteral("air_quality"), 0.2, kDay);
    b.priority(a, QStringLiteral("air_quality"), 0.2, kDay);
    if (rule == QLatin1String("existing"))
        b.partnership(a, c, QStringLiteral("contacted"), kDay);
    else if (rule != QLatin1String("same_country") && rule != QLatin1String("affiliate"))
        b.rule(a, c, rule);
    const MatchResult result = Matcher::run(b.data(), settingsAsOf(), kDay);
    QVERIFY(result.error.isEmpty());
    const int pair = result.findPair(a, c);
    QVERIFY(pair >= 0);
    QVERIFY(result.pairs[std::size_t(pair)].isVetoed());
    for (int i : result.proposals)
        QVERIFY(i != pair);
    for (int i : result.rankingFor(result.context->indexOf(a)))
        QVERIFY(i != pair);
    // The other, unvetoed pair is still proposed.
    QCOMPARE(int(result.proposals.size()), 1);
}

void TestPairScorer::sameInputSameOutput()
{
    test::DataBuilder b;
    QList<ActorId> ids;
    for (int i = 0; i < 8; ++i)
        ids.append(b.city(QStringLiteral("C%1").arg(i), i % 2 ? QStringLiteral("MX") : QStringLiteral("CN")));
    // Equal evidence everywhere: only the tie-breaking decides.
    for (ActorId id : ids)
        b.priority(id, QStringLiteral("tourism_development"), 1.0, kDay);
    const MatchResult first = Matcher::run(b.data(), settingsAsOf(), kDay);
    const MatchResult second = Matcher::run(b.data(), settingsAsOf(), kDay);
    QCOMPARE(first.proposals, second.proposals);
    QCOMPARE(first.pairs.size(), second.pairs.size());
    for (std::size_t i = 0; i < first.pairs.size(); ++i) {
        QCOMPARE(first.pairs[i].actorA, second.pairs[i].actorA);
        QCOMPARE(first.pairs[i].actorB, second.pairs[i].actorB);
    }
    QCOMPARE(int(first.proposals.size()), 4);
}

void TestPairScorer::fusionOperators()
{
    QCOMPARE(PairScorer::fuse(0.2, 0.8, FusionOperator::Minimum), 0.2);
    QCOMPARE(PairScorer::fuse(0.2, 0.8, FusionOperator::Mean), 0.5);
    QVERIFY(std::abs(PairScorer::fuse(0.2, 0.8, FusionOperator::HarmonicMean) - 0.32) < 1e-12);
    QCOMPARE(PairScorer::fuse(0.0, 0.0, FusionOperator::HarmonicMean), 0.0);
}

void TestPairScorer::explanationPointsToStoredFacts()
{
    test::DataBuilder b;
    const ActorId a = b.city(QStringLiteral("Alpha"), QStringLiteral("MX"));
    const ActorId c = b.city(QStringLiteral("Gamma"), QStringLiteral("CN"));
    b.priority(a, QStringLiteral("heritage_protection"), 1.0, kDay);
    b.offer(c, QStringLiteral("heritage_protection"), 1.0, kDay);
    b.interest(a, c, 1.0, kDay);
    const WorkspaceData& data = b.data();
    const MatchContext ctx(data, settingsAsOf(), kDay);
    const PairScore score = PairScorer(ctx).score(ctx.indexOf(a), ctx.indexOf(c));
    const QList<ExplanationLine> lines = explainPair(ctx, score, lang::En);
    int cited = 0;
    for (const ExplanationLine& line : lines) {
        for (SourceId id : line.sources) {
            QVERIFY(data.source(id) != nullptr);
            ++cited;
        }
        if (line.kind == ExplanationLine::Kind::Interest)
            QVERIFY(line.text.contains(QStringLiteral("Alpha wants to work with Gamma")));
    }
    QVERIFY(cited >= 3);
}

void TestPairScorer::badInputGivesAMessage_data()
{
    QTest::addColumn<double>("weight");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("negative") << -1.0;
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
}

void TestPairScorer::badInputGivesAMessage()
{
    QFETCH(double, weight);
    test::DataBuilder b;
    b.city(QStringLiteral("A"), QStringLiteral("MX"));
    MatchSettings s;
    s.interestWeight = weight;
    const MatchResult result = Matcher::run(b.data(), s, kDay);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.pairs.empty());
    MatchSettings zero;
    zero.sharedPrioritiesWeight = zero.complementarityWeight = zero.interestWeight = zero.contextWeight = 0.0;
    QVERIFY(!zero.validate().isEmpty());
    QStringList problems;
    QMap<QString, QString> stored = MatchSettings().toMap();
    stored.insert(QStringLiteral("match.w_interest"), QStringLiteral("nan"));
    const MatchSettings read = MatchSettings::fromMap(stored, &problems);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(read.interestWeight, MatchSettings().interestWeight);
}

void TestPairScorer::degenerateWorkspaces()
{
    { // no priorities at all
        test::DataBuilder b;
        b.city(QStringLiteral("A"), QStringLiteral("MX"));
        b.city(QStringLiteral("B"), QStringLiteral("CN"));
        const MatchResult r = Matcher::run(b.data(), settingsAsOf(), kDay);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.proposals.empty());
    }
    { // one city
        test::DataBuilder b;
        const ActorId a = b.city(QStringLiteral("A"), QStringLiteral("MX"));
        b.priority(a, QStringLiteral("tourism_development"), 1.0, kDay);
        const MatchResult r = Matcher::run(b.data(), settingsAsOf(), kDay);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.pairs.empty());
    }
    { // all cities in one country, cross-border only
        test::DataBuilder b;
        const ActorId a = b.city(QStringLiteral("A"), QStringLiteral("MX"));
        const ActorId c = b.city(QStringLiteral("C"), QStringLiteral("MX"));
        b.priority(a, QStringLiteral("tourism_development"), 1.0, kDay);
        b.priority(c, QStringLiteral("tourism_development"), 1.0, kDay);
        const MatchResult r = Matcher::run(b.data(), settingsAsOf(), kDay);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.proposals.empty());
        MatchSettings within = settingsAsOf();
        within.crossBorderOnly = false;
        QCOMPARE(int(Matcher::run(b.data(), within, kDay).proposals.size()), 1);
    }
    { // an empty workspace
        WorkspaceData empty;
        empty.reindex();
        const MatchResult r = Matcher::run(empty, settingsAsOf(), kDay);
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.pairs.empty());
    }
}

QTEST_GUILESS_MAIN(TestPairScorer)
#include "tst_pairscorer.moc"
