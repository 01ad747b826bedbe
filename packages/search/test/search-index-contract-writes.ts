import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../src/index.js';
import { MAX_BODY_CHARS } from '../src/index.js';
import { material, search, uniqueIndexName } from './search-fixtures.js';

/** The writing half of the SearchIndex contract: each test gets its own empty index. */
export function describeSearchIndexWrites(open: (name: string) => Promise<SearchIndex>): void {
  const fresh = async () => {
    const index = await open(uniqueIndexName());
    await index.ensureReady();
    return index;
  };
  const ids = async (index: SearchIndex, text = '') =>
    (await index.search(search({ text }))).hits.map((hit) => hit.id);

  describe('writes', () => {
    it('replaces a document on upsert instead of adding another', async () => {
      const index = await fresh();
      await index.upsert([material({ id: 'm1', title: 'Hình học' })]);
      await index.upsert([material({ id: 'm1', title: 'Đại số', audience: ['user:x'] })]);
      expect(await index.count()).toBe(1);
      expect(await ids(index, 'hinh hoc')).toEqual([]);
      expect(await ids(index, 'dai so')).toEqual(['m1']);
    });

    it('keeps the last of repeated ids in one upsert', async () => {
      const index = await fresh();
      await index.upsert([
        material({ id: 'm1', title: 'Hình học' }),
        material({ id: 'm1', title: 'Đại số' }),
      ]);
      expect(await index.count()).toBe(1);
      expect(await ids(index, 'dai so')).toEqual(['m1']);
    });

    it('removes documents, ignoring unknown ids', async () => {
      const index = await fresh();
      await index.upsert([material({ id: 'm1' }), material({ id: 'm2' })]);
      await index.remove(['m1', 'unknown']);
      await index.remove([]);
      expect(await index.count()).toBe(1);
      expect(await ids(index)).toEqual(['m2']);
    });

    it('clears one index and leaves the others alone', async () => {
      const [index, other] = await Promise.all([fresh(), fresh()]);
      await index.upsert([material({ id: 'm1' }), material({ id: 'm2' }), material({ id: 'm3' })]);
      await other.upsert([material({ id: 'm1' })]);
      expect(await index.count()).toBe(3);
      await index.clear();
      expect(await index.count()).toBe(0);
      expect(await ids(index)).toEqual([]);
      expect(await other.count()).toBe(1);
    });

    it('indexes the start of a very long body', async () => {
      const index = await fresh();
      const body = `Chương một: quang hợp ở thực vật. ${'lorem ipsum '.repeat(MAX_BODY_CHARS / 4)}`;
      await index.upsert([material({ id: 'long', body, tags: [], updatedAt: new Date().toISOString() })]);
      expect(await ids(index, 'quang hop')).toEqual(['long']);
    });

    it('accepts an empty upsert and refuses ids or dates it cannot store', async () => {
      const index = await fresh();
      await index.upsert([]);
      await expect(index.upsert([material({ id: 'a/b' })])).rejects.toThrow(/id/);
      await expect(index.upsert([material({ id: 'm1', updatedAt: 'yesterday' })])).rejects.toThrow(
        /updatedAt/,
      );
      expect(await index.count()).toBe(0);
    });
  });
}
