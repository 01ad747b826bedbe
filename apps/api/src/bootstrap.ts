import { join } from 'node:path';
import { type Db, ensureDatabase, migrate } from '@hoclieu/db';
import { type RunningPostgres, startEmbeddedPostgres } from '@hoclieu/db/embedded';
import type { Sql } from '@hoclieu/db/sql';
import {
  createSearchEngine,
  createSearchIndex,
  type SearchEngine,
  type SearchIndex,
  type SqlQuery,
} from '@hoclieu/search';
import { type BlobStore, createBlobStore } from '@hoclieu/storage';
import type { Logger } from 'pino';
import { openDatabase } from './database-sql.js';
import type { Config } from './env.js';

export interface Infrastructure {
  db: Db;
  sql: Sql;
  databaseUrl: string;
  databaseKind: string;
  storage: BlobStore;
  search: SearchEngine;
  materialsIndex: SearchIndex;
  questionsIndex: SearchIndex;
  close(): Promise<void>;
}

/**
 * Creates the process's clients from the config: embedded PostgreSQL when no DATABASE_URL is set,
 * migrations applied, storage and search adapters chosen. Shared by the server and the commands.
 */
export async function bootstrap(config: Config, log: Logger): Promise<Infrastructure> {
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
  const applied = await migrate(databaseUrl);
  if (applied.length) log.info({ applied }, 'migrations applied');

  const { db, sql } = openDatabase(databaseUrl, config.connections);
  const query: SqlQuery = (sql, params = []) => db.$queryRawUnsafe(sql, ...params);
  const materialsIndex = createSearchIndex(config.search, { name: 'materials', query });
  const questionsIndex = createSearchIndex(config.search, { name: 'questions', query });
  for (const index of [materialsIndex, questionsIndex]) {
    await index
      .ensureReady()
      .catch((error) =>
        log.error({ err: error, index: index.name }, 'search index not ready; outbox will retry'),
      );
  }
  return {
    db,
    sql,
    databaseUrl,
    databaseKind: embedded ? 'embedded-postgres' : 'postgres',
    storage: createBlobStore(config.storage, { defaultDir: join(config.dataDir, 'files') }),
    search: createSearchEngine(config.search, { query }),
    materialsIndex,
    questionsIndex,
    async close() {
      await db.$disconnect();
      await sql.end();
      await embedded?.stop();
    },
  };
}
