import { describe, expect, it } from 'vitest';
import { orgRowKey, orgSheetKind, parseOfficerRole, parseOfficerRow, tableHeader } from '../src/index.js';

describe('organisation workbook rows', () => {
  it('knows the sheets by name without case or diacritics', () => {
    expect(orgSheetKind('PHONG GDDT')).toBe('districts');
    expect(orgSheetKind(' hoc  sinh ')).toBe('students');
    expect(orgSheetKind('Tài khoản cán bộ')).toBe('officers');
    expect(orgSheetKind('Hướng dẫn')).toBeNull();
  });

  it('reads the officer roles a Sở writes, and nothing else', () => {
    expect(parseOfficerRole('Cán bộ Sở')).toBe('province_officer');
    expect(parseOfficerRole('CB Phòng GDĐT')).toBe('district_officer');
    expect(parseOfficerRole('quan tri truong')).toBe('school_admin');
    expect(parseOfficerRole('Hiệu trưởng')).toBeNull();
    expect(parseOfficerRole('Quản trị')).toBeNull();
  });

  it('reports every bad cell of an officer row', () => {
    const header = tableHeader('officers', {
      row: 1,
      cells: ['TÊN ĐĂNG NHẬP *', 'Họ và tên', 'Vai trò', 'Mã đơn vị', 'Email'],
    });
    if (!header.ok) throw new Error('header');
    const record = header.record({ row: 2, cells: ['A B', '', 'Giám đốc', 'PGD 1', 'x'] });
    if (!record) throw new Error('record');
    const parsed = parseOfficerRow(record);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => e.column)).toEqual([
        'Tên đăng nhập',
        'Họ và tên',
        'Vai trò',
        'Mã đơn vị',
        'Email',
      ]);
  });

  it('keys rows as the duplicate checks do, and not rows missing their key', () => {
    const record = (values: Record<string, string>) => ({ row: 2, values });
    expect(orgRowKey('students', record({ ten_dang_nhap: 'HS.01' }))).toBe('hs.01');
    expect(orgRowKey('classes', record({ ma_truong: 'T1', nam_hoc: '2026 - 2027', ten_lop: '6 a1' }))).toBe(
      'T1|2026-2027|6a1',
    );
    expect(orgRowKey('classes', record({ ma_truong: 'T1', nam_hoc: '', ten_lop: '6A1' }))).toBeNull();
  });
});
