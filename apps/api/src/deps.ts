import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { SearchEngine, SearchIndex } from '@hoclieu/search';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyBaseLogger } from 'fastify';
import type { CacheBus } from './cache/cache-bus.js';
import type { Config } from './env.js';
import type { JobQueue } from './jobs/queue.js';
import type { PasswordHasher } from './modules/auth/passwords.js';

/** Everything the app needs from the outside, created by server.ts (or a test) and passed in. */
export interface AppDeps {
  config: Pick<
    Config,
    | 'cookieSecure'
    | 'sessionSecret'
    | 'webDist'
    | 'importMaxBytes'
    | 'importParseTimeoutMs'
    | 'uploadMaxBytes'
    | 'loginRateLimitPerMinute'
    | 'logLevel'
  > & {
    /** Other origins the browser may send to: the object store of presigned uploads. */
    connectSources?: string[];
    /** Demo data loaded (SEED_DEMO): the sign-in page lists the demo accounts. Default false. */
    seedDemo?: boolean;
    /** Whose forwarded headers to believe (TRUST_PROXY); default false: nobody's. */
    trustProxy?: Config['trustProxy'];
  };
  db: Db;
  /** Plain pg pool of the hot paths (sessions, starting and saving attempts), same database. */
  sql: Sql;
  /** Tells the process's caches what other processes changed (cache/cache-bus.ts); its owner closes it. */
  cacheBus: CacheBus;
  storage: BlobStore;
  search: SearchEngine;
  /** The learning-materials index (PostgreSQL or Meilisearch), fed through the search outbox. */
  materialsIndex: SearchIndex;
  /** The question-bank index, fed through the same outbox. */
  questionsIndex: SearchIndex;
  /** Background jobs (pg-boss); the app registers its workers on it. */
  jobs: JobQueue;
  passwords: PasswordHasher;
  /** What the health report calls the database: embedded-postgres or postgres. */
  databaseKind: string;
  clock: () => Date;
  /** The process's logger; tests leave it out and get one at `config.logLevel`. */
  logger?: FastifyBaseLogger;
}
