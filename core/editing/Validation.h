// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidationResult.h"
#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/Interest.h"
#include "domain/Statement.h"

#include <QStringList>

namespace cb {

struct WorkspaceData;

/** The stored keys a form may offer (the labels live in the interface). */
namespace choices {
QStringList eventKinds();
QStringList participationRoles();
QStringList institutionCategories();
} // namespace choices

/**
 * Existing actors of the draft's kind (the draft itself excluded) with a name or alias whose search key equals
 * one of the draft's names or aliases: the same folding as ActorRepository::findByName, so "洛陽", "luo yang"
 * and "LUOYANG" all meet Luoyang.
 */
QList<ActorId> findDuplicateActors(const Actor& draft, const WorkspaceData& data);

/**
 * Checks a city or institution before it is saved: an English name, a known country (required for a city),
 * coordinates in range and given as a pair, a non-negative population, a known IANA time zone, a known
 * institution category, an http(s) website, a parent that exists and is not the actor itself. A name that
 * matches another actor is an error on the English name, with the matches in duplicates, unless
 * allowDuplicateName (the officer confirmed that it is a different place with the same name).
 */
ValidationResult validateActor(const Actor& draft, const WorkspaceData& data, bool allowDuplicateName = false);

/** Checks a priority or offer: an actor, a theme and a source that exist, a weight within 0..1, a valid date. */
ValidationResult validateStatement(const Statement& draft, const WorkspaceData& data);

/**
 * Checks an interest: an origin actor, exactly one target (an actor other than the origin, or a country), a
 * strength within 0..1, themes and a source that exist, a valid date.
 */
ValidationResult validateInterest(const Interest& draft, const WorkspaceData& data);

/** Checks one participation: an actor that exists and a known role. */
ValidationResult validateParticipation(const Participation& draft, const WorkspaceData& data);

/**
 * Checks an event: an English title, a known kind, a valid date, an end date not before it, a source that exists
 * when given, and valid participations with no actor listed twice in the same role.
 */
ValidationResult validateEvent(const Event& draft, const WorkspaceData& data);

} // namespace cb
