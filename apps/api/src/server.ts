import { DEMO_PASSWORD, seed } from '@hoclieu/db/seed';
import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { seedDemoDeliveryRecords } from './demo/delivery-records.js';
import { seedDemoMaterials } from './demo/materials.js';
import { seedDemoQuestions } from './demo/questions.js';
import { seedDemoTest } from './demo/tests.js';
import { ConfigError, loadConfig, presignedUploadOrigins } from './env.js';
import { createJobQueue } from './jobs/queue.js';
import { createLogger } from './logging.js';
import { createPasswordHasher } from './modules/auth/passwords.js';
import { PROCESS_UPLOAD } from './modules/materials/processing.js';
import { hasSystemAdmin } from './modules/setup/system-admin.js';
import { startupLine, stopStarting } from './startup.js';

// Process entry: reads the environment, creates the clients, starts listening, shuts down cleanly.
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
const infra = await bootstrap(config, log).catch((error: unknown) => stopStarting(log, error));

// One-time passwords of imported accounts are keyed by the session secret (see passwords.ts).
const passwords = createPasswordHasher({ oneTimeKey: config.sessionSecret });
const seeded = await seed(infra.db, {
  demo: config.seedDemo,
  demoPasswordHash: () => passwords.hash(DEMO_PASSWORD),
});
if (seeded.demoCreated) log.info('demo data created (see README: demo accounts)');

const jobs = createJobQueue(infra.databaseUrl, log, config.connections.jobs);
await jobs.start();
const app = await buildApp({
  ...infra,
  config: { ...config, connectSources: presignedUploadOrigins(config) },
  passwords,
  jobs,
  clock: () => new Date(),
  logger: log,
});

if (config.seedDemo && (await infra.db.material.count({ where: { tags: { has: 'demo' } } })) === 0) {
  await seedDemoMaterials({
    db: infra.db,
    storage: infra.storage,
    onChange: app.searchOutbox.kick,
    enqueueProcessing: (uploadId) => jobs.send(PROCESS_UPLOAD, { uploadId }),
  });
  log.info('demo materials created');
}
if (config.seedDemo && (await infra.db.question.count({ where: { tags: { has: 'demo' } } })) === 0) {
  await seedDemoQuestions({ db: infra.db, onChange: app.searchOutbox.kick });
  await seedDemoTest({ db: infra.db, clock: () => new Date() });
  log.info('demo questions and test created');
}
if (config.seedDemo) await seedDemoDeliveryRecords({ db: infra.db, clock: () => new Date() });

// The outbox is drained after each write; the timer catches up after a search-engine outage.
app.searchOutbox.kick();
const outboxTimer = setInterval(app.searchOutbox.kick, 5000);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  clearInterval(outboxTimer);
  try {
    await app.close();
    await jobs.stop();
    await infra.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ host: config.host, port: config.port });
log.info(
  startupLine({
    url: `http://localhost:${config.port}`,
    demo: config.seedDemo ? { username: 'admin', password: DEMO_PASSWORD } : null,
    setupPending: !(await hasSystemAdmin(infra.db)),
    sessionSecret: config.sessionSecret,
  }),
);
