// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Interest.h"
#include "domain/Statement.h"

#include <QList>

namespace cb {

/** What actors expressed: priorities, offers, interests, and the respondent groups of surveys. */
class EvidenceRepository
{
public:
    virtual ~EvidenceRepository() = default;

    /** Inserts (id 0) or updates a respondent group; an update matches id and uid, and fails if none matches. */
    virtual bool saveGroup(RespondentGroup& group, QString* error) = 0;
    virtual QList<RespondentGroup> groups(QString* error) = 0;
    /** For undo: refused (foreign keys) while a statement or interest still belongs to the group. */
    virtual bool removeGroup(const QString& uid, QString* error) = 0;

    /** Inserts (id 0) or updates a priority or offer; an update fails if no row of that kind has the id. */
    virtual bool saveStatement(Statement& statement, QString* error) = 0;
    virtual bool removeStatement(StatementKind kind, qint64 id, QString* error) = 0;
    virtual QList<Statement> statements(QString* error) = 0;

    /** Inserts or replaces an interest with its themes, atomically; the id is written back once committed. */
    virtual bool saveInterest(Interest& interest, QString* error) = 0;
    virtual bool removeInterest(qint64 id, QString* error) = 0;
    virtual QList<Interest> interests(QString* error) = 0;
};

} // namespace cb
