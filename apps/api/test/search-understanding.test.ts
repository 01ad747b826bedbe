import { seedCurriculum } from '@hoclieu/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import { choiceQuestion, createQuestion } from './question-fixtures.js';
import { buildWorld, get, type World } from './world.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  // The subjects (and their names, which the search reads) come from the curriculum.
  await seedCurriculum(t.db);
});
afterAll(() => t.close());

interface Found {
  items: { id: string; title: string }[];
  understood: { facet: string; value: string; label: string; words: string[] }[];
  highlight: string[];
}
const search = async (query: string) => {
  await t.app.searchOutbox.drain();
  const response = await get(w.teacher.client, `/api/materials?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as Found;
};
const create = async (payload: Record<string, unknown>) => {
  const response = await w.teacher.client.request({
    method: 'POST',
    url: '/api/materials',
    payload: { type: 'lecture', licence: 'cc_by', ...payload },
  });
  expect(response.statusCode).toBe(200);
  return response.json().id as string;
};

describe("search that understands a teacher's words", () => {
  it('reads "toan lop 6" as Toán · Lớp 6, says so, and can be told not to', async () => {
    const fractions = await create({
      title: 'Phân số và số thập phân – Toán 6',
      subjectCode: 'toan',
      grade: 6,
    });
    await create({ title: 'An toàn giao thông', grade: 6 });
    await create({ title: 'Hàm số bậc nhất – Toán 9', subjectCode: 'toan', grade: 9 });

    const found = await search('q=toan%20lop%206');
    expect(found.items.map((i) => i.id)).toEqual([fractions]);
    expect(found.understood).toEqual([
      { facet: 'subjectCode', value: 'toan', label: 'Toán', words: ['toan'] },
      { facet: 'grade', value: '6', label: 'Lớp 6', words: ['lop', '6'] },
    ]);
    expect(found.highlight).toEqual(expect.arrayContaining(['toan', '6']));

    // Dropped by the teacher: the words are text again ("lop" is in no title).
    const plain = await search('q=toan%20lop%206&understand=false');
    expect(plain.understood).toEqual([]);
    expect(plain.items).toEqual([]);
  });

  it('keeps a lone everyday word as text, and corrects two typing slips ("thnogg")', async () => {
    const safety = await search('q=an%20toan%20giao%20thong');
    expect(safety.understood).toEqual([]);
    expect(safety.items.map((i) => i.title)).toEqual(['An toàn giao thông']);
    const typo = await search('q=giao%20thnogg');
    expect(typo.items.map((i) => i.title)).toEqual(['An toàn giao thông']);
    expect(typo.highlight).toContain('thong');
  });

  it('reads level words in the question bank: "dao dong van dung"', async () => {
    const known = await createQuestion(w.teacher.client, choiceQuestion('<p>Dao động điều hoà là gì?</p>'));
    const applied = await createQuestion(
      w.teacher.client,
      choiceQuestion('<p>Một vật dao động điều hoà với biên độ 5 cm…</p>', { level: 'van_dung' }),
    );
    await t.app.searchOutbox.drain();
    const response = await get(w.teacher.client, '/api/questions?q=dao%20dong%20van%20dung');
    expect(response.statusCode).toBe(200);
    const found = response.json() as Found;
    expect(found.understood.map((u) => u.label)).toEqual(['Vận dụng']);
    expect(found.items.map((i) => i.id)).toEqual([applied.id]);
    expect(found.items.map((i) => i.id)).not.toContain(known.id);
  });
});
