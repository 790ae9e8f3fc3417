// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlPipelineRepository.h"

#include "storage/SqlUtil.h"
#include "storage/StoreConflict.h"
#include "domain/Language.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::SqlPipelineRepository", text);
}

QString timestamp(const QDateTime& at)
{
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString SqlPipelineRepository::actorName(ActorId id)
{
    QSqlQuery query(m_db);
    if (sql::exec(query, QStringLiteral("SELECT name FROM actor_names WHERE actor_id = ? AND lang = ?"), {id, QString(lang::En)},
                  nullptr)
        && query.next())
        return query.value(0).toString();
    return QString::number(id);
}

QString SqlPipelineRepository::storedName(const QString& statement, qint64 id)
{
    QSqlQuery query(m_db);
    if (sql::exec(query, statement, {id}, nullptr) && query.next())
        return query.value(0).toString();
    return {};
}

QString SqlPipelineRepository::conflict(const Partnership& yours)
{
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT stage, started_on, owner, next_action, next_action_due, last_activity, "
                                  "summary, version FROM partnerships WHERE id = ? AND uid = ?"),
                   {yours.id, yours.uid}, nullptr)
        || !query.next())
        return tr("This partnership was changed elsewhere since it was loaded; reload it and try again.");
    StoreConflict c;
    c.record = tr("The partnership %1 – %2").arg(actorName(yours.actorA), actorName(yours.actorB));
    c.storedVersion = query.value(7).toInt();
    c.yourVersion = yours.version;
    c.compare(tr("Stage"), query.value(0).toString(), yours.stage);
    c.compare(tr("Started on"), query.value(1).toString(), dateText(yours.startedOn));
    c.compare(tr("Owner"), query.value(2).toString(), yours.owner);
    c.compare(tr("Next action"), query.value(3).toString(), yours.nextAction);
    c.compare(tr("Next action due"), query.value(4).toString(), dateText(yours.nextActionDue));
    c.compare(tr("Last activity"), query.value(5).toString(), dateText(yours.lastActivity));
    c.compare(tr("Summary"), query.value(6).toString(), yours.summary);
    return c.message();
}

bool SqlPipelineRepository::savePartnership(Partnership& partnership, QString* error)
{
    const Partnership& p = partnership;
    if (p.actorA == 0 || p.actorB == 0 || p.actorA == p.actorB) {
        if (error)
            *error = tr("A partnership joins two different actors.");
        return false;
    }
    if (!stage::isValid(p.stage)) {
        if (error)
            *error = tr("Unknown partnership stage: %1").arg(p.stage);
        return false;
    }
    // Work on a copy: the caller's object gets its id, version and ordered pair only once the write is committed.
    Partnership saved = partnership;
    if (saved.actorA > saved.actorB)
        std::swap(saved.actorA, saved.actorB);
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    QSqlQuery query(m_db);
    const auto values = {sql::idOrNull(saved.actorA), sql::idOrNull(saved.actorB), QVariant(saved.stage),
                         sql::dateOrNull(saved.startedOn), sql::textOrNull(saved.owner),
                         sql::textOrNull(saved.nextAction), sql::dateOrNull(saved.nextActionDue),
                         sql::dateOrNull(saved.lastActivity), sql::textOrNull(saved.summary),
                         sql::idOrNull(saved.sourceId)};
    if (saved.id == 0) {
        if (!query.prepare(QStringLiteral("INSERT INTO partnerships(actor_a, actor_b, stage, started_on, owner, "
                                          "next_action, next_action_due, last_activity, summary, source_id, uid) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id"))) {
            if (error)
                *error = tr("The partnership could not be saved: %1").arg(query.lastError().text());
            return false;
        }
        for (const QVariant& v : values)
            query.addBindValue(v);
        query.addBindValue(saved.uid);
        if (!query.exec() || !query.next()) {
            if (error)
                *error = tr("The partnership could not be saved: %1").arg(query.lastError().text());
            return false;
        }
        saved.id = query.value(0).toLongLong();
        query.finish();
        saved.version = 1;
    } else {
        if (!query.prepare(QStringLiteral("UPDATE partnerships SET actor_a = ?, actor_b = ?, stage = ?, started_on = ?, "
                                          "owner = ?, next_action = ?, next_action_due = ?, last_activity = ?, "
                                          "summary = ?, source_id = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ? AND uid = ?"))) {
            if (error)
                *error = tr("The partnership could not be saved: %1").arg(query.lastError().text());
            return false;
        }
        for (const QVariant& v : values)
            query.addBindValue(v);
        query.addBindValue(saved.id);
        query.addBindValue(saved.version);
        // The uid never changes: matching it keeps a leftover id from updating another partnership.
        query.addBindValue(saved.uid);
        if (!query.exec()) {
            if (error)
                *error = tr("The partnership could not be saved: %1").arg(query.lastError().text());
            return false;
        }
        if (query.numRowsAffected() != 1) {
            if (error)
                *error = conflict(saved);
            return false;
        }
        ++saved.version;
        if (!sql::exec(query, QStringLiteral("DELETE FROM partnership_themes WHERE partnership_id = ?"), {saved.id},
                       error))
            return false;
    }
    for (ThemeId theme : saved.themeIds) {
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO partnership_themes(partnership_id, theme_id) VALUES (?, ?) "
                                      "ON CONFLICT DO NOTHING"),
                       {saved.id, theme}, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    partnership.id = saved.id;
    partnership.version = saved.version;
    partnership.actorA = saved.actorA;
    partnership.actorB = saved.actorB;
    return true;
}

