import type { ChaosApi } from './api-process.js';
import type { ChaosPostgres } from './postgres.js';
import type { Random } from './random.js';

export interface ChaosEvent {
  kind: 'kill-api' | 'restart-postgres';
  /** Milliseconds after the answering starts. */
  atMs: number;
  /** How long the process stays down before it is started again. */
  downMs: number;
}

export interface ChaosRecord extends ChaosEvent {
  at: Date;
  /** Seconds from the kill (or stop) until the API answered /api/health with 200 again. */
  recoverySeconds: number;
}

/**
 * Random moments inside the answering window, one per slot of equal width so two events never
 * overlap; which slot restarts PostgreSQL is random too.
 */
export function planChaos(random: Random, windowMs: number, kills: number, pgRestarts: number): ChaosEvent[] {
  const count = kills + pgRestarts;
  const slot = (windowMs * 0.9) / count;
  const pgSlots = new Set<number>();
  while (pgSlots.size < pgRestarts) pgSlots.add(random.int(0, count - 1));
  return Array.from({ length: count }, (_, i) => ({
    kind: pgSlots.has(i) ? ('restart-postgres' as const) : ('kill-api' as const),
    atMs: Math.round(windowMs * 0.05 + slot * i + random.between(0.1, 0.6) * slot),
    downMs: Math.round(random.between(500, 3000)),
  }));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function healthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`the API did not recover within ${timeoutMs / 1000} s`);
}

/**
 * Plays the plan against the running processes; between events a watchdog starts the API again
 * should it die by itself (recorded in `api.unexpectedExits`: a crash is a finding, not a kill).
 */
export async function playChaos(
  plan: ChaosEvent[],
  startedAt: number,
  api: ChaosApi,
  postgres: ChaosPostgres,
  log: (line: string) => void,
): Promise<ChaosRecord[]> {
  const records: ChaosRecord[] = [];
  for (const event of plan) {
    while (Date.now() < startedAt + event.atMs) {
      if (!api.running()) {
        log(`the API exited by itself: starting it again`);
        await api.start();
      }
      await sleep(Math.min(250, startedAt + event.atMs - Date.now()));
    }
    const at = new Date();
    const t0 = performance.now();
    if (event.kind === 'kill-api') {
      await api.kill();
      await sleep(event.downMs);
      await api.start();
    } else {
      await postgres.restart(event.downMs);
      if (!api.running()) await api.start();
      await healthy(api.url, 60_000);
    }
    const record = { ...event, at, recoverySeconds: (performance.now() - t0) / 1000 };
    records.push(record);
    log(
      `${at.toISOString()} +${(event.atMs / 1000).toFixed(1)} s ${event.kind}: down ${event.downMs} ms, ` +
        `healthy again after ${record.recoverySeconds.toFixed(1)} s`,
    );
  }
  return records;
}
