import type { ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { can, type OfficerRow, type OrgScope, outranks, parseOfficerRow } from '@hoclieu/domain';
import { schoolScope } from '../org/scope.js';
import { accountRows, accountUpdateWrite, newAccountWrite } from './account-rows.js';
import { schoolsByCode, usernameTaken } from './lookups.js';
import { type Planner, type RowWrite, roleLabels, rowError, unique } from './plan.js';

type Unit = {
  scope: OrgScope;
  name: string;
  provinceId: string | null;
  districtId: string | null;
  schoolId: string | null;
};

/**
 * Accounts of province officers, district officers and school admins by username, attached to the
 * unit named by "Mã đơn vị" (a province, district or school code by role) inside the import's province.
 * Creating or updating one needs user.manage there and a higher role than the account's.
 */
export function planOfficers(db: Db, provinceId: string): Planner {
  return async (actor, records) => {
    const errors: ImportRowError[] = [];
    const rows = accountRows(records.map(parseOfficerRow), errors);
    const codes = (role: OfficerRow['role']) =>
      unique(rows.filter((r) => r.role === role).map((r) => r.unitCode));
    const [provinces, districts, schools, users] = await Promise.all([
      db.province.findMany({ where: { code: { in: codes('province_officer') } } }),
      db.district.findMany({ where: { code: { in: codes('district_officer') } } }),
      schoolsByCode(db, codes('school_admin')),
      db.user.findMany({ where: { username: { in: rows.map((row) => row.username) } } }),
    ]);
    const unitOf = (row: OfficerRow): Unit | undefined => {
      if (row.role === 'province_officer') {
        const p = provinces.find((province) => province.code === row.unitCode);
        return (
          p && {
            scope: { provinceId: p.id },
            name: p.name,
            provinceId: p.id,
            districtId: null,
            schoolId: null,
          }
        );
      }
      if (row.role === 'district_officer') {
        const d = districts.find((district) => district.code === row.unitCode);
        return (
          d && {
            scope: { provinceId: d.provinceId, districtId: d.id },
            name: d.name,
            provinceId: null,
            districtId: d.id,
            schoolId: null,
          }
        );
      }
      const s = schools.get(row.unitCode);
      return s && { scope: schoolScope(s), name: s.name, provinceId: null, districtId: null, schoolId: s.id };
    };
    const userByName = new Map(users.map((user) => [user.username, user]));

    const writes: RowWrite[] = [];
    for (const row of rows) {
      const unit = unitOf(row);
      if (!unit) {
        const message = `Không có đơn vị mã "${row.unitCode}" cho vai trò ${roleLabels[row.role]}`;
        errors.push(rowError(row.row, 'Mã đơn vị', 'IMPORT_ROW_NOT_FOUND', message));
        continue;
      }
      if (
        unit.scope.provinceId !== provinceId ||
        !can(actor, 'user.manage', unit.scope) ||
        !outranks(actor, row.role)
      ) {
        const message = `Bạn không có quyền tạo hoặc sửa tài khoản ${roleLabels[row.role]} của ${unit.name}`;
        errors.push(rowError(row.row, 'Vai trò', 'IMPORT_ROW_FORBIDDEN', message));
        continue;
      }
      const user = userByName.get(row.username);
      if (!user) {
        writes.push(
          newAccountWrite(row, {
            email: row.email,
            role: row.role,
            provinceId: unit.provinceId,
            districtId: unit.districtId,
            schoolId: unit.schoolId,
          }),
        );
        continue;
      }
      const sameUnit =
        user.provinceId === unit.provinceId &&
        user.districtId === unit.districtId &&
        user.schoolId === unit.schoolId;
      if (user.role !== row.role || !sameUnit || !outranks(actor, user.role)) {
        // Nothing about an account the importer does not manage: not its unit, not its role.
        errors.push(rowError(row.row, 'Tên đăng nhập', 'IMPORT_ROW_CONFLICT', usernameTaken(row.username)));
        continue;
      }
      writes.push(accountUpdateWrite(row, user));
    }
    return { errors, writes };
  };
}
