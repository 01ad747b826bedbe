import { createDb } from '@hoclieu/db';
import { createSql } from '@hoclieu/db/sql';
import { createTestDatabase, makeSchoolYear, makeUser, type TestDatabase } from '@hoclieu/db/testing';
import { dateValue } from '@hoclieu/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SESSION_IDLE_MS } from '../src/modules/auth/sessions.js';
import { createTestApp, signIn, type TestApp, testPasswordHash } from './helpers.js';

/**
 * Instants read back the same through Prisma and the plain pg pool, whatever the process's `TZ`
 * (CI runs this file under UTC, Asia/Ho_Chi_Minh and America/Los_Angeles) and whatever the
 * PostgreSQL server's own `timezone` (initdb takes the machine's: a server in Vietnam says
 * Asia/Ho_Chi_Minh).
 */
describe('instants through Prisma and the pg pool', () => {
  let d: TestDatabase;
  let name: string;
  beforeAll(async () => {
    d = await createTestDatabase(inject('templateDatabaseUrl'));
    name = decodeURIComponent(new URL(d.url).pathname.slice(1));
    // Every new connection to this database now starts in Vietnam's zone unless the client says otherwise.
    await d.sql.query(`ALTER DATABASE "${name}" SET timezone TO 'Asia/Ho_Chi_Minh'`);
  });
  afterAll(() => d.drop());

  it('writes with Prisma and reads with pg (and back) the same instant on a server set to UTC+7', async () => {
    const db = createDb({ connectionString: d.url, maxConnections: 1 });
    const sql = createSql({ connectionString: d.url, maxConnections: 1 });
    try {
      const user = await makeUser(db, 'teacher', { passwordHash: 'x' });
      const expiresAt = new Date('2026-03-01T23:30:00.123Z');
      await db.session.create({ data: { id: 'tz-1', userId: user.id, csrfToken: 'c', expiresAt } });
      const { rows } = await sql.query<{ expiresAt: Date; epoch: number }>(
        `SELECT "expiresAt", extract(epoch FROM "expiresAt")::float8 AS epoch FROM "Session" WHERE id = 'tz-1'`,
      );
      expect(rows[0]?.expiresAt.toISOString()).toBe(expiresAt.toISOString());
      expect((rows[0]?.epoch ?? 0) * 1000).toBeCloseTo(expiresAt.getTime(), 0);

      const later = new Date('2026-03-02T06:00:00Z');
      await sql.query(`UPDATE "Session" SET "expiresAt" = $1 WHERE id = 'tz-1'`, [later]);
      const read = await db.session.findUniqueOrThrow({ where: { id: 'tz-1' } });
      expect(read.expiresAt.toISOString()).toBe(later.toISOString());
      // now() and the stored instant compare as instants on both paths.
      const fresh = await db.session.count({
        where: { id: 'tz-1', expiresAt: { gt: new Date('2026-03-02T05:59:59.999Z') } },
      });
      expect(fresh).toBe(1);
    } finally {
      await db.$disconnect();
      await sql.end();
    }
  });

  it('keeps calendar dates as the same day on both paths', async () => {
    const db = createDb({ connectionString: d.url, maxConnections: 1 });
    const sql = createSql({ connectionString: d.url, maxConnections: 1 });
    try {
      const year = await makeSchoolYear(db, {
        code: '2030-2031',
        startDate: dateValue('2030-09-05'),
        endDate: dateValue('2031-05-31'),
        isCurrent: false,
      });
      const { rows } = await sql.query<{ startDate: string; endDate: string }>(
        `SELECT "startDate", "endDate" FROM "SchoolYear" WHERE id = $1`,
        [year.id],
      );
      expect(rows[0]).toEqual({ startDate: '2030-09-05', endDate: '2031-05-31' });
      const back = await db.schoolYear.findUniqueOrThrow({ where: { id: year.id } });
      expect(back.startDate.toISOString()).toBe('2030-09-05T00:00:00.000Z');
    } finally {
      await db.$disconnect();
      await sql.end();
    }
  });

  it('stores every instant with its zone: no column of the schema is a zone-less timestamp', async () => {
    const { rows } = await d.sql.query<{ column: string }>(
      `SELECT table_name || '.' || column_name AS column FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'timestamp without time zone' ORDER BY 1`,
    );
    expect(rows.map((r) => r.column)).toEqual([]);
  });

  it('runs its sessions in UTC whatever the server says', async () => {
    const db = createDb({ connectionString: d.url, maxConnections: 1 });
    const sql = createSql({ connectionString: d.url, maxConnections: 1 });
    try {
      expect((await sql.query('SHOW TimeZone')).rows[0]).toEqual({ TimeZone: 'UTC' });
      expect(await db.$queryRawUnsafe('SHOW TimeZone')).toEqual([{ TimeZone: 'UTC' }]);
    } finally {
      await db.$disconnect();
      await sql.end();
    }
  });
});

describe('a session expires exactly after its idle time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is valid 1 ms before and refused at and after, read back through the pg pool', async () => {
    const user = await makeUser(t.db, 'teacher', { passwordHash: await testPasswordHash() });
    const start = new Date('2026-11-19T23:30:00Z');
    t.clock.now = start;
    try {
      const early = await signIn(t.app, user.username);
      const atExpiry = await signIn(t.app, user.username);
      const afterExpiry = await signIn(t.app, user.username);
      const rows = await t.sql.query<{ expiresAt: Date }>(
        `SELECT "expiresAt" FROM "Session" WHERE "userId" = $1`,
        [user.id],
      );
      expect(rows.rows.map((r) => r.expiresAt.getTime())).toEqual(
        Array(3).fill(start.getTime() + SESSION_IDLE_MS),
      );
      const me = (client: typeof early) => client.request({ method: 'GET', url: '/api/auth/me' });
      t.clock.now = new Date(start.getTime() + SESSION_IDLE_MS - 1);
      expect((await me(early)).statusCode).toBe(200);
      t.clock.now = new Date(start.getTime() + SESSION_IDLE_MS);
      expect((await me(atExpiry)).statusCode).toBe(401);
      t.clock.now = new Date(start.getTime() + SESSION_IDLE_MS + 1);
      expect((await me(afterExpiry)).statusCode).toBe(401);
      // The one used 1 ms before its end slid on: still valid after the others expired.
      expect((await me(early)).statusCode).toBe(200);
    } finally {
      t.clock.now = new Date();
    }
  });
});
