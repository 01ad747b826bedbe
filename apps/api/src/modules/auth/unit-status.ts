import type { Db } from '@hoclieu/db';

/**
 * Whether the account's unit, or a unit above it, is deactivated. Such accounts cannot sign in and
 * their sessions are refused (the session lookup checks the same chain): a closed school's teachers
 * and students keep their history, not their access.
 */
export async function unitDeactivated(
  db: Db,
  user: { schoolId: string | null; districtId: string | null; provinceId: string | null },
): Promise<boolean> {
  if (user.schoolId) {
    const school = await db.school.findUnique({
      where: { id: user.schoolId },
      select: { deactivatedAt: true, district: { select: { deactivatedAt: true, province: true } } },
    });
    return !!(
      school?.deactivatedAt ||
      school?.district.deactivatedAt ||
      school?.district.province.deactivatedAt
    );
  }
  if (user.districtId) {
    const district = await db.district.findUnique({
      where: { id: user.districtId },
      select: { deactivatedAt: true, province: { select: { deactivatedAt: true } } },
    });
    return !!(district?.deactivatedAt || district?.province.deactivatedAt);
  }
  if (user.provinceId) {
    const province = await db.province.findUnique({ where: { id: user.provinceId } });
    return !!province?.deactivatedAt;
  }
  return false;
}
