import { createServer } from 'node:net';
import { errorMessage } from '@hoclieu/contracts';
import { createMeilisearchIndex, createMeilisearchSearch, type SearchIndex } from '@hoclieu/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialDocument } from '../src/modules/materials/search-document.js';
import { questionDocument } from '../src/modules/questions/search-document.js';
import { expectHealth } from './health.js';
import { type Client, createTestApp, type TestApp, userOf } from './helpers.js';
import { choiceQuestion } from './question-fixtures.js';
import { switchableIndex } from './unreachable-index.js';

// The search engine goes away. Writes must still succeed, search must say so clearly,
// and after recovery the outbox must bring each index back to exactly what the database holds.

/** Creates and edits materials and questions; returns the ids written. */
async function writeSome(teacher: Client, label: string) {
  const materials: string[] = [];
  const questions: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const created = await teacher.request({
      method: 'POST',
      url: '/api/materials',
      payload: { title: `Học liệu ${label} ${i}`, type: 'lecture', licence: 'cc_by', tags: [label] },
    });
    expect(created.statusCode, created.body).toBe(200);
    materials.push(created.json().id);
    const question = await teacher.request({
      method: 'POST',
      url: '/api/questions',
      payload: choiceQuestion(`Câu hỏi ${label} số ${i}: chu kì dao động là gì?`),
    });
    expect(question.statusCode, question.body).toBe(200);
    questions.push(question.json().id);
  }
  const edited = await teacher.request({
    method: 'PATCH',
    url: `/api/materials/${materials[0]}`,
    payload: { title: `Học liệu ${label} đã sửa` },
  });
  expect(edited.statusCode, edited.body).toBe(200);
  const editedQuestion = await teacher.request({
    method: 'PUT',
    url: `/api/questions/${questions[0]}`,
    payload: choiceQuestion(`Câu hỏi ${label} đã sửa: tần số góc là gì?`),
  });
  expect(editedQuestion.statusCode, editedQuestion.body).toBe(200);
  const removed = await teacher.request({ method: 'DELETE', url: `/api/questions/${questions[2]}` });
  expect(removed.statusCode, removed.body).toBe(200);
  return { materials, questions };
}

function expectSearchUnavailable(response: { statusCode: number; json(): unknown }) {
  expect(response.statusCode).toBe(503);
  const body = response.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe('SEARCH_UNAVAILABLE');
  expect(body.error.message).toBe(errorMessage('SEARCH_UNAVAILABLE', 'vi'));
}

/** A port nobody listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('Meilisearch unreachable (closed port)', () => {
  let t: TestApp;
  let teacher: Client;
  beforeAll(async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    t = await createTestApp({
      wrapIndexes: ({ name }) => createMeilisearchIndex({ name, url, requestTimeoutMs: 2000 }),
      search: createMeilisearchSearch({ url, requestTimeoutMs: 2000, healthTimeoutMs: 1000 }),
    });
    teacher = await userOf(t, 'teacher');
  });
  afterAll(() => t.close());

  it('keeps the API up: health says degraded with the search engine down', async () => {
    await expectHealth(t.app, {
      status: 'degraded',
      database: { status: 'ok' },
      search: { status: 'down', kind: 'meilisearch' },
    });
  });

  it('saves materials and questions, keeping their changes in the outbox', async () => {
    await writeSome(teacher, 'meili');
    await t.app.searchOutbox.drain();
    const pending = await t.db.searchOutbox.groupBy({ by: ['indexName'], _count: true });
    expect(Object.fromEntries(pending.map((p) => [p.indexName, p._count]))).toMatchObject({
      materials: expect.any(Number),
      questions: expect.any(Number),
    });
  });

  it('answers searches with SEARCH_UNAVAILABLE and a Vietnamese message, without hanging', async () => {
    const started = performance.now();
    expectSearchUnavailable(await teacher.request({ method: 'GET', url: '/api/materials?q=hoc lieu' }));
    expectSearchUnavailable(await teacher.request({ method: 'GET', url: '/api/questions?q=dao dong' }));
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

/** Which indexes are "down", by index name. */
type Outage = Record<string, boolean>;

/** The real PostgreSQL index, throwing while its engine is "down" (the database itself is up). */
function faulty(index: SearchIndex, down: Outage): SearchIndex {
  return switchableIndex(index, () => (down[index.name] ? `${index.name} index unreachable` : undefined));
}

describe('search engine down at start, back with nothing to catch up', () => {
  const down: Outage = { materials: true, questions: true };
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ wrapIndexes: (real) => faulty(real, down) });
  });
  afterAll(() => t.close());

  it('prepares the indexes on the next outbox pass, so searching works again', async () => {
    const teacher = await userOf(t, 'teacher');
    expectSearchUnavailable(await teacher.request({ method: 'GET', url: '/api/materials?q=toan' }));
    down.materials = false;
    down.questions = false;
    // The server's timer kicks the outbox every few seconds; nothing was written meanwhile.
    await t.app.searchOutbox.drain();
    expect((await teacher.request({ method: 'GET', url: '/api/materials?q=toan' })).statusCode).toBe(200);
    expect((await teacher.request({ method: 'GET', url: '/api/questions?q=toan' })).statusCode).toBe(200);
  });
});

