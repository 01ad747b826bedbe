import { seed } from '@hoclieu/db/seed';
import { makeClass, makeUser } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEARNING_CACHE_MS } from '../src/modules/reports/learning-online.js';
import { createTestApp, type TestApp, testPasswordHash } from './helpers.js';
import { buildWorld, get, type World } from './world.js';

/**
 * Học sinh học trực tuyến counted from use, school year 2026-2027 (5 Sep 2026 – 31 May 2027, semester 1
 * to 8 Jan 2027); the plan's target is 90 %. Date-sensitive: run under several `TZ`s (.ci/tz.sh).
 * S1 THCS Tiến Hoá, 6A: Quiz started a quiz on 1 Oct; Practice answered a practice question on
 *   2 Oct; Lecture opened a lecture on 10 Sep and came back to it on 2 Dec; Idle did nothing → 3 / 4.
 * S2 TH&THCS Mai Hoá, 1A: Early answered at 23:59:59.999 on 31 Oct in Vietnam (16:59:59.999 UTC),
 *   Late at 00:00 on 1 Nov in Vietnam (17:00 UTC on 31 Oct); 7A: Before took a quiz on 20 Aug,
 *   before the year → 2 / 3.
 * B1 (district B): Far took a quiz in October; district A's officer never sees it.
 */
let t: TestApp;
let w: World;
const pupil: Record<string, string> = {};

async function student(name: string, classId: string, schoolId: string) {
  const user = await makeUser(t.db, 'student', {
    passwordHash: await testPasswordHash(),
    schoolId,
    fullName: name,
  });
  await t.db.enrollment.create({ data: { studentId: user.id, classId } });
  pupil[name] = user.id;
  return user.id;
}

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db, { demo: false, demoPasswordHash: async () => '' });
  w = await buildWorld(t);
  const db = t.db;
  await db.user.update({ where: { id: w.student.user.id }, data: { fullName: 'Quiz' } });
  pupil.Quiz = w.student.user.id;
  await db.school.update({
    where: { id: w.sameDistrictSchool.id },
    data: { levels: ['primary', 'lower_secondary'] },
  });
  await db.class.update({ where: { id: w.otherClass.id }, data: { name: '7A', grade: 7 } });
  const class1A = await makeClass(db, { schoolId: w.sameDistrictSchool.id, name: '1A', grade: 1 });
  const classB = await makeClass(db, { schoolId: w.otherDistrictSchool.id, name: '6B' });
  for (const name of ['Practice', 'Lecture', 'Idle']) await student(name, w.schoolClass.id, w.school.id);
  for (const name of ['Early', 'Late']) await student(name, class1A.id, w.sameDistrictSchool.id);
  await student('Before', w.otherClass.id, w.sameDistrictSchool.id);
  await student('Far', classB.id, w.otherDistrictSchool.id);

  // A quiz: one exam, one paper, one assignment; attempts started when the test says.
  await db.subject.upsert({ where: { code: 'toan' }, create: { code: 'toan', name: 'Toán' }, update: {} });
  const exam = await db.exam.create({
    data: {
      title: 'Kiểm tra 15 phút',
      subjectCode: 'toan',
      grade: 6,
      durationMinutes: 15,
      settings: {},
      header: {},
      authorId: w.teacher.user.id,
      schoolId: w.school.id,
    },
  });
  const version = await db.examVersion.create({
    data: { examId: exam.id, code: '101', seed: 's', layout: { order: [], options: {} } },
  });
  const assignment = await db.assignment.create({
    data: {
      examId: exam.id,
      teacherId: w.teacher.user.id,
      opensAt: new Date('2026-08-01T00:00:00Z'),
      closesAt: new Date('2027-05-01T00:00:00Z'),
      timeLimitMinutes: 15,
      attemptsAllowed: 1,
      releasePolicy: 'after_close',
      periods: 1,
      extraTime: [],
    },
  });
  const quiz = (name: string, startedAt: string) =>
    db.attempt.create({
      data: {
        assignmentId: assignment.id,
        studentId: pupil[name] as string,
        number: 1,
        versionId: version.id,
        startedAt: new Date(startedAt),
        deadlineAt: new Date(new Date(startedAt).getTime() + 15 * 60_000),
        maxScore: 10,
      },
    });
  await quiz('Quiz', '2026-10-01T03:00:00Z');
  await quiz('Before', '2026-08-20T03:00:00Z');
  await quiz('Far', '2026-10-05T03:00:00Z');

  const question = await db.question.create({
    data: { type: 'single_choice', authorId: w.teacher.user.id, schoolId: w.school.id },
  });
  const practise = (name: string, answeredAt: string) =>
    db.practiceAnswer.create({
      data: {
        studentId: pupil[name] as string,
        questionId: question.id,
        versionNumber: 1,
        score: 1,
        correct: true,
        answer: {},
        abilityBefore: 0,
        abilityAfter: 0.1,
        answeredAt: new Date(answeredAt),
      },
    });
  await practise('Practice', '2026-10-02T08:00:00Z');
  await practise('Practice', '2026-10-03T08:00:00Z');
  await practise('Early', '2026-10-31T16:59:59.999Z');
  await practise('Late', '2026-10-31T17:00:00.000Z');

  const material = await db.material.create({
    data: { title: 'Bài giảng điện tử', type: 'lecture', licence: 'cc_by', authorId: w.teacher.user.id },
  });
  const progress = await db.lectureProgress.create({
    data: { materialId: material.id, userId: pupil.Lecture as string, version: '1.2' },
  });
  await t.sql.query(
    `UPDATE "LectureProgress" SET "createdAt" = $2::timestamptz, "updatedAt" = $3::timestamptz WHERE id = $1::uuid`,
    [progress.id, '2026-09-10T02:00:00Z', '2026-12-02T02:00:00Z'],
  );
});
afterAll(() => t.close());

