// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cb {

struct MatchResult;

/**
 * The stable JSON form of a matching run ("schema": "citybridge.match/1"), documented in the README:
 * every candidate pair with its fused and directional scores and vetoes, and the chosen global set with
 * its total weight, so that another solver can be run on the same graph and compared.
 */
QJsonObject matchResultToJson(const MatchResult& result, const QString& language);

} // namespace cb
