import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** A worker that lived this long before dying starts again at once; faster deaths back off. */
const STABLE_MS = 60_000;
const RESTART_BASE_MS = 500;
const RESTART_CAP_MS = 30_000;

interface WorkerSupervisor {
  /** Resolves once every worker listens (the first time): then the start-up line can be printed. */
  listening: Promise<void>;
  /** SIGTERM to every worker, SIGKILL to those still running after `graceMs`; no restarts after. */
  stop(graceMs: number): Promise<void>;
}

/**
 * The primary of node's cluster: forks `count` workers sharing the port and starts a dead one
 * again (a crash, an OOM kill, a SIGKILL), after a delay that doubles while it keeps dying young.
 */
export function superviseWorkers(count: number, log: Logger): WorkerSupervisor {
  let stopping = false;
  let quickDeaths = 0;
  const started = new Map<Worker, number>();
  const everListened = new Set<number>();
  let allListening: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => {
    allListening = resolve;
  });

  function fork(slot: number) {
    const worker = cluster.fork();
    started.set(worker, Date.now());
    worker.once('listening', () => {
      everListened.add(slot);
      if (everListened.size === count) allListening();
    });
    worker.once('exit', (code, signal) => {
      const lived = Date.now() - (started.get(worker) ?? 0);
      started.delete(worker);
      if (stopping) return;
      quickDeaths = lived < STABLE_MS ? quickDeaths + 1 : 0;
      const delay =
        quickDeaths === 0 ? 0 : Math.min(RESTART_CAP_MS, RESTART_BASE_MS * 2 ** (quickDeaths - 1));
      log.error(
        { pid: worker.process.pid, code, signal, restartInMs: delay },
        'API process exited: starting another',
      );
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, delay);
    });
  }

  // Each worker accepts from the shared socket itself. In round-robin mode the primary accepts and
  // hands the connection over: one handed to a worker that just died (before the primary saw its
  // exit) stays open in the primary with nobody to answer, until the proxy's read timeout (seen:
  // 600 s behind nginx right after a SIGKILL).
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  for (let slot = 1; slot <= count; slot++) fork(slot);

  return {
    listening,
    async stop(graceMs) {
      stopping = true;
      const workers = [...started.keys()];
      const exits = workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      );
      const timer = setTimeout(() => {
        for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
      }, graceMs);
      await Promise.all(exits);
      clearTimeout(timer);
    },
  };
}
