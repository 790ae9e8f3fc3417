// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCatalogRepository.h"

#include "storage/SqlUtil.h"

#include <QHash>
#include <QSqlQuery>

namespace cb {

bool SqlCatalogRepository::saveCountries(const QList<Country>& countries, QString* error)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    QSqlQuery query(m_db);
    for (const Country& c : countries) {
        if (!sql::exec(query,
                       QStringLiteral("INSERT INTO countries(code, code3, numeric_code, region, subregion, name_en, "
                                      "name_zh, name_es) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET "
                                      "code3 = excluded.code3, numeric_code = excluded.numeric_code, "
                                      "region = excluded.region, subregion = excluded.subregion, "
                                      "name_en = excluded.name_en, name_zh = excluded.name_zh, "
                                      "name_es = excluded.name_es"),
                       {c.code, c.code3, c.numeric, sql::textOrNull(c.region), sql::textOrNull(c.subregion),
                        c.names.value(lang::En), sql::textOrNull(c.names.exact(lang::Zh)),
                        sql::textOrNull(c.names.exact(lang::Es))},
                       error))
            return false;
    }
    return tx.commit(error);
}

QList<Country> SqlCatalogRepository::countries(QString* error)
{
    QList<Country> result;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT code, code3, numeric_code, region, subregion, name_en, name_zh, name_es "
                                  "FROM countries ORDER BY code"),
                   {}, error))
        return result;
    while (query.next()) {
        Country c;
        c.code = query.value(0).toString();
        c.code3 = query.value(1).toString();
        c.numeric = query.value(2).toInt();
        c.region = query.value(3).toString();
        c.subregion = query.value(4).toString();
        c.names.set(lang::En, query.value(5).toString());
        c.names.set(lang::Zh, query.value(6).toString());
        c.names.set(lang::Es, query.value(7).toString());
        result.append(c);
    }
    return result;
}

bool SqlCatalogRepository::saveTheme(Theme& theme, QString* error)
{
    // The caller's object takes the new id only once it is committed.
    Theme saved = theme;
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    QSqlQuery query(m_db);
    if (saved.id == 0) {
        if (!sql::insert(query, QStringLiteral("INSERT INTO themes(key, parent_id, sort_order) VALUES (?, ?, ?)"),
                         {saved.key, sql::idOrNull(saved.parentId), saved.sortOrder}, &saved.id, error))
            return false;
    } else if (!sql::exec(query, QStringLiteral("UPDATE themes SET key = ?, parent_id = ?, sort_order = ? WHERE id = ?"),
                          {saved.key, sql::idOrNull(saved.parentId), saved.sortOrder, saved.id}, error)
               || !sql::exec(query, QStringLiteral("DELETE FROM theme_names WHERE theme_id = ?"), {saved.id}, error)) {
        return false;
    }
    for (auto it = saved.names.all().constBegin(); it != saved.names.all().constEnd(); ++it) {
        if (!sql::exec(query, QStringLiteral("INSERT INTO theme_names(theme_id, lang, name) VALUES (?, ?, ?)"),
                       {saved.id, it.key(), it.value()}, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    theme.id = saved.id;
    return true;
}

QList<Theme> SqlCatalogRepository::themes(QString* error)
{
    QList<Theme> result;
    QHash<ThemeId, qsizetype> index;
    QSqlQuery query(m_db);
    if (!sql::exec(query, QStringLiteral("SELECT id, key, parent_id, sort_order FROM themes ORDER BY sort_order, id"), {},
                   error))
        return result;
    while (query.next()) {
        Theme t;
        t.id = query.value(0).toLongLong();
        t.key = query.value(1).toString();
        t.parentId = query.value(2).toLongLong();
        t.sortOrder = query.value(3).toInt();
        index.insert(t.id, result.size());
        result.append(t);
    }
    if (!sql::exec(query, QStringLiteral("SELECT theme_id, lang, name FROM theme_names"), {}, error))
        return {};
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            result[it.value()].names.set(query.value(1).toString(), query.value(2).toString());
    }
    return result;
}

bool SqlCatalogRepository::saveSource(Source& source, QString* error)
{
    // The caller's object takes the new id only once it is committed.
    Source saved = source;
    sql::Transaction tx(m_db);
    if (!tx.isActive(error))
        return false;
    QSqlQuery query(m_db);
    if (saved.id == 0) {
        if (!sql::insert(query,
                       QStringLiteral("INSERT INTO sources(uid, kind, date, publisher, url, citation) "
                                      "VALUES (?,?,?,?,?,?)"),
                       {saved.uid, saved.kind, sql::dateOrNull(saved.date), sql::textOrNull(saved.publisher),
                        sql::textOrNull(saved.url), sql::textOrNull(saved.citation)},
                       &saved.id, error))
            return false;
    } else if (!sql::exec(query,
                          QStringLiteral("UPDATE sources SET uid = ?, kind = ?, date = ?, publisher = ?, url = ?, "
                                         "citation = ? WHERE id = ?"),
                          {saved.uid, saved.kind, sql::dateOrNull(saved.date), sql::textOrNull(saved.publisher),
                           sql::textOrNull(saved.url), sql::textOrNull(saved.citation), saved.id},
                          error)
               || !sql::exec(query, QStringLiteral("DELETE FROM source_titles WHERE source_id = ?"), {saved.id},
                             error)) {
        return false;
    }
    for (auto it = saved.titles.all().constBegin(); it != saved.titles.all().constEnd(); ++it) {
        if (!sql::exec(query, QStringLiteral("INSERT INTO source_titles(source_id, lang, title) VALUES (?, ?, ?)"),
                       {saved.id, it.key(), it.value()}, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    source.id = saved.id;
    return true;
}

QList<Source> SqlCatalogRepository::sources(QString* error)
{
    QList<Source> result;
    QHash<SourceId, qsizetype> index;
    QSqlQuery query(m_db);
    if (!sql::exec(query,
                   QStringLiteral("SELECT id, uid, kind, date, publisher, url, citation FROM sources ORDER BY id"), {},
                   error))
        return result;
    while (query.next()) {
        Source s;
        s.id = query.value(0).toLongLong();
        s.uid = query.value(1).toString();
        s.kind = query.value(2).toString();
        s.date = sql::dateFrom(query.value(3));
        s.publisher = query.value(4).toString();
        s.url = query.value(5).toString();
        s.citation = query.value(6).toString();
        index.insert(s.id, result.size());
        result.append(s);
    }
    if (!sql::exec(query, QStringLiteral("SELECT source_id, lang, title FROM source_titles"), {}, error))
        return {};
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            result[it.value()].titles.set(query.value(1).toString(), query.value(2).toString());
    }
    return result;
}

bool SqlCatalogRepository::removeCountry(const QString& code, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM countries WHERE code = ?"), {code}, error);
}

bool SqlCatalogRepository::removeTheme(const QString& key, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM themes WHERE key = ?"), {key}, error);
}

bool SqlCatalogRepository::removeSource(const QString& uid, QString* error)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM sources WHERE uid = ?"), {uid}, error);
}

} // namespace cb
