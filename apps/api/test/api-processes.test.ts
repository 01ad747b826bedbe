import { availableParallelism } from 'node:os';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConnectionsPerProcess } from '../src/connection-budget.js';
import { loadConfig } from '../src/env.js';
import { createJobQueue, type JobQueue } from '../src/jobs/queue.js';
import { deadlineScheduler } from '../src/modules/assessments/deadlines.js';
import { createTestApp, type TestApp } from './helpers.js';

const env = { DATA_DIR: '/tmp/hoclieu-env-test', NODE_ENV: 'test' } as const;

describe('API_PROCESSES', () => {
  it('defaults to one process per core, allows 1, refuses 0', () => {
    expect(loadConfig(env).apiProcesses).toBe(availableParallelism());
    expect(loadConfig({ ...env, API_PROCESSES: '1' }).apiProcesses).toBe(1);
    expect(() => loadConfig({ ...env, API_PROCESSES: '0' })).toThrow(/API_PROCESSES/);
  });

  it('keeps all processes together at 88 connections by default, 44 each for one or two', () => {
    expect([1, 2, 3, 4, 8, 64].map(defaultConnectionsPerProcess)).toEqual([44, 44, 29, 22, 11, 8]);
    const four = loadConfig({ ...env, API_PROCESSES: '4' }).connections;
    expect(four.prisma + four.pool + four.jobs + four.listen).toBe(22);
    // Set explicitly, DATABASE_CONNECTIONS is per process whatever the number of processes.
    const set = loadConfig({ ...env, API_PROCESSES: '4', DATABASE_CONNECTIONS: '30' }).connections;
    expect(set.prisma + set.pool + set.jobs + set.listen).toBe(30);
  });
});

describe('once-only work with several processes', () => {
  let t: TestApp;
  let second: JobQueue;
  beforeAll(async () => {
    t = await createTestApp();
    second = createJobQueue(t.database.url, pino({ level: 'silent' }));
    await second.start();
  });
  afterAll(async () => {
    await second?.stop();
    await t?.close();
  });

  it('drains the search outbox in one process at a time', async () => {
    await t.app.searchOutbox.drain();
    await t.sql.query(
      `INSERT INTO "SearchOutbox" ("indexName", "documentId", operation)
       VALUES ('materials', '00000000-0000-4000-8000-0000000000aa', 'remove')`,
    );
    // Another process draining: it holds the outbox's lock in its transaction.
    const other = await t.sql.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('hoclieu:search-outbox'))`);
      expect(await t.app.searchOutbox.drain()).toBe(0);
      expect(await t.app.searchOutbox.pending()).toBe(1);
      await other.query('COMMIT');
    } finally {
      other.release();
    }
    expect(await t.app.searchOutbox.drain()).toBe(1);
    expect(await t.app.searchOutbox.pending()).toBe(0);
  });

  it('queues a deadline job once per assignment and minute, whichever process asks', async () => {
    const assignmentId = '00000000-0000-4000-8000-00000000d1e5';
    const at = new Date(Date.now() + 3_600_000);
    // Two processes' schedulers, each with its own memory of what it queued.
    await deadlineScheduler(t.jobs)(assignmentId, at);
    await deadlineScheduler(second)(assignmentId, at);
    await deadlineScheduler(second)(assignmentId, new Date(at.getTime() + 120_000));
    const { rows } = await t.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'attempt-deadline' AND data->>'assignmentId' = $1`,
      [assignmentId],
    );
    expect(rows[0]?.n).toBe(2);
  });
});
