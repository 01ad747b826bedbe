import type { SearchIndex } from '@hoclieu/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, userOf } from './helpers.js';
import { switchableIndex } from './unreachable-index.js';

// The real PostgreSQL index, made unreachable on demand: the engine is down, the database is not.
const outage = { down: false };
const failing = (index: SearchIndex): SearchIndex =>
  switchableIndex(index, () => (outage.down ? 'search engine unreachable' : undefined));

let t: TestApp;
let index: SearchIndex;
beforeAll(async () => {
  t = await createTestApp({
    // Only the materials index goes down; the questions index stays as it is.
    wrapIndexes: (real) => {
      if (real.name !== 'materials') return real;
      index = real;
      return failing(real);
    },
  });
});
afterAll(() => t.close());

describe('search outbox', () => {
  it('keeps writes working while the engine is down, then catches up', async () => {
    const teacher = await userOf(t, 'teacher');
    outage.down = true;
    const created = await teacher.request({
      method: 'POST',
      url: '/api/materials',
      payload: { title: 'Hình học không gian', type: 'lecture', licence: 'cc_by' },
    });
    expect(created.statusCode).toBe(200);
    await t.app.searchOutbox.drain();
    expect(await t.app.searchOutbox.pending()).toBeGreaterThan(0);
    const searching = await teacher.request({ method: 'GET', url: '/api/materials?q=hinh' });
    expect(searching.statusCode).toBe(503);
    expect(searching.json().error.code).toBe('SEARCH_UNAVAILABLE');

    outage.down = false;
    await t.app.searchOutbox.drain();
    expect(await t.app.searchOutbox.pending()).toBe(0);
    const found = (await teacher.request({ method: 'GET', url: '/api/materials?q=hinh hoc' })).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([created.json().id]);
  });

  it('rebuilds the whole index from the database', async () => {
    await index.clear();
    expect(await index.count()).toBe(0);
    await t.app.searchOutbox.rebuild();
    expect(await index.count()).toBe(await t.db.material.count({ where: { deletedAt: null } }));
  });
});
