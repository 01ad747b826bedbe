import { describe, expect, it } from 'vitest';
import { splitConnections } from '../src/connection-budget.js';
import {
  answerOf,
  auditDetailsOf,
  electiveHistoryOf,
  extraTimeOf,
  keyOverrideOf,
  layoutOf,
  progressOf,
  resultsOf,
} from '../src/db-json.js';
import { loadConfig } from '../src/env.js';

describe('JSON columns are parsed, not cast', () => {
  it('read what was written and fail on what does not fit', () => {
    expect(resultsOf({ results: null })).toEqual({});
    expect(resultsOf({ results: { '1': { score: 1, max: 1, status: 'correct' } } })).toEqual({
      '1': { score: 1, max: 1, status: 'correct' },
    });
    expect(() => resultsOf({ results: { '1': { score: '1' } } })).toThrow();
    expect(answerOf({ answer: null })).toBeNull();
    expect(answerOf({ answer: { choice: 'B' } })).toEqual({ choice: 'B' });
    expect(layoutOf({ layout: { order: ['2', '1'], options: { '1': ['B', 'A'] } } }).order).toEqual([
      '2',
      '1',
    ]);
    expect(() => layoutOf({ layout: { order: 'x' } })).toThrow();
    expect(keyOverrideOf({ keyOverride: null })).toBeNull();
    expect(keyOverrideOf({ keyOverride: { children: { '1': { options: ['A'] } } } })).toEqual({
      children: { '1': { options: ['A'] } },
    });
    expect(electiveHistoryOf({ electiveHistory: [] })).toEqual([]);
  });

  it('keep the lenient readings they always had', () => {
    const id = '0b7c1d7e-9a1f-4a41-9d3e-0a1b2c3d4e5f';
    expect(extraTimeOf({ extraTime: [{ studentId: id, minutes: 10 }, { studentId: 3 }, null] })).toEqual([
      { studentId: id, minutes: 10 },
    ]);
    expect(extraTimeOf({ extraTime: 'x' })).toEqual([]);
    expect(progressOf({ progress: {} })).toBeNull();
    expect(progressOf({ progress: { sheets: [] } })).toEqual({ counted: false, sheets: [] });
    expect(auditDetailsOf({ details: { a: 1 } })).toEqual({ a: 1 });
    expect(auditDetailsOf({ details: [1] })).toEqual({ value: [1] });
    expect(auditDetailsOf({ details: null })).toEqual({ value: null });
  });
});

describe('one connection budget per process', () => {
  it('splits DATABASE_CONNECTIONS between Prisma, the plain pool, the job queue and the cache bus', () => {
    expect(splitConnections(44)).toEqual({ prisma: 20, pool: 19, jobs: 4, listen: 1 });
    expect(splitConnections(8)).toEqual({ prisma: 3, pool: 2, jobs: 2, listen: 1 });
    expect(loadConfig({ DATA_DIR: '/tmp/hoclieu-env-test', NODE_ENV: 'test' }).connections).toEqual({
      prisma: 20,
      pool: 19,
      jobs: 4,
      listen: 1,
    });
    expect(
      loadConfig({ DATA_DIR: '/tmp/hoclieu-env-test', NODE_ENV: 'test', DATABASE_CONNECTIONS: '100' })
        .connections,
    ).toEqual({
      prisma: 48,
      pool: 47,
      jobs: 4,
      listen: 1,
    });
    expect(() =>
      loadConfig({ DATA_DIR: '/tmp/hoclieu-env-test', NODE_ENV: 'test', DATABASE_CONNECTIONS: '3' }),
    ).toThrow(/DATABASE_CONNECTIONS/);
  });
});
