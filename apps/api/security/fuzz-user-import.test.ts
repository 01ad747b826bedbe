import { type ImportKind, importReportSchema } from '@hoclieu/contracts';
import { bySize, MAX_MS } from '@hoclieu/db/testing/suite-size';
import { applyByteOps } from '@hoclieu/question-formats/testing';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { fileWorld } from '../test/file-app.js';
import { upload } from '../test/import-files.js';
import { byteOps } from './hostile/bytes.js';

/**
 * The user import (.xlsx and .csv) fed generated files through the route the UI uses: rows with bad
 * codes, school years, classes, usernames, emails, grades, huge and formula-looking cells mixed with
 * good rows, and byte mutations of valid files. There is no dry-run route, so the test runs on its
 * own database (cloned per file, dropped at the end); good rows use small pools of usernames and
 * class names, so accounts are created once and then updated or left unchanged.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const { w } = await fileWorld();

interface Row {
  good: boolean;
  cells: string[];
}
interface GeneratedFile {
  kind: Extract<ImportKind, 'students' | 'classes' | 'teachers'>;
  format: 'csv' | 'xlsx';
  header: string[];
  rows: Row[];
  separator: ',' | ';' | '\t';
  bom: boolean;
  /** A required column left out: the whole file is refused. */
  headerBroken: boolean;
}

const HEADERS = {
  students: ['Mã trường', 'Năm học', 'Tên lớp', 'Tên đăng nhập', 'Họ và tên'],
  classes: ['Mã trường', 'Năm học', 'Tên lớp', 'Khối', 'Tổ hợp môn'],
  teachers: ['Mã trường', 'Tên đăng nhập', 'Họ và tên', 'Email', 'Phân công'],
} as const;

/** Names as typed in Vietnamese schools, NFC and NFD, and cells a spreadsheet would run as formulas. */
const fullName = fc.oneof(
  fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Hoàng Đức', 'Phạm Thị Ánh Tuyết', "H'Hen Niê"),
  fc.constantFrom('Nguyễn Văn An'.normalize('NFD'), 'Đặng Quốc Việt', 'Ông Thị Ỷ'),
  fc.constantFrom('=HYPERLINK("http://evil.example","Bấm vào")', '+84 912 345 678', '-Lê Văn', '@SUM(1+1)'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !/[\r\n]/.test(s)),
);

const headerVariant = (header: string) =>
  fc.constantFrom(
    header,
    header.toUpperCase(),
    header.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
    `${header} *`,
  );

const uniquePool = (prefix: string, size: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: size }), { maxLength: 6 })
    .map((ns) => ns.map((n) => `${prefix}${n}`));

/** Values each column must refuse (by parsing or by the database lookup). */
const badCells: Record<string, fc.Arbitrary<string>> = {
  'Mã trường': fc.constantFrom('', 'Trường-1', 'X'.repeat(51), 'KHONG-CO', '=1+1', 'a b'),
  'Năm học': fc.constantFrom('', '2026-2028', '26-27', '05/09/2026', '46270', '2026', '1999-2000', 'năm nay'),
  'Tên lớp': fc.constantFrom('', 'L'.repeat(31), '9Z-khong-co'),
  'Tên đăng nhập': fc.constantFrom(
    '',
    'Nguyễn Văn A',
    'ab',
    'x'.repeat(65),
    '=cmd|calc',
    '@user',
    '-user',
    'a b',
  ),
  'Họ và tên': fc.constantFrom('', 'Dài'.repeat(40), 'Ô'.repeat(100_000)),
  Khối: fc.constantFrom('', '13', '0', 'sáu', '10', '6.5', '-1', '=6'),
  'Tổ hợp môn': fc.constantFrom('Vật lí; Hoá học', 'khong-co-mon'),
  Email: fc.constantFrom('khong-phai-email', 'a@b', '@x.vn', 'a b@c.vn', `${'e'.repeat(200)}@x.vn`),
  'Phân công': fc.constantFrom('6A:khongcomon', 'khong-dung-dang', '9Z:toan'),
};

