import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, spawnApi, waitForHealth } from '../browser/server.js';
import { type LoadBalancer, NGINX, startLoadBalancer } from './nginx.js';

/** The session secret of chaos runs: sessions must outlive the API processes that made them. */
const SESSION_SECRET = 'chaos-session-secret-0123456789abcdefghijklmnopq';

/**
 * The built API as production runs it: several processes (API_PROCESSES=1 each, on ports of their
 * own) behind Debian's nginx, one of them killed and started again on its port while the others
 * serve. Without nginx on the machine, one process and no proxy.
 */
export interface ChaosApi {
  /** Where the students go: nginx (or the only process). */
  url: string;
  /** Each process's own address, to reach one process past nginx. */
  processUrls: string[];
  /** Starts the processes not running and waits until each answers /api/health with 200; seconds taken. */
  start(): Promise<number>;
  /** SIGKILL to one process's group (each in turn): no shutdown hook runs, its in-flight requests are cut. */
  kill(): Promise<void>;
  /** Exits nobody asked for (a crash), with the end of the process's output. */
  unexpectedExits: { at: Date; code: number | null; signal: string | null; output: string }[];
  /** Every process is running. */
  running(): boolean;
  stop(): Promise<void>;
}

interface Slot {
  port: number;
  url: string;
  child: ChildProcess | null;
  output: () => string;
}

export const chaosProcesses = () => (existsSync(NGINX) ? 2 : 1);

export async function createChaosApi(databaseUrl: string, processes = chaosProcesses()): Promise<ChaosApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hoclieu-chaos-api-'));
  await chmod(dataDir, 0o755);
  const slots: Slot[] = [];
  for (let i = 0; i < processes; i++) {
    const port = await freePort();
    slots.push({ port, url: `http://127.0.0.1:${port}`, child: null, output: () => '' });
  }
  const balancer: LoadBalancer | null =
    processes > 1 ? await startLoadBalancer(slots.map((s) => s.port)) : null;
  const unexpectedExits: ChaosApi['unexpectedExits'] = [];
  let nextVictim = 0;

  async function startSlot(slot: Slot) {
    const spawned = spawnApi({
      port: slot.port,
      dataDir,
      keepChars: 8_000,
      env: {
        DATABASE_URL: databaseUrl,
        SESSION_SECRET,
        SEED_DEMO: 'true',
        API_PROCESSES: '1',
        // Hundreds of students sign in from one address within seconds.
        LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      },
    });
    const child = spawned.child;
    slot.child = child;
    slot.output = spawned.output;
    child.once('exit', (code, signal) => {
      if (slot.child !== child) return;
      slot.child = null;
      unexpectedExits.push({ at: new Date(), code, signal, output: spawned.output() });
    });
    await waitForHealth(slot.url, child, spawned.output, 120_000);
  }

  async function killSlot(slot: Slot, signal: 'SIGKILL' | 'SIGTERM') {
    const child = slot.child;
    slot.child = null;
    if (!child?.pid || child.exitCode !== null) return;
    if (signal === 'SIGKILL') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGTERM');
    if (!(await exited(child, 15_000))) process.kill(-child.pid, 'SIGKILL');
  }

  return {
    url: balancer?.url ?? slots.map((s) => s.url)[0] ?? '',
    processUrls: slots.map((s) => s.url),
    unexpectedExits,
    running: () => slots.every((s) => s.child !== null),
    async start() {
      const started = performance.now();
      // One after the other: the first start of a fresh database migrates and seeds once.
      for (const slot of slots) if (slot.child === null) await startSlot(slot);
      return (performance.now() - started) / 1000;
    },
    async kill() {
      const slot = slots[nextVictim++ % slots.length];
      if (slot) await killSlot(slot, 'SIGKILL');
    },
    async stop() {
      await balancer?.stop();
      for (const slot of slots) await killSlot(slot, 'SIGTERM');
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
