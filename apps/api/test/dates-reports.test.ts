import { seed } from '@hoclieu/db/seed';
import { makeClass, makeSchool } from '@hoclieu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssessmentWorld, createAssessmentWorld, type View } from './assessment-world.js';
import { signIn } from './helpers.js';
import { classHeader, csv, upload } from './import-files.js';
import { post } from './question-fixtures.js';
import { get } from './world.js';

/**
 * Calendar dates counted by the report are days in Vietnam (UTC+7), whatever the server's `TZ`
 * (CI runs this file under UTC, Asia/Ho_Chi_Minh and America/Los_Angeles, with the embedded
 * PostgreSQL initialised in that zone). Two quizzes of 6A, school year 2026-2027:
 * - 2 periods opening at 06:00 on 20 Nov 2026 in Vietnam (23:00 UTC on the 19th);
 * - 3 periods opening at 06:30 on 1 Dec 2026 in Vietnam (23:30 UTC on 30 Nov).
 */
let a: AssessmentWorld;
let early: string;
let lateNovember: string;

type Report = { asOf: string; monthly: { month: string; online: number }[] };

beforeAll(async () => {
  a = await createAssessmentWorld();
  const exam = await a.examWithVersion('tz');
  const assignment = async (opensAt: string, closesAt: string, periods: number) =>
    (await a.assign(exam.id, { opensAt, closesAt, periods })).id;
  early = await assignment('2026-11-19T23:00:00Z', '2026-11-20T11:00:00+07:00', 2);
  lateNovember = await assignment('2026-11-30T23:30:00.000Z', '2026-12-01T11:00:00+07:00', 3);
});
afterAll(async () => {
  a.t.clock.now = new Date();
  await a.t.close();
});

async function report(query: string): Promise<Report> {
  const response = await get(
    a.w.districtOfficer.client,
    `/api/reports/online-share?schoolYear=2026-2027${query}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Report;
}
const monthly = (r: Report) => Object.fromEntries(r.monthly.map((m) => [m.month, m.online]));

describe('online lessons of a quiz are dated in Vietnam', () => {
  it('dates each quiz on the Vietnamese day it opened', async () => {
    const dated = await a.t.sql.query<{ assignmentId: string; date: string }>(
      `SELECT "assignmentId", date FROM "OnlineLesson" WHERE "assignmentId" = ANY($1::uuid[])`,
      [[early, lateNovember]],
    );
    expect(Object.fromEntries(dated.rows.map((r) => [r.assignmentId, r.date]))).toEqual({
      [early]: '2026-11-20',
      [lateNovember]: '2026-12-01',
    });
    const records = (
      await get(a.w.districtOfficer.client, `/api/reports/online-share/classes/${a.w.schoolClass.id}`)
    ).json().records as { date: string; periods: number }[];
    expect(records.map((r) => [r.date, r.periods])).toEqual([
      ['2026-12-01', 3],
      ['2026-11-20', 2],
    ]);
  });

  it('counts a quiz given at 06:00 in Vietnam on that day, not from 07:00', async () => {
    expect(monthly(await report('&asOf=2026-11-19'))).toMatchObject({ '2026-11': 0 });
    expect(monthly(await report('&asOf=2026-11-20'))).toMatchObject({ '2026-11': 2 });
  });

  it('counts a record given at 23:30 UTC on the next Vietnamese day and in that month', async () => {
    const lastOfNovember = monthly(await report('&asOf=2026-11-30'));
    expect(lastOfNovember['2026-11']).toBe(2);
    expect(lastOfNovember['2026-12']).toBeUndefined();
    expect(monthly(await report('&asOf=2026-12-01'))).toMatchObject({ '2026-11': 2, '2026-12': 3 });
  });

  it('takes "today" as the day in Vietnam when no date is asked for', async () => {
    try {
      // 23:59:59 on 30 Nov in Vietnam.
      a.t.clock.now = new Date('2026-11-30T16:59:59Z');
      const before = await report('');
      expect(before.asOf).toBe('2026-11-30');
      expect(monthly(before)['2026-12']).toBeUndefined();
      // 06:30 on 1 Dec in Vietnam, 23:30 on 30 Nov in UTC: the quiz of that morning counts.
      a.t.clock.now = new Date('2026-11-30T23:30:00Z');
      const after = await report('');
      expect(after.asOf).toBe('2026-12-01');
      expect(monthly(after)).toMatchObject({ '2026-11': 2, '2026-12': 3 });
      const school = await get(
        a.w.districtOfficer.client,
        `/api/reports/online-share/schools/${a.w.school.id}?schoolYear=2026-2027`,
      );
      expect(school.json().asOf).toBe('2026-12-01');
    } finally {
      a.t.clock.now = new Date();
    }
  });
});

describe('exports in Vietnam time', () => {
  it('writes the submission time of the results workbook as the time in Vietnam', async () => {
    try {
      // 06:10 on 20 Nov in Vietnam.
      a.t.clock.now = new Date('2026-11-19T23:10:00Z');
      const view = (await post(a.w.student.client, `/api/assignments/${early}/attempts`)).json() as View;
      expect((await post(a.w.student.client, `/api/attempts/${view.id}/submit`)).statusCode).toBe(200);
    } finally {
      a.t.clock.now = new Date();
    }
    const file = await get(a.w.teacher.client, `/api/assignments/${early}/results.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const row = sheet?.getRows(2, 2)?.find((r) => r.getCell(6).value === 'Đã nộp');
    const cell = row?.getCell(9);
    // A cell has no zone: it holds the wall clock a teacher in Vietnam expects.
    expect((cell?.value as Date | undefined)?.toISOString()).toBe('2026-11-20T06:10:00.000Z');
    expect(cell?.numFmt).toBe('dd/mm/yyyy hh:mm');
  });
});

describe('a class changing its combination', () => {
  it('dates the change on the Vietnamese day of the import', async () => {
    await seed(a.t.db, { demo: false, demoPasswordHash: async () => '' });
    const school = await makeSchool(a.t.db, { districtId: a.w.districtA.id, levels: ['upper_secondary'] });
    const tenth = await makeClass(a.t.db, {
      schoolId: school.id,
      name: '10A1',
      grade: 10,
      electiveSubjects: ['vat-li', 'hoa-hoc', 'sinh-hoc', 'tin-hoc'],
    });
    try {
      // 06:30 on 9 Jan 2027 in Vietnam, still 8 Jan in UTC.
      a.t.clock.now = new Date('2027-01-08T23:30:00Z');
      const officer = await signIn(a.t.app, a.w.districtOfficer.user.username);
      const changed = await upload(
        officer,
        'classes',
        csv([classHeader, [school.code, '2026-2027', '10A1', 10, 'Vật lí; Hoá học; Địa lí; Tin học']]),
      );
      expect(changed.json()).toMatchObject({ updated: 1 });
    } finally {
      a.t.clock.now = new Date();
    }
    const after = await a.t.db.class.findUniqueOrThrow({ where: { id: tenth.id } });
    expect(after.electiveHistory).toEqual([
      { until: '2027-01-09', subjects: ['vat-li', 'hoa-hoc', 'sinh-hoc', 'tin-hoc'] },
    ]);
  });
});
