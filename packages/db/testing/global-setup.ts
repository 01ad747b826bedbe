import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/embedded.js';
import { ensureDatabase, migrate } from '../src/migrate.js';
import './database.js';

export const TEMPLATE_DATABASE = 'hoclieu_template';

/**
 * Vitest global setup: one real PostgreSQL per test run (embedded, or TEST_DATABASE_URL's server),
 * with a migrated template database that each test file clones (see createTestDatabase).
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = `/${TEMPLATE_DATABASE}`;
    await ensureDatabase(url.toString());
    await migrate(url.toString());
    project.provide('templateDatabaseUrl', url.toString());
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'hoclieu-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir });
  const templateUrl = server.url(TEMPLATE_DATABASE);
  await ensureDatabase(templateUrl);
  await migrate(templateUrl);
  project.provide('templateDatabaseUrl', templateUrl);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  };
}
