// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"
#include "domain/Country.h"
#include "domain/Decision.h"
#include "domain/Event.h"
#include "domain/Interest.h"
#include "domain/Partnership.h"
#include "domain/Source.h"
#include "domain/Statement.h"
#include "domain/Theme.h"

#include <QtTest>

/** Runs a void checking call and leaves the calling test function if it recorded a failure. */
#define CB_CHECK(call)                                                                                                 \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace cb::test {

/** The element of list whose id is id, or nullptr. */
template <typename T, typename Id> const T* withId(const QList<T>& list, Id id)
{
    for (const T& item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

/**
 * Field-by-field comparisons of domain values for round-trip tests. Each one records a Qt Test failure naming the
 * first differing field (and returns); callers wrap them in CB_CHECK. Lists whose order the storage does not
 * promise (theme ids, aliases) are compared sorted.
 */
void compareText(const LocalizedText& actual, const LocalizedText& expected);
void compareCountry(const Country& actual, const Country& expected);
void compareTheme(const Theme& actual, const Theme& expected);
void compareSource(const Source& actual, const Source& expected);
void compareActor(const Actor& actual, const Actor& expected);
void compareMembership(const Membership& actual, const Membership& expected);
void compareEvent(const Event& actual, const Event& expected);
void compareGroup(const RespondentGroup& actual, const RespondentGroup& expected);
void compareStatement(const Statement& actual, const Statement& expected);
void compareInterest(const Interest& actual, const Interest& expected);
void comparePartnership(const Partnership& actual, const Partnership& expected);
void compareNote(const Note& actual, const Note& expected);
void comparePairRule(const PairRule& actual, const PairRule& expected);
void compareDecision(const DecisionEntry& actual, const DecisionEntry& expected);

} // namespace cb::test
