import type { HealthReport } from '@hoclieu/domain';

export type { HealthReport };

/**
 * Full-text search over the question bank and materials. Only health exists so far; indexing
 * and querying join this interface with the search feature, implemented by every adapter.
 */
export interface SearchEngine {
  readonly kind: 'postgres' | 'meilisearch';
  /** Never throws: an unreachable engine is reported as `down` so the API stays up. */
  health(): Promise<HealthReport>;
}

/** What parses one row: a zod schema fits (`z.object({...})`). */
interface RowSchema<T> {
  parse(row: unknown): T;
}

/**
 * Runs one SQL statement with its `$1, $2...` parameters and returns its rows, each parsed by `row`;
 * the API passes `@hoclieu/db/sql`'s `queryRows` on its pool (apps/api/src/search/search-sql.ts).
 */
export type SqlQuery = <T>(sql: string, params: readonly unknown[], row: RowSchema<T>) => Promise<T[]>;
