import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const appsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const serverEntry = join(appsDir, 'api/dist/server.js');
const webDist = join(appsDir, 'web/dist');

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** A TCP port of 127.0.0.1 nobody listens on right now (the chaos harness reuses it across restarts). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resolves once GET /api/health answers 200; fails early when the server process exits. */
export async function waitForHealth(
  url: string,
  server: ChildProcess,
  output: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    const status = await fetch(`${url}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(500);
  }
  throw new Error(`GET /api/health did not answer 200 within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Whether the process exited within `timeoutMs`. */
export function exited(server: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    server.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * A fresh DATA_DIR for one server: run as root, embedded Postgres drops to a `postgres` user, which
 * must be able to enter the directory.
 */
export async function dataDirectory(prefix: string): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dataDir, 0o755);
  return dataDir;
}

/** Stops a spawned API's process group (SIGTERM, SIGKILL after 15 s) and removes its DATA_DIR. */
export async function stopApi(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.pid && child.exitCode === null) {
    child.kill('SIGTERM');
    if (!(await exited(child, 15_000))) process.kill(-child.pid, 'SIGKILL');
  }
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
}

/**
 * Spawns the built API as production runs it (NODE_ENV=production, the built web app), in its own
 * process group so that the whole group can be killed, keeping the end of its output for errors.
 */
export function spawnApi(options: {
  port: number;
  dataDir: string;
  env: Record<string, string>;
  keepChars?: number;
}): { child: ChildProcess; output: () => string } {
  let log = '';
  const child = spawn(process.execPath, [serverEntry], {
    cwd: dirname(serverEntry),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // Plain HTTP on loopback: production's default Secure cookie is turned off explicitly.
      COOKIE_SECURE: 'false',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-(options.keepChars ?? 20_000));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => log };
}

/**
 * Starts the production server (embedded Postgres + demo data in a fresh DATA_DIR) on a free port.
 * It runs in its own process group so that, should it hang, its Postgres goes down with it.
 */
export async function startServer(): Promise<RunningServer> {
  for (const [file, hint] of [
    [serverEntry, 'pnpm --filter @hoclieu/api build'],
    [join(webDist, 'index.html'), 'pnpm --filter @hoclieu/web build'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`${hint}\` (turbo's test:browser builds both).`);
  }
  const port = await freePort();
  const dataDir = await dataDirectory('hoclieu-e2e-');
  // Every journey signs in; the production default (10 a minute) would throttle the suite.
  const { child: server, output } = spawnApi({ port, dataDir, env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } });
  const url = `http://127.0.0.1:${port}`;

  const stop = () => stopApi(server, dataDir);

  try {
    await waitForHealth(url, server, output, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
