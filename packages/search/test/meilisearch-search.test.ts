import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMeilisearchSearch } from '../src/index.js';
import { describeSearchEngineContract } from './search-engine-contract.js';

/** A port that was just free and now refuses connections: no Meilisearch can run on this machine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

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
