import { type EnqueuedTaskPromise, Meilisearch, type Settings } from 'meilisearch';
import { type IndexedDocument, latestById, storedAsIs } from './indexed-document.js';
import { facetField, searchFilter } from './meilisearch-filter.js';
import type { SearchIndex } from './search-index.js';
import { emptyResult, prepareQuery } from './search-query.js';

export interface MeilisearchIndexOptions {
  /** Index uid: letters, digits, `-` and `_`. */
  name: string;
  url: string;
  masterKey?: string;
  requestTimeoutMs?: number;
  /** How long to wait for Meilisearch to process a write (it queues them as tasks). */
  taskTimeoutMs?: number;
}

/**
 * Only folded copies are searchable: the query is always folded, so the original text could only
 * match it again and would double the indexed body. `facets` as a whole is filterable, so new facet
 * names need no settings change. `updatedAt` is a number: ISO strings of different precision
 * would not sort right.
 */
const SETTINGS: Settings = {
  searchableAttributes: ['foldedTitle', 'foldedTags', 'foldedBody'],
  filterableAttributes: ['audience', 'facets'],
  sortableAttributes: ['updatedAt'],
  // Folded Vietnamese syllables are short ("lop", "hoc"): the default (5 letters) would never allow a
  // typo. Two typos from five letters, as the PostgreSQL corrector allows.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 5 } },
  // `total` must be exact; Meilisearch stops counting at maxTotalHits (default 1000).
  pagination: { maxTotalHits: 10_000 },
};

/** Full-text search in a Meilisearch server, for installs large enough to run one. */
export function createMeilisearchIndex(options: MeilisearchIndexOptions): SearchIndex {
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.masterKey,
    timeout: options.requestTimeoutMs ?? 10_000,
  });
  const index = client.index(options.name);
  // Writes are queued tasks; waiting for each keeps upsert-then-search consistent, as in Postgres.
  const settle = async (task: EnqueuedTaskPromise, acceptedError?: string) => {
    const done = await task.waitTask({ timeout: options.taskTimeoutMs ?? 30_000 });
    if (done.status === 'failed' && done.error?.code !== acceptedError) {
      throw new Error(
        `Meilisearch ${done.type} on ${options.name} failed: ${done.error?.message ?? done.status}`,
      );
    }
  };
  return {
    kind: 'meilisearch',
    name: options.name,
    async ensureReady() {
      await settle(client.createIndex(options.name, { primaryKey: 'id' }), 'index_already_exists');
      await settle(index.updateSettings(SETTINGS));
    },
    async upsert(docs) {
      const stored = latestById(docs).map(storedDocument);
      if (stored.length > 0) await settle(index.addDocuments(stored, { primaryKey: 'id' }));
    },
    async remove(ids) {
      if (ids.length > 0) await settle(index.deleteDocuments(ids));
    },
    async search(input) {
      const query = prepareQuery(input);
      // `audience IN []` is not a valid filter, and no token means nothing visible anyway.
      if (query.audience.length === 0) return emptyResult(query.facets);
      const response = await index.search(query.words.join(' '), {
        filter: searchFilter(query),
        facets: query.facets.map(facetField),
        page: query.page,
        hitsPerPage: query.pageSize,
        // Every word must match, as in Postgres, so totals and facet counts mean the same thing;
        // ranking words (anyWords) may be dropped, the last first.
        matchingStrategy: query.anyWords ? 'last' : 'all',
        showRankingScore: true,
        attributesToRetrieve: ['id'],
        ...(query.words.length === 0 ? { sort: ['updatedAt:desc'] } : {}),
      });
      const result = emptyResult(query.facets);
      result.hits = response.hits.map((hit) => ({ id: String(hit.id), score: hit._rankingScore ?? 0 }));
      result.total = response.totalHits;
      result.words = query.words;
      for (const facet of query.facets) {
        result.facets[facet] = { ...response.facetDistribution?.[facetField(facet)] };
      }
      return result;
    },
    async count() {
      return (await index.getStats()).numberOfDocuments;
    },
    async clear() {
      await settle(index.deleteAllDocuments());
    },
  };
}

/** The Meilisearch document: folded copies to search, originals kept for reading the index by hand. */
function storedDocument(doc: IndexedDocument) {
  return {
    ...storedAsIs(doc),
    foldedTitle: doc.foldedTitle,
    foldedTags: doc.foldedTags,
    foldedBody: doc.foldedBody,
    updatedAt: doc.updatedAt.getTime(),
  };
}
