import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@hoclieu/db/embedded';

export interface RunningApi {
  url: string;
  pid: number;
  /** Resident memory of the API process and its workers, from /proc. */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** The session secret of bench runs: the harness writes sessions the API must recognise. */
export const BENCH_SESSION_SECRET = 'bench-session-secret-0123456789abcdefghijklmnop';

/** Where an API process runs: the repository, its database and data folder. */
export interface ApiPlace {
  root: string;
  databaseUrl: string;
  dataDir: string;
  /** V8 CPU profiles go here when set (open them in Chrome DevTools). */
  profileDir: string | undefined;
  path: string;
  /** API_PROCESSES: node's cluster workers behind the one port (1: the process serves itself). */
  processes: number;
}

/**
 * Starts the built API (apps/api/dist/server.js) as its own process, as in production, on the
 * bench database, and waits for its health check.
 */
export async function startApi(place: ApiPlace, env: Record<string, string> = {}): Promise<RunningApi> {
  // A free port can be taken by another process before the API binds it: try again on another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(place, env, await freePort());
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

function rssOf(pid: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0; // a worker that just exited
  }
}

async function startOnce(place: ApiPlace, env: Record<string, string>, port: number): Promise<RunningApi> {
  const profile = place.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${place.profileDir}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, join(place.root, 'apps/api/dist/server.js')],
    {
      cwd: join(place.root, 'apps/api'),
      env: {
        PATH: place.path,
        NODE_ENV: 'production',
        // Plain HTTP on loopback: production's default Secure cookie is turned off explicitly.
        COOKIE_SECURE: 'false',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        DATABASE_URL: place.databaseUrl,
        DATA_DIR: place.dataDir,
        SESSION_SECRET: BENCH_SESSION_SECRET,
        SEED_DEMO: 'false',
        LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
        API_PROCESSES: String(place.processes),
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with code ${child.exitCode} while starting`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('API did not become healthy within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    rssBytes() {
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
      return [String(pid), ...children].reduce((sum, one) => sum + rssOf(one), 0);
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
