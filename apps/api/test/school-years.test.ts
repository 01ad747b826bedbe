import { seed } from '@hoclieu/db/seed';
import { makeClass, makeUser } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportWindow } from '../src/modules/reports/data.js';
import { auditTrail, type Client, createTestApp, type TestApp, testPasswordHash } from './helpers.js';
import { classHeader, csv, upload } from './import-files.js';
import { buildWorld, get, type World } from './world.js';

/**
 * The school year as a lifecycle. The world's year is 2026-2027 (current); the province creates
 * 2027-2028, rolls classes over, makes it current, corrects a past lesson and closes 2026-2027.
 * School A (THCS Tiến Hoá, grades 6-9): 6A (one student, from the world), 7B (a teacher), 9A (leaves).
 */
let t: TestApp;
let w: World;
let nextYearId: string;
let oldYearId: string;
const ids: Record<string, string> = {};

const send = (client: Client, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
  client.request({ method, url, payload });
const code = (response: { json(): unknown }) => (response.json() as { error?: { code: string } }).error?.code;
/** The school admin records a past lesson of Toán in 6A. */
const recordPastLesson = (lesson: { date: string; periods: number; note?: string }) =>
  send(w.schoolAdmin.client, 'POST', `/api/classes/${w.schoolClass.id}/online-lessons`, {
    subjectCode: 'toan',
    ...lesson,
  });

const nextYear = {
  code: '2027-2028',
  startDate: '2027-09-05',
  endDate: '2028-05-31',
  semester1End: '2028-01-15',
  semester2Start: '2028-01-17',
};

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db, { demo: false, demoPasswordHash: async () => '' });
  w = await buildWorld(t);
  oldYearId = (await t.db.schoolYear.findFirstOrThrow({ where: { code: '2026-2027' } })).id;
  await t.db.class.update({ where: { id: w.schoolClass.id }, data: { name: '6A' } });
  const passwordHash = await testPasswordHash();
  const leaver = await makeUser(t.db, 'student', { passwordHash, schoolId: w.school.id });
  ids.leaver = leaver.id;
  ids['9A'] = (await makeClass(t.db, { schoolId: w.school.id, name: '9A', grade: 9 })).id;
  ids['7B'] = (await makeClass(t.db, { schoolId: w.school.id, name: '7B', grade: 7 })).id;
  await t.db.enrollment.create({ data: { studentId: leaver.id, classId: ids['9A'] as string } });
  await t.db.teachingAssignment.create({
    data: { teacherId: w.teacher.user.id, classId: ids['7B'] as string, subjectCode: 'toan' },
  });
});
afterAll(() => t.close());

describe('creating school years', () => {
  it('lets the province create the next year with its semesters, audited', async () => {
    const created = await send(w.provinceOfficer.client, 'POST', '/api/school-years', nextYear);
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ ...nextYear, isCurrent: false, closedAt: null });
    nextYearId = created.json().id;
    expect(await t.db.auditEntry.count({ where: { action: 'school_year.create' } })).toBe(1);
    const listed = (await get(w.teacher.client, '/api/school-years')).json().items;
    expect(listed.map((y: { code: string }) => y.code)).toEqual(['2027-2028', '2026-2027']);
  });

  it('refuses overlapping years, repeated codes, disordered dates, and other roles', async () => {
    const overlap = await send(w.provinceOfficer.client, 'POST', '/api/school-years', {
      ...nextYear,
      code: '2028-2029',
      startDate: '2028-05-20',
      endDate: '2029-05-31',
      semester1End: '2029-01-10',
      semester2Start: '2029-01-11',
    });
    expect([overlap.statusCode, code(overlap)]).toEqual([409, 'SCHOOL_YEAR_OVERLAP']);
    expect(overlap.json().error.message).toContain('trùng');
    const again = await send(w.systemAdmin.client, 'POST', '/api/school-years', nextYear);
    expect(code(again)).toBe('SCHOOL_YEAR_EXISTS');
    const disordered = await send(w.provinceOfficer.client, 'POST', '/api/school-years', {
      ...nextYear,
      code: '2029-2030',
      startDate: '2029-09-05',
      endDate: '2030-05-31',
      semester1End: '2030-02-01',
      semester2Start: '2030-01-10',
    });
    expect(code(disordered)).toBe('SCHOOL_YEAR_DATES_INVALID');
    const badCode = await send(w.provinceOfficer.client, 'POST', '/api/school-years', {
      ...nextYear,
      code: '2029-2031',
    });
    expect(code(badCode)).toBe('SCHOOL_YEAR_CODE_INVALID');
    for (const who of [w.districtOfficer, w.schoolAdmin, w.teacher]) {
      const refused = await send(who.client, 'POST', '/api/school-years', { ...nextYear, code: '2030-2031' });
      expect(refused.statusCode).toBe(403);
    }
  });

  it('reports semesters by the dates the year stores', async () => {
    const window = await reportWindow(t.sql, { schoolYear: '2027-2028', semester: '2' }, new Date());
    expect(window.start.toISOString().slice(0, 10)).toBe('2028-01-17');
    const first = await reportWindow(t.sql, { schoolYear: '2027-2028', semester: '1' }, new Date());
    expect(first.end.toISOString().slice(0, 10)).toBe('2028-01-15');
    // A year from before the dates were stored keeps the old split: semester 2 from the 19th week.
    const old = await reportWindow(t.sql, { schoolYear: '2026-2027', semester: '2' }, new Date());
    expect(old.start.toISOString().slice(0, 10)).toBe('2027-01-09');
  });
});

