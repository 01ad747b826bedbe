import { beforeAll, describe, expect, it } from 'vitest';
import { type SearchIndex, searchUnderstood, teacherVocabulary } from '../src/index.js';
import { day, LIBRARY, material, type OpenSearchIndex, search, uniqueIndexName } from './search-fixtures.js';

const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id);
const SUBJECTS = [
  { code: 'TOAN', name: 'Toán' },
  { code: 'VAN', name: 'Ngữ văn' },
  { code: 'DIA', name: 'Địa lí' },
];
const vocabulary = teacherVocabulary('materials', SUBJECTS);
const understood = (result: { understood: { facet: string; value: string }[] }) =>
  result.understood.map(({ facet, value }) => `${facet}=${value}`);

/** Words naming a subject, grade or type filter by it; typos up to two edits; highlights. */
export function describeSearchUnderstanding(open: OpenSearchIndex): void {
  describe("understanding a teacher's words", () => {
    let index: SearchIndex;
    beforeAll(async () => {
      index = await open(uniqueIndexName());
      await index.ensureReady();
      await index.upsert(LIBRARY);
    });
    const ask = (text: string) => searchUnderstood(index, search({ text }), vocabulary);

    it('reads subject and grade names as filters, the rest as text', async () => {
      const result = await ask('toan lop 6');
      expect(understood(result)).toEqual(['subjectCode=TOAN', 'grade=6']);
      expect(ids(result)[0]).toBe('toan6');
      expect(ids(result)).not.toContain('toan7');
      expect(result.highlight).toEqual(expect.arrayContaining(['toan', 'lop', '6']));
      const named = await ask('Ngữ văn L6 Thánh Gióng');
      expect(understood(named)).toEqual(['subjectCode=VAN', 'grade=6']);
      expect(ids(named)).toEqual(['vanban']);
    });

    it('reads type words: a video about the Earth', async () => {
      const result = await ask('video trai dat');
      expect(understood(result)).toEqual(['type=video']);
      expect(ids(result)).toEqual(['diali']);
    });

    it('leaves a lone everyday word to the text', async () => {
      expect(understood(await ask('so tu nhien toan'))).toEqual([]);
      expect(ids(await ask('so tu nhien toan'))).toEqual(['toan6']);
    });

    it('falls back to the plain text when the reading finds nothing', async () => {
      // "bài giảng" names a type, but the slide that says it is of another type.
      const result = await ask('phan so bai giang');
      expect(understood(result)).toEqual([]);
      expect(ids(result)).toEqual(['phanso']);
    });

    it('leaves facets the teacher filters already to the text', async () => {
      const result = await searchUnderstood(
        index,
        search({ text: 'lop 6', filters: { subjectCode: ['VAN'], grade: [6] } }),
        vocabulary,
      );
      expect(understood(result)).toEqual([]);
      expect(ids(result)).toEqual(['vanban']);
    });

    it('lists every document of the names when all words name facets, those holding the words first', async () => {
      const own = await open(uniqueIndexName());
      await own.ensureReady();
      const video = { subjectCode: 'DIA', grade: 6, type: 'video', scope: 'district', schoolId: null };
      await own.upsert([
        material({ id: 'named', title: 'Địa lí 6: video ôn tập', facets: video, updatedAt: day(3) }),
        material({ id: 'unnamed', title: 'Trái Đất quay quanh Mặt Trời', facets: video, updatedAt: day(4) }),
        material({ id: 'older', title: 'Các đới khí hậu', facets: video, updatedAt: day(2) }),
        material({ id: 'slide', title: 'Địa lí lớp 6 video', facets: { ...video, type: 'slide' } }),
      ]);
      const result = await searchUnderstood(own, search({ text: 'dia li lop 6 video' }), vocabulary);
      expect(understood(result)).toEqual(['subjectCode=DIA', 'grade=6', 'type=video']);
      expect(ids(result)).toEqual(['named', 'unnamed', 'older']);
      expect(result.total).toBe(3);
      const second = await searchUnderstood(
        own,
        search({ text: 'dia li lop 6 video', page: 2, pageSize: 2 }),
        vocabulary,
      );
      expect(ids(second)).toEqual(['older']);
    });

    it('finds a word two edits away from five letters, and says which words matched', async () => {
      const result = await ask('tuyenn thuyet');
      expect(ids(result)[0]).toBe('vanban');
      expect(result.highlight).toContain('thuyet');
    });
  });
}
