import type { Role } from '@hoclieu/contracts';
import { foldDiacritics } from '../text.js';
import { fieldsOf, type Parsed } from './fields.js';
import type { ImportRecord } from './table.js';

export interface DistrictRow {
  row: number;
  code: string;
  name: string;
}

export type OfficerRole = Extract<Role, 'province_officer' | 'district_officer' | 'school_admin'>;

export interface OfficerRow {
  row: number;
  username: string;
  fullName: string;
  role: OfficerRole;
  unitCode: string;
  email: string | null;
}

/** What a Sở writes in "Vai trò", folded, with "GDĐT" left out: "Cán bộ Phòng GDĐT" -> "can bo phong". */
const roleNames: Record<string, OfficerRole> = {
  'can bo so': 'province_officer',
  'cb so': 'province_officer',
  'province officer': 'province_officer',
  'can bo phong': 'district_officer',
  'cb phong': 'district_officer',
  'district officer': 'district_officer',
  'quan tri truong': 'school_admin',
  'qt truong': 'school_admin',
  'school admin': 'school_admin',
};

export function parseOfficerRole(text: string): OfficerRole | null {
  const folded = foldDiacritics(text)
    .replace(/[_]/g, ' ')
    .replace(/\bgd ?(&|va)? ?dt\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return roleNames[folded] ?? null;
}

export function parseDistrictRow(record: ImportRecord): Parsed<DistrictRow> {
  const f = fieldsOf('districts', record);
  const code = f.code('ma_phong');
  const name = f.required('ten_phong', 200);
  return f.result({ row: record.row, code, name });
}

export function parseOfficerRow(record: ImportRecord): Parsed<OfficerRow> {
  const f = fieldsOf('officers', record);
  const username = f.username('ten_dang_nhap');
  const fullName = f.required('ho_va_ten', 100);
  const role = f.oneOf('vai_tro', parseOfficerRole, 'Cán bộ Sở; Cán bộ Phòng; Quản trị trường');
  const unitCode = f.code('ma_don_vi');
  const email = f.email('email');
  return f.result({
    row: record.row,
    username,
    fullName,
    role: role ?? 'school_admin',
    unitCode,
    email,
  });
}