function goodRows(kind: GeneratedFile['kind'], school: string): fc.Arbitrary<string[][]> {
  const year = fc.constantFrom('2026-2027', '2026 - 2027', '2026–2027', '2026/2027');
  if (kind === 'students')
    return uniquePool('hs.fuzz.', 20).chain((names) =>
      fc.tuple(
        ...names.map((username) =>
          fc
            .tuple(year, fc.constantFrom('6A', '6a', '6 A'), fullName)
            .map(([y, c, n]) => [school, y, c, username, n]),
        ),
      ),
    );
  if (kind === 'teachers')
    return uniquePool('gv.fuzz.', 10).chain((names) =>
      fc.tuple(
        ...names.map((username) =>
          fc
            .tuple(fullName, fc.constantFrom('', 'gv@truong.edu.vn', 'Co.Giao@Example.VN'))
            .map(([n, email]) => [school, username, n, email, '']),
        ),
      ),
    );
  return uniquePool('7F', 9).chain((names) =>
    fc.tuple(...names.map((name) => year.map((y) => [school, y, name, '7', '']))),
  );
}

/** A bad row: a good one with one or two cells broken; its username (if any) is kept out of the pools. */
function badRow(kind: GeneratedFile['kind'], school: string): fc.Arbitrary<string[]> {
  const header = HEADERS[kind];
  const base =
    kind === 'students'
      ? [school, '2026-2027', '6A', 'bad.hs', 'Nguyễn Văn Sai']
      : kind === 'teachers'
        ? [school, 'bad.gv', 'Trần Văn Sai', '', '']
        : [school, '2026-2027', 'bad-lop', '7', ''];
  const broken = fc.uniqueArray(fc.integer({ min: 0, max: header.length - 1 }), {
    minLength: 1,
    maxLength: 2,
  });
  // A class name that does not exist is an error for a student, but a new class for the class import.
  const cellsOf = (column: string) =>
    kind === 'classes' && column === 'Tên lớp'
      ? fc.constantFrom('', 'L'.repeat(31))
      : (badCells[column] as fc.Arbitrary<string>);
  return broken.chain((columns) =>
    fc.tuple(...columns.map((c) => cellsOf(header[c] as string))).map((cells) => {
      const row = [...base];
      columns.forEach((c, i) => {
        row[c] = cells[i] as string;
      });
      // An empty-looking row is not a row at all: keep one non-blank cell.
      if (row.every((cell) => cell.trim() === '')) row[0] = 'KHONG-CO';
      return row;
    }),
  );
}

function generatedFile(school: string): fc.Arbitrary<GeneratedFile> {
  return fc
    .record({
      kind: fc.constantFrom('students' as const, 'classes' as const, 'teachers' as const),
      format: fc.constantFrom('csv' as const, 'xlsx' as const),
      separator: fc.constantFrom(',' as const, ';' as const, '\t' as const),
      bom: fc.boolean(),
      headerBroken: fc.oneof(
        { arbitrary: fc.constant(false), weight: 19 },
        { arbitrary: fc.constant(true), weight: 1 },
      ),
    })
    .chain((file) =>
      fc
        .tuple(
          fc.tuple(...HEADERS[file.kind].map(headerVariant)),
          goodRows(file.kind, school),
          fc.array(badRow(file.kind, school), { maxLength: 8 }),
          fc.infiniteStream(fc.boolean()),
        )
        .map(([header, good, bad, coin]) => {
          // Good and bad rows interleaved in a generated order.
          const rows: Row[] = [];
          const queue = [
            ...good.map((cells) => ({ good: true, cells })),
            ...bad.map((cells) => ({ good: false, cells })),
          ];
          const goodQueue = queue.filter((r) => r.good);
          const badQueue = queue.filter((r) => !r.good);
          while (goodQueue.length || badQueue.length) {
            const takeGood = goodQueue.length && (!badQueue.length || coin.next().value);
            rows.push((takeGood ? goodQueue.shift() : badQueue.shift()) as Row);
          }
          const headerRow = file.headerBroken ? header.slice(1) : [...header];
          return { ...file, header: headerRow, rows };
        }),
    );
}

