import type { ImportReport } from '@hoclieu/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileWorld } from './file-app.js';
import { signIn } from './helpers.js';
import {
  classHeader,
  csv,
  schoolHeader,
  studentHeader,
  teacherHeader,
  upload,
  xlsx,
} from './import-files.js';
import { get } from './world.js';

const { t, w } = await fileWorld('curriculum');

const YEAR = '2026-2027';
const report = (response: { statusCode: number; json(): unknown }) => {
  expect(response.statusCode).toBe(200);
  return response.json() as ImportReport;
};
const rowErrors = (body: ImportReport) => body.errors.map((e) => [e.row, e.column, e.code]);
const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

describe('who may import what', () => {
  it('refuses a role that can never import the kind', async () => {
    const file = csv([studentHeader, [w.school.code, YEAR, '6A', 'hs-x', 'Học sinh X']]);
    for (const client of [w.teacher.client, w.student.client]) {
      const response = await upload(client, 'students', file);
      expect([response.statusCode, errorCode(response)]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await upload(w.schoolAdmin.client, 'schools', csv([schoolHeader]))).statusCode).toBe(403);
    expect((await get(w.teacher.client, '/api/imports/students/template')).statusCode).toBe(403);
    expect(await t.db.user.count({ where: { username: 'hs-x' } })).toBe(0);
  });

  it('reports rows of another school as forbidden and keeps the others (school admin)', async () => {
    const file = csv([
      studentHeader,
      [w.school.code, YEAR, '6A', 'hs-own', 'Nguyễn Văn Một'],
      [w.sameDistrictSchool.code, YEAR, '6B', 'hs-foreign', 'Trần Văn Hai'],
    ]);
    const body = report(await upload(w.schoolAdmin.client, 'students', file));
    expect(body.created).toBe(1);
    expect(rowErrors(body)).toEqual([[3, 'Mã trường', 'IMPORT_ROW_FORBIDDEN']]);
    expect(body.errors[0]?.message).toContain('Trường THCS Mai Hoá');
    expect(await t.db.user.count({ where: { username: 'hs-foreign' } })).toBe(0);
  });

  it('keeps a district officer inside their district', async () => {
    const file = csv([
      schoolHeader,
      ['TH-TH2', 'Trường Tiểu học Tiến Hoá 2', 'Tiểu học', w.districtA.code, 'Thôn 2'],
      ['TH-QH', 'Trường Tiểu học Quảng Hợp', 'Tiểu học', w.districtB.code, ''],
      [w.otherDistrictSchool.code, 'Trường THCS Quảng Hợp', 'THCS', w.districtA.code, ''],
    ]);
    const body = report(await upload(w.districtOfficer.client, 'schools', file));
    expect(body.created).toBe(1);
    expect(rowErrors(body)).toEqual([
      [3, 'Mã phòng GDĐT', 'IMPORT_ROW_FORBIDDEN'],
      [4, 'Mã trường', 'IMPORT_ROW_FORBIDDEN'],
    ]);
    expect(await t.db.school.count({ where: { code: 'TH-QH' } })).toBe(0);
    const moved = await t.db.school.findUniqueOrThrow({ where: { code: w.otherDistrictSchool.code } });
    expect(moved.districtId).toBe(w.districtB.id);
  });

  it('never takes over an account of another school or of another role', async () => {
    const file = csv([
      teacherHeader,
      [w.school.code, w.otherTeacher.user.username, 'Giáo viên trường khác', '', ''],
      [w.school.code, w.schoolAdmin.user.username, 'Quản trị', '', ''],
      [w.school.code, w.teacher.user.username, w.teacher.user.fullName, '', ''],
    ]);
    const body = report(await upload(w.schoolAdmin.client, 'teachers', file));
    expect(rowErrors(body)).toEqual([
      [2, 'Tên đăng nhập', 'IMPORT_ROW_CONFLICT'],
      [3, 'Tên đăng nhập', 'IMPORT_ROW_CONFLICT'],
    ]);
    expect(body.errors.map((e) => e.message)).toEqual([
      // Another school's account: nothing but that the name is taken.
      `Tên đăng nhập "${w.otherTeacher.user.username}" đã được dùng`,
      `Tên đăng nhập "${w.schoolAdmin.user.username}" đã là tài khoản quản trị trường, không nhập thành giáo viên được`,
    ]);
    expect(body).toMatchObject({ created: 0, unchanged: 1, credentials: [] });
    const admin = await t.db.user.findUniqueOrThrow({ where: { id: w.schoolAdmin.user.id } });
    expect([admin.role, admin.fullName]).toEqual(['school_admin', w.schoolAdmin.user.fullName]);
  });
});

