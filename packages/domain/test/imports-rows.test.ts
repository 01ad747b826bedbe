import { describe, expect, it } from 'vitest';
import {
  classKey,
  gradeFitsLevels,
  parseClassRow,
  parseSchoolRow,
  parseStudentRow,
  parseTeacherRow,
} from '../src/imports/rows.js';
import { parseAssignments, parseElectives } from '../src/imports/subjects.js';

const record = (values: Record<string, string>, row = 2) => ({ row, values });
const subjects = [
  { code: 'toan', name: 'Toán' },
  { code: 'ngu-van', name: 'Ngữ văn' },
  { code: 'hoa-hoc', name: 'Hóa học' },
  { code: 'vat-li', name: 'Vật lí' },
];
const electives = subjects.slice(2);

describe('parseSchoolRow', () => {
  it('reads a school with its levels', () => {
    const parsed = parseSchoolRow(
      record({
        ma_truong: 'T01',
        ten_truong: 'Trường A',
        loai_hinh: 'th & thcs',
        ma_phong_gddt: 'P1',
        dia_chi: '',
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        row: 2,
        code: 'T01',
        name: 'Trường A',
        kind: 'TH&THCS',
        levels: ['primary', 'lower_secondary'],
        districtCode: 'P1',
        address: null,
      },
    });
  });

  it('reports every bad cell of the row with its column', () => {
    const parsed = parseSchoolRow(
      record({ ma_truong: 'T 01', ten_truong: '', loai_hinh: 'Đại học', ma_phong_gddt: 'P1' }, 7),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, 'Mã trường', 'IMPORT_ROW_INVALID'],
      [7, 'Tên trường', 'IMPORT_ROW_INVALID'],
      [7, 'Loại hình', 'IMPORT_ROW_INVALID'],
    ]);
    expect(parsed.errors[1]?.message).toBe('Thiếu Tên trường');
    expect(parsed.errors[2]?.message).toContain('Loại hình "Đại học" không hợp lệ');
  });
});

describe('parseClassRow', () => {
  const base = {
    ma_truong: 'T01',
    nam_hoc: '2026 - 2027',
    ten_lop: '10A1',
    khoi: '10',
    to_hop_mon: 'Vật lí; hoa hoc, vat-li',
  };

  it('reads the combination by code or name, once each', () => {
    const parsed = parseClassRow(record(base), electives);
    expect(parsed.ok && parsed.value).toMatchObject({
      schoolYear: '2026-2027',
      grade: 10,
      electiveSubjects: ['vat-li', 'hoa-hoc'],
    });
  });

  it('says what is wrong with the grade, the year and the combination', () => {
    const messages = (values: Record<string, string>) => {
      const parsed = parseClassRow(record({ ...base, ...values }), electives);
      return parsed.ok ? [] : parsed.errors.map((e) => e.message);
    };
    expect(messages({ khoi: '13' })).toEqual(['Khối lớp phải là số từ 1 đến 12 (đang ghi "13")']);
    expect(messages({ khoi: 'sáu' })).toEqual(['Khối lớp phải là số từ 1 đến 12 (đang ghi "sáu")']);
    expect(messages({ nam_hoc: '2026-2028' })).toEqual([
      'Năm học "2026-2028" phải có dạng 2026-2027 (hai năm liền nhau)',
    ]);
    expect(messages({ khoi: '6' })).toEqual(['Chỉ lớp 10, 11, 12 mới có tổ hợp môn (lớp này thuộc khối 6)']);
    expect(messages({ to_hop_mon: 'Toán' })).toEqual(['"Toán" không phải môn lựa chọn của cấp THPT']);
  });
});

describe('parseTeacherRow and parseStudentRow', () => {
  it('lower-cases usernames and e-mails and reads assignments', () => {
    const parsed = parseTeacherRow(
      record({
        ma_truong: 'T01',
        ten_dang_nhap: 'GV.An',
        ho_va_ten: 'Lê An',
        email: 'An@Truong.EDU.vn',
        phan_cong: '6A:toan; 7A : Ngu Van',
      }),
      subjects,
    );
    expect(parsed.ok && parsed.value).toEqual({
      row: 2,
      schoolCode: 'T01',
      username: 'gv.an',
      fullName: 'Lê An',
      email: 'an@truong.edu.vn',
      assignments: [
        { className: '6A', subjectCode: 'toan' },
        { className: '7A', subjectCode: 'ngu-van' },
      ],
    });
  });

  it('refuses usernames with diacritics or spaces and bad e-mails', () => {
    const parsed = parseTeacherRow(
      record({ ma_truong: 'T01', ten_dang_nhap: 'nguyễn an', ho_va_ten: 'An', email: 'an@' }),
      subjects,
    );
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.column)).toEqual(['Tên đăng nhập', 'Email']);
  });

  it('requires every student column', () => {
    const parsed = parseStudentRow(
      record({ ma_truong: 'T01', nam_hoc: '2026-2027', ten_lop: '', ten_dang_nhap: 'hs01', ho_va_ten: '' }),
    );
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.message)).toEqual([
      'Thiếu Tên lớp',
      'Thiếu Họ và tên',
    ]);
  });
});

describe('subject lists', () => {
  it('explains malformed assignments and unknown subjects', () => {
    expect(parseAssignments('6A toan; 6A:hình học', subjects).problems).toEqual([
      'Phân công "6A toan" phải có dạng Lớp:môn, ví dụ 6A1:toan',
      'Không có môn "hình học" (phân công "6A:hình học")',
    ]);
    expect(parseElectives('Hoá học', electives).values).toEqual(['hoa-hoc']);
  });
});

describe('grades and class names', () => {
  it('fits grades to school levels', () => {
    expect(gradeFitsLevels(6, ['lower_secondary'])).toBe(true);
    expect(gradeFitsLevels(5, ['lower_secondary'])).toBe(false);
    expect(gradeFitsLevels(10, ['continuing'])).toBe(true);
    expect(gradeFitsLevels(3, ['continuing'])).toBe(false);
  });
  it('keys class names loosely', () => {
    expect(classKey('6 a1')).toBe(classKey('6A1'));
  });
});
