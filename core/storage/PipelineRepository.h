// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Decision.h"
#include "domain/Partnership.h"

#include <QList>
#include <QMap>

namespace cb {

/** Partnerships and their history, notes, the officer's pair rules, the decision log and settings. */
class PipelineRepository
{
public:
    virtual ~PipelineRepository() = default;

    /**
     * Saves the partnership row and themes (not history); fails on a stale version (edited elsewhere). The id,
     * version and the ordered pair (actorA < actorB) are written back once committed; the uid never changes.
     */
    virtual bool savePartnership(Partnership& partnership, QString* error) = 0;
    virtual bool removePartnership(PartnershipId id, QString* error) = 0;
    virtual bool addStageChange(StageChange& change, QString* error) = 0;
    virtual bool removeStageChange(qint64 id, QString* error) = 0;
    virtual QList<Partnership> partnerships(QString* error) = 0;

    virtual bool addNote(Note& note, QString* error) = 0;
    virtual QList<Note> notes(const QString& subjectKind, qint64 subjectId, QString* error) = 0;
    virtual bool removeNote(qint64 id, QString* error) = 0;
    /** For undo: puts back the version a partnership had before an edit that was taken back. */
    virtual bool restorePartnershipVersion(const QString& uid, int version, QString* error) = 0;

    virtual bool setPairRule(const PairRule& rule, QString* error) = 0;
    virtual bool clearPairRule(ActorId a, ActorId b, const QString& rule, QString* error) = 0;
    virtual QList<PairRule> pairRules(QString* error) = 0;

    /** Appends to the decision log; the log cannot be changed afterwards. */
    virtual bool appendDecision(DecisionEntry& entry, QString* error) = 0;
    virtual QList<DecisionEntry> decisions(ActorId a, ActorId b, QString* error) = 0;
    virtual QList<DecisionEntry> allDecisions(QString* error) = 0;

    virtual bool setSettings(const QMap<QString, QString>& values, QString* error) = 0;
    virtual QMap<QString, QString> settings(QString* error) = 0;
};

} // namespace cb
