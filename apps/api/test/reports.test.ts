import { seed } from '@hoclieu/db/seed';
import { makeClass, makeSchool } from '@hoclieu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from './helpers.js';
import { classHeader, csv, upload } from './import-files.js';
import { post } from './question-fixtures.js';
import { buildWorld, get, type World } from './world.js';

/**
 * A small district worked out by hand. School year 2026-2027 starts 2026-09-05; its targets are
 * the latest not after 2027: 2025's, primary 5 %, secondary 10 %. Programme periods (GDPT 2018):
 * grade 1 = 875, grades 6 and 7 = 1015, grade 10 = 612 compulsory + 4 electives × 70 + 3 chuyên đề
 * clusters × 35 = 997.
 *
 * S1 THCS Tiến Hoá, 6A: 3 (material, 1 Oct) + 2 (live, confirmed) = 5; a rejected live class (5)
 *   and a record before the year (4, 1 Aug) do not count. 5 / 1015 = 0.49 %.
 * S2 TH&THCS Mai Hoá: 1A 40 (primary), 7A 10 → 50 / 1890 = 2.65 %; its target weights each class's
 *   level: (875 × 5 % + 1015 × 10 %) / 1890 = 145.25 / 1890 = 7.685 %.
 * S3 THPT Tuyên Hoá: 10A1 (Lí, Hoá, Sinh, Tin) 60 Lí + 40 Hoá = 100 / 997 = 10.03 %: reached.
 *   On 2027-01-09 the class changes Sinh for Địa (re-imported): the year runs 269 days, Sinh was
 *   taught 126 of them, Địa 143, so Sinh counts 70 × 126/269 = 32.8 periods and Địa 37.2; the
 *   total stays 997 and the 8 Sinh periods given in November still count: 108 / 997 = 10.83 %.
 * Levels: primary 40 / 875 = 4.571 %; lower secondary (5 + 10) / 2030 = 0.739 %; upper 10.83 %;
 *   secondary (15 + 108) / 3027 = 4.063 %.
 * On 2026-11-07 (64 days → 9.142857 weeks → elapsed 0.261224): S2 needs 7.685 % × 0.261224 =
 *   2.008 % to be on track and has 2.65 %: on track; S1 needs 2.61 % and has 0.49 %: below.
 */
let t: TestApp;
let w: World;
const c: Record<string, string> = {};
const s: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db, { demo: false, demoPasswordHash: async () => '' });
  w = await buildWorld(t);
  s.s1 = w.school.id;
  s.s2 = w.sameDistrictSchool.id;
  await t.db.school.update({ where: { id: s.s2 }, data: { levels: ['primary', 'lower_secondary'] } });
  s.s3 = (
    await makeSchool(t.db, {
      districtId: w.districtA.id,
      name: 'Trường THPT Tuyên Hoá',
      levels: ['upper_secondary'],
    })
  ).id;
  c['6A'] = w.schoolClass.id;
  await t.db.class.update({ where: { id: w.otherClass.id }, data: { name: '7A', grade: 7 } });
  c['7A'] = w.otherClass.id;
  c['1A'] = (await makeClass(t.db, { schoolId: s.s2, name: '1A', grade: 1 })).id;
  c['10A1'] = (
    await makeClass(t.db, {
      schoolId: s.s3,
      name: '10A1',
      grade: 10,
      electiveSubjects: ['vat-li', 'hoa-hoc', 'sinh-hoc', 'tin-hoc'],
    })
  ).id;
  const record = (classId: string, subjectCode: string, date: string, periods: number, source = 'material') =>
    t.db.onlineLesson.create({
      data: {
        classId,
        subjectCode,
        date: new Date(`${date}T00:00:00Z`),
        periods,
        source,
        teacherId: w.teacher.user.id,
      },
    });
  await record(c['6A'] as string, 'toan', '2026-10-01', 3);
  await record(c['6A'] as string, 'toan', '2026-08-01', 4);
  await record(c['1A'] as string, 'toan', '2026-10-10', 40, 'test');
  await record(c['7A'] as string, 'ngu-van', '2026-10-12', 10);
  await record(c['10A1'] as string, 'vat-li', '2026-10-20', 60);
  await record(c['10A1'] as string, 'hoa-hoc', '2026-10-21', 40);
  await record(c['10A1'] as string, 'sinh-hoc', '2026-11-05', 8);
  // The class changes combination at the start of semester 2, through the classes import.
  const s3Code = (await t.db.school.findUniqueOrThrow({ where: { id: s.s3 } })).code;
  t.clock.now = new Date('2027-01-09T02:00:00Z');
  const officerInJanuary = await signIn(t.app, w.districtOfficer.user.username);
  const changed = await upload(
    officerInJanuary,
    'classes',
    csv([classHeader, [s3Code, '2026-2027', '10A1', 10, 'Vật lí; Hoá học; Địa lí; Tin học']]),
  );
  t.clock.now = new Date();
  expect(changed.json()).toMatchObject({ updated: 1 });
  // Live classes: declared by the teacher, counted once the school admin confirms.
  await t.db.teachingAssignment.createMany({
    data: [
      { teacherId: w.teacher.user.id, classId: c['6A'] as string, subjectCode: 'ngu-van' },
      { teacherId: w.teacher.user.id, classId: c['6A'] as string, subjectCode: 'toan' },
    ],
  });
  const live = (subjectCode: string, periods: number) =>
    post(w.teacher.client, '/api/online-lessons', {
      classId: c['6A'],
      subjectCode,
      date: '2026-10-15',
      periods,
      link: 'https://meet.example.vn/abc',
    });
  const kept = (await live('ngu-van', 2)).json();
  const refused = (await live('toan', 5)).json();
  expect(kept.status).toBe('pending');
  await post(w.schoolAdmin.client, `/api/online-lessons/${kept.id}/decision`, { confirm: true });
  await post(w.schoolAdmin.client, `/api/online-lessons/${refused.id}/decision`, { confirm: false });
});
afterAll(() => t.close());