async function encode(file: GeneratedFile): Promise<Buffer> {
  const lines = [file.header, ...file.rows.map((r) => r.cells)];
  if (file.format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dữ liệu');
    for (const cells of lines) sheet.addRow(cells);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const cell = (value: string) =>
    /[",;\t\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
  const text = lines.map((cells) => cells.map(cell).join(file.separator)).join('\r\n');
  return Buffer.from(`${file.bom ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}

const stats = { inputs: 0, reports: 0, refused: {} as Record<string, number>, rowsReported: 0, maxMs: 0 };

async function post(file: GeneratedFile | null, kind: ImportKind, bytes: Buffer, name: string) {
  const started = performance.now();
  const response = await upload(w.schoolAdmin.client, kind, bytes, name);
  const ms = performance.now() - started;
  stats.inputs += 1;
  stats.maxMs = Math.max(stats.maxMs, ms);
  expect(response.statusCode, `${name}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  expect(ms, `${name}: one import took ${Math.round(ms)} ms`).toBeLessThan(MAX_MS);
  if (response.statusCode !== 200) {
    const { error } = response.json() as { error: { code: string; message: string } };
    expect(error.code).toMatch(/^[A-Z_]+$/);
    expect(error.message).toMatch(VIETNAMESE);
    stats.refused[error.code] = (stats.refused[error.code] ?? 0) + 1;
    if (file && !file.headerBroken) throw new Error(`a well-formed file was refused: ${response.body}`);
    return;
  }
  if (file?.headerBroken) throw new Error(`a file without a required column was accepted: ${response.body}`);
  stats.reports += 1;
  checkReport(file, response);
}

function checkReport(file: GeneratedFile | null, response: LightMyRequestResponse): void {
  const report = importReportSchema.parse(response.json());
  for (const error of report.errors) {
    expect(error.message, JSON.stringify(error)).toMatch(VIETNAMESE);
    expect(error.row).toBeGreaterThanOrEqual(2);
  }
  stats.rowsReported += new Set(report.errors.map((e) => e.row)).size;
  if (!file) return;
  expect(report.totalRows).toBe(file.rows.length);
  // The header is row 1; every data row is written on its own line (no blank lines), so row i is i + 2.
  const errorRows = new Set(report.errors.map((e) => e.row));
  file.rows.forEach((row, i) => {
    const line = i + 2;
    if (row.good)
      expect(errorRows.has(line), `good row ${line} was reported: ${response.body.slice(0, 400)}`).toBe(
        false,
      );
    else
      expect(
        errorRows.has(line),
        `bad row ${line} (${row.cells.join(' | ').slice(0, 120)}) was not reported`,
      ).toBe(true);
  });
  const good = file.rows.filter((r) => r.good).length;
  expect(report.created + report.updated + report.unchanged, 'good rows kept').toBe(good);
}

describe('user import under malformed files', () => {
  it(`answers ${bySize(1_000, 10_000)} generated and mutated .xlsx/.csv files: no 5xx, bad rows reported, good rows kept, each < 2 s`, async () => {
    const started = Date.now();
    const school = w.school.code;
    const input = fc.oneof(
      { arbitrary: generatedFile(school).map((file) => ({ file, ops: null })), weight: 3 },
      {
        arbitrary: fc.tuple(generatedFile(school), byteOps).map(([file, ops]) => ({ file, ops })),
        weight: 1,
      },
    );
    const run = await fc.check(
      fc.asyncProperty(input, async ({ file, ops }) => {
        const bytes = await encode(file);
        const name = `du-lieu.${file.format}`;
        if (ops) await post(null, file.kind, applyByteOps(bytes, ops), name);
        else await post(file, file.kind, bytes, name);
      }),
      { numRuns: bySize(1_000, 10_000), seed: SEED, endOnFailure: true },
    );
    if (run.failed) {
      const [example] = run.counterexample ?? [];
      throw new Error(
        `failed after ${run.numRuns} inputs (seed ${run.seed}, path "${run.counterexamplePath}"): ${String(run.errorInstance).slice(0, 1500)}\n` +
          `input: ${JSON.stringify(example).slice(0, 1500)}`,
      );
    }
    const refused = Object.entries(stats.refused)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    console.info(
      `[fuzz] user import: ${stats.inputs} inputs, ${stats.reports} reports (${stats.rowsReported} bad rows reported), refused: ${refused || 'none'}; max ${Math.round(stats.maxMs)} ms per request; ${((Date.now() - started) / 1000).toFixed(1)} s in all (seed ${SEED})`,
    );
  });
});
