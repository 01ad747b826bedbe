import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrgSheetKind } from '@hoclieu/contracts';
import { orgSheets, sheetColumns } from '@hoclieu/domain';
import ExcelJS from 'exceljs';
import { SCALES, type Scale } from '../generate/scales.js';
import { atMost, type BenchContext, type Scenario } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import { type Acknowledged, openAttempts, saveContinuously, type Taker } from './saving.js';

const SAVERS = { small: 50, full: 500 };
const SAVE_RATE = { small: 100, full: 500 };
const ALONE_SECONDS = { small: 6, full: 20 };
/** The import must finish within the goal; the autosave load stops with it. */
const MAX_SECONDS = 900;

let officer: BenchSession;
let takers: Taker[] = [];
let workbookPath = '';
let folder = '';
let expected = { students: 0, teachers: 0, classes: 0, schools: 0 };
const acknowledged: Acknowledged = new Map();

/**
 * The whole province as one workbook, the generator's counts (generate/organisation.ts: school kinds
 * by number, 2 classes a grade at full scale, 40 students a class, 20 teachers a school), written
 * row by row with ExcelJS's streaming writer. Codes carry `tag` so every run imports a new province.
 */
async function writeWorkbook(path: string, scale: Scale, tag: string, year: string, subject: string) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  // The product's own sheet names and headers, in the order rows are written below.
  const sheet = (kind: OrgSheetKind) => {
    const ws = book.addWorksheet(orgSheets.find((each) => each.kind === kind)?.name);
    ws.addRow(sheetColumns[kind].map((column) => column.header)).commit();
    return ws;
  };
  const districts = sheet('districts');
  const schools = sheet('schools');
  const officers = sheet('officers');
  const classes = sheet('classes');
  const teachers = sheet('teachers');
  const students = sheet('students');
  const counts = { students: 0, teachers: 0, classes: 0, schools: 0 };
  for (let d = 1; d <= scale.districts; d++) {
    const district = `${tag}-D${String(d).padStart(2, '0')}`;
    districts.addRow([district, `Phòng GDĐT huyện Thử ${d}`]).commit();
    officers
      .addRow([`${tag.toLowerCase()}-cbp${d}`, `Cán bộ Phòng ${d}`, 'Cán bộ Phòng', district, ''])
      .commit();
    for (let s = 1; s <= scale.schoolsPerDistrict; s++) {
      const school = `${district}-S${String(s).padStart(3, '0')}`;
      const k = s % 10;
      const [kind, grades] =
        k < 4
          ? ['Tiểu học', [1, 2, 3, 4, 5]]
          : k < 7
            ? ['THCS', [6, 7, 8, 9]]
            : k === 7
              ? ['TH&THCS', [1, 2, 3, 4, 5, 6, 7, 8, 9]]
              : ['THPT', [10, 11, 12]];
      schools.addRow([school, `Trường ${kind} Số ${s} huyện Thử ${d}`, kind, district, '']).commit();
      officers
        .addRow([`${school.toLowerCase()}-qt`, `Quản trị trường ${s}`, 'Quản trị trường', school, ''])
        .commit();
      counts.schools += 1;
      const names: string[] = [];
      for (const grade of grades as number[]) {
        for (let c = 1; c <= scale.classesPerGrade; c++) {
          const name = `${grade}${String.fromCharCode(64 + c)}`;
          names.push(name);
          classes.addRow([school, year, name, grade, '']).commit();
          counts.classes += 1;
          for (let n = 1; n <= scale.studentsPerClass; n++) {
            const username = `${school.toLowerCase()}-${name.toLowerCase()}-${n}`;
            students.addRow([school, year, name, username, `Học sinh ${n} lớp ${name}`]).commit();
            counts.students += 1;
          }
        }
      }
      for (let n = 1; n <= scale.teachersPerSchool; n++) {
        const name = names[(n - 1) % names.length] ?? '';
        teachers
          .addRow([school, `${school.toLowerCase()}-gv${n}`, `Giáo viên ${n}`, '', `${name}:${subject}`])
          .commit();
        counts.teachers += 1;
      }
    }
  }
  for (const ws of [districts, schools, officers, classes, teachers, students]) ws.commit();
  await book.commit();
  return counts;
}

type Progress = {
  status: string;
  sheets: { kind: string; totalRows: number | null; doneRows: number; created: number; errorRows: number }[];
  errorCount: number;
  errors: { sheet: string; row: number; message: string }[];
  failure: string | null;
};

