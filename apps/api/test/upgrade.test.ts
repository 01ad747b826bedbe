import { migrate, Prisma, readMigrations } from '@hoclieu/db';
import { DEMO_PASSWORD, seed } from '@hoclieu/db/seed';
import { createPreviousReleaseDatabase, PREVIOUS_RELEASE, type TestDatabase } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from './helpers.js';

/**
 * Upgrade from the previous release: its database (demo data, a submitted quiz attempt, a confirmed
 * and a pending online lesson, sessions, audit entries) gets today's migrations, then everything
 * must still read: every model through Prisma, logins with the demo password through the real app,
 * the old instants unchanged, the reports and results. Every new migration runs through this.
 */

// Facts of the fixture (release 2b83ae5): the old `timestamp` columns held UTC.
const ATTEMPT = {
  id: '7d77ad66-3c94-46d7-9dfa-ec3825a3b4dd',
  assignmentId: 'af34bd41-e01d-434b-b866-b7ef89d69ecc',
  startedAt: '2026-12-06T00:52:33.308Z',
  deadlineAt: '2026-12-06T01:07:33.308Z',
  submittedAt: '2026-12-06T00:52:33.382Z',
  score: 0.5,
};
const CONFIRMED_LESSON = {
  id: '2d33dcba-8004-4f1d-858b-448c9ac1b4d0',
  classId: '7098acba-cdcb-4328-9886-34b6fe153e7a',
  date: '2026-12-04',
  createdAt: '2026-12-06T00:52:33.402Z',
  periods: 2,
};
const PENDING_LESSON = { id: 'cdac45d0-9f51-46c7-ba82-62527be6b531', date: '2026-12-05' };
const SESSION = {
  id: '36016a3ef6b1edfd7356b791e91fc131af648bbd6178b21f348886d93c5af358',
  expiresAt: '2026-12-06T12:52:33.159Z',
};
const FIXTURE_COUNTS = { user: 516, onlineLesson: 651, auditEntry: 33, school: 20, class: 108, material: 6 };

let database: TestDatabase;
let applied: string[];
let t: TestApp;

beforeAll(async () => {
  database = await createPreviousReleaseDatabase(inject('templateDatabaseUrl'));
  applied = await migrate(database.url);
  // What the server does on every start; the upgraded demo must not be seeded twice.
  await seed(database.db, { demo: true, demoPasswordHash: async () => 'unused' });
  t = await createTestApp({ database });
  t.clock.now = new Date('2026-12-06T03:00:00Z');
}, 120_000);
afterAll(async () => {
  if (t) await t.close();
  else await database?.drop();
});

function modelKey(model: string): string {
  return model.charAt(0).toLowerCase() + model.slice(1);
}

