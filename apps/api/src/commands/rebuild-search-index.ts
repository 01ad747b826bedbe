import pino from 'pino';
import { buildApp } from '../app.js';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../env.js';
import { createJobQueue } from '../jobs/queue.js';
import { createPasswordHasher } from '../modules/auth/passwords.js';

// `pnpm --filter @hoclieu/api search:rebuild`: empties the materials and questions indexes and refills it from the
// database (after switching engines, or to repair an index). Uses the same env as the server.
const config = loadConfig(process.env);
const log = pino({ level: config.logLevel });
const infra = await bootstrap(config, log);
const jobs = createJobQueue(infra.databaseUrl, log, config.connections.jobs);
const app = await buildApp({
  ...infra,
  config,
  passwords: createPasswordHasher(),
  jobs,
  clock: () => new Date(),
  logger: log,
});
const indexed = await app.searchOutbox.rebuild();
const pending = await app.searchOutbox.pending();
log.info(
  {
    indexed,
    pending,
    materials: await infra.materialsIndex.count(),
    questions: await infra.questionsIndex.count(),
  },
  'search indexes rebuilt',
);
await app.close();
await infra.close();
process.exit(pending === 0 ? 0 : 1);
