import { seed } from '@hoclieu/db/seed';
import { makeClass } from '@hoclieu/db/testing';
import { addDays, isoDate } from '@hoclieu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClassFacts,
  type ReportWindow,
  reportWindow,
  schoolFacts,
} from '../src/modules/reports/data.js';
import { DASHBOARD_CACHE_MS } from '../src/modules/reports/online-share.js';
import { createTestApp, signIn, type TestApp } from './helpers.js';
import { buildWorld, get, type World } from './world.js';

/**
 * The per-class online totals (kept by PostgreSQL triggers) give the dashboards the same figures as
 * summing the records, on randomised records (seeded) through creations, edits, deletions, a class
 * deleted, a roll-over to the next year, a class moved to another year and a year's dates changed;
 * for the whole year and each semester, at report dates before, inside and after each window.
 */
let t: TestApp;
let w: World;
let subjects: string[];
let schoolIds: string[];

/** A small seeded generator (mulberry32): the same records on every run. */
function random(seedValue: number) {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const next = random(18);
const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;

async function classesOf(yearCode: string) {
  return t.db.class.findMany({ where: { schoolYear: { code: yearCode } }, include: { schoolYear: true } });
}

/** Records for these classes, dated from 20 days before their year to 20 days after it. */
async function addRecords(count: number, yearCode: string) {
  const classes = await classesOf(yearCode);
  const data = Array.from({ length: count }, () => {
    const c = pick(classes);
    const days = (c.schoolYear.endDate.getTime() - c.schoolYear.startDate.getTime()) / 86_400_000 + 40;
    return {
      classId: c.id,
      subjectCode: pick(subjects),
      date: new Date(`${addDays(isoDate(c.schoolYear.startDate), Math.floor(next() * days) - 20)}T00:00:00Z`),
      periods: 1 + Math.floor(next() * 3),
      source: 'live',
      teacherId: w.teacher.user.id,
      status: pick(['confirmed', 'confirmed', 'confirmed', 'pending', 'rejected']),
    };
  });
  await t.db.onlineLesson.createMany({ data });
}

/** The totals tables hold exactly the confirmed records grouped (zero rows aside). */
async function expectTotalsMatchRecords() {
  const { rows } = await t.sql.query<{ kind: string; n: string }>(
    `WITH rec AS (
       SELECT ol."classId", ol."subjectCode", ol.date, ol.periods,
              CASE WHEN ol.date < y."startDate" OR ol.date > y."endDate" THEN NULL
                   WHEN ol.date <= y."semester1End" THEN 1 WHEN ol.date >= y."semester2Start" THEN 2
                   ELSE 0 END AS term
       FROM "OnlineLesson" ol JOIN "Class" c ON c.id = ol."classId" JOIN "SchoolYear" y ON y.id = c."schoolYearId"
       WHERE ol.status = 'confirmed'),
     want_s AS (SELECT "classId", term, "subjectCode", SUM(periods)::int AS p FROM rec WHERE term IS NOT NULL GROUP BY 1, 2, 3),
     have_s AS (SELECT "classId", term, "subjectCode", periods AS p FROM "ClassOnlineTotal" WHERE periods <> 0),
     want_m AS (SELECT "classId", term, date_trunc('month', date::timestamp)::date AS month, SUM(periods)::int AS p
                FROM rec WHERE term IS NOT NULL GROUP BY 1, 2, 3),
     have_m AS (SELECT "classId", term, month, periods AS p FROM "ClassOnlineMonth" WHERE periods <> 0)
     SELECT 'subject' AS kind, count(*)::text AS n FROM ((TABLE want_s EXCEPT TABLE have_s) UNION ALL (TABLE have_s EXCEPT TABLE want_s)) d
     UNION ALL SELECT 'month', count(*)::text FROM ((TABLE want_m EXCEPT TABLE have_m) UNION ALL (TABLE have_m EXCEPT TABLE want_m)) d
     UNION ALL SELECT 'rows', count(*)::text FROM "ClassOnlineTotal"`,
  );
  expect(rows.slice(0, 2)).toEqual([
    { kind: 'subject', n: '0' },
    { kind: 'month', n: '0' },
  ]);
  expect(Number(rows[2]?.n)).toBeGreaterThan(0);
}

const shape = (facts: {
  classes: ClassFacts[];
  monthly: { schoolId: string; month: string; online: number }[];
}) => ({
  classes: facts.classes.map((c) => ({ id: c.id, programme: c.programme, online: [...c.online].sort() })),
  monthly: [...facts.monthly].sort((a, b) =>
    `${a.schoolId}${a.month}`.localeCompare(`${b.schoolId}${b.month}`),
  ),
});

/** Every window of the year, from the totals and from the records: the same facts. */
async function expectSameFigures(yearCode: string) {
  const year = await t.db.schoolYear.findFirstOrThrow({ where: { code: yearCode } });
  const days = [year.startDate, year.semester1End, year.semester2Start, year.endDate].map(isoDate);
  const asOfs = [
    ...days.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]),
    addDays(days[0] as string, 40),
    addDays(days[2] as string, 40),
  ];
  let compared = 0;
  for (const semester of [undefined, '1', '2'] as const)
    for (const asOf of asOfs) {
      const window = await reportWindow(t.sql, { schoolYear: yearCode, semester, asOf }, new Date());
      const fromTotals = await schoolFacts(t.db, t.sql, schoolIds, window);
      const fromRecords: ReportWindow = { ...window, datesOf: 'the records' };
      expect(shape(fromTotals)).toEqual(shape(await schoolFacts(t.db, t.sql, schoolIds, fromRecords)));
      compared += fromTotals.classes.filter((c) => c.online.size > 0).length;
    }
  expect(compared).toBeGreaterThan(0);
}

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db, { demo: false, demoPasswordHash: async () => '' });
  w = await buildWorld(t);
  subjects = (await t.db.subject.findMany({ take: 6, orderBy: { code: 'asc' } })).map((s) => s.code);
  for (const [name, grade] of [
    ['7A', 7],
    ['8A', 8],
    ['9A', 9],
  ] as const)
    await makeClass(t.db, { schoolId: w.school.id, name, grade });
  await makeClass(t.db, { schoolId: w.otherDistrictSchool.id, name: '6C', grade: 6 });
  schoolIds = [w.school.id, w.sameDistrictSchool.id, w.otherDistrictSchool.id];
});
afterAll(() => t.close());

