// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchJson.h"

#include "MatchResult.h"
#include "workspace/WorkspaceData.h"

#include <QJsonArray>

namespace cb {

QJsonObject matchResultToJson(const MatchResult& result, const QString& language)
{
    const MatchContext& ctx = *result.context;
    const MatchSettings& s = ctx.settings();
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("citybridge.match/1"));
    root.insert(QStringLiteral("as_of"), s.asOf.isValid() ? s.asOf.toString(Qt::ISODate) : QString());
    QJsonObject settings;
    const QMap<QString, QString> map = s.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        settings.insert(it.key().mid(6), it.value()); // drop the "match." prefix
    root.insert(QStringLiteral("settings"), settings);

    QJsonArray actors;
    for (int i : ctx.candidates()) {
        const ActorProfile& p = ctx.profile(i);
        const Actor* a = ctx.data().actor(p.id);
        actors.append(QJsonObject{{QStringLiteral("index"), i},
                                  {QStringLiteral("uid"), a ? a->uid : QString()},
                                  {QStringLiteral("name"), a ? a->name(language) : QString()},
                                  {QStringLiteral("country"), p.country},
                                  {QStringLiteral("capacity"), s.partnerLimit}});
    }
    root.insert(QStringLiteral("actors"), actors);

    QJsonArray pairs;
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const ScoredPair& p = result.pairs[i];
        QJsonArray vetoes;
        for (const QString& v : p.vetoes())
            vetoes.append(v);
        QJsonObject parts;
        for (int k = 0; k < 4; ++k)
            parts.insert(scorePartKey(ScorePartKind(k)), QJsonArray{double(p.valueAB[k]), double(p.valueBA[k])});
        pairs.append(QJsonObject{{QStringLiteral("a"), p.a},
                                 {QStringLiteral("b"), p.b},
                                 {QStringLiteral("fused"), p.fused},
                                 {QStringLiteral("ab"), double(p.scoreAB)},
                                 {QStringLiteral("ba"), double(p.scoreBA)},
                                 {QStringLiteral("parts"), parts},
                                 {QStringLiteral("locked"), (p.rules & RuleLocked) != 0},
                                 {QStringLiteral("eligible"), i < result.inProposalGraph.size() && result.inProposalGraph[i] != 0},
                                 {QStringLiteral("vetoes"), vetoes}});
    }
    root.insert(QStringLiteral("candidates"), pairs);

    auto chosen = [&](const std::vector<int>& indices, double total, bool optimal) {
        QJsonArray list;
        for (int i : indices)
            list.append(QJsonArray{result.pairs[std::size_t(i)].a, result.pairs[std::size_t(i)].b});
        return QJsonObject{{QStringLiteral("pairs"), list},
                           {QStringLiteral("total_weight"), total},
                           {QStringLiteral("optimal"), optimal}};
    };
    root.insert(QStringLiteral("proposals"), chosen(result.proposals, result.proposalsTotal, result.proposalsOptimal));
    root.insert(QStringLiteral("greedy"), chosen(result.greedy, result.greedyTotal, false));
    QJsonArray prices;
    for (const ConstraintPrice& price : result.prices)
        prices.append(QJsonObject{{QStringLiteral("constraint"), price.constraint},
                                  {QStringLiteral("with"), price.withConstraint},
                                  {QStringLiteral("without"), price.withoutConstraint}});
    root.insert(QStringLiteral("constraint_prices"), prices);
    return root;
}

} // namespace cb
