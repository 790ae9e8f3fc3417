// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "text/SearchKey.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cb {

namespace {

// Version 1: the domain vocabulary of DESIGN.md: actors, names, themes, sources, events, statements, interests.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE countries (code TEXT PRIMARY KEY CHECK (length(code) = 2), code3 TEXT, "
                       "numeric_code INTEGER, region TEXT, subregion TEXT, "
                       "name_en TEXT NOT NULL, name_zh TEXT, name_es TEXT)"),
        QStringLiteral("CREATE TABLE sources (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
                       "date TEXT, publisher TEXT, url TEXT, citation TEXT)"),
        QStringLiteral("CREATE TABLE source_titles (source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, "
                       "lang TEXT NOT NULL, title TEXT NOT NULL, PRIMARY KEY (source_id, lang))"),
        QStringLiteral("CREATE TABLE actors (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
                       "kind TEXT NOT NULL CHECK (kind IN ('city','institution')), "
                       "country_code TEXT REFERENCES countries(code), parent_id INTEGER REFERENCES actors(id), "
                       "version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                       "CHECK (parent_id IS NULL OR parent_id <> id))"),
        QStringLiteral("CREATE TABLE cities (actor_id INTEGER PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE, "
                       "geoname_id INTEGER, latitude REAL CHECK (latitude BETWEEN -90 AND 90), "
                       "longitude REAL CHECK (longitude BETWEEN -180 AND 180), population INTEGER CHECK (population >= 0), "
                       "population_year INTEGER, area_km2 REAL CHECK (area_km2 >= 0), timezone TEXT, admin_region TEXT)"),
        QStringLiteral("CREATE TABLE institutions (actor_id INTEGER PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE, "
                       "category TEXT NOT NULL, abbreviation TEXT, website TEXT)"),
        QStringLiteral("CREATE TABLE actor_names (actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, "
                       "lang TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (actor_id, lang))"),
        QStringLiteral("CREATE TABLE actor_texts (actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, "
                       "field TEXT NOT NULL CHECK (field IN ('profile','heritage','sectors')), lang TEXT NOT NULL, "
                       "body TEXT NOT NULL, PRIMARY KEY (actor_id, field, lang))"),
        QStringLiteral("CREATE TABLE actor_sources (actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, "
                       "source_id INTEGER NOT NULL REFERENCES sources(id), PRIMARY KEY (actor_id, source_id))"),
        QStringLiteral("CREATE TABLE aliases (id INTEGER PRIMARY KEY, "
                       "actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, alias TEXT NOT NULL, "
                       "lang TEXT, UNIQUE (actor_id, alias))"),
        QStringLiteral("CREATE TABLE memberships (id INTEGER PRIMARY KEY, "
                       "institution_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, "
                       "city_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, role TEXT NOT NULL, "
                       "source_id INTEGER REFERENCES sources(id), UNIQUE (institution_id, city_id, role))"),
        QStringLiteral("CREATE TABLE themes (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                       "parent_id INTEGER REFERENCES themes(id), sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE theme_names (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE, "
                       "lang TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (theme_id, lang))"),
        QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
                       "date TEXT, end_date TEXT, source_id INTEGER REFERENCES sources(id), note TEXT)"),
        QStringLiteral("CREATE TABLE event_titles (event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, "
                       "lang TEXT NOT NULL, title TEXT NOT NULL, PRIMARY KEY (event_id, lang))"),
        QStringLiteral("CREATE TABLE participations (id INTEGER PRIMARY KEY, "
                       "event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, "
                       "actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, role TEXT NOT NULL, "
                       "person TEXT, person_title TEXT, source_id INTEGER REFERENCES sources(id))"),
        QStringLiteral("CREATE TABLE respondent_groups (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
                       "source_id INTEGER NOT NULL REFERENCES sources(id), event_id INTEGER REFERENCES events(id), "
                       "country_code TEXT REFERENCES countries(code), respondents INTEGER NOT NULL CHECK (respondents > 0), "
                       "label TEXT)"),
        QStringLiteral("CREATE TABLE priorities (id INTEGER PRIMARY KEY, "
                       "actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE, "
                       "group_id INTEGER REFERENCES respondent_groups(id) ON DELETE CASCADE, "
                       "theme_id INTEGER NOT NULL REFERENCES themes(id), weight REAL NOT NULL CHECK (weight BETWEEN 0 AND 1), "
                       "mentions INTEGER NOT NULL DEFAULT 0, source_id INTEGER NOT NULL REFERENCES sources(id), date TEXT, "
                       "note TEXT, CHECK ((actor_id IS NULL) <> (group_id IS NULL)))"),
        QStringLiteral("CREATE TABLE offers (id INTEGER PRIMARY KEY, "
                       "actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE, "
                       "group_id INTEGER REFERENCES respondent_groups(id) ON DELETE CASCADE, "
                       "theme_id INTEGER NOT NULL REFERENCES themes(id), weight REAL NOT NULL CHECK (weight BETWEEN 0 AND 1), "
                       "mentions INTEGER NOT NULL DEFAULT 0, source_id INTEGER NOT NULL REFERENCES sources(id), date TEXT, "
                       "note TEXT, CHECK ((actor_id IS NULL) <> (group_id IS NULL)))"),
        QStringLiteral("CREATE TABLE interests (id INTEGER PRIMARY KEY, "
                       "from_actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE, "
                       "from_group_id INTEGER REFERENCES respondent_groups(id) ON DELETE CASCADE, "
                       "to_actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE, "
                       "to_country TEXT REFERENCES countries(code), "
                       "strength REAL NOT NULL CHECK (strength BETWEEN 0 AND 1), mentions INTEGER NOT NULL DEFAULT 0, "
                       "source_id INTEGER NOT NULL REFERENCES sources(id), date TEXT, note TEXT, "
                       "CHECK ((from_actor_id IS NULL) <> (from_group_id IS NULL)), "
                       "CHECK ((to_actor_id IS NULL) <> (to_country IS NULL)), "
                       "CHECK (from_actor_id IS NULL OR to_actor_id IS NULL OR from_actor_id <> to_actor_id))"),
        QStringLiteral("CREATE TABLE interest_themes (interest_id INTEGER NOT NULL REFERENCES interests(id) ON DELETE CASCADE, "
                       "theme_id INTEGER NOT NULL REFERENCES themes(id), PRIMARY KEY (interest_id, theme_id))"),
        QStringLiteral("CREATE INDEX idx_actors_kind ON actors(kind)"),
        QStringLiteral("CREATE INDEX idx_participations_event ON participations(event_id)"),
        QStringLiteral("CREATE INDEX idx_participations_actor ON participations(actor_id)"),
        QStringLiteral("CREATE INDEX idx_priorities_actor ON priorities(actor_id)"),
        QStringLiteral("CREATE INDEX idx_offers_actor ON offers(actor_id)"),
        QStringLiteral("CREATE INDEX idx_interests_from ON interests(from_actor_id)"),
        QStringLiteral("CREATE INDEX idx_interests_to ON interests(to_actor_id)"),
    };
}