type Figure = {
  online: number;
  programme: number;
  share: number;
  target: number | null;
  status: string;
  formula: string;
};
type Report = {
  levels: { level: string; figure: Figure }[];
  rows: { id: string; name: string; figure: Figure; trend: number[] }[];
  monthly: { month: string; online: number }[];
  elapsed: number;
};

/** The 2026-2027 dashboard as of that day, the whole year's or one semester's. */
const report = async (asOf: string, who = w.districtOfficer.client, semester?: 1 | 2) => {
  const query = `schoolYear=2026-2027${semester ? `&semester=${semester}` : ''}&asOf=${asOf}`;
  const response = await get(who, `/api/reports/online-share?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Report;
};
const row = (r: Report, id: string) => r.rows.find((x) => x.id === id)?.figure as Figure;
const level = (r: Report, name: string) => r.levels.find((x) => x.level === name)?.figure as Figure;

describe('online share of the programme', () => {
  it('computes every school and level as worked out by hand', async () => {
    const r = await report('2027-05-31');
    expect(r.elapsed).toBe(1);
    expect(row(r, s.s1 as string)).toMatchObject({
      online: 5,
      programme: 1015,
      target: 0.1,
      status: 'below',
    });
    expect(row(r, s.s2 as string)).toMatchObject({ online: 50, programme: 1890, status: 'below' });
    expect(row(r, s.s2 as string).target).toBeCloseTo(145.25 / 1890, 10);
    expect(row(r, s.s3 as string)).toMatchObject({ online: 108, target: 0.1, status: 'reached' });
    expect(row(r, s.s3 as string).programme).toBeCloseTo(997, 6);
    expect(level(r, 'primary')).toMatchObject({ online: 40, programme: 875, target: 0.05, status: 'below' });
    expect(level(r, 'lower_secondary')).toMatchObject({ online: 15, programme: 2030 });
    expect(level(r, 'upper_secondary')).toMatchObject({ online: 108 });
    expect(level(r, 'secondary')).toMatchObject({ online: 123, target: 0.1, status: 'below' });
    expect(level(r, 'secondary').share).toBeCloseTo(123 / 3027, 6);
    expect(row(r, s.s1 as string).formula).toContain('5 tiết trực tuyến ÷ 1.015 tiết chương trình = 0,49 %');
    expect(r.monthly.find((m) => m.month === '2026-10')?.online).toBe(155);
    expect(r.monthly.find((m) => m.month === '2026-11')?.online).toBe(8);
    expect(r.monthly.find((m) => m.month === '2026-08')).toBeUndefined();
  });

  it('judges progress against the target pro-rated to the report date', async () => {
    const r = await report('2026-11-07');
    expect(r.elapsed).toBeCloseTo(64 / 7 / 35, 10);
    expect(row(r, s.s2 as string).status).toBe('on_track');
    expect(row(r, s.s1 as string).status).toBe('below');
    expect(level(r, 'primary').status).toBe('on_track');
    expect(r.rows.find((x) => x.id === s.s1)?.trend).toEqual([0, 5 / 1015, 5 / 1015]);
  });

  it('reports a semester: 18 or 17 of the 35 weeks of the programme and the records inside it', async () => {
    const first = await report('2027-05-31', w.districtOfficer.client, 1);
    // 1015 × 18 / 35 = 522; the October records fall in semester 1 (5 Sep 2026 – 8 Jan 2027).
    expect(row(first, s.s1 as string).online).toBe(5);
    expect(row(first, s.s1 as string).programme).toBeCloseTo(522, 0);
    expect(first.elapsed).toBe(1);
    const second = await report('2027-05-31', w.districtOfficer.client, 2);
    expect(row(second, s.s1 as string).online).toBe(0);
    expect(row(second, s.s1 as string).programme).toBeCloseTo(493, 0);
  });

  it('weighs the electives of a class that changed combination mid-year by the days each was taught', async () => {
    const cls = (
      await get(
        w.districtOfficer.client,
        `/api/reports/online-share/classes/${c['10A1']}?schoolYear=2026-2027&asOf=2027-05-31`,
      )
    ).json();
    const periods = Object.fromEntries(
      cls.subjects.map((x: { code: string; programme: number }) => [x.code, x.programme]),
    );
    expect(periods['sinh-hoc']).toBeCloseTo((70 * 126) / 269, 1);
    expect(periods['dia-li']).toBeCloseTo((70 * 143) / 269, 1);
    expect(periods['vat-li']).toBe(70);
    expect(cls.figure.online).toBe(108);
  });

  it('follows a target changed by the province, with an audit entry', async () => {
    const targets = (await get(w.provinceOfficer.client, '/api/kpi-targets')).json().items as {
      id: string;
      kpi: string;
      scope: string;
      year: number;
    }[];
    const secondary2025 = targets.find(
      (x) => x.kpi === 'online_program_share' && x.scope === 'secondary' && x.year === 2025,
    );
    const changed = await w.provinceOfficer.client.request({
      method: 'PATCH',
      url: `/api/kpi-targets/${secondary2025?.id}`,
      payload: { targetPercent: 11 },
    });
    expect(changed.statusCode).toBe(200);
    const r = await report('2027-05-31');
    expect(row(r, s.s3 as string)).toMatchObject({ target: 0.11, status: 'below' });
    expect(await t.db.auditEntry.count({ where: { resourceId: secondary2025?.id } })).toBeGreaterThan(0);
    await w.provinceOfficer.client.request({
      method: 'PATCH',
      url: `/api/kpi-targets/${secondary2025?.id}`,
      payload: { targetPercent: 10 },
    });
  });

  it('drills down school → grade → subject and class → records', async () => {
    const school = (
      await get(
        w.districtOfficer.client,
        `/api/reports/online-share/schools/${s.s2}?schoolYear=2026-2027&asOf=2027-05-31`,
      )
    ).json();
    expect(
      school.grades.map((g: { grade: number; figure: Figure }) => [
        g.grade,
        g.figure.online,
        g.figure.programme,
      ]),
    ).toEqual([
      [1, 40, 875],
      [7, 10, 1015],
    ]);
    const cls = (
      await get(
        w.districtOfficer.client,
        `/api/reports/online-share/classes/${c['6A']}?schoolYear=2026-2027&asOf=2027-05-31`,
      )
    ).json();
    expect(cls.figure).toMatchObject({ online: 5, programme: 1015 });
    expect(
      cls.records.map((x: { source: string; status: string; periods: number }) => [
        x.source,
        x.status,
        x.periods,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['material', 'confirmed', 3],
        ['live', 'confirmed', 2],
        ['live', 'rejected', 5],
        ['material', 'confirmed', 4],
      ]),
    );
    expect(
      cls.records.find(
        (x: { source: string; status: string }) => x.status === 'confirmed' && x.source === 'live',
      ).confirmedBy,
    ).toBe(w.schoolAdmin.user.fullName);
  });

  it('keeps every view inside the viewer’s unit', async () => {
    // A district officer sees no school of another district, whatever the address asks for.
    expect(
      (await get(w.districtOfficer.client, `/api/reports/online-share/schools/${w.otherDistrictSchool.id}`))
        .statusCode,
    ).toBe(403);
    const ownOnly = (
      await get(w.districtOfficer.client, `/api/reports/online-share?districtId=${w.districtB.id}`)
    ).json();
    expect(ownOnly.unit.id).toBe(w.districtA.id);
    const other = w.otherProvinceOfficer.client;
    expect((await get(other, `/api/reports/online-share/schools/${s.s1}`)).statusCode).toBe(403);
    expect((await get(other, `/api/reports/online-share?districtId=${w.districtA.id}`)).statusCode).toBe(403);
    const principal = await report('2027-05-31', w.schoolAdmin.client);
    expect(principal.rows.map((x) => x.id)).toEqual([s.s1]);
    expect((await get(w.schoolAdmin.client, `/api/reports/online-share/schools/${s.s2}`)).statusCode).toBe(
      403,
    );
    expect((await get(w.schoolAdmin.client, `/api/reports/online-share/classes/${c['7A']}`)).statusCode).toBe(
      403,
    );
    for (const who of [w.teacher, w.student]) {
      expect((await get(who.client, '/api/reports/online-share')).statusCode).toBe(403);
    }
    const province = await report('2027-05-31', w.provinceOfficer.client);
    expect(province.rows.map((x) => x.name).sort()).toEqual([
      'Phòng GDĐT Quảng Trạch',
      'Phòng GDĐT Tuyên Hoá',
    ]);
    // Only the school admin of the class's school confirms a live class.
    const another = (
      await post(w.teacher.client, '/api/online-lessons', {
        classId: c['6A'],
        subjectCode: 'toan',
        date: '2026-11-02',
        periods: 1,
        link: 'https://meet.example.vn/x',
      })
    ).json();
    expect(
      (await post(w.otherSchoolAdmin.client, `/api/online-lessons/${another.id}/decision`, { confirm: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await post(w.otherTeacher.client, '/api/online-lessons', {
          classId: c['6A'],
          subjectCode: 'toan',
          date: '2026-11-02',
          periods: 1,
          link: 'https://meet.example.vn/x',
        })
      ).statusCode,
    ).toBe(422);
  });

  it('counts the plan’s other indicators for the unit, each with what was counted', async () => {
    const kpis = (await get(w.districtOfficer.client, '/api/reports/kpis?schoolYear=2026-2027')).json();
    const byName = Object.fromEntries(kpis.items.map((k: { kpi: string }) => [k.kpi, k]));
    // Three schools; two teach lower secondary without upper (S1 THCS, S2 TH&THCS); one student enrolled.
    expect(byName.question_bank_adoption).toMatchObject({
      numerator: 0,
      denominator: 2,
      target: 1,
      status: 'below',
    });
    expect(byName.schools_sharing_platform).toMatchObject({ numerator: 0, denominator: 3, target: 0.5 });
    // Kế hoạch 1414/KH-UBND Quảng Bình: 90 % of students reach online learning by 2025.
    expect(byName.students_online_access).toMatchObject({ numerator: 0, denominator: 1, target: 0.9 });
    expect(byName.schools_sharing_platform.formula).toBe(
      '0 trong 3 trường có học liệu chia sẻ từ cấp trường trở lên = 0 %',
    );
    expect((await get(w.teacher.client, '/api/reports/kpis')).statusCode).toBe(403);
  });

  it('exports the dashboard to a workbook with Vietnamese headers', async () => {
    const file = await get(
      w.districtOfficer.client,
      '/api/reports/online-share.xlsx?schoolYear=2026-2027&asOf=2027-05-31',
    );
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Theo trường');
    const rows = sheet?.getSheetValues() as unknown[][];
    expect(rows[1]?.slice(1, 5)).toEqual(['Trường', 'Số tiết trực tuyến', 'Số tiết chương trình', 'Tỷ lệ']);
    const s3 = rows.find((r) => r?.[1] === 'Trường THPT Tuyên Hoá');
    expect(s3?.[2]).toBe(108);
    expect(s3?.[4]).toBeCloseTo(108 / 997, 4);
  });
});