bool SqlPipelineRepository::removePartnership(PartnershipId id, QString* error)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    return sql::exec(m_db, QStringLiteral("DELETE FROM partnerships WHERE id = ?"), {id}, error) && tx.commit(error);
}

bool SqlPipelineRepository::addStageChange(StageChange& change, QString* error)
{
    if (!stage::isValid(change.stage)) {
        if (error)
            *error = tr("Unknown partnership stage: %1").arg(change.stage);
        return false;
    }
    QSqlQuery query(m_db);
    if (!sql::insert(query,
                   QStringLiteral("INSERT INTO stage_changes(partnership_id, stage, date, changed_by, recorded_at, note, "
                                  "source_id) VALUES (?,?,?,?,?,?,?)"),
                   {change.partnershipId, change.stage, sql::dateOrNull(change.date.isValid() ? change.date
                                                                                              : QDate::currentDate()),
                    sql::textOrNull(change.changedBy), timestamp(change.recordedAt), sql::textOrNull(change.note),
                    sql::idOrNull(change.sourceId)},
                   &change.id, error))
        return false;
    change.changedBy = storedName(QStringLiteral("SELECT changed_by FROM stage_changes WHERE id = ?"), change.id);
    return true;
}

bool SqlPipelineRepository::removeStageChange(qint64 id, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM stage_changes WHERE id = ?"), {id}, error);
}

QList<Partnership> SqlPipelineRepository::partnerships(QString* error)
{
    QList<Partnership> result;
    QHash<PartnershipId, qsizetype> index;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, uid, actor_a, actor_b, stage, started_on, owner, next_action, "
                                  "next_action_due, last_activity, summary, source_id, version FROM partnerships "
                                  "ORDER BY id"),
                   {}, error))
        return result;
    while (query.next()) {
        Partnership p;
        p.id = query.value(0).toLongLong();
        p.uid = query.value(1).toString();
        p.actorA = query.value(2).toLongLong();
        p.actorB = query.value(3).toLongLong();
        p.stage = query.value(4).toString();
        p.startedOn = sql::dateFrom(query.value(5));
        p.owner = query.value(6).toString();
        p.nextAction = query.value(7).toString();
        p.nextActionDue = sql::dateFrom(query.value(8));
        p.lastActivity = sql::dateFrom(query.value(9));
        p.summary = query.value(10).toString();
        p.sourceId = query.value(11).toLongLong();
        p.version = query.value(12).toInt();
        index.insert(p.id, result.size());
        result.append(p);
    }
    if (!sql::exec(query, QStringLiteral("SELECT partnership_id, theme_id FROM partnership_themes ORDER BY theme_id"), {},
                   error))
        return {};
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            result[it.value()].themeIds.append(query.value(1).toLongLong());
    }
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, partnership_id, stage, date, changed_by, recorded_at, note, source_id "
                                  "FROM stage_changes ORDER BY date, id"),
                   {}, error))
        return {};
    while (query.next()) {
        StageChange c;
        c.id = query.value(0).toLongLong();
        c.partnershipId = query.value(1).toLongLong();
        c.stage = query.value(2).toString();
        c.date = sql::dateFrom(query.value(3));
        c.changedBy = query.value(4).toString();
        c.recordedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        c.note = query.value(6).toString();
        c.sourceId = query.value(7).toLongLong();
        const auto it = index.constFind(c.partnershipId);
        if (it != index.constEnd())
            result[it.value()].history.append(c);
    }
    return result;
}

bool SqlPipelineRepository::addNote(Note& note, QString* error)
{
    if (note.body.trimmed().isEmpty()) {
        if (error)
            *error = tr("A note cannot be empty.");
        return false;
    }
    QSqlQuery query(m_db);
    if (!sql::insert(query,
                   QStringLiteral("INSERT INTO notes(subject_kind, subject_id, author, created_at, body) "
                                  "VALUES (?,?,?,?,?)"),
                   {note.subjectKind, note.subjectId, sql::textOrNull(note.author), timestamp(note.createdAt),
                    note.body},
                   &note.id, error))
        return false;
    note.author = storedName(QStringLiteral("SELECT author FROM notes WHERE id = ?"), note.id);
    return true;
}

QList<Note> SqlPipelineRepository::notes(const QString& subjectKind, qint64 subjectId, QString* error)
{
    QList<Note> result;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, author, created_at, body FROM notes WHERE subject_kind = ? AND "
                                  "subject_id = ? ORDER BY created_at, id"),
                   {subjectKind, subjectId}, error))
        return result;
    while (query.next()) {
        Note n;
        n.id = query.value(0).toLongLong();
        n.subjectKind = subjectKind;
        n.subjectId = subjectId;
        n.author = query.value(1).toString();
        n.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        n.body = query.value(3).toString();
        result.append(n);
    }
    return result;
}

