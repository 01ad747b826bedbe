import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type {} from 'vitest';
import { createDb, type Db } from '../src/client.js';
import { createSql, type Sql } from '../src/sql.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

export interface TestDatabase {
  url: string;
  db: Db;
  /** The plain pool of the hot paths, on the same database. */
  sql: Sql;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
}

/** Runs `statement` on database `database` of the server of `serverUrl`. */
export async function runOn(serverUrl: string, database: string, statement: string): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The clients of database `name` (already created) on the server of `serverUrl`; drop() drops it. */
export function openTestDatabase(serverUrl: string, name: string): TestDatabase {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDb({ connectionString: url.toString(), maxConnections: 5 });
  const sql = createSql({ connectionString: url.toString(), maxConnections: 5 });
  return {
    url: url.toString(),
    db,
    sql,
    async drop() {
      await db.$disconnect();
      await sql.end();
      await runOn(serverUrl, 'postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * A fresh database cloned from the migrated template: cheap isolation for one test file.
 * `templateUrl` comes from vitest's `inject('templateDatabaseUrl')`.
 */
export async function createTestDatabase(templateUrl: string): Promise<TestDatabase> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const name = `test_${randomBytes(6).toString('hex')}`;
  await runOn(templateUrl, 'postgres', `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return openTestDatabase(templateUrl, name);
}
