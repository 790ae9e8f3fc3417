// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlEventRepository.h"

#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <utility>

namespace cb {

bool SqlEventRepository::save(Event& event, QString* error)
{
    if (event.titles.value(lang::En).isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cb::EventRepository", "An event needs a title.");
        return false;
    }
    // Work on a copy: a rolled-back event or participation id must not stay in the caller's object.
    Event saved = event;
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    QSqlQuery query(m_db);
    if (saved.id == 0) {
        if (!sql::insert(query,
                       QStringLiteral("INSERT INTO events(uid, kind, date, end_date, source_id, note) "
                                      "VALUES (?,?,?,?,?,?)"),
                       {saved.uid, saved.kind, sql::dateOrNull(saved.date), sql::dateOrNull(saved.endDate),
                        sql::idOrNull(saved.sourceId), sql::textOrNull(saved.note)},
                       &saved.id, error))
            return false;
    } else {
        if (!sql::exec(query,
                       // The uid never changes and must match: a leftover id cannot update another event.
                       QStringLiteral("UPDATE events SET kind = ?, date = ?, end_date = ?, source_id = ?, "
                                      "note = ? WHERE id = ? AND uid = ?"),
                       {saved.kind, sql::dateOrNull(saved.date), sql::dateOrNull(saved.endDate),
                        sql::idOrNull(saved.sourceId), sql::textOrNull(saved.note), saved.id, saved.uid},
                       error))
            return false;
        if (query.numRowsAffected() != 1) {
            if (error)
                *error = QCoreApplication::translate("cb::EventRepository",
                                                     "This event no longer exists; reload the events and try again.");
            return false;
        }
        if (!sql::exec(query, QStringLiteral("DELETE FROM event_titles WHERE event_id = ?"), {saved.id}, error)
            || !sql::exec(query, QStringLiteral("DELETE FROM participations WHERE event_id = ?"), {saved.id}, error))
            return false;
    }
    for (auto it = saved.titles.all().constBegin(); it != saved.titles.all().constEnd(); ++it) {
        if (!sql::exec(query, QStringLiteral("INSERT INTO event_titles(event_id, lang, title) VALUES (?, ?, ?)"),
                       {saved.id, it.key(), it.value()}, error))
            return false;
    }
    for (Participation& p : saved.participations) {
        p.eventId = saved.id;
        if (!sql::insert(query,
                       QStringLiteral("INSERT INTO participations(event_id, actor_id, role, person, person_title, "
                                      "source_id) VALUES (?,?,?,?,?,?)"),
                       {saved.id, p.actorId, p.role, sql::textOrNull(p.person), sql::textOrNull(p.personTitle),
                        sql::idOrNull(p.sourceId)},
                       &p.id, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    // Only now do the event and its participations take the new ids.
    event = std::move(saved);
    return true;
}

bool SqlEventRepository::remove(EventId id, QString* error)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    return sql::exec(m_db, QStringLiteral("DELETE FROM events WHERE id = ?"), {id}, error) && tx.commit(error);
}

QList<Event> SqlEventRepository::all(QString* error)
{
    QList<Event> result;
    QHash<EventId, qsizetype> index;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, uid, kind, date, end_date, source_id, note FROM events "
                                  "ORDER BY date IS NOT NULL, date, id"),
                   {}, error))
        return result;
    while (query.next()) {
        Event e;
        e.id = query.value(0).toLongLong();
        e.uid = query.value(1).toString();
        e.kind = query.value(2).toString();
        e.date = sql::dateFrom(query.value(3));
        e.endDate = sql::dateFrom(query.value(4));
        e.sourceId = query.value(5).toLongLong();
        e.note = query.value(6).toString();
        index.insert(e.id, result.size());
        result.append(e);
    }
    if (!sql::exec(query, QStringLiteral("SELECT event_id, lang, title FROM event_titles"), {}, error))
        return {};
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            result[it.value()].titles.set(query.value(1).toString(), query.value(2).toString());
    }
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, event_id, actor_id, role, person, person_title, source_id "
                                  "FROM participations ORDER BY id"),
                   {}, error))
        return {};
    while (query.next()) {
        Participation p;
        p.id = query.value(0).toLongLong();
        p.eventId = query.value(1).toLongLong();
        p.actorId = query.value(2).toLongLong();
        p.role = query.value(3).toString();
        p.person = query.value(4).toString();
        p.personTitle = query.value(5).toString();
        p.sourceId = query.value(6).toLongLong();
        const auto it = index.constFind(p.eventId);
        if (it != index.constEnd())
            result[it.value()].participations.append(p);
    }
    return result;
}

} // namespace cb
