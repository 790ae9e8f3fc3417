// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PipelineRepository.h"

#include <QSqlDatabase>

namespace cb {

class SqlPipelineRepository final : public PipelineRepository
{
public:
    explicit SqlPipelineRepository(QSqlDatabase& db)
        : m_db(db)
    {
    }

    bool savePartnership(Partnership& partnership, QString* error) override;
    bool removePartnership(PartnershipId id, QString* error) override;
    bool addStageChange(StageChange& change, QString* error) override;
    bool removeStageChange(qint64 id, QString* error) override;
    QList<Partnership> partnerships(QString* error) override;
    bool addNote(Note& note, QString* error) override;
    QList<Note> notes(const QString& subjectKind, qint64 subjectId, QString* error) override;
    bool removeNote(qint64 id, QString* error) override;
    bool restorePartnershipVersion(const QString& uid, int version, QString* error) override;
    bool setPairRule(const PairRule& rule, QString* error) override;
    bool clearPairRule(ActorId a, ActorId b, const QString& rule, QString* error) override;
    QList<PairRule> pairRules(QString* error) override;
    bool appendDecision(DecisionEntry& entry, QString* error) override;
    QList<DecisionEntry> decisions(ActorId a, ActorId b, QString* error) override;
    QList<DecisionEntry> allDecisions(QString* error) override;
    bool setSettings(const QMap<QString, QString>& values, QString* error) override;
    QMap<QString, QString> settings(QString* error) override;

private:
    QString actorName(ActorId id);
    /** The message for an update that matched no row: a conflict with both values, or the record is gone. */
    QString conflict(const Partnership& yours);
    /**
     * The name the row was stored under: on PostgreSQL the server writes the officer's login role, whatever the
     * program sent; SQLite keeps what was given.
     */
    QString storedName(const QString& statement, qint64 id);
    QList<DecisionEntry> loadDecisions(const QString& where, std::initializer_list<QVariant> values, QString* error);

    QSqlDatabase& m_db;
};

} // namespace cb
