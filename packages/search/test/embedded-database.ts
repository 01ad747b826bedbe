import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Subpaths that import no Prisma-generated code: `pnpm --filter @hoclieu/db generate` is not needed.
import { startEmbeddedPostgres } from '@hoclieu/db/embedded';
import { ensureDatabase, migrate } from '@hoclieu/db/migrate';
import { queryRows } from '@hoclieu/db/sql';
import pg from 'pg';
import type { SqlQuery } from '../src/index.js';

export interface SearchDatabase {
  /** Runs SQL the way the API does: one statement, `$n` parameters, on the pool, rows parsed. */
  query: SqlQuery;
  close(): Promise<void>;
}

/**
 * A real PostgreSQL with the project's migrations applied (they install unaccent and pg_trgm),
 * in a temporary folder removed on close.
 */
export async function startSearchDatabase(): Promise<SearchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hoclieu-search-pg-'));
  const server = await startEmbeddedPostgres({ dataDir });
  const url = server.url('hoclieu_search_test');
  await ensureDatabase(url);
  await migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // `pool.end()` resolves before its clients' sockets have closed, so stopping the server right after
  // can send them "terminating connection" (57P01); without a listener the pool rethrows it as an
  // uncaught error and fails the run (it did on CI).
  pool.on('error', () => undefined);
  return {
    query: (sql, params, row) => queryRows(pool, sql, params, row),
    async close() {
      await pool.end();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
