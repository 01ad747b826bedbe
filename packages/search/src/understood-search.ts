import { type QueryVocabulary, type UnderstoodFacet, understandQuery } from './query-understanding.js';
import type { SearchIndex, SearchQuery, SearchResult } from './search-index.js';
import { queryWords } from './search-query.js';

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
  // Only names ("toan lop 6"): documents whose text also holds some of them come first.
  const ranked = await index.search({ ...query, text: words.join(' '), anyWords: true, filters });
  if (ranked.total > 0) return respond(ranked, ranked.words ?? words);
  return respond(await index.search({ ...query, text: '', filters }), []);
}
