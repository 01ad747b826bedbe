import type { ImportRowError } from '@hoclieu/contracts';
import type { Db, Prisma, Role } from '@hoclieu/db';
import { type Action, type Actor, can, outranks } from '@hoclieu/domain';
import { schoolScope } from '../org/scope.js';
import { roleLabels, rowError } from './plan.js';

const withDistrict = { include: { district: { select: { provinceId: true } } } } as const;
export type SchoolWithDistrict = Prisma.SchoolGetPayload<typeof withDistrict>;

export async function schoolsByCode(db: Db, codes: string[]): Promise<Map<string, SchoolWithDistrict>> {
  const schools = await db.school.findMany({ where: { code: { in: [...new Set(codes)] } }, ...withDistrict });
  return new Map(schools.map((school) => [school.code, school]));
}

/** The row's school, or null after reporting why the actor cannot import into it. */
export function schoolOfRow(
  actor: Actor,
  action: Action,
  schools: Map<string, SchoolWithDistrict>,
  row: { row: number; schoolCode: string },
  errors: ImportRowError[],
): SchoolWithDistrict | null {
  const school = schools.get(row.schoolCode);
  if (!school) {
    errors.push(
      rowError(row.row, 'Mã trường', 'IMPORT_ROW_NOT_FOUND', `Không có trường mã "${row.schoolCode}"`),
    );
    return null;
  }
  if (!can(actor, action, schoolScope(school))) {
    const message = `Bạn không có quyền nhập dữ liệu cho ${school.name} (mã "${school.code}")`;
    errors.push(rowError(row.row, 'Mã trường', 'IMPORT_ROW_FORBIDDEN', message));
    return null;
  }
  if (school.deactivatedAt) {
    const message = `${school.name} (mã "${school.code}") đã ngừng hoạt động; mở lại trường trước khi nhập`;
    errors.push(rowError(row.row, 'Mã trường', 'IMPORT_ROW_CONFLICT', message));
    return null;
  }
  return school;
}

/**
 * A username some account outside the unit being imported into already has. Only that: the importer
 * learns nothing of another unit's account (its school, role or name).
 */
export const usernameTaken = (username: string) => `Tên đăng nhập "${username}" đã được dùng`;

/**
 * Why an existing account may not be updated by an import row for `role` at `school`, or null. An
 * import never moves an account to another school nor touches another kind of account. Only an
 * account of the school itself (which the importer manages) is described further.
 */
export function accountConflict(
  actor: Actor,
  existing: { username: string; role: Role; schoolId: string | null },
  role: Role,
  school: { id: string },
): string | null {
  if (existing.schoolId !== school.id) return usernameTaken(existing.username);
  if (existing.role !== role || !outranks(actor, existing.role)) {
    return `Tên đăng nhập "${existing.username}" đã là tài khoản ${roleLabels[existing.role]}, không nhập thành ${roleLabels[role]} được`;
  }
  return null;
}