// Version 2: the pipeline: partnerships with their stage history, notes and the append-only decision log.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE partnerships (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
                       "actor_a INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, "
                       "actor_b INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, stage TEXT NOT NULL, "
                       "started_on TEXT, owner TEXT, next_action TEXT, next_action_due TEXT, last_activity TEXT, "
                       "summary TEXT, source_id INTEGER REFERENCES sources(id), version INTEGER NOT NULL DEFAULT 1, "
                       "CHECK (actor_a < actor_b))"),
        QStringLiteral("CREATE TABLE partnership_themes (partnership_id INTEGER NOT NULL REFERENCES partnerships(id) "
                       "ON DELETE CASCADE, theme_id INTEGER NOT NULL REFERENCES themes(id), "
                       "PRIMARY KEY (partnership_id, theme_id))"),
        QStringLiteral("CREATE TABLE stage_changes (id INTEGER PRIMARY KEY, "
                       "partnership_id INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE, "
                       "stage TEXT NOT NULL, date TEXT NOT NULL, changed_by TEXT, recorded_at TEXT NOT NULL, "
                       "note TEXT, source_id INTEGER REFERENCES sources(id))"),
        QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id INTEGER NOT NULL, "
                       "author TEXT, created_at TEXT NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE decision_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, "
                       "action TEXT NOT NULL, actor_a INTEGER, actor_b INTEGER, partnership_id INTEGER, reason TEXT, "
                       "score_snapshot TEXT, details TEXT)"),
        // The log is append-only: history must never be rewritten, even by a buggy caller.
        QStringLiteral("CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log "
                       "BEGIN SELECT RAISE(ABORT, 'decision_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log "
                       "BEGIN SELECT RAISE(ABORT, 'decision_log is append-only'); END"),
        QStringLiteral("CREATE INDEX idx_stage_changes_partnership ON stage_changes(partnership_id)"),
        QStringLiteral("CREATE INDEX idx_decision_log_pair ON decision_log(actor_a, actor_b)"),
        QStringLiteral("CREATE INDEX idx_notes_subject ON notes(subject_kind, subject_id)"),
    };
}

// Version 3: the officer's standing rules on pairs and the per-workspace matching settings.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE pair_rules (actor_a INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, "
                       "actor_b INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE, rule TEXT NOT NULL "
                       "CHECK (rule IN ('declined','deferred','pinned','locked','excluded')), reason TEXT, "
                       "created_by TEXT, created_at TEXT NOT NULL, PRIMARY KEY (actor_a, actor_b, rule), "
                       "CHECK (actor_a < actor_b))"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Version 4: search keys for aliases (accent-, case- and script-folded), so lookup is an indexed query.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE aliases ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX idx_aliases_search_key ON aliases(search_key)"),
    };
}

} // namespace

bool fillAliasSearchKeys(QSqlDatabase& db, QString* error)
{
    // Database::migrateTo() passes the caller's error pointer through, and callers may pass none.
    auto fail = [error](const QSqlQuery& query) {
        if (error)
            *error = query.lastError().text();
        return false;
    };
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, alias FROM aliases")))
        return fail(select);
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE aliases SET search_key = ? WHERE id = ?")))
        return fail(update);
    while (select.next()) {
        update.addBindValue(searchKey(select.value(1).toString()));
        update.addBindValue(select.value(0));
        if (!update.exec())
            return fail(update);
    }
    return true;
}

const QList<Migration>& migrations()
{
    static const QList<Migration> ladder{
        {1, QStringLiteral("actors, themes, sources, events, statements, interests"), version1(), {}},
        {2, QStringLiteral("partnerships, stage history, notes, decision log"), version2(), {}},
        {3, QStringLiteral("pair rules and workspace settings"), version3(), {}},
        {4, QStringLiteral("alias search keys"), version4(), fillAliasSearchKeys},
    };
    return ladder;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace cb