describe('rolling classes over', () => {
  const rollover = (client: Client, body: object = {}) =>
    send(client, 'POST', `/api/school-years/${nextYearId}/rollover`, body);

  it('previews, then moves the school up a grade: the last grade leaves, teachers carried', async () => {
    const preview = await rollover(w.schoolAdmin.client, { preview: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      fromYear: '2026-2027',
      toYear: '2027-2028',
      preview: true,
      schools: 1,
      classesMoved: 2,
      classesLeaving: 1,
      studentsMoved: 1,
      studentsLeaving: 1,
    });
    expect(await t.db.class.count({ where: { schoolYearId: nextYearId } })).toBe(0);

    const done = await rollover(w.schoolAdmin.client, { carryTeaching: true });
    expect(done.json()).toMatchObject({ preview: false, schools: 1, classesMoved: 2, teachingCarried: 1 });
    const moved = await t.db.class.findMany({
      where: { schoolYearId: nextYearId },
      include: { enrollments: true, teachingAssignments: true },
      orderBy: { name: 'asc' },
    });
    expect(moved.map((c) => [c.name, c.grade, c.schoolId])).toEqual([
      ['7A', 7, w.school.id],
      ['8B', 8, w.school.id],
    ]);
    // The same student account moves with its class; the old enrolment stays as history.
    expect(moved[0]?.enrollments.map((e) => e.studentId)).toEqual([w.student.user.id]);
    expect(await t.db.enrollment.count({ where: { studentId: w.student.user.id } })).toBe(2);
    expect(moved[1]?.teachingAssignments.map((a) => [a.teacherId, a.subjectCode])).toEqual([
      [w.teacher.user.id, 'toan'],
    ]);
    // The leaver keeps the account and the past enrolment, and has no class in the new year.
    const leaver = await t.db.user.findUniqueOrThrow({
      where: { id: ids.leaver as string },
      include: { enrollments: { include: { class: true } } },
    });
    expect(leaver.disabled).toBe(false);
    expect(leaver.enrollments.map((e) => e.class.schoolYearId)).toEqual([oldYearId]);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: 'school_year.rollover' } });
    expect(audit).toMatchObject({ actorId: w.schoolAdmin.user.id, schoolId: w.school.id });
  });

  it('refuses rolling the same school twice, with a clear error', async () => {
    const twice = await rollover(w.schoolAdmin.client);
    expect([twice.statusCode, code(twice)]).toEqual([409, 'ROLLOVER_ALREADY_DONE']);
    expect(await t.db.class.count({ where: { schoolYearId: nextYearId } })).toBe(2);
  });

  it('keeps each role to its own unit', async () => {
    const otherSchool = await rollover(w.schoolAdmin.client, { schoolId: w.sameDistrictSchool.id });
    expect(otherSchool.statusCode).toBe(403);
    const otherDistrict = await rollover(w.districtOfficer.client, { schoolId: w.otherDistrictSchool.id });
    expect(otherDistrict.statusCode).toBe(403);
    expect((await rollover(w.teacher.client)).statusCode).toBe(403);
    expect((await rollover(w.otherProvinceOfficer.client, { districtId: w.districtA.id })).statusCode).toBe(
      403,
    );
    expect(await t.db.class.count({ where: { schoolYearId: nextYearId } })).toBe(2);
  });

  it('rolls the rest of the province for the officer, leaving rolled schools alone', async () => {
    const province = await rollover(w.provinceOfficer.client, { carryTeaching: false });
    expect(province.json()).toMatchObject({ schools: 1, schoolsAlreadyRolled: 1, classesMoved: 1 });
    const peer = await t.db.class.findFirstOrThrow({
      where: { schoolId: w.sameDistrictSchool.id, schoolYearId: nextYearId },
    });
    expect([peer.name, peer.grade, peer.rolledFromId]).toEqual(['7B', 7, w.otherClass.id]);
  });
});

