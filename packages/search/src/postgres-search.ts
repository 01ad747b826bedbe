import { probeHealth } from '@hoclieu/domain';
import { z } from 'zod';
import type { SearchEngine, SqlQuery } from './search-engine.js';

export interface PostgresSearchOptions {
  query: SqlQuery;
  healthTimeoutMs?: number;
}

// Search folds Vietnamese diacritics with `unaccent`, so health checks that, not just the connection.
const UNACCENT_PROBE = "SELECT unaccent('Toán lớp 6') AS folded";
const UNACCENT_EXPECTED = 'Toan lop 6';
const probeRowSchema = z.object({ folded: z.string() });

/** Search in the main Postgres database: nothing more to run, good enough for one school district. */
export function createPostgresSearch(options: PostgresSearchOptions): SearchEngine {
  return {
    kind: 'postgres',
    health() {
      return probeHealth(async () => {
        const [row] = await options.query(UNACCENT_PROBE, [], probeRowSchema);
        const folded = row?.folded;
        if (folded !== UNACCENT_EXPECTED) {
          throw new Error(
            `unaccent() folded "Toán lớp 6" to ${JSON.stringify(folded)}, not "${UNACCENT_EXPECTED}"`,
          );
        }
      }, options.healthTimeoutMs ?? 2000);
    },
  };
}
