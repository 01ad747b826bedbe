import type { OrgSheetKind } from '@hoclieu/contracts';
import { foldDiacritics } from '../text.js';
import { classKey } from './rows.js';
import type { ImportRecord } from './table.js';

/**
 * The sheets of the organisation workbook in the order they are imported: each kind needs the
 * ones before it (a school its district, a student its class, a teacher's assignments the classes).
 */
export const orgSheets: { kind: OrgSheetKind; name: string }[] = [
  { kind: 'districts', name: 'Phòng GDĐT' },
  { kind: 'schools', name: 'Trường' },
  { kind: 'officers', name: 'Tài khoản cán bộ' },
  { kind: 'classes', name: 'Lớp' },
  { kind: 'teachers', name: 'Giáo viên' },
  { kind: 'students', name: 'Học sinh' },
];

/** A sheet's kind from its name, without case or diacritics ("PHONG GDDT", "hoc sinh"); null for others. */
export function orgSheetKind(sheetName: string): OrgSheetKind | null {
  const folded = foldDiacritics(sheetName);
  return orgSheets.find((sheet) => foldDiacritics(sheet.name) === folded)?.kind ?? null;
}

/**
 * The natural key of a row as written (same rules as each kind's duplicate check), so a row
 * repeating one of an earlier chunk of a long sheet is still reported as a duplicate.
 */
export function orgRowKey(kind: OrgSheetKind, record: ImportRecord): string | null {
  const value = (key: string) => (record.values[key] ?? '').trim();
  const parts =
    kind === 'districts'
      ? [value('ma_phong')]
      : kind === 'schools'
        ? [value('ma_truong')]
        : kind === 'classes'
          ? [value('ma_truong'), value('nam_hoc').replace(/\s*[-–/]\s*/, '-'), classKey(value('ten_lop'))]
          : [value('ten_dang_nhap').toLowerCase()];
  // A row missing part of its key is reported by its own checks, not as a duplicate.
  return parts.every((part) => part !== '') ? parts.join('|') : null;
}

/** The column a duplicate row is reported under. */
export const orgKeyColumn: Record<OrgSheetKind, string> = {
  districts: 'Mã phòng',
  schools: 'Mã trường',
  officers: 'Tên đăng nhập',
  classes: 'Tên lớp',
  teachers: 'Tên đăng nhập',
  students: 'Tên đăng nhập',
};