describe('upgrade from the previous release', () => {
  it('applies exactly the migrations added since, each once', async () => {
    const newer = readMigrations()
      .map((m) => m.name)
      .filter((name) => !(PREVIOUS_RELEASE.migrations as readonly string[]).includes(name));
    expect(applied).toEqual(newer);
    expect(await migrate(database.url)).toEqual([]);
  });

  it('reads every row of every model through Prisma', async () => {
    const models = Object.values(Prisma.ModelName);
    expect(models.length).toBeGreaterThan(20);
    const delegates = database.db as unknown as Record<string, { findMany(): Promise<unknown[]> }>;
    for (const model of models) {
      const rows = await delegates[modelKey(model)]!.findMany().catch((error: Error) => {
        throw new Error(`${model}: ${error.message}`);
      });
      expect(Array.isArray(rows), model).toBe(true);
    }
    expect(await database.db.user.count()).toBe(FIXTURE_COUNTS.user);
    expect(await database.db.onlineLesson.count()).toBeGreaterThanOrEqual(FIXTURE_COUNTS.onlineLesson);
    expect(await database.db.auditEntry.count()).toBeGreaterThanOrEqual(FIXTURE_COUNTS.auditEntry);
    expect(await database.db.school.count()).toBe(FIXTURE_COUNTS.school);
    expect(await database.db.class.count()).toBeGreaterThanOrEqual(FIXTURE_COUNTS.class);
    expect(await database.db.material.count()).toBe(FIXTURE_COUNTS.material);
  });

  it('keeps instants as the same instants and calendar dates as the same days', async () => {
    const attempt = await database.db.attempt.findUniqueOrThrow({ where: { id: ATTEMPT.id } });
    expect(attempt.startedAt.toISOString()).toBe(ATTEMPT.startedAt);
    expect(attempt.deadlineAt.toISOString()).toBe(ATTEMPT.deadlineAt);
    expect(attempt.submittedAt?.toISOString()).toBe(ATTEMPT.submittedAt);
    const session = await database.db.session.findUniqueOrThrow({ where: { id: SESSION.id } });
    expect(session.expiresAt.toISOString()).toBe(SESSION.expiresAt);
    const lesson = await database.db.onlineLesson.findUniqueOrThrow({ where: { id: CONFIRMED_LESSON.id } });
    expect(lesson.createdAt.toISOString()).toBe(CONFIRMED_LESSON.createdAt);

    // The plain pool of the hot paths reads the same instants, whatever the server's zone.
    const { rows } = await database.sql.query<{ startedAt: Date; expiresAt: Date; date: unknown }>(
      `SELECT a."startedAt", s."expiresAt", l."date"
       FROM "Attempt" a, "Session" s, "OnlineLesson" l
       WHERE a.id = $1 AND s.id = $2 AND l.id = $3`,
      [ATTEMPT.id, SESSION.id, CONFIRMED_LESSON.id],
    );
    expect(rows[0]!.startedAt.toISOString()).toBe(ATTEMPT.startedAt);
    expect(rows[0]!.expiresAt.toISOString()).toBe(SESSION.expiresAt);
    expect(rows[0]!.date).toBe(CONFIRMED_LESSON.date);
    const { rows: types } = await database.sql.query<{ data_type: string }>(
      `SELECT DISTINCT data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type LIKE 'timestamp%'`,
    );
    expect(types.map((r) => r.data_type)).toEqual(['timestamp with time zone']);
  });

  it('lets every demo role log in with the demo password', async () => {
    for (const username of ['admin', 'so.quangbinh', 'phong.tuyenhoa', 'hieutruong', 'giaovien', 'hocsinh']) {
      const client = await signIn(t.app, username, DEMO_PASSWORD);
      const me = await client.request({ method: 'GET', url: '/api/auth/me' });
      expect(me.statusCode, username).toBe(200);
      expect(me.json().user.username).toBe(username);
    }
  });

  it("opens the reports, the student's result and the teacher's class results", async () => {
    const officer = await signIn(t.app, 'so.quangbinh', DEMO_PASSWORD);
    const report = await officer.request({
      method: 'GET',
      url: '/api/reports/online-share?schoolYear=2026-2027',
    });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().schoolYear).toBe('2026-2027');
    const kpis = await officer.request({ method: 'GET', url: '/api/reports/kpis?schoolYear=2026-2027' });
    expect(kpis.statusCode, kpis.body).toBe(200);
    const xlsx = await officer.request({
      method: 'GET',
      url: '/api/reports/online-share.xlsx?schoolYear=2026-2027',
    });
    expect(xlsx.statusCode).toBe(200);

    const head = await signIn(t.app, 'hieutruong', DEMO_PASSWORD);
    const drill = await head.request({
      method: 'GET',
      url: `/api/reports/online-share/classes/${CONFIRMED_LESSON.classId}?schoolYear=2026-2027`,
    });
    expect(drill.statusCode, drill.body).toBe(200);
    const records = drill.json().records as { id: string; date: string; periods: number; status: string }[];
    expect(records.find((r) => r.id === CONFIRMED_LESSON.id)).toMatchObject({
      date: CONFIRMED_LESSON.date,
      periods: CONFIRMED_LESSON.periods,
      status: 'confirmed',
    });
    const pending = await head.request({ method: 'GET', url: '/api/online-lessons/pending' });
    expect(pending.statusCode).toBe(200);
    expect(pending.json().items).toContainEqual(
      expect.objectContaining({ id: PENDING_LESSON.id, date: PENDING_LESSON.date }),
    );

    const student = await signIn(t.app, 'hocsinh', DEMO_PASSWORD);
    const result = await student.request({ method: 'GET', url: `/api/attempts/${ATTEMPT.id}/result` });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({ score: ATTEMPT.score, submittedAt: ATTEMPT.submittedAt });

    const teacher = await signIn(t.app, 'giaovien', DEMO_PASSWORD);
    const results = await teacher.request({
      method: 'GET',
      url: `/api/assignments/${ATTEMPT.assignmentId}/results`,
    });
    expect(results.statusCode, results.body).toBe(200);
    const materials = await teacher.request({ method: 'GET', url: '/api/materials' });
    expect(materials.statusCode, materials.body).toBe(200);

    const admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
    const audit = await admin.request({ method: 'GET', url: '/api/audit' });
    expect(audit.statusCode, audit.body).toBe(200);
  });

  it('takes new writes on the upgraded data', async () => {
    const teacher = await signIn(t.app, 'giaovien', DEMO_PASSWORD);
    const lesson = await teacher.request({
      method: 'POST',
      url: '/api/online-lessons',
      payload: {
        classId: CONFIRMED_LESSON.classId,
        subjectCode: 'toan',
        date: '2026-12-05',
        periods: 1,
        link: 'https://meet.example.vn/sau-nang-cap',
      },
    });
    expect(lesson.statusCode, lesson.body).toBe(200);
  });
});