describe('rows', () => {
  it('reports each bad row with its row number and column and keeps the good rows', async () => {
    const file = csv([
      classHeader,
      [w.school.code, YEAR, '7A', 7, ''],
      [w.school.code, YEAR, '8A', 13, ''],
      [w.school.code, YEAR, '3A', 3, ''],
      ['', '', '', '', ''],
      [w.school.code, YEAR, '7 a', 7, ''],
      ['KHONG-CO', YEAR, '9A', 9, ''],
      [w.school.code, '2026', '9A', 9, 'Vật lí'],
    ]);
    const body = report(await upload(w.schoolAdmin.client, 'classes', file));
    expect(body).toMatchObject({ totalRows: 6, created: 1, updated: 0, unchanged: 0 });
    expect(rowErrors(body)).toEqual([
      [3, 'Khối', 'IMPORT_ROW_INVALID'],
      [4, 'Khối', 'IMPORT_ROW_INVALID'],
      [6, 'Tên lớp', 'IMPORT_ROW_DUPLICATE'],
      [7, 'Mã trường', 'IMPORT_ROW_NOT_FOUND'],
      [8, 'Năm học', 'IMPORT_ROW_INVALID'],
      [8, 'Tổ hợp môn', 'IMPORT_ROW_INVALID'],
    ]);
    expect(body.errors[0]?.message).toBe('Khối lớp phải là số từ 1 đến 12 (đang ghi "13")');
    expect(body.errors[1]?.message).toBe('Khối 3 không thuộc cấp học của Trường THCS Tiến Hoá (THCS)');
    expect(body.errors[2]?.message).toBe(
      `Trùng với dòng 2: lớp "7 a" năm học 2026-2027 của trường mã "${w.school.code}"`,
    );
    const classes = await t.db.class.findMany({ where: { schoolId: w.school.id }, orderBy: { name: 'asc' } });
    expect(classes.map((c) => c.name)).toEqual(['6A', '7A']);
  });

  it('imports a ;-separated CSV with a BOM; re-importing creates nothing; a moved student is moved', async () => {
    const lines = [
      studentHeader,
      [w.school.code, YEAR, '6A', 'HS-0001', 'Lê Thị Ánh'],
      [w.school.code, YEAR, '6a', 'hs-0002', 'Phạm Văn Bình'],
      [w.school.code, YEAR, '6A', 'hs-0003', 'Đỗ Hữu Cường'],
    ];
    const file = csv(lines, { separator: ';', bom: true });
    const first = report(await upload(w.schoolAdmin.client, 'students', file));
    expect(first).toMatchObject({ totalRows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(first.credentials.map((c) => [c.row, c.username, c.fullName])).toEqual([
      [2, 'hs-0001', 'Lê Thị Ánh'],
      [3, 'hs-0002', 'Phạm Văn Bình'],
      [4, 'hs-0003', 'Đỗ Hữu Cường'],
    ]);
    const hashBefore = (await t.db.user.findUniqueOrThrow({ where: { username: 'hs-0001' } })).passwordHash;

    const second = report(await upload(w.schoolAdmin.client, 'students', file));
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [], credentials: [] });
    expect((await t.db.user.findUniqueOrThrow({ where: { username: 'hs-0001' } })).passwordHash).toBe(
      hashBefore,
    );
    expect(await t.db.enrollment.count({ where: { classId: w.schoolClass.id } })).toBe(5);

    report(
      await upload(w.schoolAdmin.client, 'classes', csv([classHeader, [w.school.code, YEAR, '6C', 6, '']])),
    );
    const moved = csv([
      studentHeader,
      [w.school.code, YEAR, '6C', 'hs-0001', 'Lê Thị Ánh'],
      [w.school.code, YEAR, '6A', 'hs-0002', 'Phạm Văn Bính'],
    ]);
    expect(report(await upload(w.schoolAdmin.client, 'students', moved))).toMatchObject({
      created: 0,
      updated: 2,
    });
    const student = await t.db.user.findUniqueOrThrow({
      where: { username: 'hs-0001' },
      include: { enrollments: { include: { class: true } } },
    });
    expect(student.enrollments.map((e) => e.class.name)).toEqual(['6C']);

    const credential = first.credentials[2];
    const client = await signIn(t.app, credential?.username ?? '', credential?.temporaryPassword);
    const blocked = await get(client, '/api/schools');
    expect([blocked.statusCode, errorCode(blocked)]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
    const audit = await t.db.auditEntry.findMany({
      where: { action: 'import.students', actorId: w.schoolAdmin.user.id },
    });
    expect(audit.map((a) => a.details)).toContainEqual({
      totalRows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      rowsWithErrors: 0,
    });
  });

  it('reads an .xlsx built in Excel: schools, classes with a combination, teachers with assignments', async () => {
    const schools = await xlsx([
      schoolHeader,
      ['THPT-TH', 'Trường THCS và THPT Tiến Hoá', 'THCS & THPT', w.districtA.code, ''],
    ]);
    expect(report(await upload(w.provinceOfficer.client, 'schools', schools, 'truong.xlsx'))).toMatchObject({
      created: 1,
    });
    const classes = await xlsx([
      classHeader,
      ['THPT-TH', YEAR, '10A1', 10, 'Vật lí; Hoá học; Sinh học; Tin học'],
      ['THPT-TH', YEAR, '10A2', 10, 'Toán'],
    ]);
    const classReport = report(await upload(w.provinceOfficer.client, 'classes', classes));
    expect([classReport.created, rowErrors(classReport)]).toEqual([
      1,
      [[3, 'Tổ hợp môn', 'IMPORT_ROW_INVALID']],
    ]);
    const created = await t.db.class.findFirstOrThrow({ where: { name: '10A1' } });
    expect(created.electiveSubjects).toEqual(['vat-li', 'hoa-hoc', 'sinh-hoc', 'tin-hoc']);

    const teachers = (assignment: string) =>
      xlsx([
        teacherHeader,
        [w.school.code, 'GV.Toan', 'Hồ Thị Toán', 'toan@tienhoa.edu.vn', assignment],
        [w.school.code, 'gv.sai', 'Võ Văn Sai', '', '6A:tieng-viet; 9Z:toan'],
      ]);
    const first = report(
      await upload(w.schoolAdmin.client, 'teachers', await teachers('6A:toan; 6A:Ngữ Văn')),
    );
    expect(first.credentials.map((c) => c.username)).toEqual(['gv.toan']);
    expect(first.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'Phân công', 'Môn Tiếng Việt không có trong chương trình khối 6 (lớp 6A)'],
      [3, 'Phân công', 'Không có lớp "9Z" năm học 2026-2027 ở Trường THCS Tiến Hoá'],
    ]);
    const again = report(await upload(w.schoolAdmin.client, 'teachers', await teachers('6A:tin hoc')));
    expect([again.created, again.updated]).toEqual([0, 1]);
    const assigned = await t.db.teachingAssignment.findMany({ where: { teacher: { username: 'gv.toan' } } });
    expect(assigned.map((a) => a.subjectCode).sort()).toEqual(['ngu-van', 'tin-hoc', 'toan']);
  });
});