type Figure = {
  students: number;
  learning: number;
  share: number | null;
  target: number | null;
  status: string;
  byKind: { quiz: number; practice: number; lecture: number };
};
type Report = {
  unit: { kind: string; id: string };
  period: { from: string; to: string };
  figure: Figure;
  levels: { level: string; figure: Figure }[];
  rows: { kind: string; id: string; figure: Figure }[];
};

const reportOf = async (query = '', who = w.districtOfficer.client) => {
  const response = await get(who, `/api/reports/learning-online?schoolYear=2026-2027${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Report;
};
const rowOf = (report: Report, id: string) => report.rows.find((row) => row.id === id)?.figure;
const counts = (figure: Figure | undefined) =>
  figure && [
    figure.students,
    figure.learning,
    figure.byKind.quiz,
    figure.byKind.practice,
    figure.byKind.lecture,
  ];

describe('students learning online, counted from what they did', () => {
  it('counts each kind of activity per school and level against the plan’s target', async () => {
    const report = await reportOf();
    expect(report.period).toEqual({ from: '2026-09-05', to: '2027-05-31' });
    expect(counts(rowOf(report, w.school.id))).toEqual([4, 3, 1, 1, 1]);
    expect(counts(rowOf(report, w.sameDistrictSchool.id))).toEqual([3, 2, 0, 2, 0]);
    expect(rowOf(report, w.otherDistrictSchool.id)).toBeUndefined();
    expect(report.figure).toMatchObject({ students: 7, learning: 5, target: 0.9, status: 'below' });
    expect(report.figure.share).toBeCloseTo(5 / 7);
    const level = Object.fromEntries(report.levels.map((l) => [l.level, counts(l.figure)]));
    expect(level).toEqual({
      primary: [2, 2, 0, 2, 0],
      secondary: [5, 3, 1, 1, 1],
      lower_secondary: [5, 3, 1, 1, 1],
    });
    expect(report.levels.find((l) => l.level === 'primary')?.figure.status).toBe('reached');
  });

  it('bounds months and semesters by Vietnam’s calendar, whatever the server’s zone', async () => {
    const october = await reportOf('&month=2026-10');
    expect(october.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(counts(rowOf(october, w.school.id))).toEqual([4, 2, 1, 1, 0]);
    expect(counts(rowOf(october, w.sameDistrictSchool.id))).toEqual([3, 1, 0, 1, 0]);
    const november = await reportOf('&month=2026-11');
    expect(counts(rowOf(november, w.sameDistrictSchool.id))).toEqual([3, 1, 0, 1, 0]);
    expect(counts(rowOf(november, w.school.id))).toEqual([4, 0, 0, 0, 0]);
    // The lecture came back in December: a lecture counts when it was opened or resumed.
    expect(counts(rowOf(await reportOf('&month=2026-12'), w.school.id))).toEqual([4, 1, 0, 0, 1]);
    // September is cut to the year's days; the quiz of 20 August is before the year.
    const september = await reportOf('&month=2026-09');
    expect(september.period).toEqual({ from: '2026-09-05', to: '2026-09-30' });
    expect(counts(rowOf(september, w.school.id))).toEqual([4, 1, 0, 0, 1]);
    expect(counts(rowOf(await reportOf('&semester=2'), w.school.id))).toEqual([4, 0, 0, 0, 0]);
    // A report as of 31 October stops at the end of that Vietnamese day.
    const asOf = await reportOf('&asOf=2026-10-31');
    expect(asOf.period.to).toBe('2026-10-31');
    expect(counts(rowOf(asOf, w.sameDistrictSchool.id))).toEqual([3, 1, 0, 1, 0]);
  });

  it('counts the plan’s students_online_access indicator the same way', async () => {
    const kpis = (await get(w.districtOfficer.client, '/api/reports/kpis?schoolYear=2026-2027')).json();
    const item = kpis.items.find((k: { kpi: string }) => k.kpi === 'students_online_access');
    expect(item).toMatchObject({ numerator: 5, denominator: 7, target: 0.9, status: 'below' });
  });

  it('shows each viewer their own unit and below', async () => {
    const own = await reportOf('', w.schoolAdmin.client);
    expect(own.unit).toMatchObject({ kind: 'school', id: w.school.id });
    expect(own.rows.map((row) => row.id)).toEqual([w.school.id]);
    const province = await reportOf('', w.provinceOfficer.client);
    expect(province.rows.every((row) => row.kind === 'district')).toBe(true);
    expect(counts(rowOf(province, w.districtA.id))).toEqual([7, 5, 1, 3, 1]);
    expect(counts(rowOf(province, w.districtB.id))).toEqual([1, 1, 1, 0, 0]);
    const districtB = await reportOf(`&districtId=${w.districtB.id}`, w.provinceOfficer.client);
    expect(districtB.rows.map((row) => row.id)).toEqual([w.otherDistrictSchool.id]);
    const url = '/api/reports/learning-online?schoolYear=2026-2027';
    expect((await get(w.otherProvinceOfficer.client, `${url}&districtId=${w.districtA.id}`)).statusCode).toBe(
      403,
    );
    expect((await get(w.teacher.client, url)).statusCode).toBe(403);
    expect((await get(w.student.client, url)).statusCode).toBe(403);
  });
});

describe('the students behind a school’s figure', () => {
  const studentsOf = async (schoolId: string, query = '', who = w.districtOfficer.client) =>
    get(who, `/api/reports/learning-online/schools/${schoolId}/students?schoolYear=2026-2027${query}`);

  it('lists who counts and who does not, with what they did and when', async () => {
    const response = await studentsOf(w.school.id);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    expect(counts(page.figure)).toEqual([4, 3, 1, 1, 1]);
    const byName = Object.fromEntries(page.items.map((s: { fullName: string }) => [s.fullName, s]));
    expect(byName.Quiz).toMatchObject({
      learning: true,
      quiz: { count: 1, last: '2026-10-01T03:00:00.000Z' },
      practice: { count: 0, last: null },
    });
    expect(byName.Practice.practice).toEqual({ count: 2, last: '2026-10-03T08:00:00.000Z' });
    expect(byName.Lecture.lecture).toEqual({ count: 1, last: '2026-12-02T02:00:00.000Z' });
    expect(byName.Idle).toMatchObject({ learning: false, className: w.schoolClass.name, grade: 6 });

    const idle = (await studentsOf(w.school.id, '&learning=no')).json();
    expect([idle.total, idle.items.map((s: { fullName: string }) => s.fullName)]).toEqual([1, ['Idle']]);
    const october = (await studentsOf(w.school.id, '&month=2026-10&learning=yes')).json();
    expect(october.items.map((s: { fullName: string }) => s.fullName).sort()).toEqual(['Practice', 'Quiz']);
    expect(october.total).toBe(2);
  });

  it('pages a big school and filters by level', async () => {
    const second = (await studentsOf(w.school.id, '&pageSize=3&page=2')).json();
    expect([second.total, second.items.length]).toEqual([4, 1]);
    const first = (await studentsOf(w.school.id, '&pageSize=3')).json();
    const names = [...first.items, ...second.items].map((s: { fullName: string }) => s.fullName);
    expect(new Set(names).size).toBe(4);
    const primary = (await studentsOf(w.sameDistrictSchool.id, '&level=primary')).json();
    expect([primary.total, counts(primary.figure)]).toEqual([2, [2, 2, 0, 2, 0]]);
    expect(primary.items.map((s: { fullName: string }) => s.fullName)).toEqual(['Early', 'Late']);
  });

  it('is refused across the line: another school, district or province, and staff below the unit', async () => {
    expect((await studentsOf(w.school.id, '', w.schoolAdmin.client)).statusCode).toBe(200);
    expect((await studentsOf(w.school.id, '', w.otherSchoolAdmin.client)).statusCode).toBe(403);
    expect((await studentsOf(w.otherDistrictSchool.id)).statusCode).toBe(403);
    expect((await studentsOf(w.otherDistrictSchool.id, '', w.provinceOfficer.client)).statusCode).toBe(200);
    expect((await studentsOf(w.school.id, '', w.otherProvinceOfficer.client)).statusCode).toBe(403);
    expect((await studentsOf(w.school.id, '', w.teacher.client)).statusCode).toBe(403);
    expect((await studentsOf(w.school.id, '', w.student.client)).statusCode).toBe(403);
    expect((await studentsOf('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('the indicator reused between requests', () => {
  /** Idle answers a practice question on 20 November. */
  const idlePractises = async () =>
    t.db.practiceAnswer.create({
      data: {
        studentId: pupil.Idle as string,
        questionId: (await t.db.question.findFirstOrThrow({ where: { schoolId: w.school.id } })).id,
        versionNumber: 1,
        score: 0,
        correct: false,
        answer: {},
        abilityBefore: 0,
        abilityAfter: -0.1,
        answeredAt: new Date('2026-11-20T03:00:00Z'),
      },
    });

  it('keeps its figures LEARNING_CACHE_MS per unit and query, then counts what happened since', async () => {
    // Past what the tests above computed: the first report below is computed afresh.
    const start = new Date(Date.now() + 2 * LEARNING_CACHE_MS);
    t.clock.now = start;
    try {
      const before = counts(rowOf(await reportOf('&month=2026-11'), w.school.id));
      const answer = await idlePractises();
      t.clock.now = new Date(start.getTime() + LEARNING_CACHE_MS - 1);
      expect(counts(rowOf(await reportOf('&month=2026-11'), w.school.id))).toEqual(before);
      // The list of students is live, and another query is computed for itself.
      const url = `/api/reports/learning-online/schools/${w.school.id}/students?schoolYear=2026-2027&month=2026-11&learning=yes`;
      const idle = (await get(w.districtOfficer.client, url)).json();
      expect(idle.items.map((s: { fullName: string }) => s.fullName)).toEqual(['Idle']);
      // A changed target shows at once; the counts it is read against stay within the bound.
      const target = { kpi: 'students_online_access', scope: 'general_education_students' };
      const targets = await t.db.kpiTarget.findMany({ where: target });
      await t.db.kpiTarget.updateMany({ where: target, data: { targetPercent: 95 } });
      const retargeted = await reportOf('&month=2026-11');
      expect(retargeted.figure.target).toBe(0.95);
      expect(counts(rowOf(retargeted, w.school.id))).toEqual(before);
      for (const row of targets)
        await t.db.kpiTarget.update({ where: { id: row.id }, data: { targetPercent: row.targetPercent } });
      expect(counts(rowOf(await reportOf('&month=2026-11'), w.school.id))).toEqual(before);
      t.clock.now = new Date(start.getTime() + LEARNING_CACHE_MS);
      expect(counts(rowOf(await reportOf('&month=2026-11'), w.school.id))).toEqual([4, 1, 0, 1, 0]);
      await t.db.practiceAnswer.delete({ where: { id: answer.id } });
    } finally {
      t.clock.now = new Date();
    }
  });

  it('keeps the plan KPIs as long, per unit, with their targets current', async () => {
    const start = new Date(Date.now() + 4 * LEARNING_CACHE_MS);
    t.clock.now = start;
    const access = async (client = w.districtOfficer.client) => {
      const kpis = (await get(client, '/api/reports/kpis?schoolYear=2026-2027')).json();
      return kpis.items.find((k: { kpi: string }) => k.kpi === 'students_online_access');
    };
    try {
      expect(await access()).toMatchObject({ numerator: 5, denominator: 7, target: 0.9 });
      // Another unit's figures are its own, not the ones just computed for the district.
      expect(await access(w.schoolAdmin.client)).toMatchObject({ numerator: 3, denominator: 4 });
      const answer = await idlePractises();
      t.clock.now = new Date(start.getTime() + LEARNING_CACHE_MS - 1);
      expect((await access()).numerator).toBe(5);
      const target = { kpi: 'students_online_access', scope: 'general_education_students' };
      const targets = await t.db.kpiTarget.findMany({ where: target });
      await t.db.kpiTarget.updateMany({ where: target, data: { targetPercent: 95 } });
      expect(await access()).toMatchObject({ numerator: 5, target: 0.95 });
      for (const row of targets)
        await t.db.kpiTarget.update({ where: { id: row.id }, data: { targetPercent: row.targetPercent } });
      expect((await access()).numerator).toBe(5);
      t.clock.now = new Date(start.getTime() + LEARNING_CACHE_MS);
      expect(await access()).toMatchObject({ numerator: 6, target: 0.9 });
      await t.db.practiceAnswer.delete({ where: { id: answer.id } });
    } finally {
      t.clock.now = new Date();
    }
  });
});