describe('past years', () => {
  it('makes the next year current; the past year stays readable', async () => {
    const current = await send(w.provinceOfficer.client, 'POST', `/api/school-years/${nextYearId}/current`);
    expect(current.json()).toMatchObject({ code: '2027-2028', isCurrent: true });
    const old = await get(w.schoolAdmin.client, `/api/schools/${w.school.id}/classes?schoolYear=2026-2027`);
    expect(old.json().items.map((c: { name: string }) => c.name)).toEqual(['6A', '7B', '9A']);
    const now = await get(w.schoolAdmin.client, `/api/schools/${w.school.id}/classes`);
    expect(now.json().items.map((c: { name: string }) => c.name)).toEqual(['7A', '8B']);
    const pastClass = await get(w.schoolAdmin.client, `/api/classes/${w.schoolClass.id}`);
    expect(pastClass.json()).toMatchObject({ schoolYear: '2026-2027', studentCount: 1 });
  });

  it('lets the school admin record and correct a past year’s lesson, audited with who did it', async () => {
    const recorded = await recordPastLesson({ date: '2027-03-02', periods: 2, note: 'Giáo viên quên ghi' });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({ status: 'confirmed', periods: 2, date: '2027-03-02' });
    const lessonId = recorded.json().id as string;
    const corrected = await send(w.schoolAdmin.client, 'PATCH', `/api/online-lessons/${lessonId}`, {
      periods: 3,
    });
    expect(corrected.json()).toMatchObject({ periods: 3 });
    const audit = await auditTrail(t, lessonId);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['online_lesson.recorded', w.schoolAdmin.user.id],
      ['online_lesson.corrected', w.schoolAdmin.user.id],
    ]);
    expect(audit[1]?.details).toMatchObject({
      schoolYear: '2026-2027',
      before: { periods: 2 },
      after: { periods: 3 },
    });

    const outside = await recordPastLesson({ date: '2027-07-02', periods: 1 });
    expect(code(outside)).toBe('LESSON_DATE_OUTSIDE_YEAR');
    const otherAdmin = await send(w.otherSchoolAdmin.client, 'PATCH', `/api/online-lessons/${lessonId}`, {
      periods: 9,
    });
    expect(otherAdmin.statusCode).toBe(403);
    const teacher = await send(w.teacher.client, 'PATCH', `/api/online-lessons/${lessonId}`, { periods: 9 });
    expect(teacher.statusCode).toBe(403);
  });

  it('opens a past year’s report with that year’s targets', async () => {
    for (const [year, targetPercent] of [
      [2027, 15],
      [2028, 20],
    ] as const) {
      const added = await send(w.provinceOfficer.client, 'POST', '/api/kpi-targets', {
        kpi: 'online_program_share',
        scope: 'secondary',
        year,
        targetPercent,
        sourceDocument: `Kế hoạch chuyển đổi số năm ${year} của UBND tỉnh`,
      });
      expect(added.statusCode).toBe(200);
    }
    const past = await get(w.districtOfficer.client, '/api/reports/online-share?schoolYear=2026-2027');
    expect(past.statusCode).toBe(200);
    const level = (r: { levels: { level: string; figure: { target: number } }[] }) =>
      r.levels.find((l) => l.level === 'secondary')?.figure.target;
    expect(level(past.json())).toBe(0.15);
    const now = (await get(w.districtOfficer.client, '/api/reports/online-share')).json();
    expect([now.schoolYear, level(now)]).toEqual(['2027-2028', 0.2]);
    const kpis = await get(w.districtOfficer.client, '/api/reports/kpis?schoolYear=2026-2027');
    expect(kpis.json().schoolYear).toBe('2026-2027');
    // A past class's drill-down is in its own year (not the current one): the corrected lesson counts.
    const pastClass = (
      await get(
        w.districtOfficer.client,
        `/api/reports/online-share/classes/${w.schoolClass.id}?asOf=2027-05-31`,
      )
    ).json();
    expect(pastClass.subjects.find((s: { code: string }) => s.code === 'toan').online).toBe(3);
    expect(pastClass.figure.target).toBe(0.15);
  });

  it('counts a student learning online in the year of the class that took the quiz only', async () => {
    // The student took a quiz as 6A in 2026-2027, then moved up to 7A in 2027-2028.
    await t.db.subject.upsert({
      where: { code: 'toan' },
      create: { code: 'toan', name: 'Toán' },
      update: {},
    });
    const exam = await t.db.exam.create({
      data: {
        title: 'Kiểm tra',
        subjectCode: 'toan',
        grade: 6,
        durationMinutes: 15,
        settings: {},
        header: {},
        authorId: w.teacher.user.id,
        schoolId: w.school.id,
      },
    });
    const version = await t.db.examVersion.create({
      data: { examId: exam.id, code: '101', seed: 's', layout: { order: [], options: {} } },
    });
    const opensAt = new Date('2027-03-01T01:00:00Z');
    const assignment = await t.db.assignment.create({
      data: {
        examId: exam.id,
        teacherId: w.teacher.user.id,
        opensAt,
        closesAt: new Date('2027-03-01T02:00:00Z'),
        timeLimitMinutes: 15,
        attemptsAllowed: 1,
        releasePolicy: 'after_close',
        periods: 1,
        extraTime: [],
        classes: { create: { classId: w.schoolClass.id } },
      },
    });
    await t.db.attempt.create({
      data: {
        assignmentId: assignment.id,
        studentId: w.student.user.id,
        number: 1,
        versionId: version.id,
        startedAt: opensAt,
        deadlineAt: new Date('2027-03-01T01:15:00Z'),
        maxScore: 10,
      },
    });
    const active = async (year: string) => {
      const kpis = (await get(w.schoolAdmin.client, `/api/reports/kpis?schoolYear=${year}`)).json();
      return kpis.items.find((k: { kpi: string }) => k.kpi === 'students_online_access').numerator;
    };
    expect(await active('2026-2027')).toBe(1);
    expect(await active('2027-2028')).toBe(0);
  });
});

