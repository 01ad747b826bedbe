import { afterAll, beforeAll } from 'vitest';
import { createPostgresIndex } from '../src/index.js';
import { type SearchDatabase, startSearchDatabase } from './embedded-database.js';
import { describeSearchIndexContract } from './search-index-contract.js';

// A real, migrated PostgreSQL (embedded): the suite checks SQL, so it cannot fake the database.
let database: SearchDatabase;
beforeAll(async () => {
  database = await startSearchDatabase();
});
afterAll(async () => {
  await database?.close();
});

describeSearchIndexContract('postgres (embedded)', async (name) =>
  createPostgresIndex({ name, query: (sql, params) => database.query(sql, params) }),
);
