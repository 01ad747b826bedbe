import cluster from 'node:cluster';
import { DEMO_PASSWORD } from '@hoclieu/db/seed';
import { bootstrap } from './bootstrap.js';
import { ConfigError, loadConfig } from './env.js';
import { createJobQueue } from './jobs/queue.js';
import { createLogger } from './logging.js';
import { createPasswordHasher } from './modules/auth/passwords.js';
import { hasSystemAdmin } from './modules/setup/system-admin.js';
import { seedOnStart } from './processes/seed-on-start.js';
import { exitOnSignals, serve } from './processes/serve.js';
import { superviseWorkers } from './processes/worker-supervisor.js';
import { startupLine, stopStarting } from './startup.js';

// Process entry: reads the environment, creates the clients, starts listening, shuts down cleanly.
// API_PROCESSES > 1: this process (node's cluster primary) does the once-only work, then forks the
// workers that serve, sharing the port, and starts a dead one again; 1: it serves itself.
const config = (() => {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
})();
const log = createLogger(config);
// One-time passwords of imported accounts are keyed by the session secret (see passwords.ts).
const passwords = createPasswordHasher({ oneTimeKey: config.sessionSecret });
const url = `http://localhost:${config.port}`;

if (cluster.isWorker) {
  // The primary started the embedded PostgreSQL (attached to here) and applied the migrations.
  const infra = await bootstrap(config, log, { migrate: false });
  const jobs = createJobQueue(infra.databaseUrl, log, config.connections.jobs);
  await jobs.start();
  const serving = await serve({ config, infra, passwords, jobs, log });
  exitOnSignals(log, serving.close);
} else {
  const infra = await bootstrap(config, log).catch((error: unknown) => stopStarting(log, error));
  const jobs = createJobQueue(infra.databaseUrl, log, config.connections.jobs);
  await jobs.start();
  await seedOnStart({ infra, seedDemo: config.seedDemo, passwords, jobs, log });
  const setupPending = !(await hasSystemAdmin(infra.db));
  if (config.apiProcesses === 1) {
    const serving = await serve({ config, infra, passwords, jobs, log });
    exitOnSignals(log, serving.close);
  } else {
    // The primary keeps only the embedded PostgreSQL (if any): its connections go to the workers.
    await jobs.stop();
    await infra.closeClients();
    const workers = superviseWorkers(config.apiProcesses, log);
    exitOnSignals(
      log,
      async () => {
        await workers.stop(15_000);
        await infra.close();
      },
      25_000,
    );
    await workers.listening;
    log.info({ processes: config.apiProcesses }, 'API processes listening');
  }
  log.info(
    startupLine({
      url,
      demo: config.seedDemo ? { username: 'admin', password: DEMO_PASSWORD } : null,
      setupPending,
      sessionSecret: config.sessionSecret,
    }),
  );
}