bool SqlPipelineRepository::removeNote(qint64 id, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM notes WHERE id = ?"), {id}, error);
}

bool SqlPipelineRepository::restorePartnershipVersion(const QString& uid, int version, QString* error)
{
    return sql::exec(m_db, QStringLiteral("UPDATE partnerships SET version = ? WHERE uid = ?"), {version, uid}, error);
}

bool SqlPipelineRepository::setPairRule(const PairRule& rule, QString* error)
{
    const ActorId a = std::min(rule.actorA, rule.actorB);
    const ActorId b = std::max(rule.actorA, rule.actorB);
    if (a == b || a == 0) {
        if (error)
            *error = tr("A pair rule joins two different actors.");
        return false;
    }
    return sql::exec(m_db,
                     QStringLiteral("INSERT INTO pair_rules(actor_a, actor_b, rule, reason, created_by, created_at) "
                                    "VALUES (?,?,?,?,?,?) ON CONFLICT(actor_a, actor_b, rule) DO UPDATE SET "
                                    "reason = excluded.reason, created_by = excluded.created_by, "
                                    "created_at = excluded.created_at"),
                     {a, b, rule.rule, sql::textOrNull(rule.reason), sql::textOrNull(rule.createdBy),
                      timestamp(rule.createdAt)},
                     error);
}

bool SqlPipelineRepository::clearPairRule(ActorId a, ActorId b, const QString& rule, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM pair_rules WHERE actor_a = ? AND actor_b = ? AND rule = ?"),
                     {std::min(a, b), std::max(a, b), rule}, error);
}

QList<PairRule> SqlPipelineRepository::pairRules(QString* error)
{
    QList<PairRule> result;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT actor_a, actor_b, rule, reason, created_by, created_at FROM pair_rules "
                                  "ORDER BY actor_a, actor_b, rule"),
                   {}, error))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(),
                       QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

bool SqlPipelineRepository::appendDecision(DecisionEntry& entry, QString* error)
{
    // The time is stamped on the caller's entry only with its id, once the row is written.
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    const ActorId a = std::min(entry.actorA, entry.actorB);
    const ActorId b = std::max(entry.actorA, entry.actorB);
    if (!sql::insert(query,
                   QStringLiteral("INSERT INTO decision_log(at, user_name, action, actor_a, actor_b, partnership_id, "
                                  "reason, score_snapshot, details) VALUES (?,?,?,?,?,?,?,?,?)"),
                   {timestamp(at), entry.user, entry.action, sql::idOrNull(a), sql::idOrNull(b),
                    sql::idOrNull(entry.partnershipId), sql::textOrNull(entry.reason),
                    sql::textOrNull(entry.scoreSnapshot), sql::textOrNull(entry.details)},
                   &entry.id, error))
        return false;
    entry.at = at;
    entry.user = storedName(QStringLiteral("SELECT user_name FROM decision_log WHERE id = ?"), entry.id);
    return true;
}

QList<DecisionEntry> SqlPipelineRepository::loadDecisions(const QString& where, std::initializer_list<QVariant> values,
                                                          QString* error)
{
    QList<DecisionEntry> result;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, at, user_name, action, actor_a, actor_b, partnership_id, reason, "
                                  "score_snapshot, details FROM decision_log ")
                       + where + QStringLiteral(" ORDER BY id"),
                   values, error))
        return result;
    while (query.next()) {
        DecisionEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.user = query.value(2).toString();
        e.action = query.value(3).toString();
        e.actorA = query.value(4).toLongLong();
        e.actorB = query.value(5).toLongLong();
        e.partnershipId = query.value(6).toLongLong();
        e.reason = query.value(7).toString();
        e.scoreSnapshot = query.value(8).toString();
        e.details = query.value(9).toString();
        result.append(e);
    }
    return result;
}

QList<DecisionEntry> SqlPipelineRepository::decisions(ActorId a, ActorId b, QString* error)
{
    return loadDecisions(QStringLiteral("WHERE actor_a = ? AND actor_b = ?"), {std::min(a, b), std::max(a, b)}, error);
}

QList<DecisionEntry> SqlPipelineRepository::allDecisions(QString* error)
{
    return loadDecisions(QString(), {}, error);
}

bool SqlPipelineRepository::setSettings(const QMap<QString, QString>& values, QString* error)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!sql::exec(m_db,
                       QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                      "value = excluded.value"),
                       // An empty setting (no as-of date) is stored as an empty text, never as NULL.
                       {it.key(), it.value().isNull() ? QStringLiteral("") : it.value()}, error))
            return false;
    }
    return tx.commit(error);
}

QMap<QString, QString> SqlPipelineRepository::settings(QString* error)
{
    QMap<QString, QString> result;
    QSqlQuery query(m_db);
    if (!sql::exec(query, QStringLiteral("SELECT key, value FROM settings"), {}, error))
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

} // namespace cb
