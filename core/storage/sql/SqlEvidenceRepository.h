// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/EvidenceRepository.h"

#include <QSqlDatabase>

namespace cb {

class SqlEvidenceRepository final : public EvidenceRepository
{
public:
    explicit SqlEvidenceRepository(QSqlDatabase& db)
        : m_db(db)
    {
    }

    bool saveGroup(RespondentGroup& group, QString* error) override;
    QList<RespondentGroup> groups(QString* error) override;
    bool removeGroup(const QString& uid, QString* error) override;
    bool saveStatement(Statement& statement, QString* error) override;
    bool removeStatement(StatementKind kind, qint64 id, QString* error) override;
    QList<Statement> statements(QString* error) override;
    bool saveInterest(Interest& interest, QString* error) override;
    bool removeInterest(qint64 id, QString* error) override;
    QList<Interest> interests(QString* error) override;

private:
    QSqlDatabase& m_db;
};

} // namespace cb
