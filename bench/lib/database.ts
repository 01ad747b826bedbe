import { join } from 'node:path';
import { ensureDatabase, migrate } from '@hoclieu/db';
import { type RunningPostgres, startEmbeddedPostgres } from '@hoclieu/db/embedded';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  /** For setup and checks by the harness (not the measured path). */
  pool: pg.Pool;
  kind: 'embedded-postgres' | 'postgres';
  close(): Promise<void>;
}

/**
 * The database of a scale: DATABASE_URL when given, else an embedded PostgreSQL cluster under
 * .data-bench/<scale>, kept between runs so the generated province is reused.
 */
export async function openBenchDatabase(
  root: string,
  scale: string,
  databaseUrl: string | undefined,
): Promise<BenchDatabase> {
  let embedded: RunningPostgres | undefined;
  let url = databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: join(root, '.data-bench', scale, 'postgres') });
    url = embedded.url('hoclieu');
  }
  await ensureDatabase(url);
  await migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // The embedded server stopping drops idle clients: nothing to do about it then.
  pool.on('error', () => undefined);
  return {
    url,
    pool,
    kind: embedded ? 'embedded-postgres' : 'postgres',
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}
