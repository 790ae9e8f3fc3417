// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresSchema.h"

namespace cb {

namespace {

// The same logical schema as the SQLite ladder (Migrations.cpp), step for step, in PostgreSQL's types: BIGSERIAL/BIGINT
// ids, DOUBLE PRECISION for REAL, and dates and times kept as ISO TEXT exactly as in SQLite, so that one set of
// repositories reads the same values from both. Alias search keys compare bytewise (COLLATE "C"), as in SQLite.

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE countries (code TEXT PRIMARY KEY CHECK (length(code) = 2), code3 TEXT, numeric_code "
                       "BIGINT, region TEXT, subregion TEXT, name_en TEXT NOT NULL, name_zh TEXT, name_es TEXT)"),
        QStringLiteral("CREATE TABLE sources (id BIGSERIAL PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, date "
                       "TEXT, publisher TEXT, url TEXT, citation TEXT)"),
        QStringLiteral("CREATE TABLE source_titles (source_id BIGINT NOT NULL REFERENCES sources(id) ON DELETE CASCADE, lang"
                       " TEXT NOT NULL, title TEXT NOT NULL, PRIMARY KEY (source_id, lang))"),
        QStringLiteral("CREATE TABLE actors (id BIGSERIAL PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL CHECK "
                       "(kind IN ('city','institution')), country_code TEXT REFERENCES countries(code), parent_id BIGINT "
                       "REFERENCES actors(id), version BIGINT NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT "
                       "NOT NULL, CHECK (parent_id IS NULL OR parent_id <> id))"),
        QStringLiteral("CREATE TABLE cities (actor_id BIGINT PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE, geoname_id"
                       " BIGINT, latitude DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90), longitude DOUBLE PRECISION "
                       "CHECK (longitude BETWEEN -180 AND 180), population BIGINT CHECK (population >= 0), population_year "
                       "BIGINT, area_km2 DOUBLE PRECISION CHECK (area_km2 >= 0), timezone TEXT, admin_region TEXT)"),
        QStringLiteral("CREATE TABLE institutions (actor_id BIGINT PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE, "
                       "category TEXT NOT NULL, abbreviation TEXT, website TEXT)"),
        QStringLiteral("CREATE TABLE actor_names (actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, lang "
                       "TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (actor_id, lang))"),
        QStringLiteral("CREATE TABLE actor_texts (actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, field "
                       "TEXT NOT NULL CHECK (field IN ('profile','heritage','sectors')), lang TEXT NOT NULL, body TEXT NOT "
                       "NULL, PRIMARY KEY (actor_id, field, lang))"),
        QStringLiteral("CREATE TABLE actor_sources (actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, "
                       "source_id BIGINT NOT NULL REFERENCES sources(id), PRIMARY KEY (actor_id, source_id))"),
        QStringLiteral("CREATE TABLE aliases (id BIGSERIAL PRIMARY KEY, actor_id BIGINT NOT NULL REFERENCES actors(id) ON "
                       "DELETE CASCADE, alias TEXT NOT NULL, lang TEXT, UNIQUE (actor_id, alias))"),
        QStringLiteral("CREATE TABLE memberships (id BIGSERIAL PRIMARY KEY, institution_id BIGINT NOT NULL REFERENCES "
                       "actors(id) ON DELETE CASCADE, city_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, role "
                       "TEXT NOT NULL, source_id BIGINT REFERENCES sources(id), UNIQUE (institution_id, city_id, role))"),
        QStringLiteral("CREATE TABLE themes (id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL UNIQUE, parent_id BIGINT REFERENCES"
                       " themes(id), sort_order BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE theme_names (theme_id BIGINT NOT NULL REFERENCES themes(id) ON DELETE CASCADE, lang "
                       "TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (theme_id, lang))"),
        QStringLiteral("CREATE TABLE events (id BIGSERIAL PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, date "
                       "TEXT, end_date TEXT, source_id BIGINT REFERENCES sources(id), note TEXT)"),
        QStringLiteral("CREATE TABLE event_titles (event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE, lang "
                       "TEXT NOT NULL, title TEXT NOT NULL, PRIMARY KEY (event_id, lang))"),
        QStringLiteral("CREATE TABLE participations (id BIGSERIAL PRIMARY KEY, event_id BIGINT NOT NULL REFERENCES "
                       "events(id) ON DELETE CASCADE, actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, role"
                       " TEXT NOT NULL, person TEXT, person_title TEXT, source_id BIGINT REFERENCES sources(id))"),
        QStringLiteral("CREATE TABLE respondent_groups (id BIGSERIAL PRIMARY KEY, uid TEXT NOT NULL UNIQUE, source_id BIGINT"
                       " NOT NULL REFERENCES sources(id), event_id BIGINT REFERENCES events(id), country_code TEXT "
                       "REFERENCES countries(code), respondents BIGINT NOT NULL CHECK (respondents > 0), label TEXT)"),
        QStringLiteral("CREATE TABLE priorities (id BIGSERIAL PRIMARY KEY, actor_id BIGINT REFERENCES actors(id) ON DELETE "
                       "CASCADE, group_id BIGINT REFERENCES respondent_groups(id) ON DELETE CASCADE, theme_id BIGINT NOT "
                       "NULL REFERENCES themes(id), weight DOUBLE PRECISION NOT NULL CHECK (weight BETWEEN 0 AND 1), "
                       "mentions BIGINT NOT NULL DEFAULT 0, source_id BIGINT NOT NULL REFERENCES sources(id), date TEXT, "
                       "note TEXT, CHECK ((actor_id IS NULL) <> (group_id IS NULL)))"),
        QStringLiteral("CREATE TABLE offers (id BIGSERIAL PRIMARY KEY, actor_id BIGINT REFERENCES actors(id) ON DELETE "
                       "CASCADE, group_id BIGINT REFERENCES respondent_groups(id) ON DELETE CASCADE, theme_id BIGINT NOT "
                       "NULL REFERENCES themes(id), weight DOUBLE PRECISION NOT NULL CHECK (weight BETWEEN 0 AND 1), "
                       "mentions BIGINT NOT NULL DEFAULT 0, source_id BIGINT NOT NULL REFERENCES sources(id), date TEXT, "
                       "note TEXT, CHECK ((actor_id IS NULL) <> (group_id IS NULL)))"),
        QStringLiteral("CREATE TABLE interests (id BIGSERIAL PRIMARY KEY, from_actor_id BIGINT REFERENCES actors(id) ON "
                       "DELETE CASCADE, from_group_id BIGINT REFERENCES respondent_groups(id) ON DELETE CASCADE, to_actor_id"
                       " BIGINT REFERENCES actors(id) ON DELETE CASCADE, to_country TEXT REFERENCES countries(code), "
                       "strength DOUBLE PRECISION NOT NULL CHECK (strength BETWEEN 0 AND 1), mentions BIGINT NOT NULL "
                       "DEFAULT 0, source_id BIGINT NOT NULL REFERENCES sources(id), date TEXT, note TEXT, CHECK "
                       "((from_actor_id IS NULL) <> (from_group_id IS NULL)), CHECK ((to_actor_id IS NULL) <> (to_country IS"
                       " NULL)), CHECK (from_actor_id IS NULL OR to_actor_id IS NULL OR from_actor_id <> to_actor_id))"),
        QStringLiteral("CREATE TABLE interest_themes (interest_id BIGINT NOT NULL REFERENCES interests(id) ON DELETE "
                       "CASCADE, theme_id BIGINT NOT NULL REFERENCES themes(id), PRIMARY KEY (interest_id, theme_id))"),
        QStringLiteral("CREATE INDEX idx_actors_kind ON actors(kind)"),
        QStringLiteral("CREATE INDEX idx_participations_event ON participations(event_id)"),
        QStringLiteral("CREATE INDEX idx_participations_actor ON participations(actor_id)"),
        QStringLiteral("CREATE INDEX idx_priorities_actor ON priorities(actor_id)"),
        QStringLiteral("CREATE INDEX idx_offers_actor ON offers(actor_id)"),
        QStringLiteral("CREATE INDEX idx_interests_from ON interests(from_actor_id)"),
        QStringLiteral("CREATE INDEX idx_interests_to ON interests(to_actor_id)"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE partnerships (id BIGSERIAL PRIMARY KEY, uid TEXT NOT NULL UNIQUE, actor_a BIGINT NOT "
                       "NULL REFERENCES actors(id) ON DELETE CASCADE, actor_b BIGINT NOT NULL REFERENCES actors(id) ON "
                       "DELETE CASCADE, stage TEXT NOT NULL, started_on TEXT, owner TEXT, next_action TEXT, next_action_due "
                       "TEXT, last_activity TEXT, summary TEXT, source_id BIGINT REFERENCES sources(id), version BIGINT NOT "
                       "NULL DEFAULT 1, CHECK (actor_a < actor_b))"),
        QStringLiteral("CREATE TABLE partnership_themes (partnership_id BIGINT NOT NULL REFERENCES partnerships(id) ON "
                       "DELETE CASCADE, theme_id BIGINT NOT NULL REFERENCES themes(id), PRIMARY KEY (partnership_id, "
                       "theme_id))"),
        QStringLiteral("CREATE TABLE stage_changes (id BIGSERIAL PRIMARY KEY, partnership_id BIGINT NOT NULL REFERENCES "
                       "partnerships(id) ON DELETE CASCADE, stage TEXT NOT NULL, date TEXT NOT NULL, changed_by TEXT, "
                       "recorded_at TEXT NOT NULL, note TEXT, source_id BIGINT REFERENCES sources(id))"),
        QStringLiteral("CREATE TABLE notes (id BIGSERIAL PRIMARY KEY, subject_kind TEXT NOT NULL, subject_id BIGINT NOT "
                       "NULL, author TEXT, created_at TEXT NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE decision_log (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, "
                       "action TEXT NOT NULL, actor_a BIGINT, actor_b BIGINT, partnership_id BIGINT, reason TEXT, "
                       "score_snapshot TEXT, details TEXT)"),
        QStringLiteral("CREATE INDEX idx_stage_changes_partnership ON stage_changes(partnership_id)"),
        QStringLiteral("CREATE INDEX idx_decision_log_pair ON decision_log(actor_a, actor_b)"),
        QStringLiteral("CREATE INDEX idx_notes_subject ON notes(subject_kind, subject_id)"),
        // The log is append-only: history must never be rewritten, even by a buggy caller or an officer's own SQL.
        QStringLiteral("CREATE FUNCTION decision_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'decision_log is append-only'; END $$"),
        QStringLiteral("CREATE TRIGGER decision_log_no_change BEFORE UPDATE OR DELETE ON decision_log "
                       "FOR EACH ROW EXECUTE FUNCTION decision_log_append_only()"),
        QStringLiteral("CREATE TRIGGER decision_log_no_truncate BEFORE TRUNCATE ON decision_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION decision_log_append_only()"),
        // Who did it is the officer's own login role, not a text the program or the officer could choose: whatever
        // a client writes into these columns, the server puts session_user there. Only the owner of the tables, when
        // it says so for its session (migrate-to copying a workspace with its history), keeps the names written.
        QStringLiteral("CREATE FUNCTION cb_copying_history(table_oid oid) RETURNS boolean LANGUAGE sql STABLE "
                       "SET search_path FROM CURRENT AS $$ SELECT coalesce(current_setting('citybridge.copy_history', "
                       "true), '') = 'on' AND pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c "
                       "WHERE c.oid = table_oid $$"),
        QStringLiteral("CREATE FUNCTION decision_log_officer() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path FROM CURRENT AS $$ BEGIN IF NOT cb_copying_history(TG_RELID) THEN "
                       "NEW.user_name := session_user; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER decision_log_officer BEFORE INSERT ON decision_log "
                       "FOR EACH ROW EXECUTE FUNCTION decision_log_officer()"),
        QStringLiteral("CREATE FUNCTION notes_officer() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path FROM CURRENT AS $$ BEGIN IF NOT cb_copying_history(TG_RELID) THEN "
                       "NEW.author := session_user; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER notes_officer BEFORE INSERT OR UPDATE ON notes "
                       "FOR EACH ROW EXECUTE FUNCTION notes_officer()"),
        QStringLiteral("CREATE FUNCTION stage_changes_officer() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path FROM CURRENT AS $$ BEGIN IF NOT cb_copying_history(TG_RELID) THEN "
                       "NEW.changed_by := session_user; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER stage_changes_officer BEFORE INSERT OR UPDATE ON stage_changes "
                       "FOR EACH ROW EXECUTE FUNCTION stage_changes_officer()"),
    };
}

QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE pair_rules (actor_a BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, actor_b "
                       "BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, rule TEXT NOT NULL CHECK (rule IN "
                       "('declined','deferred','pinned','locked','excluded')), reason TEXT, created_by TEXT, created_at TEXT"
                       " NOT NULL, PRIMARY KEY (actor_a, actor_b, rule), CHECK (actor_a < actor_b))"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE aliases ADD COLUMN search_key TEXT COLLATE \"C\" NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX idx_aliases_search_key ON aliases(search_key)"),
    };
}

} // namespace

const QList<Migration>& postgresMigrations()
{
    static const QList<Migration> ladder{
        {1, QStringLiteral("actors, themes, sources, events, statements, interests"), version1(), {}},
        {2, QStringLiteral("partnerships, stage history, notes, decision log, officers' names"), version2(), {}},
        {3, QStringLiteral("pair rules and workspace settings"), version3(), {}},
        {4, QStringLiteral("alias search keys"), version4(), fillAliasSearchKeys},
    };
    return ladder;
}

} // namespace cb
