// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/EventRepository.h"

#include <QSqlDatabase>

namespace cb {

class SqlEventRepository final : public EventRepository
{
public:
    explicit SqlEventRepository(QSqlDatabase& db)
        : m_db(db)
    {
    }

    bool save(Event& event, QString* error) override;
    bool remove(EventId id, QString* error) override;
    QList<Event> all(QString* error) override;

private:
    QSqlDatabase& m_db;
};

} // namespace cb
