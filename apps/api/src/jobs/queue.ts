import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';

export interface JobQueue {
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * `startAfter`: the job waits until then (a deadline), surviving restarts meanwhile. `id`: a job
   * of that id already queued makes this a no-op, so several processes can queue it exactly once.
   */
  send(name: string, data: object, options?: { startAfter?: Date; id?: string }): Promise<void>;
  work<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void>;
}

/**
 * Background jobs in PostgreSQL (pg-boss): a job is a row, so it survives a crash or restart of the
 * API and is retried with backoff when its handler fails.
 */
export function createJobQueue(
  connectionString: string,
  log: FastifyBaseLogger,
  maxConnections = 4,
): JobQueue {
  const boss = new PgBoss({ connectionString, max: maxConnections, schema: 'pgboss' });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  const queues = new Set<string>();

  async function ensureQueue(name: string) {
    if (queues.has(name)) return;
    await boss.createQueue(name, {
      name,
      retryLimit: 5,
      retryDelay: 10,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    queues.add(name);
  }

  return {
    async start() {
      await boss.start();
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
    async send(name, data, options = {}) {
      await ensureQueue(name);
      await boss.send(name, data, {
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.id ? { id: options.id } : {}),
      });
    },
    async work(name, handler) {
      await ensureQueue(name);
      await boss.work<object>(name, { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    },
  };
}