describe('per-class online totals', () => {
  it('match the records after creations (the migration backfills the same way)', async () => {
    await addRecords(400, '2026-2027');
    await expectTotalsMatchRecords();
    await expectSameFigures('2026-2027');
  });

  it('follow edits and deletions, one by one and in bulk, and a deleted class', async () => {
    const records = await t.db.onlineLesson.findMany({ orderBy: { id: 'asc' } });
    for (const r of records.slice(0, 40)) {
      const change = pick(['date', 'periods', 'status', 'subject', 'note'] as const);
      await t.db.onlineLesson.update({
        where: { id: r.id },
        data:
          change === 'date'
            ? { date: new Date(`${addDays(isoDate(r.date), Math.floor(next() * 120) - 60)}T00:00:00Z`) }
            : change === 'periods'
              ? { periods: 1 + Math.floor(next() * 4) }
              : change === 'status'
                ? { status: r.status === 'confirmed' ? 'rejected' : 'confirmed' }
                : change === 'subject'
                  ? { subjectCode: pick(subjects) }
                  : { note: 'only a note' },
      });
    }
    await t.db.onlineLesson.updateMany({ where: { status: 'pending' }, data: { status: 'confirmed' } });
    await t.db.onlineLesson.deleteMany({ where: { id: { in: records.slice(40, 90).map((r) => r.id) } } });
    const doomed = await t.db.class.findFirstOrThrow({ where: { name: '8A' } });
    await t.db.onlineLesson.createMany({
      data: [
        {
          classId: doomed.id,
          subjectCode: subjects[0] as string,
          date: new Date('2026-10-01'),
          periods: 2,
          source: 'live',
          teacherId: w.teacher.user.id,
        },
      ],
    });
    await t.db.class.delete({ where: { id: doomed.id } });
    await expectTotalsMatchRecords();
    await expectSameFigures('2026-2027');
  });

  it('follow a roll-over, a class moved to another year and a year whose dates change', async () => {
    const nextYear = await w.provinceOfficer.client.request({
      method: 'POST',
      url: '/api/school-years',
      payload: {
        code: '2027-2028',
        startDate: '2027-09-05',
        endDate: '2028-05-31',
        semester1End: '2028-01-15',
        semester2Start: '2028-01-20',
      },
    });
    expect(nextYear.statusCode, nextYear.body).toBe(200);
    const rolled = await w.provinceOfficer.client.request({
      method: 'POST',
      url: `/api/school-years/${nextYear.json().id}/rollover`,
      payload: { carryTeaching: true },
    });
    expect(rolled.statusCode, rolled.body).toBe(200);
    await addRecords(200, '2027-2028');
    await addRecords(50, '2026-2027');
    const moved = await t.db.class.findFirstOrThrow({
      where: { name: '6C', schoolYear: { code: '2026-2027' } },
    });
    await t.db.class.update({ where: { id: moved.id }, data: { schoolYearId: nextYear.json().id } });
    await t.db.schoolYear.update({
      where: { id: nextYear.json().id },
      data: { semester1End: new Date('2028-01-10'), semester2Start: new Date('2028-01-25') },
    });
    await expectTotalsMatchRecords();
    await expectSameFigures('2026-2027');
    await expectSameFigures('2027-2028');
  });

  it("serves every viewer's dashboard from the totals", async () => {
    for (const who of [w.provinceOfficer, w.districtOfficer, w.schoolAdmin]) {
      const response = await get(
        who.client,
        '/api/reports/online-share?schoolYear=2026-2027&asOf=2027-03-01',
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().levels.length).toBeGreaterThan(0);
    }
  });
});

