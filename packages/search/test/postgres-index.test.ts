import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createPostgresIndex } from '../src/index.js';
import { TOTAL_CAP } from '../src/postgres-index-search.js';
import { type SearchDatabase, startSearchDatabase } from './embedded-database.js';
import { material, search, uniqueIndexName } from './search-fixtures.js';
import { describeSearchIndexContract } from './search-index-contract.js';

// A real, migrated PostgreSQL (embedded): the suite checks SQL, so it cannot fake the database.
let database: SearchDatabase;
beforeAll(async () => {
  database = await startSearchDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** A new, empty index of its own on the suite's database. */
async function readyIndex() {
  const index = createPostgresIndex({ name: uniqueIndexName(), query: database.query });
  await index.ensureReady();
  return index;
}

describeSearchIndexContract('postgres (embedded)', async (name) =>
  createPostgresIndex({ name, query: database.query }),
);

describe('postgres: bounded work on huge match sets', () => {
  it('counts exactly up to TOTAL_CAP, then says "more than"', async () => {
    const index = await readyIndex();
    const docs = Array.from({ length: TOTAL_CAP + 5 }, (_, i) =>
      material({
        id: `m${i}`,
        title: i % 2 === 0 ? 'Phương trình bậc hai' : 'Hệ phương trình',
        facets: { grade: i < 10 ? 9 : 6 },
        updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    await index.upsert(docs);

    for (const text of ['phuong trinh', '']) {
      const capped = await index.search(search({ text, facets: ['grade'] }));
      expect(capped.total).toBe(TOTAL_CAP);
      expect(capped.totalCapped).toBe(true);
      expect(capped.hits).toHaveLength(20);
      // Facets over the bounded sample: never more than was read.
      const counted = Object.values(capped.facets.grade ?? {}).reduce((a, b) => a + b, 0);
      expect(counted).toBeLessThanOrEqual(TOTAL_CAP + 1);
    }
    // Listing stays newest first when capped.
    const newest = await index.search(search({ pageSize: 3 }));
    expect(newest.hits.map((hit) => hit.id)).toEqual([
      `m${TOTAL_CAP + 4}`,
      `m${TOTAL_CAP + 3}`,
      `m${TOTAL_CAP + 2}`,
    ]);
    const page2 = await index.search(search({ page: 2, pageSize: 3 }));
    expect(page2.hits.map((hit) => hit.id)).toEqual([
      `m${TOTAL_CAP + 1}`,
      `m${TOTAL_CAP}`,
      `m${TOTAL_CAP - 1}`,
    ]);

    // Under the cap: exact, no flag, exact facet counts.
    const few = await index.search(search({ filters: { grade: [9] }, facets: ['grade'] }));
    expect(few.total).toBe(10);
    expect(few.totalCapped).toBeUndefined();
    expect(few.facets).toEqual({ grade: { '9': 10 } });
    // Title matches still rank first among the candidates.
    const titled = await index.search(search({ text: 'phuong trinh bac', pageSize: 5 }));
    expect(titled.hits.length).toBeGreaterThan(0);
    expect(Number(titled.hits[0]?.id.slice(1)) % 2).toBe(0);
  });
});

describe('postgres: ranking among many title matches', () => {
  it('puts a title about the query, with its words in order, before titles that mention them', async () => {
    const index = await readyIndex();
    const noise = ['thể tích', 'quãng đường', 'đoạn văn', 'lò xo', 'tu từ', 'góc'];
    // The expected ones are the oldest: ties would put them last.
    const newer = '2026-02-01T00:00:00.000Z';
    await index.upsert([
      material({ id: 'repeated', title: 'Quang hợp quang hợp rằng đoạn văn tu từ', updatedAt: newer }),
      material({
        id: 'among',
        title: `Hô hấp ${noise.join(' ')} quang hợp ${noise.join(' ')}`,
        updatedAt: newer,
      }),
      material({ id: 'focused', title: 'Quang hợp ở thực vật' }),
      material({ id: 'reversed', title: 'Phân tích nhân vật', updatedAt: newer }),
      material({ id: 'ordered', title: 'Nguyên hàm và tích phân' }),
    ]);
    const ids = async (text: string) => (await index.search(search({ text }))).hits.map((hit) => hit.id);
    expect((await ids('quang hop'))[0]).toBe('focused');
    expect(await ids('tich phan')).toEqual(['ordered', 'reversed']);
  });
});

describe('postgres: typo correction against the vocabulary', () => {
  it('corrects each word to a known one and keeps word counts through updates and removals', async () => {
    const index = await readyIndex();
    await index.upsert([
      material({ id: 'dd', title: 'Dao động điều hoà của con lắc lò xo' }),
      material({ id: 'pt', title: 'Phương trình bậc hai', body: 'Quang hợp' }),
      material({ id: 'x', title: 'Hai con lắc' }),
    ]);
    const found = async (text: string) => (await index.search(search({ text }))).hits.map((hit) => hit.id);
    expect((await found('dao dong dieu hao'))[0]).toBe('dd');
    expect(await found('phuong trnh')).toEqual(['pt']);
    expect(await found('quang hopp')).toEqual(['pt']);
    expect(await found('xyzzy qwerty')).toEqual([]);

    const documents = async (word: string) =>
      (
        await database.query(
          'SELECT documents FROM search.word WHERE index_name = $1 AND word = $2',
          [index.name, word],
          z.object({ documents: z.number() }),
        )
      )[0]?.documents ?? 0;
    expect(await documents('lac')).toBe(2);
    expect(await documents('hop')).toBe(1);
    await index.upsert([material({ id: 'x', title: 'Ba con lắc đơn' })]);
    expect([await documents('lac'), await documents('hai'), await documents('ba')]).toEqual([2, 1, 1]);
    await index.remove(['dd', 'x']);
    expect([await documents('lac'), await documents('dieu')]).toEqual([0, 0]);
    // A word no document holds any more is no correction.
    expect(await found('dieu lo xo')).toEqual([]);
    await index.clear();
    expect(await documents('phuong')).toBe(0);
  });
});
