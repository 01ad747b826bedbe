import { z } from 'zod';
import { SEARCH_TABLE } from './postgres-index-sql.js';
import {
  RERANKED,
  relevance,
  titleLikeness,
  titlePhrase,
  titleShare,
  titleWords,
} from './postgres-relevance.js';
import type { SearchResult } from './search-index.js';
import type { PreparedQuery } from './search-query.js';

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Design for a million-row table on a small machine (each search must cost a few ms of CPU,
 * whatever the number of matches):
 *
 * - Bounded work: the matches are read up to TOTAL_CAP + 1 rows and no further. Up to TOTAL_CAP
 *   the total is exact; beyond it the result says `total: TOTAL_CAP, totalCapped: true` ("more
 *   than 1,000"), as Meilisearch's estimatedTotalHits does.
 * - Facet counts are exact when the total is; when it is capped, they are counted over the
 *   TOTAL_CAP + 1 matches read (a sample, in table order: index order, not relevance), so they show
 *   the proportions, not the true numbers.
 * - Ranking with words: the candidates are those TOTAL_CAP + 1 matches (in table order), ranked by
 *   relevance (postgres-relevance.ts: ts_rank, the query in the title, as a phrase, and how much
 *   of the title it is). A query matching
 *   fewer than TOTAL_CAP documents is ranked exactly; a very common term ranks a bounded sample
 *   of its matches, title matches still first.
 * - Without words (listing, facet filters only): the page is the newest visible matches, read in
 *   order from the (index_name, updated_at DESC, id) index or, when the filters are selective,
 *   from their bitmap; the total and the facet counts come from a separate bounded read.
 * - Facet filters are `facets @> {"facet": "value"}` (OR within a facet) on a jsonb_path_ops GIN
 *   index. Values reach SQL as text cast there (no ARRAY(SELECT ...)), so custom plans see them.
 * - A broad audience (any token other than user:/class:) is checked on the rows the words or
 *   facet indexes found, never read as a bitmap: "province:p0" alone is a sixth of the table.
 * - The last word is a prefix only when no document has the whole words (prefix expansion reads
 *   every lexeme's posting list).
 * - Typos: when nothing matches, postgres-index.ts corrects each word against the index's
 *   vocabulary (word-corrector.ts: a few hundred primary-key probes + a trigram lookup on a table
 *   of distinct words, a few ms) and runs this statement again with each word's alternatives
 *   (OR within a word, AND across words). The former trigram match over every title cost seconds
 *   at a million rows.
 */
export const TOTAL_CAP = 1000;

/**
 * One statement answers a search: the page, the (capped) total and the facet counts.
 *
 * Matching, on JS-folded text: every word as a full-text lexeme, the last one as a prefix
 * (search-as-you-type). `groups` (typo corrections) gives alternatives per word instead, any of
 * which may match: [["dao"], ["dong"], ["dieu"], ["hoa", "hai"]].
 */
export function searchStatement(
  indexName: string,
  query: PreparedQuery,
  groups: string[][] = query.words.map((word) => [word]),
): Statement {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // Values travel as text (the same through `pg` and Prisma, whose array parameters differ) and
  // are cast in SQL: the planner sees them (custom plans), so it knows a broad token such as
  // "province:p0" from a rare one and picks the index that reads fewest rows.
  const audience = `d.audience && ${param(arrayLiteral(query.audience))}::text[]`;
  const facetConditions = query.filters.map(([facet, values]) => {
    // Facet values are stored as strings (indexedDocument): containment is string equality.
    const any = values.map((value) => `d.facets @> ${param(JSON.stringify({ [facet]: value }))}::jsonb`);
    return any.length === 1 ? (any[0] as string) : `(${any.join(' OR ')})`;
  });
  // A condition wrapped so no index can serve it: checked on the rows another index found.
  const filterOnly = (condition: string) => `(${condition}) IS TRUE`;
  // A broad audience ("province:p0" is shared by a sixth of the table) would cost its whole
  // posting list as a bitmap: it then only filters the rows the words or facets found. A
  // personal one ("mine": user and class tokens) is selective, and its index is the way in.
  const broad = query.audience.some((token) => !/^(user|class):/.test(token));
  const visibleWith = (options: { audienceIndex: boolean; facetIndex: boolean }) =>
    [
      `d.index_name = ${param(indexName)}`,
      options.audienceIndex ? audience : filterOnly(audience),
      ...facetConditions.map((c) => (options.facetIndex ? c : filterOnly(c))),
    ].join('\n    AND ');
  // Facet filters without words: facets and audience are one GIN index (facets, audience), which
  // then reads only the visible matches, however broad the audience (a few thousand entries of
  // its posting lists, skipped through, instead of checking each match's row on the heap).
  const cap = param(TOTAL_CAP + 1);
  const pageSize = param(query.pageSize);
  const offset = param(query.offset);
  const last = groups.at(-1);
  let ctes: string;
  if (last === undefined) {
    const listing = visibleWith({ audienceIndex: !broad || facetConditions.length > 0, facetIndex: true });
    // Up to TOTAL_CAP matches, the page is sorted from them; beyond, the matches are dense
    // enough to read newest first from the updated_at index, filtering as it goes.
    ctes = `matched AS MATERIALIZED (
  SELECT d.id, d.facets, d.updated_at FROM ${SEARCH_TABLE} d WHERE ${listing} LIMIT ${cap}::int
), page AS (
  (SELECT id, 0::float8 AS score, row_number() OVER (ORDER BY updated_at DESC, id) AS position
  FROM matched WHERE (SELECT count(*) FROM matched) <= ${TOTAL_CAP}
  ORDER BY position LIMIT ${pageSize}::int OFFSET ${offset}::int)
  UNION ALL
  (SELECT d.id, 0::float8, row_number() OVER (ORDER BY d.updated_at DESC, d.id) + ${offset}::int
  FROM ${SEARCH_TABLE} d
  WHERE (SELECT count(*) FROM matched) > ${TOTAL_CAP}
    AND ${visibleWith({ audienceIndex: false, facetIndex: false })}
  ORDER BY d.updated_at DESC, d.id LIMIT ${pageSize}::int OFFSET ${offset}::int)
)`;
  } else {
    const visible = visibleWith({ audienceIndex: !broad, facetIndex: true });
    // queryWords (and corrections) leave letters and digits only: always valid tsquery syntax.
    const any = (words: string[]) => (words.length === 1 ? (words[0] as string) : `(${words.join(' | ')})`);
    const whole = groups.map(any).join(' & ');
    const prefix = [...groups.slice(0, -1).map(any), any(last.map((word) => `${word}:*`))].join(' & ');
    // The likeliest reading (each group's first word; every word when any may match) ranks
    // titles by how much of them it is.
    const phrase = param((query.anyWords ? query.words : groups.map((group) => group[0])).join(' '));
    const asTyped = query.anyWords || (last.length === 1 && last[0] === query.words.at(-1));
    const readings = query.anyWords ? query.words.map((word) => [word]) : groups;
    const adjacent = param(titlePhrase(readings, asTyped));
    const inTitle = titleWords(readings, asTyped).map((words) => `to_tsquery('simple', ${param(words)})`);
    const candidates = (name: string, tsquery: string, guard: string) => `${name} AS MATERIALIZED (
  SELECT d.id, d.facets, d.updated_at, d.words, d.folded_title
  FROM ${SEARCH_TABLE} d
  WHERE ${guard}${visible}
    AND d.words @@ to_tsquery('simple', ${param(tsquery)})
  LIMIT ${cap}::int
)`;
    // Two passes (postgres-relevance.ts): every candidate by the cheap score, the first RERANKED of
    // them again with the title's trigram likeness, which costs too much for a thousand.
    ctes = `${candidates('exact', whole, '')}, ${candidates('prefixed', prefix, 'NOT EXISTS (SELECT FROM exact)\n    AND ')}, matched AS (
  SELECT e.id, e.facets, e.updated_at, e.folded_title,
    (${relevance(`to_tsquery('simple', ${param(prefix)})`, phrase, `to_tsquery('simple', ${adjacent})`)})::float8 AS base,
    (${titleShare(inTitle)})::float8 AS title_share
  FROM (SELECT * FROM exact UNION ALL SELECT * FROM prefixed) e
), first_pass AS (
  SELECT id, updated_at, folded_title, base,
    row_number() OVER (ORDER BY base + title_share DESC, updated_at DESC, id) <= ${RERANKED} AS reranked,
    base + title_share AS cheap
  FROM matched
), page AS (
  SELECT id, score, row_number() OVER (ORDER BY reranked DESC, score DESC, updated_at DESC, id) AS position
  FROM (SELECT id, updated_at, reranked,
      CASE WHEN reranked THEN base + ${titleLikeness(phrase)} ELSE cheap END AS score
    FROM first_pass) f
  ORDER BY position LIMIT ${pageSize}::int OFFSET ${offset}::int
)`;
  }

  const sql = `WITH ${ctes}
SELECT 'hit' AS kind, id AS value, NULL::text AS facet, score, position::int AS n FROM page
UNION ALL
SELECT 'total', NULL, NULL, NULL, count(*)::int FROM matched
UNION ALL
SELECT 'facet', m.facets ->> f.name, f.name, NULL, count(*)::int
FROM matched m CROSS JOIN jsonb_array_elements_text(${param(JSON.stringify(query.facets))}::jsonb) AS f(name)
WHERE m.facets ->> f.name IS NOT NULL
GROUP BY f.name, m.facets ->> f.name`;
  return { sql, params };
}

/** A PostgreSQL array literal of strings, every element quoted: ["a", "b\"c"] -> {"a","b\"c"}. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** One row of searchStatement: a hit, the total or one facet value's count. */
export const searchRowSchema = z.object({
  kind: z.enum(['hit', 'total', 'facet']),
  value: z.string().nullable(),
  facet: z.string().nullable(),
  score: z.number().nullable(),
  n: z.number(),
});

/** Splits the rows of searchStatement back into a result (UNION ALL keeps no order: sort the hits). */
export function searchResult(rows: z.output<typeof searchRowSchema>[], facets: string[]): SearchResult {
  const result: SearchResult = { hits: [], total: 0, facets: {} };
  for (const facet of facets) result.facets[facet] = {};
  const positions = new Map<string, number>();
  for (const row of rows) {
    if (row.kind === 'total') {
      // TOTAL_CAP + 1 rows read means more exist than were counted.
      result.total = Math.min(row.n, TOTAL_CAP);
      if (row.n > TOTAL_CAP) result.totalCapped = true;
    } else if (row.kind === 'hit' && row.value !== null) {
      result.hits.push({ id: row.value, score: row.score ?? 0 });
      positions.set(row.value, row.n);
    } else if (row.kind === 'facet' && row.facet !== null && row.value !== null) {
      const counts = result.facets[row.facet] ?? {};
      counts[row.value] = row.n;
      result.facets[row.facet] = counts;
    }
  }
  result.hits.sort((a, b) => (positions.get(a.id) ?? 0) - (positions.get(b.id) ?? 0));
  return result;
}
