import { electivePeriodSchema } from '@hoclieu/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execute, queryOptionalRow, queryRow, queryRows, type RowSchema } from '../src/pool.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase(inject('templateDatabaseUrl'));
});
afterAll(() => test.drop());

/** A hand-written parser fits too (what a hot path may use where a schema costs too much). */
const Count: RowSchema<{ n: number }> = {
  parse(row) {
    const n = (row as { n?: unknown }).n;
    if (typeof n !== 'number') throw new Error('n is not a number');
    return { n };
  },
};

const PERIODS = `SELECT until, subjects FROM (VALUES ('2026-01-05', ARRAY['hoa', 'ly']), ('2026-02-01', ARRAY['sinh']))
  AS p(until, subjects) WHERE until >= $1 ORDER BY until`;

describe('the pool helpers', () => {
  it('parse every row with the schema given (a contracts schema here)', async () => {
    expect(await queryRows(test.sql, PERIODS, ['2026-01-01'], electivePeriodSchema)).toEqual([
      { until: '2026-01-05', subjects: ['hoa', 'ly'] },
      { until: '2026-02-01', subjects: ['sinh'] },
    ]);
  });

  it('refuse a row that does not fit its schema, instead of typing it by a generic', async () => {
    await expect(
      queryRows(test.sql, `SELECT 1 AS until, ARRAY['x'] AS subjects`, [], electivePeriodSchema),
    ).rejects.toThrow(/until/);
  });

  it('queryRow wants exactly one row', async () => {
    expect(await queryRow(test.sql, 'SELECT count(*)::int AS n FROM "User"', [], Count)).toEqual({ n: 0 });
    await expect(queryRow(test.sql, PERIODS, ['2027-01-01'], electivePeriodSchema)).rejects.toThrow(
      /expected one row, got 0/,
    );
  });

  it('queryOptionalRow gives null for none and refuses several', async () => {
    expect(await queryOptionalRow(test.sql, PERIODS, ['2027-01-01'], electivePeriodSchema)).toBeNull();
    expect(await queryOptionalRow(test.sql, PERIODS, ['2026-01-10'], electivePeriodSchema)).toEqual({
      until: '2026-02-01',
      subjects: ['sinh'],
    });
    await expect(queryOptionalRow(test.sql, PERIODS, ['2026-01-01'], electivePeriodSchema)).rejects.toThrow(
      /at most one row, got 2/,
    );
  });

  it('run named statements and, on a checked-out client, inside a transaction', async () => {
    const named = {
      name: 'test-count-provinces',
      text: 'SELECT count(*)::int AS n FROM "Province" WHERE code = $1',
    };
    expect(await queryRow(test.sql, named, ['QB-TEST'], Count)).toEqual({ n: 0 });
    const client = await test.sql.connect();
    try {
      await client.query('BEGIN');
      const inserted = await execute(
        client,
        `INSERT INTO "Province" (id, code, name) VALUES (gen_random_uuid(), $1, 'Thử')`,
        ['QB-TEST'],
      );
      expect(inserted).toBe(1);
      expect(await queryRow(client, named, ['QB-TEST'], Count)).toEqual({ n: 1 });
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await queryRow(test.sql, named, ['QB-TEST'], Count)).toEqual({ n: 0 });
  });
});