describe('search index down, then back: the outbox catches up', () => {
  const down: Outage = { materials: false, questions: false };

  const real: Record<string, SearchIndex> = {};
  let t: TestApp;
  let teacher: Client;
  beforeAll(async () => {
    // The API starts while the engine is down: its indexes were never prepared.
    down.materials = true;
    down.questions = true;
    t = await createTestApp({
      wrapIndexes: (index) => {
        real[index.name] = index;
        return faulty(index, down);
      },
    });
    teacher = await userOf(t, 'teacher');
  });
  afterAll(() => t.close());

  /** Every id each index should hold (the source row exists and is not deleted), and the index's ids. */
  async function compare() {
    const result: Record<string, { expected: string[]; indexed: string[]; count: number }> = {};
    const feeds = [
      {
        name: 'materials' as const,
        ids: (await t.db.material.findMany({ select: { id: true } })).map((r) => r.id),
        doc: materialDocument,
      },
      {
        name: 'questions' as const,
        ids: (await t.db.question.findMany({ select: { id: true } })).map((r) => r.id),
        doc: questionDocument,
      },
    ];
    for (const feed of feeds) {
      const docs = await Promise.all(feed.ids.map((id) => feed.doc(t.db, id)));
      const rows = await t.db.$queryRawUnsafe<{ id: string }[]>(
        'SELECT id FROM search.document WHERE index_name = $1',
        feed.name,
      );
      result[feed.name] = {
        expected: docs.flatMap((d) => (d ? [d.id] : [])).sort(),
        indexed: rows.map((r) => r.id).sort(),
        count: (await real[feed.name]?.count()) ?? 0,
      };
    }
    return result;
  }

  it('saves while both indexes are down (since start) and keeps every change pending', async () => {
    const written = await writeSome(teacher, 'trong');
    await t.app.searchOutbox.drain();
    const pending = await t.app.searchOutbox.pending();
    expect(pending).toBeGreaterThanOrEqual(written.materials.length + written.questions.length);
    expectSearchUnavailable(await teacher.request({ method: 'GET', url: '/api/materials?q=trong' }));
    expectSearchUnavailable(await teacher.request({ method: 'GET', url: '/api/questions?q=trong' }));
    // A second pass while still down loses nothing.
    await t.app.searchOutbox.drain();
    expect(await t.app.searchOutbox.pending()).toBe(pending);
  });

  it('drains one index while the other is still down', async () => {
    down.materials = false;
    await t.app.searchOutbox.drain();
    const left = await t.db.searchOutbox.groupBy({ by: ['indexName'], _count: true });
    expect(left.map((l) => l.indexName)).toEqual(['questions']);
  });

  it('after recovery, each index holds exactly what the database holds', async () => {
    down.questions = false;
    await t.app.searchOutbox.drain();
    expect(await t.app.searchOutbox.pending()).toBe(0);
    const state = await compare();
    for (const name of ['materials', 'questions'] as const) {
      const s = state[name];
      expect(s?.indexed, name).toEqual(s?.expected);
      expect(s?.count, name).toBe(s?.expected.length);
    }
    // Content, not just ids: each indexed title and tags are the database's current ones.
    const sample = await t.db.$queryRawUnsafe<
      { index_name: string; id: string; title: string; tags: string[] }[]
    >('SELECT index_name, id, title, tags FROM search.document ORDER BY index_name, id');
    expect(sample.length).toBeGreaterThan(0);
    for (const row of sample) {
      const doc =
        row.index_name === 'materials'
          ? await materialDocument(t.db, row.id)
          : await questionDocument(t.db, row.id);
      expect({ title: row.title, tags: row.tags }, `${row.index_name}/${row.id}`).toEqual({
        title: doc?.title,
        tags: doc?.tags,
      });
    }
    // And the engine answers again: the edited material is found by its new title.
    const found = await teacher.request({ method: 'GET', url: '/api/materials?q=trong da sua' });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((i: { title: string }) => i.title)).toContain('Học liệu trong đã sửa');
  });

  it('keeps indexing new writes after the recovery', async () => {
    await writeSome(teacher, 'sau');
    await t.app.searchOutbox.drain();
    expect(await t.app.searchOutbox.pending()).toBe(0);
    const state = await compare();
    expect(state.materials?.indexed).toEqual(state.materials?.expected);
    expect(state.questions?.indexed).toEqual(state.questions?.expected);
  });
});