async function api<T>(ctx: BenchContext, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${ctx.api.url}${path}`, {
    ...init,
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, ...(init.headers ?? {}) },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A Sở imports its whole organisation from one workbook (a background job) while students keep
 * saving answers: time to import, the API's memory growth, autosave p99 alone vs during the import.
 */
export const orgImport: Scenario = {
  name: 'org-import',
  description:
    'the province organisation workbook (districts ... students) imported as a job; autosave p99 alone vs during it',
  // One import of a full province takes minutes; each run imports a new province.
  runs: 1,
  goals: atMost({
    importSeconds: 600,
    apiRssGrowthMb: 1024,
    autosaveP99Ratio: 1.5,
    rowErrors: 0,
    'autosaveDuringImport.errors': 0,
  }),
  async setup(ctx) {
    folder = mkdtempSync(join(tmpdir(), 'hoclieu-org-import-'));
    takers = await openAttempts(ctx, SAVERS[ctx.scale]);
  },
  async warmup(ctx) {
    await saveContinuously(ctx, takers, 2, acknowledged, SAVE_RATE[ctx.scale]);
  },
  async run(ctx, index) {
    const scale = SCALES[ctx.scale];
    const tag = `W${index}${randomUUID().slice(0, 4).toUpperCase()}`;
    // A new province and its officer for this run (sessions written directly, see lib/sessions.ts).
    const province = await ctx.pool.query<{ id: string; code: string }>(
      `INSERT INTO "Province" (id, code, name) VALUES (gen_random_uuid(), $1, $2) RETURNING id, code`,
      [tag, `Sở GDĐT Thử ${tag}`],
    );
    const provinceId = province.rows[0]?.id ?? '';
    const user = await ctx.pool.query<{ id: string }>(
      `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "provinceId", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'x', 'Cán bộ Sở nhập dữ liệu', 'province_officer', $2, now()) RETURNING id`,
      [`${tag.toLowerCase()}-cbs`, provinceId],
    );
    [officer] = (await ctx.sessions([user.rows[0]?.id ?? ''])) as [BenchSession];
    const year = await ctx.pool.query<{ code: string }>(
      `SELECT code FROM "SchoolYear" WHERE "isCurrent" LIMIT 1`,
    );
    const subject = await ctx.pool.query<{ code: string }>(
      `SELECT "subjectCode" AS code FROM "CurriculumPeriod" GROUP BY 1 HAVING count(DISTINCT grade) = 12 LIMIT 1`,
    );
    workbookPath = join(folder, `${tag}.xlsx`);
    const built = performance.now();
    expected = await writeWorkbook(
      workbookPath,
      scale,
      tag,
      year.rows[0]?.code ?? '2026-2027',
      subject.rows[0]?.code ?? 'toan',
    );
    const bytes = statSync(workbookPath).size;
    ctx.log(
      `workbook: ${expected.schools} schools, ${expected.classes} classes, ${expected.teachers} teachers, ${expected.students} students; ${(bytes / 1024 ** 2).toFixed(1)} MB in ${((performance.now() - built) / 1000).toFixed(0)} s`,
    );

    const autosaveAlone = await saveContinuously(
      ctx,
      takers,
      ALONE_SECONDS[ctx.scale],
      acknowledged,
      SAVE_RATE[ctx.scale],
    );
    const rssBefore = ctx.api.rssBytes();
    let rssPeak = rssBefore;
    const started = performance.now();
    const form = new FormData();
    form.append('file', new Blob([readFileSync(workbookPath)]), 'ca-tinh.xlsx');
    const created = await api<{ id: string }>(ctx, '/api/org-imports', { method: 'POST', body: form });
    const stop = new AbortController();
    const during = saveContinuously(
      ctx,
      takers,
      MAX_SECONDS,
      acknowledged,
      SAVE_RATE[ctx.scale],
      stop.signal,
    );
    let progress: Progress;
    let lastLog = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      rssPeak = Math.max(rssPeak, ctx.api.rssBytes());
      progress = await api<Progress>(ctx, `/api/org-imports/${created.id}`);
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        const done = progress.sheets.reduce((sum, s) => sum + s.doneRows, 0);
        const total = progress.sheets.reduce((sum, s) => sum + (s.totalRows ?? 0), 0);
        ctx.log(
          `${progress.status}: ${done}/${total} rows, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
      }
      if (progress.status === 'done' || progress.status === 'failed') break;
      if (performance.now() - started > MAX_SECONDS * 1000) break;
    }
    const importSeconds = (performance.now() - started) / 1000;
    stop.abort();
    const autosaveDuringImport = await during;
    if (progress.status !== 'done')
      throw new Error(`import ${progress.status}: ${progress.failure ?? 'timed out'}`);
    if (progress.errorCount > 0) ctx.log(`row errors, first: ${JSON.stringify(progress.errors.slice(0, 3))}`);
    const createdStudents = progress.sheets.find((s) => s.kind === 'students')?.created ?? 0;
    if (createdStudents !== expected.students)
      throw new Error(`students created ${createdStudents}, expected ${expected.students}`);
    rmSync(workbookPath, { force: true });
    return {
      groups: { autosaveAlone, autosaveDuringImport },
      figures: {
        importSeconds: Math.round(importSeconds * 10) / 10,
        apiRssGrowthMb: Math.round((rssPeak - rssBefore) / 1024 ** 2),
        autosaveP99Ratio:
          Math.round((autosaveDuringImport.p99Ms / Math.max(1, autosaveAlone.p99Ms)) * 100) / 100,
        rowErrors: progress.errorCount,
        workbookMb: Math.round((bytes / 1024 ** 2) * 10) / 10,
        studentsCreated: createdStudents,
      },
    };
  },
  async teardown() {
    if (folder) rmSync(folder, { recursive: true, force: true });
  },
};
