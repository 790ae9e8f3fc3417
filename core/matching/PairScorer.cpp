// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairScorer.h"

#include "workspace/WorkspaceData.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cb {

namespace {

// Scale of the saturating curve 1 - exp(-x / scale): one full shared theme gives 0.63, two give 0.86.
constexpr double kThemeScale = 1.0;
constexpr double kContextScale = 2.0;
constexpr double kSharedInstitutionValue = 0.5;

double saturate(double x, double scale)
{
    return x <= 0.0 ? 0.0 : 1.0 - std::exp(-x / scale);
}

double haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadiusKm = 6371.0088;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace

double PairScorer::fuse(double ab, double ba, FusionOperator op)
{
    switch (op) {
    case FusionOperator::Minimum:
        return std::min(ab, ba);
    case FusionOperator::Mean:
        return (ab + ba) / 2.0;
    case FusionOperator::HarmonicMean:
        break;
    }
    return ab + ba <= 0.0 ? 0.0 : 2.0 * ab * ba / (ab + ba);
}

double PairScorer::matchThemes(const std::vector<ThemeEntry>& left, const std::vector<ThemeEntry>& right, bool product,
                               QList<ThemeMatch>* matches) const
{
    const double beta = m_context.settings().broadThemeFactor;
    // Per cluster: exact matches first, then what the cluster as a whole adds beyond them. Clusters are
    // few, so a small local table avoids any allocation on this hot path.
    struct ClusterSum
    {
        int cluster = -1;
        double exact = 0.0;
        const ThemeEntry* bestLeft = nullptr;
        const ThemeEntry* bestRight = nullptr;
    };
    constexpr int kMaxClusters = 32;
    ClusterSum clusters[kMaxClusters];
    int used = 0;
    auto slot = [&](int theme) -> ClusterSum* {
        const int cluster = m_context.clusterOf(theme);
        for (int i = 0; i < used; ++i) {
            if (clusters[i].cluster == cluster)
                return &clusters[i];
        }
        if (used == kMaxClusters)
            return nullptr;
        clusters[used].cluster = cluster;
        return &clusters[used++];
    };
    double total = 0.0;
    auto li = left.begin();
    auto ri = right.begin();
    while (li != left.end() && ri != right.end()) {
        if (li->theme < ri->theme) {
            ++li;
        } else if (ri->theme < li->theme) {
            ++ri;
        } else {
            const double value = product ? li->weight * ri->weight : std::min(li->weight, ri->weight);
            total += value;
            if (ClusterSum* c = slot(li->theme))
                c->exact += value;
            if (matches && value > 0.0)
                matches->append({li->theme, ri->theme, false, li->weight, ri->weight, value, li->evidence, ri->evidence});
            ++li;
            ++ri;
        }
    }
    for (const ThemeEntry& e : left) {
        ClusterSum* c = slot(e.theme);
        if (c && (!c->bestLeft || e.weight > c->bestLeft->weight))
            c->bestLeft = &e;
    }
    for (const ThemeEntry& e : right) {
        ClusterSum* c = slot(e.theme);
        if (c && (!c->bestRight || e.weight > c->bestRight->weight))
            c->bestRight = &e;
    }
    std::sort(clusters, clusters + used, [](const ClusterSum& x, const ClusterSum& y) { return x.cluster < y.cluster; });
    for (int i = 0; i < used; ++i) {
        const ClusterSum& c = clusters[i];
        if (!c.bestLeft || !c.bestRight)
            continue;
        const double broad = product ? c.bestLeft->weight * c.bestRight->weight
                                     : std::min(c.bestLeft->weight, c.bestRight->weight);
        const double extra = beta * std::max(0.0, broad - c.exact);
        if (extra > 1e-12) {
            total += extra;
            if (matches)
                matches->append({c.bestLeft->theme, c.bestRight->theme, true, c.bestLeft->weight, c.bestRight->weight,
                                 extra, c.bestLeft->evidence, c.bestRight->evidence});
        }
    }
    return total;
}

double PairScorer::matchWeights(const std::vector<ActorProfile::Weight>& left, const std::vector<double>& bestLeft,
                                const std::vector<ActorProfile::Weight>& right, const std::vector<double>& bestRight,
                                bool product) const
{
    // Same arithmetic as matchThemes(), on plain arrays: exact matches, then per cluster what the cluster
    // as a whole adds beyond them.
    constexpr int kMaxClusters = 64;
    double exact[kMaxClusters];
    const int clusters = std::min(kMaxClusters, m_context.clusterCount());
    std::fill_n(exact, clusters, 0.0);
    double total = 0.0;
    auto li = left.begin();
    auto ri = right.begin();
    while (li != left.end() && ri != right.end()) {
        if (li->theme < ri->theme) {
            ++li;
        } else if (ri->theme < li->theme) {
            ++ri;
        } else {
            const double value = product ? li->weight * ri->weight : std::min(li->weight, ri->weight);
            total += value;
            if (li->cluster < clusters)
                exact[li->cluster] += value;
            ++li;
            ++ri;
        }
    }
    const double beta = m_context.settings().broadThemeFactor;
    for (int c = 0; c < clusters; ++c) {
        const double l = bestLeft[std::size_t(c)];
        const double r = bestRight[std::size_t(c)];
        if (l <= 0.0 || r <= 0.0)
            continue;
        const double broad = product ? l * r : std::min(l, r);
        const double extra = beta * std::max(0.0, broad - exact[c]);
        if (extra > 1e-12)
            total += extra;
    }
    return total;
}

ScorePart PairScorer::sharedPriorities(const ActorProfile& a, const ActorProfile& b, bool explain) const
{
    ScorePart part;
    part.kind = ScorePartKind::SharedPriorities;
    part.weight = m_context.settings().sharedPrioritiesWeight;
    const double raw = matchThemes(a.priorities, b.priorities, false, explain ? &part.themesAB : nullptr);
    part.valueAB = part.valueBA = saturate(raw, kThemeScale);
    return part;
}

ScorePart PairScorer::complementarity(const ActorProfile& a, const ActorProfile& b, bool explain) const
{
    ScorePart part;
    part.kind = ScorePartKind::Complementarity;
    part.weight = m_context.settings().complementarityWeight;
    part.valueAB = saturate(matchThemes(a.priorities, b.offers, true, explain ? &part.themesAB : nullptr), kThemeScale);
    part.valueBA = saturate(matchThemes(b.priorities, a.offers, true, explain ? &part.themesBA : nullptr), kThemeScale);
    return part;
}

ScorePart PairScorer::interest(const ActorProfile& a, const ActorProfile& b, bool explain) const
{
    ScorePart part;
    part.kind = ScorePartKind::Interest;
    part.weight = m_context.settings().interestWeight;
    auto towards = [&](const ActorProfile& from, const ActorProfile& to, int toIndex, QList<InterestEntry>* out) {
        double keep = 1.0;
        for (const InterestEntry& e : from.interests) {
            if (e.target == toIndex || (e.target < 0 && to.countryKey != 0 && e.countryKey == to.countryKey)) {
                keep *= 1.0 - e.strength;
                if (out)
                    out->append(e);
            }
        }
        return 1.0 - keep;
    };
    const int ia = m_context.indexOf(a.id);
    const int ib = m_context.indexOf(b.id);
    part.valueAB = towards(a, b, ib, explain ? &part.interestsAB : nullptr);
    part.valueBA = towards(b, a, ia, explain ? &part.interestsBA : nullptr);
    return part;
}

ScorePart PairScorer::context(const ActorProfile& a, const ActorProfile& b, bool explain) const
{
    ScorePart part;
    part.kind = ScorePartKind::Context;
    part.weight = m_context.settings().contextWeight;
    double raw = 0.0;
    auto ai = a.events.begin();
    auto bi = b.events.begin();
    while (ai != a.events.end() && bi != b.events.end()) {
        if (ai->first < bi->first) {
            ++ai;
        } else if (bi->first < ai->first) {
            ++bi;
        } else {
            const double value = std::min(ai->second, bi->second);
            raw += value;
            if (explain)
                part.context.append({true, ai->first, value});
            ++ai;
            ++bi;
        }
    }
    std::vector<ActorId> shared;
    std::set_intersection(a.institutions.begin(), a.institutions.end(), b.institutions.begin(), b.institutions.end(),
                          std::back_inserter(shared));
    for (ActorId institution : shared) {
        raw += kSharedInstitutionValue;
        if (explain)
            part.context.append({false, institution, kSharedInstitutionValue});
    }
    part.valueAB = part.valueBA = saturate(raw, kContextScale);
    return part;
}

void PairScorer::vetoes(PairScore& score) const
{
    score.rules = m_context.rules(score.a, score.b);
    score.vetoMask = vetoMask(score.a, score.b, score.rules);
}

unsigned PairScorer::vetoMask(int ia, int ib, unsigned rules) const
{
    const ActorProfile& a = m_context.profile(ia);
    const ActorProfile& b = m_context.profile(ib);
    unsigned mask = 0;
    if (a.id == b.id)
        mask |= VetoSelf;
    if (a.parentId == b.id || b.parentId == a.id || (a.parentId != 0 && a.parentId == b.parentId))
        mask |= VetoAffiliate;
    if (m_context.settings().crossBorderOnly && a.countryKey != 0 && a.countryKey == b.countryKey)
        mask |= VetoSameCountry;
    if (rules & RuleExisting)
        mask |= VetoExisting;
    if (rules & RuleDeclined)
        mask |= VetoDeclined;
    if (rules & RuleExcluded)
        mask |= VetoExcluded;
    if (rules & RuleDeferred)
        mask |= VetoDeferred;
    return mask;
}

void PairScorer::practical(PairScore& score) const
{
    const Actor* a = m_context.data().actor(score.actorA);
    const Actor* b = m_context.data().actor(score.actorB);
    if (!a || !b)
        return;
    if (a->city.latitude && a->city.longitude && b->city.latitude && b->city.longitude)
        score.distanceKm = haversineKm(*a->city.latitude, *a->city.longitude, *b->city.latitude, *b->city.longitude);
    if (a->city.timezone.isEmpty() || b->city.timezone.isEmpty())
        return;
    const QTimeZone za(a->city.timezone.toUtf8());
    const QTimeZone zb(b->city.timezone.toUtf8());
    if (!za.isValid() || !zb.isValid())
        return;
    const QDateTime noon(m_context.referenceDate(), QTime(12, 0), Qt::UTC);
    const double offA = za.offsetFromUtc(noon) / 3600.0;
    const double offB = zb.offsetFromUtc(noon) / 3600.0;
    // Working day 09:00-17:00 local, expressed in UTC hours; the other side may be a day ahead or behind.
    double best = 0.0;
    for (double shift : {-24.0, 0.0, 24.0}) {
        const double start = std::max(9.0 - offA, 9.0 - offB + shift);
        const double end = std::min(17.0 - offA, 17.0 - offB + shift);
        best = std::max(best, end - start);
    }
    score.workingHoursOverlap = best;
}

PairScore PairScorer::compute(int a, int b, bool explain) const
{
    PairScore score;
    score.a = std::min(a, b);
    score.b = std::max(a, b);
    const ActorProfile& pa = m_context.profile(score.a);
    const ActorProfile& pb = m_context.profile(score.b);
    score.actorA = pa.id;
    score.actorB = pb.id;
    score.parts = {sharedPriorities(pa, pb, explain), complementarity(pa, pb, explain), interest(pa, pb, explain),
                   context(pa, pb, explain)};
    double total = 0.0;
    for (const ScorePart& part : score.parts) {
        score.scoreAB += part.weight * part.valueAB;
        score.scoreBA += part.weight * part.valueBA;
        total += part.weight;
    }
    if (total > 0.0) {
        score.scoreAB /= total;
        score.scoreBA /= total;
    }
    score.fused = fuse(score.scoreAB, score.scoreBA, m_context.settings().fusion);
    vetoes(score);
    score.vetoes = vetoKeys(score.vetoMask);
    if (explain)
        practical(score);
    return score;
}

PairScore PairScorer::score(int a, int b) const
{
    return compute(a, b, true);
}

ScoredPair PairScorer::scoreCompact(int a, int b) const
{
    // The bulk path: the same arithmetic as compute(), without building any explanation or list.
    ScoredPair score;
    score.a = std::min(a, b);
    score.b = std::max(a, b);
    const ActorProfile& pa = m_context.profile(score.a);
    const ActorProfile& pb = m_context.profile(score.b);
    score.actorA = pa.id;
    score.actorB = pb.id;
    const MatchSettings& s = m_context.settings();
    const double shared = saturate(
        matchWeights(pa.priorityWeights, pa.bestPriority, pb.priorityWeights, pb.bestPriority, false), kThemeScale);
    const double compAB = saturate(
        matchWeights(pa.priorityWeights, pa.bestPriority, pb.offerWeights, pb.bestOffer, true), kThemeScale);
    const double compBA = saturate(
        matchWeights(pb.priorityWeights, pb.bestPriority, pa.offerWeights, pa.bestOffer, true), kThemeScale);
    auto towards = [](const ActorProfile& from, const ActorProfile& to, int toIndex) {
        double keep = 1.0;
        for (const InterestEntry& e : from.interests) {
            if (e.target == toIndex || (e.target < 0 && to.countryKey != 0 && e.countryKey == to.countryKey))
                keep *= 1.0 - e.strength;
        }
        return 1.0 - keep;
    };
    const double interestAB = towards(pa, pb, score.b);
    const double interestBA = towards(pb, pa, score.a);
    double raw = 0.0;
    auto ai = pa.events.begin();
    auto bi = pb.events.begin();
    while (ai != pa.events.end() && bi != pb.events.end()) {
        if (ai->first < bi->first) {
            ++ai;
        } else if (bi->first < ai->first) {
            ++bi;
        } else {
            raw += std::min(ai->second, bi->second);
            ++ai;
            ++bi;
        }
    }
    auto ia = pa.institutions.begin();
    auto ib = pb.institutions.begin();
    while (ia != pa.institutions.end() && ib != pb.institutions.end()) {
        if (*ia < *ib) {
            ++ia;
        } else if (*ib < *ia) {
            ++ib;
        } else {
            raw += kSharedInstitutionValue;
            ++ia;
            ++ib;
        }
    }
    const double context = saturate(raw, kContextScale);
    const double values[4][2] = {{shared, shared}, {compAB, compBA}, {interestAB, interestBA}, {context, context}};
    const double weights[4] = {s.sharedPrioritiesWeight, s.complementarityWeight, s.interestWeight, s.contextWeight};
    double total = 0.0;
    double ab = 0.0;
    double ba = 0.0;
    for (int k = 0; k < 4; ++k) {
        score.valueAB[k] = float(values[k][0]);
        score.valueBA[k] = float(values[k][1]);
        ab += weights[k] * values[k][0];
        ba += weights[k] * values[k][1];
        total += weights[k];
    }
    if (total > 0.0) {
        ab /= total;
        ba /= total;
    }
    score.scoreAB = float(ab);
    score.scoreBA = float(ba);
    score.fused = fuse(ab, ba, s.fusion);
    score.rules = m_context.rules(score.a, score.b);
    score.vetoMask = vetoMask(score.a, score.b, score.rules);
    return score;
}

} // namespace cb
