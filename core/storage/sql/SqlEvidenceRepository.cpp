// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlEvidenceRepository.h"

#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::SqlEvidenceRepository", text);
}

QString tableFor(StatementKind kind)
{
    return kind == StatementKind::Priority ? QStringLiteral("priorities") : QStringLiteral("offers");
}

bool validWeight(double weight)
{
    return std::isfinite(weight) && weight >= 0.0 && weight <= 1.0;
}

} // namespace

bool SqlEvidenceRepository::saveGroup(RespondentGroup& group, QString* error)
{
    if (group.respondents <= 0) {
        if (error)
            *error = tr("A respondent group needs at least one respondent.");
        return false;
    }
    QSqlQuery query(m_db);
    const std::initializer_list<QVariant> values{group.sourceId, sql::idOrNull(group.eventId),
                                                 sql::textOrNull(group.countryCode), group.respondents,
                                                 sql::textOrNull(group.label), group.uid};
    if (group.id == 0) {
        if (!sql::insert(query,
                       QStringLiteral("INSERT INTO respondent_groups(source_id, event_id, country_code, respondents, "
                                      "label, uid) VALUES (?,?,?,?,?,?)"),
                       values, &group.id, error))
            return false;
        // One statement, so this is committed (or part of the caller's transaction) once it ran.
        return true;
    }
    // The uid never changes and must match: a leftover id cannot update another group.
    if (!query.prepare(QStringLiteral("UPDATE respondent_groups SET source_id = ?, event_id = ?, country_code = ?, "
                                      "respondents = ?, label = ? WHERE uid = ? AND id = ?"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant& v : values)
        query.addBindValue(v);
    query.addBindValue(group.id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("This respondent group no longer exists; reload it and try again.");
        return false;
    }
    return true;
}

QList<RespondentGroup> SqlEvidenceRepository::groups(QString* error)
{
    QList<RespondentGroup> result;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, uid, source_id, event_id, country_code, respondents, label "
                                  "FROM respondent_groups ORDER BY id"),
                   {}, error))
        return result;
    while (query.next()) {
        RespondentGroup g;
        g.id = query.value(0).toLongLong();
        g.uid = query.value(1).toString();
        g.sourceId = query.value(2).toLongLong();
        g.eventId = query.value(3).toLongLong();
        g.countryCode = query.value(4).toString();
        g.respondents = query.value(5).toInt();
        g.label = query.value(6).toString();
        result.append(g);
    }
    return result;
}

bool SqlEvidenceRepository::removeGroup(const QString& uid, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM respondent_groups WHERE uid = ?"), {uid}, error);
}

bool SqlEvidenceRepository::saveStatement(Statement& statement, QString* error)
{
    if (!validWeight(statement.weight)) {
        if (error)
            *error = tr("A weight must be between 0 and 1.");
        return false;
    }
    if ((statement.actorId == 0) == (statement.groupId == 0)) {
        if (error)
            *error = tr("A priority or offer belongs to exactly one actor or respondent group.");
        return false;
    }
    const QString table = tableFor(statement.kind);
    QSqlQuery query(m_db);
    const std::initializer_list<QVariant> common{sql::idOrNull(statement.actorId), sql::idOrNull(statement.groupId),
                                                 statement.themeId,           statement.weight,
                                                 statement.mentions,          statement.sourceId,
                                                 sql::dateOrNull(statement.date), sql::textOrNull(statement.note)};
    if (statement.id == 0) {
        if (!sql::insert(query,
                       QStringLiteral("INSERT INTO %1(actor_id, group_id, theme_id, weight, mentions, source_id, date, "
                                      "note) VALUES (?,?,?,?,?,?,?,?)")
                           .arg(table),
                       common, &statement.id, error))
            return false;
        return true;
    }
    if (!query.prepare(QStringLiteral("UPDATE %1 SET actor_id = ?, group_id = ?, theme_id = ?, weight = ?, "
                                      "mentions = ?, source_id = ?, date = ?, note = ? WHERE id = ?")
                           .arg(table))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant& v : common)
        query.addBindValue(v);
    query.addBindValue(statement.id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("This priority or offer no longer exists; reload it and try again.");
        return false;
    }
    return true;
}

bool SqlEvidenceRepository::removeStatement(StatementKind kind, qint64 id, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableFor(kind)), {id}, error);
}

