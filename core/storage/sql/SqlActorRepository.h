// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ActorRepository.h"

#include <QSqlDatabase>

namespace cb {

class SqlActorRepository final : public ActorRepository
{
public:
    explicit SqlActorRepository(QSqlDatabase& db)
        : m_db(db)
    {
    }

    bool save(Actor& actor, QString* error) override;
    bool remove(ActorId id, QString* error) override;
    std::optional<Actor> find(ActorId id) override;
    QList<Actor> all(QString* error) override;
    QList<ActorId> findByName(const QString& text) override;
    QList<ActorId> searchByPrefix(const QString& text, int limit) override;
    bool saveMembership(Membership& membership, QString* error) override;
    bool removeMembership(qint64 id, QString* error) override;
    QList<Membership> memberships(QString* error) override;
    std::optional<RecordStamp> stamp(const QString& uid, QString* error) override;
    bool restoreStamp(const QString& uid, const RecordStamp& stamp, QString* error) override;

private:
    /** The message for an update that matched no row: a conflict with both values, or the record is gone. */
    QString conflict(const Actor& yours);
    bool writeDetails(const Actor& actor, QString* error);
    QList<Actor> load(const QString& where, const QVariant& value, QString* error);

    QSqlDatabase& m_db;
};

} // namespace cb
