import type { Db, Prisma, Role } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE, outranks } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { pageOf, pageWindow } from '../../paging.js';
import { recordAudit } from '../audit/record.js';
import { slowed, type ThrottleCount, throttleCount } from '../auth/login-throttle.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { temporaryPassword } from '../auth/passwords.js';
import { schoolScope, usersWithin } from './scope.js';
import { idsMatching } from './text-search.js';

interface ListQuery {
  schoolId?: string | undefined;
  role?: Role | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export const orgChain = {
  school: { select: { id: true, name: true, districtId: true, district: { select: { provinceId: true } } } },
  district: { select: { id: true, name: true, provinceId: true } },
  province: { select: { id: true, name: true } },
} as const;

type UserWithOrg = Prisma.UserGetPayload<{ include: typeof orgChain }>;

/** An account as the lists show it, with the unit it belongs to (and its failed sign-ins, if loaded). */
export function userSummary(u: UserWithOrg & { loginThrottles?: ThrottleCount[] }, now: Date) {
  const unit = u.school
    ? { kind: 'school' as const, id: u.school.id, name: u.school.name }
    : u.district
      ? { kind: 'district' as const, id: u.district.id, name: u.district.name }
      : u.province
        ? { kind: 'province' as const, id: u.province.id, name: u.province.name }
        : null;
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    school: u.school ? { id: u.school.id, name: u.school.name } : null,
    unit,
    email: u.email,
    mustChangePassword: u.mustChangePassword,
    loginThrottled: slowed(u.loginThrottles ?? [], now),
    disabled: u.disabled,
  };
}

export function scopeOfUser(user: UserWithOrg) {
  if (user.school) return schoolScope(user.school);
  if (user.district) return { provinceId: user.district.provinceId, districtId: user.district.id };
  return { provinceId: user.provinceId };
}

export function createUserService(db: Db, passwords: PasswordHasher, clock: () => Date) {
  return {
    async listUsers(actor: Actor, query: ListQuery) {
      if (!can(actor, 'user.read', GLOBAL_SCOPE)) throw forbidden();
      const filters: Prisma.UserWhereInput[] = [usersWithin(actor)];
      if (query.schoolId) filters.push({ schoolId: query.schoolId });
      if (query.role) filters.push({ role: query.role });
      if (query.q)
        filters.push({ id: { in: await idsMatching(db, 'User', ['fullName', 'username'], query.q) } });
      const where = { AND: filters };
      const [total, users] = await Promise.all([
        db.user.count({ where }),
        db.user.findMany({
          where,
          include: { ...orgChain, loginThrottles: { select: throttleCount } },
          orderBy: [{ role: 'desc' }, { username: 'asc' }],
          ...pageWindow(query),
        }),
      ]);
      const now = clock();
      return pageOf(
        users.map((u) => userSummary(u, now)),
        total,
        query,
      );
    },

    /** Issues a one-time password, forgets its failed sign-ins and ends its sessions. */
    async resetPassword(actor: Actor, userId: string) {
      const user = await db.user.findUnique({ where: { id: userId }, include: orgChain });
      if (!user) throw new AppError('NOT_FOUND');
      const scope = scopeOfUser(user);
      if (!can(actor, 'user.manage', scope) || !outranks(actor, user.role)) throw forbidden();
      const password = temporaryPassword();
      const passwordHash = await passwords.hash(password);
      await db.$transaction(async (tx) => {
        await tx.user.update({
          where: { id: userId },
          data: { passwordHash, mustChangePassword: true },
        });
        await tx.session.deleteMany({ where: { userId } });
        await tx.loginThrottle.deleteMany({ where: { userId } });
        await recordAudit(tx, {
          actor,
          action: 'user.password_reset',
          resourceType: 'user',
          resourceId: userId,
          scope,
          details: { username: user.username },
        });
      });
      return { username: user.username, temporaryPassword: password };
    },
  };
}
