import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../src/index.js';
import { LIBRARY, type OpenSearchIndex, search, uniqueIndexName } from './search-fixtures.js';
import { describeSearchIndexWrites } from './search-index-contract-writes.js';
import { describeSearchUnderstanding } from './search-understanding-contract.js';

/** Opens an index of the adapter under test, with the given name. */
const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id);

/**
 * What every SearchIndex adapter owes the API: the same answers from Postgres and Meilisearch.
 * Reads share one library index; writes get a fresh index per test (see the writes file).
 */
export function describeSearchIndexContract(adapter: string, open: OpenSearchIndex): void {
  describe(`SearchIndex contract: ${adapter}`, () => {
    let index: SearchIndex;
    beforeAll(async () => {
      index = await open(uniqueIndexName());
      await index.ensureReady();
      await index.ensureReady(); // idempotent: every API start calls it
      await index.upsert(LIBRARY);
    });

    describe('matching', () => {
      it('ignores diacritics in the query and the text', async () => {
        expect(ids(await index.search(search({ text: 'toan lop 6' })))[0]).toBe('toan6');
        expect(ids(await index.search(search({ text: 'Toán lớp 6' })))[0]).toBe('toan6');
        expect(ids(await index.search(search({ text: 'phan so' })))[0]).toBe('phanso');
      });

      it('matches đ and d alike', async () => {
        for (const text of ['dia li', 'Địa lí', 'đia li', 'ĐỊA LÍ']) {
          expect(ids(await index.search(search({ text })))[0]).toBe('diali');
        }
      });

      it('treats the last word as a prefix (search as you type)', async () => {
        for (const text of ['toan lo', 'Toán l', 'toa']) {
          const found = ids(await index.search(search({ text })));
          expect(found).toEqual(expect.arrayContaining(['toan6', 'toan7']));
        }
      });

      it('still finds a title with a small typo', async () => {
        expect(ids(await index.search(search({ text: 'toan lpo 6' })))).toContain('toan6');
      });

      it('finds a word that only the extracted text holds', async () => {
        const result = await index.search(search({ text: 'thanh giong' }));
        expect(ids(result)[0]).toBe('vanban');
        expect(ids(result)).not.toContain('secret');
      });

      it('finds tags', async () => {
        expect(ids(await index.search(search({ text: 'truyen thuyet' })))[0]).toBe('vanban');
      });

      it('never throws on special characters', async () => {
        const texts = [
          `"toán`,
          'toán & lớp',
          'lớp:6',
          '100%',
          "l'ớp",
          "'; DROP TABLE x; --",
          '\\',
          '*',
          '(',
          '!',
          '-toan',
          '<->',
          '|',
          ':*',
          '"""',
          '\u0000',
        ];
        for (const text of texts) {
          const result = await index.search(search({ text, facets: ['subjectCode'] }));
          expect(result.total).toBeGreaterThanOrEqual(0);
        }
        expect(ids(await index.search(search({ text: `Toán & 'lớp' "6":` })))[0]).toBe('toan6');
      });

      it('returns numeric scores, best first', async () => {
        const { hits } = await index.search(search({ text: 'toan lop 6' }));
        for (const hit of hits) expect(typeof hit.score).toBe('number');
      });
    });

    describe('visibility', () => {
      it('hides documents from viewers outside their audience, in hits, total and facets', async () => {
        const result = await index.search(search({ text: 'toan', facets: ['subjectCode'] }));
        expect(ids(result).sort()).toEqual(['toan6', 'toan7']);
        expect(result.total).toBe(2);
        expect(result.facets).toEqual({ subjectCode: { TOAN: 2 } });
      });

      it('shows them to their audience', async () => {
        const result = await index.search(search({ text: 'toan lop 6 nang cao', audience: ['school:A'] }));
        expect(ids(result)).toEqual(['secret']);
      });

      it('shows nothing to a viewer without tokens', async () => {
        const result = await index.search(search({ audience: [], facets: ['grade'] }));
        expect(result).toEqual({ hits: [], total: 0, facets: { grade: {} } });
      });
    });

    describe('listing, filters and facets', () => {
      it('lists everything visible, newest first, for an empty text', async () => {
        for (const text of ['', '   ', '&:%']) {
          const result = await index.search(search({ text }));
          expect(ids(result)).toEqual(['toan6', 'toan7', 'phanso', 'diali', 'vanban']);
          expect(result.total).toBe(5);
        }
      });

      it('filters by facet: AND across facets, OR within one, numbers as strings', async () => {
        const only = async (filters: Record<string, (string | number)[]>) =>
          ids(await index.search(search({ filters })));
        expect(await only({ subjectCode: ['TOAN'], grade: [6] })).toEqual(['toan6', 'phanso']);
        expect(await only({ subjectCode: ['TOAN'], grade: ['6'] })).toEqual(['toan6', 'phanso']);
        expect(await only({ subjectCode: ['TOAN', 'DIA'], grade: ['6', '7'] })).toEqual([
          'toan6',
          'toan7',
          'phanso',
          'diali',
        ]);
        expect(await only({ subjectCode: [] })).toHaveLength(5);
        expect(await only({ subjectCode: ['"] OR audience EXISTS'] })).toEqual([]);
      });

      it('combines text and filters', async () => {
        const result = await index.search(search({ text: 'lop 6', filters: { subjectCode: ['VAN'] } }));
        expect(ids(result)).toEqual(['vanban']);
      });

      it('counts facet values over all matches, requested facets always present', async () => {
        const all = await index.search(search({ facets: ['subjectCode', 'grade', 'missing'] }));
        expect(all.facets).toEqual({
          subjectCode: { TOAN: 3, DIA: 1, VAN: 1 },
          grade: { '6': 4, '7': 1 },
          missing: {},
        });
        // Counts follow every filter, the facet's own included.
        const toan = await index.search(
          search({ filters: { subjectCode: ['TOAN'] }, facets: ['subjectCode', 'grade'] }),
        );
        expect(toan.facets).toEqual({ subjectCode: { TOAN: 3 }, grade: { '6': 2, '7': 1 } });
      });

      it('paginates with an unchanged total', async () => {
        const page = async (n: number) => index.search(search({ page: n, pageSize: 2, facets: ['grade'] }));
        const [first, second, third, beyond] = await Promise.all([page(1), page(2), page(3), page(4)]);
        expect([ids(first), ids(second), ids(third), ids(beyond)]).toEqual([
          ['toan6', 'toan7'],
          ['phanso', 'diali'],
          ['vanban'],
          [],
        ]);
        for (const result of [first, second, third, beyond]) {
          expect(result.total).toBe(5);
          expect(result.facets).toEqual({ grade: { '6': 4, '7': 1 } });
        }
      });

      it('rejects a page or facet name it cannot serve', async () => {
        await expect(index.search(search({ page: 0 }))).rejects.toThrow(RangeError);
        await expect(index.search(search({ pageSize: 1000 }))).rejects.toThrow(RangeError);
        await expect(index.search(search({ facets: ['a b'] }))).rejects.toThrow(RangeError);
      });
    });

    describeSearchIndexWrites(open);
    describeSearchUnderstanding(open);
  });
}
