import type { ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, spawnApi, waitForHealth } from '../browser/server.js';

/** The session secret of chaos runs: sessions must outlive the API processes that made them. */
const SESSION_SECRET = 'chaos-session-secret-0123456789abcdefghijklmnopq';

/** The built API as production runs it, killed and started again on the same port. */
export interface ChaosApi {
  url: string;
  /** Starts a process and waits until /api/health answers 200; returns the seconds it took. */
  start(): Promise<number>;
  /** SIGKILL to the process group: no shutdown hook runs, in-flight requests are cut. */
  kill(): Promise<void>;
  /** Exits nobody asked for (a crash), with the end of the process's output. */
  unexpectedExits: { at: Date; code: number | null; signal: string | null; output: string }[];
  running(): boolean;
  stop(): Promise<void>;
}

export async function createChaosApi(databaseUrl: string): Promise<ChaosApi> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'hoclieu-chaos-api-'));
  await chmod(dataDir, 0o755);
  const url = `http://127.0.0.1:${port}`;
  const unexpectedExits: ChaosApi['unexpectedExits'] = [];
  let server: ChildProcess | null = null;
  let output = () => '';

  function spawnServer(): ChildProcess {
    const spawned = spawnApi({
      port,
      dataDir,
      keepChars: 8_000,
      env: {
        DATABASE_URL: databaseUrl,
        SESSION_SECRET,
        SEED_DEMO: 'true',
        // Hundreds of students sign in from one address within seconds.
        LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      },
    });
    const child = spawned.child;
    output = spawned.output;
    child.once('exit', (code, signal) => {
      if (server !== child) return;
      server = null;
      unexpectedExits.push({ at: new Date(), code, signal, output: output() });
    });
    return child;
  }

  return {
    url,
    unexpectedExits,
    running: () => server !== null,
    async start() {
      const started = performance.now();
      const child = spawnServer();
      server = child;
      await waitForHealth(url, child, () => output(), 120_000);
      return (performance.now() - started) / 1000;
    },
    async kill() {
      const child = server;
      server = null;
      if (!child?.pid) return;
      process.kill(-child.pid, 'SIGKILL');
      await exited(child, 10_000);
    },
    async stop() {
      const child = server;
      server = null;
      if (child?.pid && child.exitCode === null) {
        child.kill('SIGTERM');
        if (!(await exited(child, 15_000))) process.kill(-child.pid, 'SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
