import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase } from '@hoclieu/db';
import { freePort, type RunningPostgres, startEmbeddedPostgres } from '@hoclieu/db/embedded';

/** PostgreSQL for a chaos run: its own processes, so killing the API leaves it running. */
export interface ChaosPostgres {
  /** The API's database; the same address across restarts (the port is fixed). */
  url: string;
  /** Fast shutdown (every connection cut), a pause, then the same cluster started again. */
  restart(pauseMs: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startChaosPostgres(): Promise<ChaosPostgres> {
  const home = await mkdtemp(join(tmpdir(), 'hoclieu-chaos-pg-'));
  // Run as root, embedded Postgres drops to a `postgres` user, which must be able to enter the folder.
  await chmod(home, 0o755);
  const dataDir = join(home, 'cluster');
  const port = await freePort();
  const start = () => startEmbeddedPostgres({ dataDir, port });
  let server: RunningPostgres | null = await start();
  const url = server.url('hoclieu');
  await ensureDatabase(url);
  return {
    url,
    async restart(pauseMs) {
      await server?.stop();
      server = null;
      await new Promise((done) => setTimeout(done, pauseMs));
      server = await start();
    },
    async stop() {
      await server?.stop();
      server = null;
      await rm(home, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