describe('closing a year', () => {
  const close = (client: Client, yearId: string) => send(client, 'POST', `/api/school-years/${yearId}/close`);

  it('refuses the current year and other roles; closes a past year once', async () => {
    const current = await close(w.provinceOfficer.client, nextYearId);
    expect([current.statusCode, code(current)]).toEqual([409, 'SCHOOL_YEAR_CURRENT_NOT_CLOSABLE']);
    expect((await close(w.districtOfficer.client, oldYearId)).statusCode).toBe(403);
    expect((await close(w.schoolAdmin.client, oldYearId)).statusCode).toBe(403);
    const closed = await close(w.provinceOfficer.client, oldYearId);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().closedAt).not.toBeNull();
    const twice = await close(w.systemAdmin.client, oldYearId);
    expect([twice.statusCode, code(twice)]).toEqual([409, 'SCHOOL_YEAR_ALREADY_CLOSED']);
    const reopen = await send(w.provinceOfficer.client, 'POST', `/api/school-years/${oldYearId}/current`);
    expect(code(reopen)).toBe('SCHOOL_YEAR_CLOSED');
    expect(await t.db.auditEntry.count({ where: { action: 'school_year.close' } })).toBe(1);
  });

  it('makes the closed year read-only: lessons, classes, enrolments refused; reading still works', async () => {
    const lesson = await recordPastLesson({ date: '2027-03-03', periods: 1 });
    expect([lesson.statusCode, code(lesson)]).toEqual([409, 'SCHOOL_YEAR_CLOSED']);
    const existing = await t.db.onlineLesson.findFirstOrThrow({ where: { classId: w.schoolClass.id } });
    const correction = await send(w.schoolAdmin.client, 'PATCH', `/api/online-lessons/${existing.id}`, {
      periods: 1,
    });
    expect(code(correction)).toBe('SCHOOL_YEAR_CLOSED');
    const live = await send(w.teacher.client, 'POST', '/api/online-lessons', {
      classId: ids['7B'],
      subjectCode: 'toan',
      date: '2027-03-03',
      periods: 1,
      link: 'https://meet.example.vn/abc',
    });
    expect(code(live)).toBe('SCHOOL_YEAR_CLOSED');
    const imported = await upload(
      w.schoolAdmin.client,
      'classes',
      csv([classHeader, [w.school.code, '2026-2027', '6C', 6, '']]),
    );
    expect(imported.json().errors[0]).toMatchObject({ code: 'IMPORT_ROW_CONFLICT' });
    expect(imported.json().errors[0].message).toContain('khoá sổ');
    const into = await send(w.provinceOfficer.client, 'POST', `/api/school-years/${oldYearId}/rollover`, {});
    expect(code(into)).toBe('SCHOOL_YEAR_CLOSED');
    const report = await get(w.districtOfficer.client, '/api/reports/online-share?schoolYear=2026-2027');
    expect(report.statusCode).toBe(200);
    const years = (await get(w.teacher.client, '/api/school-years')).json().items;
    expect(years.find((y: { code: string }) => y.code === '2026-2027').closedAt).not.toBeNull();
  });
});
