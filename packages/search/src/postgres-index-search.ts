import { z } from 'zod';
import { SEARCH_TABLE } from './postgres-index-sql.js';
import type { SearchResult } from './search-index.js';
import type { PreparedQuery } from './search-query.js';

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * One statement answers a search: the page, the exact total and the facet counts, all from the
 * same `matched` set, so they can never disagree (the CTE is computed once).
 *
 * Matching, on JS-folded text: every word as a full-text lexeme, the last one as a prefix
 * (search-as-you-type); scored by ts_rank (title > tags > body by weight) + word_similarity with
 * the title. Only when no document matches so (a typo), titles similar to the query are matched
 * instead by trigrams (`%` for short titles, `<%` for a close run of words in a longer one, both on
 * the title's trigram index). Always adding them would flood totals and facet counts: every
 * "... lớp 6" title is trigram-similar to "toan lop 6".
 */
export function searchStatement(indexName: string, query: PreparedQuery): Statement {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // Lists travel as JSON text: the same through `pg` and Prisma, whose array parameters differ.
  const textList = (values: string[]) =>
    `ARRAY(SELECT jsonb_array_elements_text(${param(JSON.stringify(values))}::jsonb))`;

  const conditions = [`d.index_name = ${param(indexName)}`, `d.audience && ${textList(query.audience)}`];
  for (const [facet, values] of query.filters) {
    conditions.push(`d.facets ->> ${param(facet)} = ANY(${textList(values)})`);
  }
  const visible = conditions.join('\n    AND ');
  const columns = 'd.id, d.facets, d.updated_at';
  let matched = `matched AS (SELECT ${columns}, 0::float8 AS score FROM ${SEARCH_TABLE} d WHERE ${visible})`;
  const last = query.words.at(-1);
  if (last !== undefined) {
    // queryWords leaves letters and digits only, so this is always valid tsquery syntax.
    const tsquery = [...query.words.slice(0, -1), `${last}:*`].join(' & ');
    matched = `q AS (
  SELECT to_tsquery('simple', ${param(tsquery)}) AS tsq, ${param(query.words.join(' '))}::text AS phrase
), exact AS (
  SELECT ${columns}, (ts_rank(d.words, q.tsq) + word_similarity(q.phrase, d.folded_title))::float8 AS score
  FROM ${SEARCH_TABLE} d CROSS JOIN q
  WHERE ${visible}
    AND d.words @@ q.tsq
), matched AS (
  SELECT * FROM exact
  UNION ALL
  SELECT ${columns}, word_similarity(q.phrase, d.folded_title)::float8
  FROM ${SEARCH_TABLE} d CROSS JOIN q
  WHERE NOT EXISTS (SELECT FROM exact)
    AND ${visible}
    AND (q.phrase <% d.folded_title OR d.folded_title % q.phrase)
)`;
  }

  const sql = `WITH ${matched}, page AS (
  SELECT id, score, row_number() OVER (ORDER BY score DESC, updated_at DESC, id) AS position
  FROM matched ORDER BY position LIMIT ${param(query.pageSize)}::int OFFSET ${param(query.offset)}::int
)
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

const rowsSchema = z.array(
  z.object({
    kind: z.enum(['hit', 'total', 'facet']),
    value: z.string().nullable(),
    facet: z.string().nullable(),
    score: z.number().nullable(),
    n: z.number(),
  }),
);

/** Splits the rows of searchStatement back into a result (UNION ALL keeps no order: sort the hits). */
export function searchResult(rows: unknown[], facets: string[]): SearchResult {
  const result: SearchResult = { hits: [], total: 0, facets: {} };
  for (const facet of facets) result.facets[facet] = {};
  const positions = new Map<string, number>();
  for (const row of rowsSchema.parse(rows)) {
    if (row.kind === 'total') result.total = row.n;
    else if (row.kind === 'hit' && row.value !== null) {
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
