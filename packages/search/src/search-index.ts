/** One indexed thing (a learning material, later a question), as every adapter stores it. */
export interface SearchDocument {
  /** Letters, digits, `-` and `_` only (Meilisearch's rule for document ids, kept by every adapter). */
  id: string;
  title: string;
  /** Description + extracted text; only the first MAX_BODY_CHARS characters are indexed. */
  body: string;
  tags: string[];
  /**
   * Facet values: subjectCode, grade, type, scope, schoolId... Values are compared and counted as
   * strings, so grade 6 and "6" are the same facet value; null means "no value" and is not counted.
   */
  facets: Record<string, string | number | null>;
  /** Who may see it: ["user:<id>", "school:<id>", "district:<id>", "province:<id>", "class:<id>"]. */
  audience: string[];
  /** ISO date-time; the order of an empty-text search (newest first). */
  updatedAt: string;
}

export interface SearchQuery {
  /** Free text; diacritics and punctuation do not matter. Empty: everything visible, newest first. */
  text: string;
  /** The viewer's tokens: a document matches when it shares at least one with its `audience`. */
  audience: string[];
  /** Facet -> allowed values: AND across facets, OR within one. An empty list does not filter. */
  filters?: Record<string, (string | number)[]>;
  /** Facets whose value counts to return, counted over all matches (text, audience and filters). */
  facets?: string[];
  /**
   * Any of the words matches (OR) instead of all (AND), documents holding more of them first: the
   * ranking words of a query whose words all named facets ("toan lop 6", see understood-search.ts).
   */
  anyWords?: boolean;
  /** 1-based. */
  page: number;
  /** 1 to MAX_PAGE_SIZE. */
  pageSize: number;
}

export interface SearchResult {
  /** Best first. Scores order the hits of one engine; they mean nothing across engines. */
  hits: { id: string; score: number }[];
  /**
   * Number of visible matches, whatever the page: exact unless `totalCapped`, when more than
   * `total` documents match (engines stop counting at a cap, e.g. 1,000).
   */
  total: number;
  /** True when `total` is a lower bound: "more than {total}" results. Absent when exact. */
  totalCapped?: boolean;
  /**
   * Every requested facet, even with no values: facet -> value -> number of matches. When
   * `totalCapped`, an engine may count over a bounded sample of the matches instead of all.
   */
  facets: Record<string, Record<string, number>>;
  /** The folded words the hits matched, typo corrections included (for highlighting). */
  words?: string[];
}

/**
 * A named full-text index. Visibility is enforced inside the engine, so pages, totals and facet
 * counts only ever reflect what the viewer may see.
 */
export interface SearchIndex {
  readonly kind: 'postgres' | 'meilisearch';
  /** e.g. "materials". */
  readonly name: string;
  /** Idempotent: creates storage and settings; call once on start. */
  ensureReady(): Promise<void>;
  /** Inserts or replaces by id; when an id repeats in one call, the last document wins. */
  upsert(docs: SearchDocument[]): Promise<void>;
  /** Unknown ids are ignored. */
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  count(): Promise<number>;
  /** Removes every document of this index (the rebuild command starts with it). */
  clear(): Promise<void>;
}
