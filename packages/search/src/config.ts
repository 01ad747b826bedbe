import { z } from 'zod';
import { createMeilisearchIndex } from './meilisearch-index.js';
import { createMeilisearchSearch } from './meilisearch-search.js';
import { createPostgresIndex } from './postgres-index.js';
import { createPostgresSearch } from './postgres-search.js';
import type { SearchEngine, SqlQuery } from './search-engine.js';
import type { SearchIndex } from './search-index.js';

/** The search slice of the environment; the API parses it once at start-up. */
export const searchConfigSchema = z
  .object({
    SEARCH: z.enum(['postgres', 'meilisearch']).default('postgres'),
    MEILI_URL: z.url({ protocol: /^https?$/ }).optional(),
    // No default: a secret must never fall back silently.
    MEILI_MASTER_KEY: z.string().min(1).optional(),
  })
  .superRefine((config, context) => {
    if (config.SEARCH === 'meilisearch' && config.MEILI_URL === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['MEILI_URL'],
        message: 'MEILI_URL is required when SEARCH=meilisearch',
      });
    }
  });

export type SearchConfig = z.output<typeof searchConfigSchema>;

export function createSearchEngine(config: SearchConfig, dependencies: { query: SqlQuery }): SearchEngine {
  if (config.SEARCH === 'postgres') return createPostgresSearch({ query: dependencies.query });
  return createMeilisearchSearch({ url: meiliUrl(config), masterKey: config.MEILI_MASTER_KEY });
}

/** The index `name` ("materials", later "questions") in the engine the config names. */
export function createSearchIndex(
  config: SearchConfig,
  dependencies: { name: string; query: SqlQuery },
): SearchIndex {
  const { name, query } = dependencies;
  if (config.SEARCH === 'postgres') return createPostgresIndex({ name, query });
  return createMeilisearchIndex({ name, url: meiliUrl(config), masterKey: config.MEILI_MASTER_KEY });
}

// The schema already guarantees it; this guards configs built by hand (tests, scripts).
function meiliUrl(config: SearchConfig): string {
  if (config.MEILI_URL === undefined) throw new Error('MEILI_URL is required when SEARCH=meilisearch');
  return config.MEILI_URL;
}
