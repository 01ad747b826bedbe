export { createSearchEngine, createSearchIndex, type SearchConfig, searchConfigSchema } from './config.js';
export { MAX_BODY_CHARS } from './indexed-document.js';
export { createMeilisearchIndex, type MeilisearchIndexOptions } from './meilisearch-index.js';
export { createMeilisearchSearch, type MeilisearchSearchOptions } from './meilisearch-search.js';
export { createPostgresIndex, type PostgresIndexOptions } from './postgres-index.js';
export { createPostgresSearch, type PostgresSearchOptions } from './postgres-search.js';
export type {
  QueryVocabulary,
  UnderstoodFacet,
  VocabularyEntry,
} from './query-understanding.js';
export type { HealthReport, SearchEngine, SqlQuery } from './search-engine.js';
export type { SearchDocument, SearchIndex, SearchQuery, SearchResult } from './search-index.js';
export { MAX_PAGE_SIZE } from './search-query.js';
export { teacherVocabulary, type VocabularySubject } from './teacher-vocabulary.js';
export { searchUnderstood, type UnderstoodSearchResult } from './understood-search.js';
