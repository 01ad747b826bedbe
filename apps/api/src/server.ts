import { join } from 'node:path';
import { createDb, ensureDatabase, migrate } from '@hoclieu/db';
import { type RunningPostgres, startEmbeddedPostgres } from '@hoclieu/db/embedded';
import { DEMO_PASSWORD, seed } from '@hoclieu/db/seed';
import { createSearchEngine } from '@hoclieu/search';
import { createBlobStore } from '@hoclieu/storage';
import pino from 'pino';
import { buildApp } from './app.js';
import { loadConfig } from './env.js';
import { createPasswordHasher } from './modules/auth/passwords.js';

// Process entry: reads the environment, creates the clients, starts listening, shuts down cleanly.
const config = loadConfig(process.env);
const log = pino({ level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] });

let embedded: RunningPostgres | undefined;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  log.info({ dataDir: config.dataDir }, 'no DATABASE_URL: starting embedded PostgreSQL');
  embedded = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    onLog: (m) => log.debug(m),
  });
  databaseUrl = embedded.url('hoclieu');
  await ensureDatabase(databaseUrl);
  log.info({ url: databaseUrl.replace(/:[^:@/]+@/, ':***@') }, 'embedded PostgreSQL ready');
}

const applied = await migrate(databaseUrl);
if (applied.length) log.info({ applied }, 'migrations applied');

const db = createDb({ connectionString: databaseUrl, maxConnections: 20 });
const passwords = createPasswordHasher();
const seeded = await seed(db, {
  demo: config.seedDemo,
  demoPasswordHash: () => passwords.hash(DEMO_PASSWORD),
});
if (seeded.demoCreated) log.info('demo data created (see README: demo accounts)');

const storage = createBlobStore(config.storage, { defaultDir: join(config.dataDir, 'files') });
const search = createSearchEngine(config.search, { query: (sql) => db.$queryRawUnsafe(sql) });
const app = await buildApp({
  config,
  db,
  storage,
  search,
  passwords,
  databaseKind: embedded ? 'embedded-postgres' : 'postgres',
  clock: () => new Date(),
  logger: log,
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app.close();
    await db.$disconnect();
    await embedded?.stop();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ host: config.host, port: config.port });
log.info(`Hoclieu is running at http://localhost:${config.port}`);
