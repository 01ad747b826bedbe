export { createSearchEngine, type SearchConfig, searchConfigSchema } from './config.js';
export { createMeilisearchSearch, type MeilisearchSearchOptions } from './meilisearch-search.js';
export { createPostgresSearch, type PostgresSearchOptions } from './postgres-search.js';
export type { HealthReport, SearchEngine, SqlQuery } from './search-engine.js';
