import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { OrgImport } from '@hoclieu/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../src/modules/auth/passwords.js';
import { runOrgImport } from '../src/modules/org-imports/run-import.js';
import { fileWorld } from './file-app.js';
import { attemptLogin, auditTrail, type Client, signIn } from './helpers.js';
import { classHeader, postFile, schoolHeader, studentHeader, teacherHeader } from './import-files.js';
import { get } from './world.js';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const { t, w } = await fileWorld('curriculum');

const YEAR = '2026-2027';
const officerHeader = ['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Mã đơn vị', 'Email'];
type Sheets = Record<string, (string | number)[][]>;

async function workbook(sheets: Sheets): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const start = (client: Client, file: Buffer, provinceId?: string) =>
  postFile(client, `/api/org-imports${provinceId ? `?provinceId=${provinceId}` : ''}`, file, 'ca-tinh.xlsx');

async function finished(client: Client, id: string): Promise<OrgImport> {
  for (let i = 0; i < 200; i++) {
    const body = (await get(client, `/api/org-imports/${id}`)).json() as OrgImport;
    if (body.status === 'done' || body.status === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const jobs = await t.db.$queryRawUnsafe(
    `select state, output from pgboss.job where name = 'org-import.run'`,
  );
  throw new Error(`import did not finish: ${JSON.stringify(jobs)}`);
}

const sheetOf = (body: OrgImport, kind: string) => body.sheets.find((s) => s.kind === kind);
const errorsAt = (body: OrgImport) => body.errors.map((e) => [e.sheet, e.row, e.column, e.code]);

/** A small province: good and bad rows on every sheet. */
function provinceSheets(suffix: string): Sheets {
  const district = `PGD-${suffix}`;
  const school = `TR-${suffix}`;
  return {
    'Phòng GDĐT': [
      ['Mã phòng *', 'Tên phòng *'],
      [district, 'Phòng GDĐT huyện Minh Hoá'],
      ['', 'Thiếu mã'],
      [district, 'Trùng mã'],
    ],
    Trường: [
      schoolHeader,
      [school, 'Trường THCS Hoá Tiến', 'THCS', district, 'Xã Hoá Tiến'],
      [`${school}-X`, 'Trường sai loại', 'Đại học', district, ''],
      [`${school}-Y`, 'Trường không có phòng', 'THCS', 'PGD-KHONG-CO', ''],
    ],
    'Tài khoản cán bộ': [
      officerHeader,
      [`cbp-${suffix}`, 'Cán bộ Phòng Một', 'Cán bộ Phòng', district, ''],
      [`qtt-${suffix}`, 'Quản trị Trường Một', 'Quản trị trường', school, 'qtt@example.edu.vn'],
      [`cbs-${suffix}`, 'Cán bộ Sở Một', 'Cán bộ Sở', w.province.code, ''],
      [`sai-${suffix}`, 'Vai trò sai', 'Hiệu trưởng', school, ''],
    ],
    Lớp: [
      classHeader,
      [school, YEAR, '6A1', 6, ''],
      [school, YEAR, '7A1', 7, ''],
      [school, YEAR, '10A1', 10, ''],
    ],
    'Giáo viên': [
      teacherHeader,
      [school, `gv-${suffix}`, 'Giáo viên Một', '', '6A1:toan'],
      [school, `gv2-${suffix}`, 'Giáo viên Hai', '', '9Z:toan'],
    ],
    'Học sinh': [
      studentHeader,
      [school, YEAR, '6A1', `hs1-${suffix}`, 'Học sinh Một'],
      [school, YEAR, '7A1', `hs2-${suffix}`, 'Học sinh Hai'],
      [school, YEAR, '8A1', `hs3-${suffix}`, 'Học sinh Lớp Không Có'],
      [school, YEAR, '6A1', `hs1-${suffix}`, 'Học sinh Trùng'],
    ],
    'Hướng dẫn': [
      ['Cột', 'Bắt buộc'],
      ['bỏ qua', 'trang này'],
    ],
  };
}

describe('organisation workbook', () => {
  it('imports every sheet in order, keeps good rows and reports bad ones by sheet, row and column', async () => {
    const response = await start(w.provinceOfficer.client, await workbook(provinceSheets('a')));
    expect(response.statusCode).toBe(200);
    const body = await finished(w.provinceOfficer.client, (response.json() as OrgImport).id);
    expect(body.status).toBe('done');
    expect(sheetOf(body, 'districts')).toMatchObject({ totalRows: 3, doneRows: 3, created: 1, errorRows: 2 });
    expect(sheetOf(body, 'schools')).toMatchObject({ created: 1, errorRows: 2 });
    // A province officer may not create another province officer (a strictly higher role is needed).
    expect(sheetOf(body, 'officers')).toMatchObject({ created: 2, errorRows: 2 });
    // Grade 10 does not fit a lower secondary school.
    expect(sheetOf(body, 'classes')).toMatchObject({ created: 2, errorRows: 1 });
    expect(sheetOf(body, 'teachers')).toMatchObject({ created: 1, errorRows: 1 });
    expect(sheetOf(body, 'students')).toMatchObject({ created: 2, errorRows: 2 });
    expect(errorsAt(body)).toEqual(
      expect.arrayContaining([
        ['Phòng GDĐT', 3, 'Mã phòng', 'IMPORT_ROW_INVALID'],
        ['Phòng GDĐT', 4, 'Mã phòng', 'IMPORT_ROW_DUPLICATE'],
        ['Trường', 3, 'Loại hình', 'IMPORT_ROW_INVALID'],
        ['Trường', 4, 'Mã phòng GDĐT', 'IMPORT_ROW_NOT_FOUND'],
        ['Tài khoản cán bộ', 4, 'Vai trò', 'IMPORT_ROW_FORBIDDEN'],
        ['Tài khoản cán bộ', 5, 'Vai trò', 'IMPORT_ROW_INVALID'],
        ['Lớp', 4, 'Khối', 'IMPORT_ROW_INVALID'],
        ['Giáo viên', 3, 'Phân công', 'IMPORT_ROW_NOT_FOUND'],
        ['Học sinh', 4, 'Tên lớp', 'IMPORT_ROW_NOT_FOUND'],
        ['Học sinh', 5, 'Tên đăng nhập', 'IMPORT_ROW_DUPLICATE'],
      ]),
    );
    expect(body.errorCount).toBe(10);
    const audit = await auditTrail(t, body.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['import.organisation_started', w.provinceOfficer.user.id],
      ['import.organisation', w.provinceOfficer.user.id],
    ]);

    const district = await t.db.district.findUniqueOrThrow({ where: { code: 'PGD-a' } });
    expect(district.provinceId).toBe(w.province.id);
    const officer = await t.db.user.findUniqueOrThrow({ where: { username: 'cbp-a' } });
    expect([officer.role, officer.districtId]).toEqual(['district_officer', district.id]);
    const student = await t.db.user.findUniqueOrThrow({
      where: { username: 'hs1-a' },
      include: { enrollments: { include: { class: true } } },
    });
    expect(student.enrollments.map((e) => e.class.name)).toEqual(['6A1']);
    const teacher = await t.db.user.findUniqueOrThrow({
      where: { username: 'gv-a' },
      include: { teachingAssignments: true },
    });
    expect(teacher.teachingAssignments.map((a) => a.subjectCode)).toEqual(['toan']);

    // The one-time passwords: for the importer only, and they sign in (then must be changed).
    expect(body.credentialCount).toBe(5);
    const other = await signIn(t.app, w.provinceOfficer.user.username);
    const download = await get(w.provinceOfficer.client, `/api/org-imports/${body.id}/credentials`);
    expect(download.statusCode).toBe(200);
    const lines = download.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(6);
    const hs1 = lines.find((line) => line.includes('"hs1-a"'))?.split(',') ?? [];
    const password = (hs1[4] ?? '').replaceAll('"', '');
    expect(student.passwordHash.startsWith('$otp-hmac-sha256$')).toBe(true);
    expect(student.mustChangePassword).toBe(true);
    const login = await attemptLogin(t.app, 'hs1-a', password);
    expect(login.statusCode).toBe(200);
    expect(other.userId).toBe(w.provinceOfficer.user.id);

    // Re-importing the same file writes nothing twice.
    const again = await start(w.provinceOfficer.client, await workbook(provinceSheets('a')));
    const second = await finished(w.provinceOfficer.client, (again.json() as OrgImport).id);
    expect(second.sheets.map((s) => [s.kind, s.created, s.updated])).toEqual([
      ['districts', 0, 0],
      ['schools', 0, 0],
      ['officers', 0, 0],
      ['classes', 0, 0],
      ['teachers', 0, 0],
      ['students', 0, 0],
    ]);
    expect(sheetOf(second, 'students')).toMatchObject({ unchanged: 2, errorRows: 2 });
    expect(second.credentialCount).toBe(0);
    expect(await t.db.user.count({ where: { username: { endsWith: '-a' } } })).toBe(5);
  });

  it('fails a workbook whose sheet misses a required column, naming the sheet', async () => {
    const file = await workbook({ 'Học sinh': [['Mã trường', 'Tên lớp']] });
    const response = await start(w.provinceOfficer.client, file);
    const body = await finished(w.provinceOfficer.client, (response.json() as OrgImport).id);
    expect(body.status).toBe('failed');
    expect(body.errors.map((e) => [e.sheet, e.code, e.column])).toContainEqual([
      'Học sinh',
      'IMPORT_HEADER_INVALID',
      'Tên đăng nhập',
    ]);
  });

  it('resumes after a crash from the last committed chunk, writing no row twice', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => [
      w.school.code,
      YEAR,
      w.schoolClass.name,
      `resume-${i}`,
      `Học sinh ${i}`,
    ]);
    rows.splice(5, 0, [w.school.code, YEAR, w.schoolClass.name, 'resume-1', 'Trùng ở phần sau']);
    const file = await workbook({ 'Học sinh': [studentHeader, ...rows] });
    const id = randomUUID();
    await t.storage.put(`org-imports/${id}.xlsx`, Readable.from([file]), { contentType: 'application/zip' });
    await t.db.orgImport.create({
      data: {
        id,
        provinceId: w.province.id,
        createdById: w.provinceOfficer.user.id,
        fileName: 'x.xlsx',
        blobKey: `org-imports/${id}.xlsx`,
      },
    });
    const deps = {
      db: t.db,
      storage: t.storage,
      passwords: createPasswordHasher({ oneTimeKey: SECRET }),
      sessionSecret: SECRET,
      clock: () => new Date(),
      log: t.app.log,
    };
    // First run: one chunk of 3 rows commits, then the process "dies".
    expect(await runOrgImport(deps, id, { chunkRows: 3, maxChunks: 1 })).toBe('paused');
    expect(await t.db.user.count({ where: { username: { startsWith: 'resume-' } } })).toBe(3);
    const midway = await t.db.orgImport.findUniqueOrThrow({ where: { id } });
    expect(midway.status).toBe('running');
    // Second run resumes after the committed chunk.
    expect(await runOrgImport(deps, id, { chunkRows: 3 })).toBe('done');
    expect(await t.db.user.count({ where: { username: { startsWith: 'resume-' } } })).toBe(7);
    expect(await t.db.orgImportCredential.count({ where: { importId: id } })).toBe(7);
    const body = (await get(w.provinceOfficer.client, `/api/org-imports/${id}`)).json() as OrgImport;
    expect(sheetOf(body, 'students')).toMatchObject({ totalRows: 8, doneRows: 8, created: 7, errorRows: 1 });
    // The repeat of resume-1 (row 7) sits in a later chunk than its first row: still a duplicate.
    expect(errorsAt(body)).toEqual([['Học sinh', 7, 'Tên đăng nhập', 'IMPORT_ROW_DUPLICATE']]);
    // A finished import is not run again.
    expect(await runOrgImport(deps, id)).toBe('skipped');
  });
});

