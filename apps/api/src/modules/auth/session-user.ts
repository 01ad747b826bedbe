import type { SessionUser } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';

export interface AuthenticatedUser {
  user: SessionUser;
  actor: Actor;
}

/** Loads a user with the org chain of their unit: what authorization and the UI need. */
export async function loadSessionUser(db: Db, userId: string): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      province: true,
      district: { include: { province: true } },
      school: { include: { district: { include: { province: true } } } },
    },
  });
  if (!user || user.disabled) return null;
  const district = user.school?.district ?? user.district;
  const province = district?.province ?? user.province;
  return {
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      mustChangePassword: user.mustChangePassword,
      province: province ? { id: province.id, name: province.name } : null,
      district: district ? { id: district.id, name: district.name } : null,
      school: user.school ? { id: user.school.id, name: user.school.name, levels: user.school.levels } : null,
    },
    actor: {
      userId: user.id,
      role: user.role,
      provinceId: province?.id ?? null,
      districtId: district?.id ?? null,
      schoolId: user.school?.id ?? null,
    },
  };
}
