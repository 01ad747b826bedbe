import { describe, expect, it, vi } from 'vitest';
import { createPostgresSearch, type SqlQuery } from '../src/index.js';
import { describeSearchEngineContract } from './search-engine-contract.js';

/** A database that answers every statement with these rows, parsed as the adapter asks. */
const answering =
  (rows: unknown[]): SqlQuery =>
  async (_sql, _params, row) =>
    rows.map((r) => row.parse(r));

// A pure unit test: the real unaccent() check runs in the API's integration tests against Postgres.
describeSearchEngineContract('postgres (fake query)', async () =>
  createPostgresSearch({ query: answering([{ folded: 'Toan lop 6' }]) }),
);

describe('postgres search health', () => {
  it('is ok when unaccent() folds Vietnamese text', async () => {
    const query = vi.fn(answering([{ folded: 'Toan lop 6' }])) as unknown as SqlQuery;
    expect(await createPostgresSearch({ query }).health()).toMatchObject({ status: 'ok' });
    expect(query).toHaveBeenCalledWith("SELECT unaccent('Toán lớp 6') AS folded", [], expect.anything());
  });

  it('is down when unaccent() leaves the diacritics', async () => {
    const report = await createPostgresSearch({ query: answering([{ folded: 'Toán lớp 6' }]) }).health();
    expect(report).toMatchObject({ status: 'down', message: expect.stringContaining('"Toán lớp 6"') });
  });

  it('is down with the database error when the extension is missing', async () => {
    const query = async () => {
      throw new Error('function unaccent(unknown) does not exist');
    };
    const report = await createPostgresSearch({ query }).health();
    expect(report).toEqual({
      status: 'down',
      latencyMs: expect.any(Number),
      message: 'function unaccent(unknown) does not exist',
    });
  });

  it('is down on an unexpected answer', async () => {
    for (const rows of [[], [{ unaccent: 'Toan lop 6' }], ['Toan lop 6']]) {
      const report = await createPostgresSearch({ query: answering(rows) }).health();
      expect(report.status).toBe('down');
    }
  });

  it('is down when the database does not answer in time', async () => {
    const query: SqlQuery = () => new Promise(() => undefined);
    const report = await createPostgresSearch({ query, healthTimeoutMs: 50 }).health();
    expect(report).toMatchObject({ status: 'down', message: 'no answer within 50 ms' });
  });
});
