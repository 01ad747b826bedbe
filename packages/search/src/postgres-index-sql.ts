/**
 * Storage of the PostgreSQL search index. It lives in its own `search` schema, outside Prisma's
 * `public` one, so Prisma never sees it as drift; it is derived data, rebuilt from the source tables.
 */
export const SEARCH_TABLE = 'search.document';

/**
 * One statement (a prepared statement cannot hold several), under a transaction-scoped advisory
 * lock so API instances starting together do not race on CREATE ... IF NOT EXISTS.
 * The text columns hold JS-folded text (foldDiacritics): unaccent() is not IMMUTABLE, so it could
 * not be used in an index expression, and folding in JS keeps queries and documents folded alike.
 * Needs pg_trgm, which the database migrations install.
 */
export const ENSURE_READY_SQL = `DO $ready$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('hoclieu.search.ensure_ready'));
  CREATE SCHEMA IF NOT EXISTS search;
  CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (
    index_name   text        NOT NULL,
    id           text        NOT NULL,
    title        text        NOT NULL,
    body         text        NOT NULL,
    tags         text[]      NOT NULL,
    facets       jsonb       NOT NULL,
    audience     text[]      NOT NULL,
    folded_title text        NOT NULL,
    words        tsvector    NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (index_name, id)
  );
  CREATE INDEX IF NOT EXISTS document_audience_idx ON ${SEARCH_TABLE} USING gin (audience);
  CREATE INDEX IF NOT EXISTS document_words_idx ON ${SEARCH_TABLE} USING gin (words);
  CREATE INDEX IF NOT EXISTS document_title_trgm_idx ON ${SEARCH_TABLE} USING gin (folded_title gin_trgm_ops);
END
$ready$`;

/**
 * Upserts a batch given as one JSON parameter ($2), which travels the same through `pg` and
 * Prisma's $queryRawUnsafe (no array-parameter differences). The 'simple' configuration: no
 * stemming or stop words, which are wrong for Vietnamese. Weights rank title over tags over body.
 */
export const UPSERT_SQL = `INSERT INTO ${SEARCH_TABLE}
  (index_name, id, title, body, tags, facets, audience, folded_title, words, updated_at)
SELECT $1, d.id, d.title, d.body,
  ARRAY(SELECT jsonb_array_elements_text(d.tags)),
  d.facets,
  ARRAY(SELECT jsonb_array_elements_text(d.audience)),
  d.folded_title,
  setweight(to_tsvector('simple', d.folded_title), 'A')
    || setweight(to_tsvector('simple', d.folded_tags), 'B')
    || setweight(to_tsvector('simple', d.folded_body), 'C'),
  d.updated_at
FROM jsonb_to_recordset($2::jsonb) AS d(
  id text, title text, body text, tags jsonb, facets jsonb, audience jsonb,
  folded_title text, folded_tags text, folded_body text, updated_at timestamptz)
ON CONFLICT (index_name, id) DO UPDATE SET
  title = excluded.title, body = excluded.body, tags = excluded.tags, facets = excluded.facets,
  audience = excluded.audience, folded_title = excluded.folded_title, words = excluded.words,
  updated_at = excluded.updated_at`;

export const REMOVE_SQL = `DELETE FROM ${SEARCH_TABLE}
WHERE index_name = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb))`;

export const COUNT_SQL = `SELECT count(*)::int AS count FROM ${SEARCH_TABLE} WHERE index_name = $1`;

export const CLEAR_SQL = `DELETE FROM ${SEARCH_TABLE} WHERE index_name = $1`;