describe('who may import the organisation workbook', () => {
  it('refuses district officers and school admins', async () => {
    const file = await workbook(provinceSheets('b'));
    for (const client of [w.districtOfficer.client, w.schoolAdmin.client, w.teacher.client]) {
      expect((await start(client, file)).statusCode).toBe(403);
      expect((await get(client, '/api/org-imports/template')).statusCode).toBe(403);
      expect((await get(client, '/api/org-imports')).statusCode).toBe(403);
    }
    expect(await t.db.district.count({ where: { code: 'PGD-b' } })).toBe(0);
  });

  it('keeps a province officer to their province and its imports to its officers', async () => {
    const file = await workbook(provinceSheets('c'));
    const refused = await start(w.provinceOfficer.client, file, w.otherProvince.id);
    expect(refused.statusCode).toBe(403);
    const response = await start(w.provinceOfficer.client, file);
    const id = (response.json() as OrgImport).id;
    await finished(w.provinceOfficer.client, id);
    expect((await get(w.otherProvinceOfficer.client, `/api/org-imports/${id}`)).statusCode).toBe(404);
    const list = (await get(w.otherProvinceOfficer.client, '/api/org-imports')).json() as {
      items: OrgImport[];
    };
    expect(list.items.map((i) => i.id)).not.toContain(id);
    expect((await get(w.otherProvinceOfficer.client, `/api/org-imports/${id}/credentials`)).statusCode).toBe(
      404,
    );
    // Readable by the system admin; the passwords file stays the importer's.
    expect((await get(w.systemAdmin.client, `/api/org-imports/${id}`)).statusCode).toBe(200);
    expect((await get(w.systemAdmin.client, `/api/org-imports/${id}/credentials`)).statusCode).toBe(403);
  });

  it('lets a system admin import into a chosen province, and nothing reaches another province', async () => {
    expect((await start(w.systemAdmin.client, await workbook(provinceSheets('d')))).statusCode).toBe(422);
    const sheets: Sheets = {
      Trường: [schoolHeader, ['TR-sa', 'Trường THCS Sở khác', 'THCS', w.districtC.code, '']],
      'Tài khoản cán bộ': [officerHeader, ['cbs-sa', 'Cán bộ Sở Hai', 'Cán bộ Sở', w.province.code, '']],
    };
    const response = await start(w.systemAdmin.client, await workbook(sheets), w.province.id);
    const body = await finished(w.systemAdmin.client, (response.json() as OrgImport).id);
    expect(errorsAt(body)).toEqual([['Trường', 2, 'Mã phòng GDĐT', 'IMPORT_ROW_FORBIDDEN']]);
    expect(sheetOf(body, 'officers')).toMatchObject({ created: 1 });
    expect(await t.db.school.count({ where: { code: 'TR-sa' } })).toBe(0);
  });
});