describe('files', () => {
  const upl = (content: Buffer) => upload(w.schoolAdmin.client, 'students', content);

  it('names a missing column', async () => {
    const response = await upl(
      csv([
        ['Mã trường', 'nam hoc', 'TÊN LỚP', 'Tên đăng nhập'],
        [w.school.code, YEAR, '6A', 'hs-9'],
      ]),
    );
    expect([response.statusCode, errorCode(response)]).toEqual([422, 'IMPORT_HEADER_INVALID']);
    expect(response.json().error.issues).toEqual([
      { path: 'Họ và tên', message: 'Thiếu cột bắt buộc "Họ và tên"' },
    ]);
  });

  it('refuses unreadable, over-size and over-long files and a request without a file', async () => {
    const brokenZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]);
    const oldExcel = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(64)]);
    const latin1 = Buffer.from('Mã trường;Tên lớp\n', 'latin1');
    for (const content of [brokenZip, oldExcel, latin1]) {
      const response = await upl(content);
      expect([response.statusCode, errorCode(response)]).toEqual([422, 'IMPORT_FILE_UNREADABLE']);
    }
    const large = await upl(Buffer.alloc(2 * 1024 * 1024 + 1, 'a'));
    expect([large.statusCode, errorCode(large)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const rows = Array.from({ length: 20_001 }, (_, i) => [w.school.code, YEAR, '6A', `hs-${i}`, 'Học sinh']);
    const long = await upl(csv([studentHeader, ...rows]));
    expect([long.statusCode, errorCode(long)]).toEqual([422, 'IMPORT_TOO_MANY_ROWS']);
    const none = await w.schoolAdmin.client.request({
      method: 'POST',
      url: '/api/imports/students',
      payload: {},
    });
    expect([none.statusCode, errorCode(none)]).toEqual([400, 'IMPORT_FILE_MISSING']);
  });

  it('serves templates that read back through the import', async () => {
    const response = await get(w.schoolAdmin.client, '/api/imports/students/template');
    expect(response.headers['content-disposition']).toContain('filename="mau-nhap-hoc-sinh.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(response.rawPayload).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Học sinh', 'Hướng dẫn']);
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('Mã trường *');
    expect(workbook.worksheets[0]?.getRow(1).font?.bold).toBe(true);
    const readBack = report(await upl(response.rawPayload));
    expect(rowErrors(readBack)).toEqual([[2, 'Mã trường', 'IMPORT_ROW_NOT_FOUND']]);

    const text = await get(w.schoolAdmin.client, '/api/imports/teachers/template?format=csv');
    expect(text.headers['content-disposition']).toContain('filename="mau-nhap-giao-vien.csv"');
    expect(text.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.body).toContain('Mã trường *,Tên đăng nhập *,Họ và tên *,Email,Phân công');
  });
});
