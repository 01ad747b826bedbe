import { join } from 'node:path';
import { type Db, ensureDatabase, migrate } from '@hoclieu/db';
import { type RunningPostgres, startEmbeddedPostgres } from '@hoclieu/db/embedded';
import type { Sql } from '@hoclieu/db/sql';
import { createSearchEngine, createSearchIndex, type SearchEngine, type SearchIndex } from '@hoclieu/search';
import { type BlobStore, createBlobStore } from '@hoclieu/storage';
import type { Logger } from 'pino';
import { type CacheBus, createCacheBus } from './cache/cache-bus.js';
import { openDatabase } from './database-sql.js';
import type { Config } from './env.js';
import { searchSqlQuery } from './search/search-sql.js';

export interface Infrastructure {
  db: Db;
  sql: Sql;
  cacheBus: CacheBus;
  databaseUrl: string;
  databaseKind: string;
  storage: BlobStore;
  search: SearchEngine;
  materialsIndex: SearchIndex;
  questionsIndex: SearchIndex;
  /** Closes this process's connections only (a cluster's primary after the once-only work). */
  closeClients(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Creates the process's clients from the config: embedded PostgreSQL when no DATABASE_URL is set,
 * migrations applied, storage and search adapters chosen. Shared by the server and the commands.
 */
export async function bootstrap(
  config: Config,
  log: Logger,
  options: { migrate?: boolean } = {},
): Promise<Infrastructure> {
  let embedded: RunningPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    log.info({ dataDir: config.dataDir }, 'no DATABASE_URL: starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'postgres'),
      onLog: (m) => log.debug(m),
    });
    for (const note of embedded.notes) log.info(note);
    if (embedded.attached) log.info({ port: embedded.port }, 'using the embedded PostgreSQL the server runs');
    databaseUrl = embedded.url('hoclieu');
    await ensureDatabase(databaseUrl);
  }
  // A cluster's workers start after their primary applied them: once, not once per process.
  if (options.migrate ?? true) {
    const applied = await migrate(databaseUrl);
    if (applied.length) log.info({ applied }, 'migrations applied');
  }

  const { db, sql } = openDatabase(databaseUrl, config.connections);
  const cacheBus = createCacheBus({ connectionString: databaseUrl, log });
  await cacheBus.listening();
  const query = searchSqlQuery(sql);
  const materialsIndex = createSearchIndex(config.search, { name: 'materials', query });
  const questionsIndex = createSearchIndex(config.search, { name: 'questions', query });
  for (const index of [materialsIndex, questionsIndex]) {
    await index
      .ensureReady()
      .catch((error) =>
        log.error({ err: error, index: index.name }, 'search index not ready; outbox will retry'),
      );
  }
  let clientsClosed = false;
  async function closeClients() {
    if (clientsClosed) return;
    clientsClosed = true;
    await cacheBus.close();
    await db.$disconnect();
    await sql.end();
  }
  return {
    db,
    sql,
    cacheBus,
    databaseUrl,
    databaseKind: embedded ? 'embedded-postgres' : 'postgres',
    storage: createBlobStore(config.storage, { defaultDir: join(config.dataDir, 'files') }),
    search: createSearchEngine(config.search, { query }),
    materialsIndex,
    questionsIndex,
    closeClients,
    async close() {
      await closeClients();
      await embedded?.stop();
    },
  };
}
