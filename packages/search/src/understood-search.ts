import { type QueryVocabulary, type UnderstoodFacet, understandQuery } from './query-understanding.js';
import type { SearchIndex, SearchQuery, SearchResult } from './search-index.js';
import { MAX_PAGE_SIZE, queryWords } from './search-query.js';

export interface UnderstoodSearchResult extends SearchResult {
  /** The facet values read from the query's words and applied as filters (empty: none were). */
  understood: UnderstoodFacet[];
  /** Folded words to highlight in titles and snippets: matched words, corrections, understood names. */
  highlight: string[];
}

/**
 * A search that reads subject, grade, type and level names out of the text ("toan lop 6 phan so")
 * and filters by them, matching the rest as text. The filters are tried, not imposed: a reading that
 * finds nothing falls back to the unambiguous names only, then to the plain text search, so a word
 * that happens to name a facet ("an toàn", "điều hoà") still finds what holds it. Shared by every
 * adapter: they only see ordinary queries.
 */
export async function searchUnderstood(
  index: SearchIndex,
  query: SearchQuery,
  vocabulary: QueryVocabulary | undefined,
): Promise<UnderstoodSearchResult> {
  const words = queryWords(query.text);
  const filtered = Object.entries(query.filters ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([facet]) => facet);
  const { understood } = vocabulary ? understandQuery(words, vocabulary, filtered) : { understood: [] };
  const readings: UnderstoodFacet[][] = [];
  if (understood.length > 0) {
    readings.push(understood);
    const strong = understood.filter((u) => !u.weak);
    if (strong.length > 0 && strong.length < understood.length) readings.push(strong);
  }
  for (const reading of readings) {
    const result = await searchReading(index, query, words, reading);
    if (result.total > 0) return result;
  }
  const plain = await index.search(query);
  return { ...plain, understood: [], highlight: plain.words ?? words };
}

/** One reading: its facet values as filters, the other words as text (or, when none is left, as ranking). */
async function searchReading(
  index: SearchIndex,
  query: SearchQuery,
  words: string[],
  reading: UnderstoodFacet[],
): Promise<UnderstoodSearchResult> {
  const filters: Record<string, (string | number)[]> = { ...query.filters };
  for (const { facet, value } of reading) filters[facet] = [...(filters[facet] ?? []), value];
  const named = new Set(reading.flatMap((u) => u.words));
  const textWords = words.filter((word) => !named.has(word));
  const respond = (result: SearchResult, matched: string[]) => ({
    ...result,
    understood: reading,
    highlight: [...new Set([...matched, ...named])],
  });
  if (textWords.length > 0) {
    const result = await index.search({ ...query, text: textWords.join(' '), filters });
    return respond(result, result.words ?? textWords);
  }
  // Only names ("lich su 12 video"): every document of those values, those whose text also holds
  // some of the names first, then the others newest first (a video without the words still counts).
  const ranked = await index.search({ ...query, text: words.join(' '), anyWords: true, filters });
  const listing = { ...query, text: '', filters };
  if (ranked.total === 0) return respond(await index.search(listing), []);
  return respond(await namesFirst(index, listing, ranked, words), ranked.words ?? words);
}

/**
 * The page of "the ranked documents, then the rest of the listing": the listing's total and facets,
 * its hits after the ranked ones (each document once). Reads the listing up to the page's end.
 */
async function namesFirst(
  index: SearchIndex,
  listing: SearchQuery,
  ranked: SearchResult,
  words: string[],
): Promise<SearchResult> {
  const start = (listing.page - 1) * listing.pageSize;
  const end = start + listing.pageSize;
  if (end > MAX_MERGED) return index.search(listing);
  const rankedQuery = { ...listing, text: words.join(' '), anyWords: true };
  const rankedIds = await leadingHits(index, rankedQuery, end, listing.page === 1 ? ranked : undefined);
  if (rankedIds.length >= end) {
    const counts = await index.search({ ...listing, page: 1, pageSize: 1 });
    return { ...counts, hits: rankedIds.slice(start, end) };
  }
  const first = await index.search({
    ...listing,
    page: 1,
    pageSize: Math.min(MAX_PAGE_SIZE, end + rankedIds.length),
  });
  const rest = await leadingHits(index, listing, end + rankedIds.length, first);
  const seen = new Set(rankedIds.map((hit) => hit.id));
  const merged = [...rankedIds, ...rest.filter((hit) => !seen.has(hit.id))];
  return { ...first, hits: merged.slice(start, end) };
}

// Deeper pages of a names-only query are the listing's own (newest first): nobody pages that far.
const MAX_MERGED = 500;

/** The first `n` hits of a query; `first`, when given, is its first page (pageSize <= MAX_PAGE_SIZE). */
async function leadingHits(index: SearchIndex, query: SearchQuery, n: number, first?: SearchResult) {
  if (first && (first.hits.length >= n || first.hits.length >= first.total)) return first.hits.slice(0, n);
  const hits: SearchResult['hits'] = [];
  for (let page = 1; hits.length < n; page++) {
    const next = await index.search({ ...query, page, pageSize: MAX_PAGE_SIZE });
    hits.push(...next.hits);
    if (next.hits.length < MAX_PAGE_SIZE) break;
  }
  return hits.slice(0, n);
}
