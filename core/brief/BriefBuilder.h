// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BriefDocument.h"
#include "domain/Ids.h"

#include <QDate>
#include <QSize>
#include <QString>

namespace cb {

struct MatchResult;

/** What a brief is built with besides the pair: language option, date, author, map. */
struct BriefOptions
{
    QString language = QStringLiteral("en"); ///< en, zh, es or bilingual (the two partners' languages in turn)
    QDate date;          ///< the brief's date; today when invalid
    QString preparedBy;  ///< the officer or office; left out when empty
    ActorId firstActor = 0; ///< the actor named first (the officer's order); 0 keeps the matcher's order
    bool includeMap = true;
    QSize mapSize = QSize(680, 320); ///< pixels; small so that the labels stay legible once scaled to the page
};

/**
 * Builds the document model of a pairing brief from one scored pair of a matching run: summary, score with its
 * parts and the themes matched in each direction, expressed interests, shared events and introduction paths, both
 * profiles side by side, a locator map, practical notes, suggested first activities, the partnership's stage and
 * history, and the sources cited. A section without data is left out. The brief language is independent of the
 * interface language (see BriefLanguage).
 */
class BriefBuilder
{
public:
    /** The brief for result.pairs[pairIndex]; an empty document with *error set when the pair does not exist. */
    static BriefDocument build(const MatchResult& result, int pairIndex, const BriefOptions& options,
                               QString* error = nullptr);
};

} // namespace cb