describe('the dashboard cache across API processes', () => {
  const url = '/api/reports/online-share?schoolYear=2026-2027&asOf=2027-05-31';
  const online = async (client: World['provinceOfficer']['client']) => {
    const response = await get(client, url);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { monthly: { online: number }[] }).monthly.reduce(
      (sum, m) => sum + m.online,
      0,
    );
  };
  /** The database's notification reaches each process a moment after the commit: ask until it has. */
  const eventually = (read: () => Promise<number>, expected: number) =>
    expect.poll(read, { timeout: 5_000, interval: 50 }).toBe(expected);

  it('shows a record written through another process within DASHBOARD_CACHE_MS, on every process', async () => {
    const other = await createTestApp({ sameDatabaseAs: t });
    try {
      const officerHere = w.provinceOfficer.client;
      const officerThere = await signIn(other.app, w.provinceOfficer.user.username);
      const start = new Date();
      t.clock.now = start;
      other.clock.now = start;
      const before = await online(officerHere);
      expect(await online(officerThere)).toBe(before);
      await other.db.onlineLesson.create({
        data: {
          classId: w.schoolClass.id,
          subjectCode: subjects[0] as string,
          date: new Date('2026-11-02'),
          periods: 3,
          source: 'live',
          teacherId: w.teacher.user.id,
        },
      });
      // Both processes still serve their copies until the bound, then read the database again.
      other.clock.now = new Date(start.getTime() + DASHBOARD_CACHE_MS - 1);
      expect(await online(officerThere)).toBe(before);
      t.clock.now = new Date(start.getTime() + DASHBOARD_CACHE_MS);
      other.clock.now = t.clock.now;
      await eventually(() => online(officerHere), before + 3);
      await eventually(() => online(officerThere), before + 3);
    } finally {
      t.clock.now = new Date();
      await other.close();
    }
  });

  it('reuses a dashboard past the bound while nothing it is computed from changed', async () => {
    const officer = w.provinceOfficer.client;
    const start = new Date();
    t.clock.now = start;
    try {
      const before = await online(officer);
      // A month's total changed behind the triggers' back (no notification): invisible until something is heard.
      const nudge = (periods: number) =>
        t.db.$transaction([
          t.db.$executeRawUnsafe('SET LOCAL session_replication_role = replica'),
          t.db.$executeRaw`UPDATE "ClassOnlineMonth" SET periods = periods + ${periods}
            WHERE ("classId", term, month) IN (
              SELECT "classId", term, month FROM "ClassOnlineMonth" WHERE "classId" = ${w.schoolClass.id}::uuid
              ORDER BY term, month LIMIT 1)`,
        ]);
      await nudge(5);
      t.clock.now = new Date(start.getTime() + 10 * DASHBOARD_CACHE_MS);
      expect(await online(officer)).toBe(before);
      // Any change to what dashboards read (here a school year's statement) is heard on commit.
      await t.db.$executeRaw`UPDATE "SchoolYear" SET code = code WHERE false`;
      await eventually(() => online(officer), before + 5);
      await nudge(-5);
      await t.db.$executeRaw`UPDATE "SchoolYear" SET code = code WHERE false`;
      t.clock.now = new Date(start.getTime() + 20 * DASHBOARD_CACHE_MS);
      await eventually(() => online(officer), before);
    } finally {
      t.clock.now = new Date();
    }
  });
});
