import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/authz.js';
import { withoutDuplicates } from '../src/imports/duplicates.js';
import { mayImport } from '../src/imports/permissions.js';
import { readTable } from '../src/imports/table.js';

const rows = (...lines: string[][]) => lines.map((cells, index) => ({ row: index + 1, cells }));

describe('readTable', () => {
  it('matches headers whatever their case, diacritics and required-marks', () => {
    const result = readTable(
      'schools',
      rows(
        ['MÃ TRƯỜNG', 'ten truong', 'Loại hình *', 'Mã phòng GDĐT', 'Ghi chú'],
        ['  T01 ', 'Trường A', 'THCS', 'P1', 'x'],
      ),
    );
    expect(result).toEqual({
      ok: true,
      records: [
        {
          row: 2,
          values: {
            ma_truong: 'T01',
            ten_truong: 'Trường A',
            loai_hinh: 'THCS',
            ma_phong_gddt: 'P1',
            dia_chi: '',
          },
        },
      ],
    });
  });

  it('names the missing required columns', () => {
    const result = readTable('students', rows(['Mã trường', 'Tên lớp', 'Họ và tên']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing.map((c) => c.header)).toEqual(['Năm học', 'Tên đăng nhập']);
  });

  it('skips blank rows but keeps the spreadsheet row numbers', () => {
    const result = readTable('students', [
      { row: 1, cells: ['Mã trường', 'Năm học', 'Tên lớp', 'Tên đăng nhập', 'Họ và tên'] },
      { row: 2, cells: ['', ' ', '', '', ''] },
      { row: 5, cells: ['T01', '2026-2027', '6A', 'hs1', 'An'] },
    ]);
    expect(result.ok && result.records.map((r) => r.row)).toEqual([5]);
  });
});

describe('withoutDuplicates', () => {
  it('keeps the first row and reports the later ones with the first row number', () => {
    const input = [
      { row: 2, username: 'a' },
      { row: 3, username: 'b' },
      { row: 4, username: 'a' },
    ];
    const { kept, errors } = withoutDuplicates(
      input,
      (r) => r.username,
      'Tên đăng nhập',
      (r) => `tên đăng nhập "${r.username}"`,
    );
    expect(kept.map((r) => r.row)).toEqual([2, 3]);
    expect(errors).toEqual([
      {
        row: 4,
        column: 'Tên đăng nhập',
        code: 'IMPORT_ROW_DUPLICATE',
        message: 'Trùng với dòng 2: tên đăng nhập "a"',
      },
    ]);
  });
});

describe('mayImport', () => {
  const actor = (role: Actor['role']): Actor => ({
    userId: 'u',
    role,
    provinceId: 'p',
    districtId: 'd',
    schoolId: 's',
  });
  it('lets officers import schools, school admins classes and people, never teachers or students', () => {
    expect(mayImport(actor('district_officer'), 'schools')).toBe(true);
    expect(mayImport(actor('school_admin'), 'schools')).toBe(false);
    expect(mayImport(actor('school_admin'), 'students')).toBe(true);
    expect(mayImport(actor('school_admin'), 'classes')).toBe(true);
    expect(mayImport(actor('teacher'), 'students')).toBe(false);
    expect(mayImport(actor('student'), 'classes')).toBe(false);
    expect(
      mayImport(
        { userId: 'u', role: 'system_admin', provinceId: null, districtId: null, schoolId: null },
        'schools',
      ),
    ).toBe(true);
  });
});
