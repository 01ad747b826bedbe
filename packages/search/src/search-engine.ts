export interface HealthReport {
  status: 'ok' | 'down';
  latencyMs: number;
  message?: string;
}

/**
 * Full-text search over the question bank and materials. Only health exists so far; indexing
 * and querying join this interface with the search feature, implemented by every adapter.
 */
export interface SearchEngine {
  readonly kind: 'postgres' | 'meilisearch';
  /** Never throws: an unreachable engine is reported as `down` so the API stays up. */
  health(): Promise<HealthReport>;
}

/**
 * Runs one SQL statement with its `$1, $2...` parameters and returns its rows; the API passes its
 * database client in, e.g. `(sql, params = []) => db.$queryRawUnsafe(sql, ...params)`.
 */
export type SqlQuery = (sql: string, params?: unknown[]) => Promise<unknown[]>;
