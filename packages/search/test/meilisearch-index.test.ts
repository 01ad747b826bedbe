import { describe, expect, it } from 'vitest';
import { createMeilisearchIndex } from '../src/index.js';
import { closedPort } from './closed-port.js';
import { search } from './search-fixtures.js';
import { describeSearchIndexContract } from './search-index-contract.js';

const url = process.env.MEILI_URL;

// No Meilisearch can run on every machine: runs where one is reachable, e.g. with docker compose.
describe.skipIf(!url)('meilisearch index (MEILI_URL)', () => {
  describeSearchIndexContract('meilisearch', async (name) =>
    createMeilisearchIndex({ name, url: String(url), masterKey: process.env.MEILI_MASTER_KEY }),
  );
});

describe('meilisearch index (unreachable)', () => {
  it('fails loudly instead of answering nothing', async () => {
    const index = createMeilisearchIndex({
      name: 'materials',
      url: `http://127.0.0.1:${await closedPort()}`,
    });
    await expect(index.ensureReady()).rejects.toThrow();
    await expect(index.search(search({ text: 'toan' }))).rejects.toThrow();
  });

  it('answers an empty audience without asking the server', async () => {
    const index = createMeilisearchIndex({
      name: 'materials',
      url: `http://127.0.0.1:${await closedPort()}`,
    });
    expect(await index.search(search({ audience: [], facets: ['grade'] }))).toEqual({
      hits: [],
      total: 0,
      facets: { grade: {} },
    });
  });
});
