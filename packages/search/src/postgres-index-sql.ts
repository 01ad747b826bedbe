/**
 * Storage of the PostgreSQL search index. It lives in its own `search` schema, outside Prisma's
 * `public` one, so Prisma never sees it as drift; it is derived data, rebuilt from the source tables.
 */
export const SEARCH_TABLE = 'search.document';
export const WORD_TABLE = 'search.word';

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
  -- Facet filters (facets @> '{"grade":"9"}') and the audience (audience && viewer tokens) in one
  -- GIN index: a facets-only search then reads the visible matches from the index alone, instead
  -- of checking a broad audience ("province:p0" is a sixth of the table) row by row on the heap.
  -- It also serves audience-only conditions, so it replaces the two single-column indexes.
  CREATE INDEX IF NOT EXISTS document_filter_idx ON ${SEARCH_TABLE} USING gin (facets jsonb_path_ops, audience);
  DROP INDEX IF EXISTS search.document_facets_idx;
  DROP INDEX IF EXISTS search.document_audience_idx;
  -- Typos are corrected word by word against search.word (word-corrector.ts), not by trigrams
  -- over every title: that index cost seconds per typo at a million rows.
  DROP INDEX IF EXISTS search.document_title_trgm_idx;
  CREATE INDEX IF NOT EXISTS document_words_idx ON ${SEARCH_TABLE} USING gin (words);
  -- The newest-first listing of an empty text.
  CREATE INDEX IF NOT EXISTS document_recent_idx ON ${SEARCH_TABLE} (index_name, updated_at DESC, id);
  -- The vocabulary of each index: every word of its documents (the lexemes of \`words\`) and how
  -- many documents hold it, kept by UPSERT_SQL and REMOVE_SQL. Filled from the documents when
  -- created, so an existing index upgrades on the next start (~1 min for 1.1M documents).
  IF to_regclass('${WORD_TABLE}') IS NULL THEN
    CREATE TABLE ${WORD_TABLE} (
      index_name text NOT NULL,
      word       text NOT NULL,
      documents  int  NOT NULL,
      PRIMARY KEY (index_name, word)
    );
    INSERT INTO ${WORD_TABLE} (index_name, word, documents)
    SELECT d.index_name, w.word, count(*)
    FROM ${SEARCH_TABLE} d CROSS JOIN unnest(tsvector_to_array(d.words)) AS w(word)
    GROUP BY d.index_name, w.word;
  END IF;
  CREATE INDEX IF NOT EXISTS word_trgm_idx ON ${WORD_TABLE} USING gin (word gin_trgm_ops);
END
$ready$`;

// Word deltas of a write (+1 per new document holding a word, -1 per old one), applied in word
// order: concurrent writers then lock shared word rows in the same order and cannot deadlock.
const applyWordDeltas = (deltas: string) => `INSERT INTO ${WORD_TABLE} (index_name, word, documents)
SELECT $1, word, sum(n)::int FROM (${deltas}) AS delta(word, n)
GROUP BY word HAVING sum(n) <> 0 ORDER BY word
ON CONFLICT (index_name, word) DO UPDATE SET documents = ${WORD_TABLE}.documents + excluded.documents`;

/**
 * Upserts a batch given as one JSON parameter ($2), which travels the same through `pg` and
 * Prisma's $queryRawUnsafe (no array-parameter differences). The 'simple' configuration: no
 * stemming or stop words, which are wrong for Vietnamese. Weights rank title over tags over body.
 * The body itself is not stored (nothing reads it back; its words are in \`words\`): rows stay
 * small. The column remains, empty, so instances still running older code keep working.
 * The vocabulary (search.word) follows in the same statement: the replaced rows' words are read
 * from the statement's snapshot (a concurrent update of the same document may skew a count by
 * one; counts only rank typo corrections).
 */
export const UPSERT_SQL = `WITH input AS MATERIALIZED (
  SELECT d.id, d.title, d.tags, d.facets, d.audience, d.folded_title, d.updated_at,
    setweight(to_tsvector('simple', d.folded_title), 'A')
      || setweight(to_tsvector('simple', d.folded_tags), 'B')
      || setweight(to_tsvector('simple', d.folded_body), 'C') AS words
  FROM jsonb_to_recordset($2::jsonb) AS d(
    id text, title text, tags jsonb, facets jsonb, audience jsonb,
    folded_title text, folded_tags text, folded_body text, updated_at timestamptz)
), replaced AS MATERIALIZED (
  SELECT s.words FROM ${SEARCH_TABLE} s WHERE s.index_name = $1 AND s.id IN (SELECT id FROM input)
), written AS (
  INSERT INTO ${SEARCH_TABLE}
    (index_name, id, title, body, tags, facets, audience, folded_title, words, updated_at)
  SELECT $1, i.id, i.title, '',
    ARRAY(SELECT jsonb_array_elements_text(i.tags)),
    i.facets,
    ARRAY(SELECT jsonb_array_elements_text(i.audience)),
    i.folded_title, i.words, i.updated_at
  FROM input i
  ON CONFLICT (index_name, id) DO UPDATE SET
    title = excluded.title, body = excluded.body, tags = excluded.tags, facets = excluded.facets,
    audience = excluded.audience, folded_title = excluded.folded_title, words = excluded.words,
    updated_at = excluded.updated_at
)
${applyWordDeltas(`SELECT unnest(tsvector_to_array(words)), 1 FROM input
  UNION ALL SELECT unnest(tsvector_to_array(words)), -1 FROM replaced`)}`;

/**
 * A words index of the index's own (partial: `WHERE index_name = ...`). The shared one holds every
 * index's posting lists: "phuong & trinh" read 455,000 entries of it for the materials index (a
 * tenth of the table) and cost 550 ms; with its own, 32,000 entries and 90 ms (full province).
 * The name goes into SQL text (an index predicate cannot be a parameter): letters, digits and _.
 */
export function ownWordsIndexSql(indexName: string): string {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(indexName)) throw new RangeError(`Invalid index name ${indexName}`);
  // Under ENSURE_READY_SQL's lock: API processes starting together do not race on the name.
  return `DO $own$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('hoclieu.search.ensure_ready'));
  CREATE INDEX IF NOT EXISTS document_words_${indexName}_idx ON ${SEARCH_TABLE}
    USING gin (words) WHERE index_name = '${indexName}';
END
$own$`;
}

export const REMOVE_SQL = `WITH removed AS (
  DELETE FROM ${SEARCH_TABLE}
  WHERE index_name = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb))
  RETURNING words
)
${applyWordDeltas('SELECT unnest(tsvector_to_array(words)), -1 FROM removed')}`;

export const COUNT_SQL = `SELECT count(*)::int AS count FROM ${SEARCH_TABLE} WHERE index_name = $1`;

export const CLEAR_SQL = `WITH cleared AS (DELETE FROM ${SEARCH_TABLE} WHERE index_name = $1)
DELETE FROM ${WORD_TABLE} WHERE index_name = $1`;
