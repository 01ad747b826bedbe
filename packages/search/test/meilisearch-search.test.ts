import { describe, expect, it } from 'vitest';
import { createMeilisearchSearch } from '../src/index.js';
import { closedPort } from './closed-port.js';
import { describeSearchEngineContract } from './search-engine-contract.js';

describeSearchEngineContract('meilisearch (unreachable)', async () =>
  createMeilisearchSearch({ url: `http://127.0.0.1:${await closedPort()}` }),
);

describe('meilisearch search health', () => {
  it('is down with the connection error when nothing listens', async () => {
    const search = createMeilisearchSearch({
      url: `http://127.0.0.1:${await closedPort()}`,
      healthTimeoutMs: 1000,
    });
    const report = await search.health();
    expect(report).toMatchObject({ status: 'down', message: expect.stringContaining('ECONNREFUSED') });
    expect(report.latencyMs).toBeLessThan(1500);
  });

  // Runs only where a real server is reachable, e.g. with the project's docker compose.
  it.skipIf(!process.env.MEILI_URL)('is ok against the Meilisearch at MEILI_URL', async () => {
    const search = createMeilisearchSearch({
      url: String(process.env.MEILI_URL),
      masterKey: process.env.MEILI_MASTER_KEY,
    });
    expect(await search.health()).toMatchObject({ status: 'ok' });
  });
});
