import type { SessionUser } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';

export interface AuthenticatedUser {
  user: SessionUser;
  actor: Actor;
}

/** What a signed-in user is made of: the account and the org chain of its unit. */
export interface UserWithUnit {
  id: string;
  username: string;
  fullName: string;
  role: SessionUser['role'];
  mustChangePassword: boolean;
  school: SessionUser['school'];
  district: SessionUser['district'];
  province: SessionUser['province'];
}

/** The session's user for the UI and the actor for authorization, from one shape. */
export function authenticatedUser(u: UserWithUnit): AuthenticatedUser {
  return {
    user: {
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      role: u.role,
      mustChangePassword: u.mustChangePassword,
      province: u.province,
      district: u.district,
      school: u.school,
    },
    actor: {
      userId: u.id,
      role: u.role,
      provinceId: u.province?.id ?? null,
      districtId: u.district?.id ?? null,
      schoolId: u.school?.id ?? null,
    },
  };
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
  return authenticatedUser({
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    province: province ? { id: province.id, name: province.name } : null,
    district: district ? { id: district.id, name: district.name } : null,
    school: user.school ? { id: user.school.id, name: user.school.name, levels: user.school.levels } : null,
  });
}
