import { foldDiacritics } from '@hoclieu/domain';
import type { SearchQuery, SearchResult } from './search-index.js';

export const MAX_PAGE_SIZE = 100;
// Longer input is pasted text, not a search; capping it bounds the cost of fuzzy matching.
const MAX_QUERY_CHARS = 200;
// Facet names reach Meilisearch filter expressions; a strict shape keeps them inert there.
const FACET_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** A query checked and reduced to what both engines need. */
export interface PreparedQuery {
  /** Folded words, letters and digits only: no operator of tsquery or Meilisearch survives. */
  words: string[];
  /** Any word may match (OR), more of them ranking higher; otherwise every word must. */
  anyWords: boolean;
  audience: string[];
  /** Facet -> allowed string values; facets given an empty list are left out. */
  filters: [string, string[]][];
  facets: string[];
  page: number;
  pageSize: number;
  offset: number;
}

/** "Toán & 'lớp' 6:" -> ["toan", "lop", "6"]. */
export function queryWords(text: string): string[] {
  return foldDiacritics(text.slice(0, MAX_QUERY_CHARS))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function prepareQuery(query: SearchQuery): PreparedQuery {
  const { page, pageSize } = query;
  if (!Number.isInteger(page) || page < 1)
    throw new RangeError(`page must be a positive integer, not ${page}`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, not ${pageSize}`);
  }
  const filters = Object.entries(query.filters ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([facet, values]): [string, string[]] => [checkFacetName(facet), values.map(String)]);
  return {
    words: queryWords(query.text),
    anyWords: query.anyWords === true,
    audience: query.audience,
    filters,
    facets: (query.facets ?? []).map(checkFacetName),
    page,
    pageSize,
    offset: (page - 1) * pageSize,
  };
}

function checkFacetName(facet: string): string {
  if (!FACET_NAME.test(facet)) throw new RangeError(`Invalid facet name ${JSON.stringify(facet)}`);
  return facet;
}

/** What a viewer with no audience token sees: nothing, with every requested facet present. */
export function emptyResult(facets: string[]): SearchResult {
  return { hits: [], total: 0, facets: Object.fromEntries(facets.map((facet) => [facet, {}])) };
}
