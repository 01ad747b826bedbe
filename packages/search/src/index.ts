export { createSearchEngine, createSearchIndex, type SearchConfig, searchConfigSchema } from './config.js';
export { MAX_BODY_CHARS } from './indexed-document.js';
export { createMeilisearchIndex, type MeilisearchIndexOptions } from './meilisearch-index.js';
export { createMeilisearchSearch, type MeilisearchSearchOptions } from './meilisearch-search.js';
export { createPostgresIndex, type PostgresIndexOptions } from './postgres-index.js';
export { createPostgresSearch, type PostgresSearchOptions } from './postgres-search.js';
export type { HealthReport, SearchEngine, SqlQuery } from './search-engine.js';
export type { SearchDocument, SearchIndex, SearchQuery, SearchResult } from './search-index.js';
export { MAX_PAGE_SIZE } from './search-query.js';