QList<Statement> SqlEvidenceRepository::statements(QString* error)
{
    QList<Statement> result;
    for (StatementKind kind : {StatementKind::Priority, StatementKind::Offer}) {
        QSqlQuery query(m_db);
        if (!sql::exec(query,
                       QStringLiteral("SELECT id, actor_id, group_id, theme_id, weight, mentions, source_id, date, note "
                                      "FROM %1 ORDER BY id")
                           .arg(tableFor(kind)),
                       {}, error))
            return {};
        while (query.next()) {
            Statement s;
            s.kind = kind;
            s.id = query.value(0).toLongLong();
            s.actorId = query.value(1).toLongLong();
            s.groupId = query.value(2).toLongLong();
            s.themeId = query.value(3).toLongLong();
            s.weight = query.value(4).toDouble();
            s.mentions = query.value(5).toInt();
            s.sourceId = query.value(6).toLongLong();
            s.date = sql::dateFrom(query.value(7));
            s.note = query.value(8).toString();
            result.append(s);
        }
    }
    return result;
}

bool SqlEvidenceRepository::saveInterest(Interest& interest, QString* error)
{
    if (!validWeight(interest.strength)) {
        if (error)
            *error = tr("A strength must be between 0 and 1.");
        return false;
    }
    if (interest.fromActorId != 0 && interest.fromActorId == interest.toActorId) {
        if (error)
            *error = tr("An actor cannot express interest in itself.");
        return false;
    }
    if ((interest.fromActorId == 0) == (interest.fromGroupId == 0)
        || (interest.toActorId == 0) == interest.toCountry.isEmpty()) {
        if (error)
            *error = tr("An interest needs one origin (actor or respondent group) and one target (actor or country).");
        return false;
    }
    // Work on a copy: the caller's object takes the id only once the write is committed.
    Interest saved = interest;
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    QSqlQuery query(m_db);
    if (saved.id != 0 && !sql::exec(query, QStringLiteral("DELETE FROM interests WHERE id = ?"), {saved.id}, error))
        return false;
    // An update keeps its id (the row is written again under it); a new interest takes the next one. A NULL id would
    // do both in SQLite only: PostgreSQL's generated ids never accept NULL.
    const std::initializer_list<QVariant> values{
        sql::idOrNull(saved.fromActorId), sql::idOrNull(saved.fromGroupId), sql::idOrNull(saved.toActorId),
        sql::textOrNull(saved.toCountry), saved.strength, saved.mentions, saved.sourceId, sql::dateOrNull(saved.date),
        sql::textOrNull(saved.note)};
    if (saved.id == 0) {
        if (!sql::insert(query,
                         QStringLiteral("INSERT INTO interests(from_actor_id, from_group_id, to_actor_id, to_country, "
                                        "strength, mentions, source_id, date, note) VALUES (?,?,?,?,?,?,?,?,?)"),
                         values,
                         &saved.id, error))
            return false;
    } else {
        if (!query.prepare(QStringLiteral("INSERT INTO interests(id, from_actor_id, from_group_id, to_actor_id, "
                                          "to_country, strength, mentions, source_id, date, note) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?)"))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        query.addBindValue(saved.id);
        for (const QVariant& v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    for (ThemeId theme : saved.themeIds) {
        if (!sql::exec(query, QStringLiteral("INSERT INTO interest_themes(interest_id, theme_id) VALUES (?, ?) "
                                             "ON CONFLICT DO NOTHING"),
                       {saved.id, theme}, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    interest.id = saved.id;
    return true;
}

bool SqlEvidenceRepository::removeInterest(qint64 id, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM interests WHERE id = ?"), {id}, error);
}

QList<Interest> SqlEvidenceRepository::interests(QString* error)
{
    QList<Interest> result;
    QHash<qint64, qsizetype> index;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, from_actor_id, from_group_id, to_actor_id, to_country, strength, mentions, "
                                  "source_id, date, note FROM interests ORDER BY id"),
                   {}, error))
        return result;
    while (query.next()) {
        Interest i;
        i.id = query.value(0).toLongLong();
        i.fromActorId = query.value(1).toLongLong();
        i.fromGroupId = query.value(2).toLongLong();
        i.toActorId = query.value(3).toLongLong();
        i.toCountry = query.value(4).toString();
        i.strength = query.value(5).toDouble();
        i.mentions = query.value(6).toInt();
        i.sourceId = query.value(7).toLongLong();
        i.date = sql::dateFrom(query.value(8));
        i.note = query.value(9).toString();
        index.insert(i.id, result.size());
        result.append(i);
    }
    if (!sql::exec(query, QStringLiteral("SELECT interest_id, theme_id FROM interest_themes ORDER BY interest_id, theme_id"),
                   {}, error))
        return {};
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            result[it.value()].themeIds.append(query.value(1).toLongLong());
    }
    return result;
}

} // namespace cb
