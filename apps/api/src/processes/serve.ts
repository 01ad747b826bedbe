import type { Logger } from 'pino';
import { buildApp } from '../app.js';
import { type Config, presignedUploadOrigins } from '../env.js';
import type { ProcessDeps } from './process-deps.js';

interface ServingProcess {
  /** Stops taking requests, finishes the ones in flight, stops the jobs and closes the clients. */
  close(): Promise<void>;
}

/**
 * One process serving the API: the app on the configured port (a cluster's workers share it),
 * its job workers and the search outbox's catch-up timer.
 */
export async function serve(deps: ProcessDeps & { config: Config }): Promise<ServingProcess> {
  const { config, infra, passwords, jobs, log } = deps;
  const app = await buildApp({
    ...infra,
    config: { ...config, connectSources: presignedUploadOrigins(config) },
    passwords,
    jobs,
    clock: () => new Date(),
    logger: log,
  });
  // The outbox is drained after each write; the timer catches up after a search-engine outage and
  // applies what another process wrote (one drainer at a time: see search/outbox.ts).
  app.searchOutbox.kick();
  const outboxTimer = setInterval(app.searchOutbox.kick, 5000);
  await app.listen({ host: config.host, port: config.port });
  return {
    async close() {
      clearInterval(outboxTimer);
      await app.close();
      await jobs.stop();
      await infra.close();
    },
  };
}

/** SIGTERM/SIGINT: `stop` once, then exit; a stop that hangs is cut after 15 s. */
export function exitOnSignals(log: Logger, stop: () => Promise<void>, forceAfterMs = 15_000) {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), forceAfterMs).unref();
    try {
      await stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
