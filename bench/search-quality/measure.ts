import type { QualityQuery } from './queries.js';

/** The ids a search returns for one quality query, best first (10 are enough). */
export type QualitySearch = (query: QualityQuery) => Promise<string[]>;

export interface QualityFigures {
  queries: number;
  /** Share of queries whose first result is expected. */
  hitsAt1: number;
  /** Share of queries with an expected result in the first five. */
  hitsAt5: number;
  /** Mean reciprocal rank of the first expected result (0 when absent from the first 10). */
  mrr: number;
  /** The queries with no expected result in the first five, for reading. */
  misses: string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function measureQuality(
  queries: QualityQuery[],
  search: QualitySearch,
): Promise<QualityFigures> {
  let at1 = 0;
  let at5 = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const query of queries) {
    const ids = (await search(query)).slice(0, 10);
    const rank = ids.findIndex((id) => query.expect.includes(id));
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 5) at5++;
    else misses.push(query.text);
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  const n = queries.length;
  return { queries: n, hitsAt1: round(at1 / n), hitsAt5: round(at5 / n), mrr: round(reciprocal / n), misses };
}
