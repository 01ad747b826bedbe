import { probeHealth } from '@hoclieu/domain';
import { Meilisearch } from 'meilisearch';
import type { SearchEngine } from './search-engine.js';

export interface MeilisearchSearchOptions {
  url: string;
  masterKey?: string;
  /** Deadline for one HTTP request to Meilisearch. */
  requestTimeoutMs?: number;
  healthTimeoutMs?: number;
}

/** Search in a Meilisearch server, for installs large enough to run one beside Postgres. */
export function createMeilisearchSearch(options: MeilisearchSearchOptions): SearchEngine {
  // One client for the engine's lifetime; the indexing and search calls will share it.
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.masterKey,
    timeout: options.requestTimeoutMs ?? 10_000,
  });
  return {
    kind: 'meilisearch',
    health() {
      return probeHealth(() => client.health(), options.healthTimeoutMs ?? 2000);
    },
  };
}
