import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntry, Db, Role } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { createTestDatabase, makeUser, type TestDatabase } from '@hoclieu/db/testing';
import {
  createPostgresIndex,
  createPostgresSearch,
  type SearchEngine,
  type SearchIndex,
} from '@hoclieu/search';
import { type BlobStore, createLocalDiskStore } from '@hoclieu/storage';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { type CacheBus, createCacheBus } from '../src/cache/cache-bus.js';
import type { TrustProxy } from '../src/env.js';
import { createJobQueue, type JobQueue } from '../src/jobs/queue.js';
import { createPasswordHasher } from '../src/modules/auth/passwords.js';
import { searchSqlQuery } from '../src/search/search-sql.js';

export const PASSWORD = 'Matkhau123';
const silentLogger = pino({ level: 'silent' });
const passwords = createPasswordHasher({ oneTimeKey: 'test-secret-test-secret-test-secret-0123' });
let passwordHash: Promise<string> | undefined;
/** One real argon2id hash shared by the test users (hashing per user would only slow tests). */
export const testPasswordHash = () => {
  passwordHash ??= passwords.hash(PASSWORD);
  return passwordHash;
};

export interface TestApp {
  app: FastifyInstance;
  jobs: JobQueue;
  storage: BlobStore;
  db: Db;
  sql: Sql;
  /** The app's own cache bus (its own LISTEN connection, as each API process has one). */
  cacheBus: CacheBus;
  /** The database the app runs on: another app passed `sameDatabaseAs: this` plays a second process. */
  database: TestDatabase;
  /** Moves the clock the app sees (sessions, sign-in delays). */
  clock: { now: Date };
  close(): Promise<void>;
}

/** The real app on a fresh database cloned from the migrated template, files in a temp dir. */
export async function createTestApp(
  overrides: {
    loginRateLimitPerMinute?: number;
    storage?: BlobStore;
    search?: SearchEngine;
    uploadMaxBytes?: number;
    /** The question-file parse limit (30 s, as in production, by default). */
    importParseTimeoutMs?: number;
    /** Secure cookies, as in production behind TLS. */
    cookieSecure?: boolean;
    /** A built web app to serve (its catch-all and static routes then exist); none by default. */
    webDist?: string;
    /** Wraps (or replaces) each real PostgreSQL index, materials and questions, e.g. to make it fail. */
    wrapIndexes?: (index: SearchIndex) => SearchIndex;
    /** Whose forwarded headers to believe (TRUST_PROXY); nobody's by default, as in production. */
    trustProxy?: TrustProxy;
    /** A database of the test's own (e.g. an older release's data, upgraded); dropped by close(). */
    database?: TestDatabase;
    /** A second API process: another app on this app's database (which the first app's close() drops). */
    sameDatabaseAs?: TestApp;
  } = {},
): Promise<TestApp> {
  const shared = overrides.sameDatabaseAs?.database;
  const database =
    (shared && { ...shared, drop: async () => undefined }) ??
    overrides.database ??
    (await createTestDatabase(inject('templateDatabaseUrl')));
  const filesDir = mkdtempSync(join(tmpdir(), 'hoclieu-files-'));
  const clock = { now: new Date() };
  const storage = overrides.storage ?? createLocalDiskStore({ root: filesDir });
  const query = searchSqlQuery(database.sql);
  const { wrapIndexes = (index) => index } = overrides;
  const materialsIndex = wrapIndexes(createPostgresIndex({ name: 'materials', query }));
  const questionsIndex = wrapIndexes(createPostgresIndex({ name: 'questions', query }));
  const ready = await Promise.allSettled([materialsIndex.ensureReady(), questionsIndex.ensureReady()]);
  // As bootstrap does, a wrapped index down at start is not fatal: the outbox prepares it later.
  const failed = ready.find((r) => r.status === 'rejected');
  if (failed && !overrides.wrapIndexes) throw failed.reason;
  const jobs = createJobQueue(database.url, silentLogger);
  await jobs.start();
  const cacheBus = createCacheBus({ connectionString: database.url, log: silentLogger });
  await cacheBus.listening();
  const app = await buildApp({
    config: {
      cookieSecure: overrides.cookieSecure ?? false,
      ...(overrides.trustProxy === undefined ? {} : { trustProxy: overrides.trustProxy }),
      sessionSecret: 'test-secret-test-secret-test-secret-0123',
      webDist: overrides.webDist ?? join(filesDir, 'no-web'),
      importMaxBytes: 2 * 1024 * 1024,
      importParseTimeoutMs: overrides.importParseTimeoutMs ?? 30_000,
      uploadMaxBytes: overrides.uploadMaxBytes ?? 50 * 1024 * 1024,
      loginRateLimitPerMinute: overrides.loginRateLimitPerMinute ?? 1000,
      logLevel: 'silent',
    },
    db: database.db,
    sql: database.sql,
    cacheBus,
    storage,
    search: overrides.search ?? createPostgresSearch({ query }),
    materialsIndex,
    questionsIndex,
    jobs,
    passwords,
    databaseKind: 'embedded-postgres',
    clock: () => clock.now,
  });
  await app.ready();
  return {
    app,
    jobs,
    storage,
    db: database.db,
    sql: database.sql,
    cacheBus,
    database,
    clock,
    async close() {
      await app.close();
      await cacheBus.close();
      await jobs.stop();
      await database.drop();
      rmSync(filesDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The audit entries of one resource, oldest first. */
export const auditTrail = (t: TestApp, resourceId: string): Promise<AuditEntry[]> =>
  t.db.auditEntry.findMany({ where: { resourceId }, orderBy: { createdAt: 'asc' } });

export interface Client {
  userId: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Where a login comes from: a client address, forwarded-for and origin headers. */
type LoginOptions = Pick<InjectOptions, 'headers' | 'remoteAddress'>;

/** The login route's answer to these credentials, as it is: nothing of the session is kept. */
export const attemptLogin = (
  app: FastifyInstance,
  username: string,
  password = PASSWORD,
  options: LoginOptions = {},
) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, ...options });

/** The session cookie header and CSRF token of a successful login's answer. */
export function sessionOf(response: LightMyRequestResponse) {
  const cookie = response.cookies.find((c) => c.name === 'hoclieu_session');
  const { csrfToken } = response.json() as { csrfToken: string };
  return { cookie: `hoclieu_session=${cookie?.value}`, csrfToken };
}

/** Signs in through the real login route and returns a client that sends the cookie and CSRF token. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = PASSWORD,
  options: LoginOptions = {},
): Promise<Client> {
  const response = await attemptLogin(app, username, password, options);
  if (response.statusCode !== 200)
    throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const { cookie, csrfToken } = sessionOf(response);
  return {
    userId: (response.json() as { user: { id: string } }).user.id,
    request: (options) =>
      app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...options.headers } }),
  };
}

/** Creates a user of a role (in the given unit, or a new one) and signs them in. */
export async function userOf(
  t: TestApp,
  role: Role,
  unit: { provinceId?: string; districtId?: string; schoolId?: string } = {},
): Promise<Client> {
  const user = await makeUser(t.db, role, { passwordHash: await testPasswordHash(), ...unit });
  return signIn(t.app, user.username);
}
