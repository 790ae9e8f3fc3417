// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateGenerator.h"

#include <QHash>

#include <algorithm>

namespace cb {

bool CandidateGenerator::generate(std::vector<std::pair<int, int>>* pairs, const std::atomic<bool>* cancel) const
{
    pairs->clear();
    const std::vector<int>& candidates = m_context.candidates();
    std::vector<char> eligible(std::size_t(m_context.actorCount()), 0);
    for (int c : candidates)
        eligible[std::size_t(c)] = 1;

    // Inverted indices: who prioritises / offers each cluster, who is in each country, event, institution.
    QHash<int, std::vector<int>> byCluster;
    QHash<QString, std::vector<int>> byCountry;
    QHash<qint64, std::vector<int>> byEvent;
    QHash<qint64, std::vector<int>> byInstitution;
    for (int c : candidates) {
        const ActorProfile& p = m_context.profile(c);
        std::vector<int> clusters;
        for (const auto* list : {&p.priorities, &p.offers}) {
            for (const ThemeEntry& e : *list)
                clusters.push_back(m_context.clusterOf(e.theme));
        }
        std::sort(clusters.begin(), clusters.end());
        clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
        for (int cluster : clusters)
            byCluster[cluster].push_back(c);
        byCountry[p.country].push_back(c);
        for (const auto& event : p.events)
            byEvent[event.first].push_back(c);
        for (ActorId institution : p.institutions)
            byInstitution[institution].push_back(c);
    }

    std::vector<int> mark(std::size_t(m_context.actorCount()), -1);
    std::vector<int> found;
    auto consider = [&](int self, int other) {
        if (other == self || !eligible[std::size_t(other)] || mark[std::size_t(other)] == self)
            return;
        mark[std::size_t(other)] = self;
        found.push_back(other);
    };
    for (int c : candidates) {
        if (cancel && cancel->load())
            return false;
        const ActorProfile& p = m_context.profile(c);
        found.clear();
        for (const auto* list : {&p.priorities, &p.offers}) {
            for (const ThemeEntry& e : *list) {
                for (int other : byCluster.value(m_context.clusterOf(e.theme)))
                    consider(c, other);
            }
        }
        for (const InterestEntry& i : p.interests) {
            if (i.target >= 0)
                consider(c, i.target);
            else
                for (int other : byCountry.value(i.country))
                    consider(c, other);
        }
        for (const auto& event : p.events) {
            for (int other : byEvent.value(event.first))
                consider(c, other);
        }
        for (ActorId institution : p.institutions) {
            for (int other : byInstitution.value(institution))
                consider(c, other);
        }
        for (int other : found)
            pairs->emplace_back(std::min(c, other), std::max(c, other));
    }
    // Pairs the officer locked or pinned are always scored, whatever they share.
    for (const auto& pair : m_context.pairsWithRules(RuleLocked | RulePinned)) {
        if (eligible[std::size_t(pair.first)] && eligible[std::size_t(pair.second)])
            pairs->push_back(pair);
    }
    std::sort(pairs->begin(), pairs->end());
    pairs->erase(std::unique(pairs->begin(), pairs->end()), pairs->end());
    return true;
}

} // namespace cb
