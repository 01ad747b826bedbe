import type { CreateUserBody } from '@hoclieu/contracts';
import type { Db, Role } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE, type OrgScope, outranks } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { temporaryPassword } from '../auth/passwords.js';
import { uniqueOr } from './unique.js';
import { orgChain, scopeOfUser, userSummary } from './users.js';

type NewAccount = Omit<CreateUserBody, 'email'> & { email?: string | null | undefined };

interface AccountChange {
  fullName?: string | undefined;
  email?: string | null | undefined;
  disabled?: boolean | undefined;
}

const SCHOOL_ROLES: Role[] = ['student', 'teacher', 'school_admin'];

/** The unit field a role's account must have (and only that one). */
function unitFieldOf(role: Role): 'schoolId' | 'districtId' | 'provinceId' | null {
  if (SCHOOL_ROLES.includes(role)) return 'schoolId';
  if (role === 'district_officer') return 'districtId';
  if (role === 'province_officer') return 'provinceId';
  return null;
}

/**
 * Accounts created one by one (officers, school admins) by someone who manages the unit and outranks
 * the role; the one-time password is shown once and must be changed at first sign-in, as the import's.
 */
export function createAccountService(db: Db, passwords: PasswordHasher, clock: () => Date) {
  /** The org scope of the account's unit, refusing a unit the actor cannot see or that is closed. */
  async function unitScope(actor: Actor, body: NewAccount): Promise<OrgScope> {
    const field = unitFieldOf(body.role);
    const given = (['schoolId', 'districtId', 'provinceId'] as const).filter((f) => body[f]);
    if (given.length !== (field ? 1 : 0) || (field && given[0] !== field))
      throw new AppError('USER_UNIT_INVALID');
    let scope: OrgScope = GLOBAL_SCOPE;
    let inactive = false;
    if (field === 'schoolId') {
      const school = await db.school.findUnique({
        where: { id: body.schoolId ?? '' },
        include: { district: true },
      });
      scope = school
        ? { provinceId: school.district.provinceId, districtId: school.districtId, schoolId: school.id }
        : GLOBAL_SCOPE;
      if (!school) throw new AppError('SCHOOL_NOT_FOUND');
      inactive = !!school.deactivatedAt || !!school.district.deactivatedAt;
    } else if (field === 'districtId') {
      const district = await db.district.findUnique({ where: { id: body.districtId ?? '' } });
      scope = district ? { provinceId: district.provinceId, districtId: district.id } : GLOBAL_SCOPE;
      if (!district) throw new AppError('DISTRICT_NOT_FOUND');
      inactive = !!district.deactivatedAt;
    } else if (field === 'provinceId') {
      const province = await db.province.findUnique({ where: { id: body.provinceId ?? '' } });
      scope = { provinceId: province?.id ?? null };
      if (!province) throw new AppError('PROVINCE_NOT_FOUND');
      inactive = !!province.deactivatedAt;
    }
    if (!can(actor, 'user.manage', scope) || !outranks(actor, body.role)) throw forbidden();
    if (inactive) throw new AppError('UNIT_INACTIVE');
    return scope;
  }

  return {
    async createUser(actor: Actor, body: NewAccount) {
      const scope = await unitScope(actor, body);
      if (await db.user.findUnique({ where: { username: body.username } }))
        throw new AppError('USERNAME_TAKEN');
      const password = temporaryPassword();
      const passwordHash = await passwords.hash(password);
      const created = await uniqueOr('USERNAME_TAKEN', () =>
        db.$transaction(async (tx) => {
          const user = await tx.user.create({
            data: {
              username: body.username,
              fullName: body.fullName,
              email: body.email ?? null,
              role: body.role,
              passwordHash,
              mustChangePassword: true,
              schoolId: body.schoolId ?? null,
              districtId: body.districtId ?? null,
              provinceId: body.provinceId ?? null,
            },
            include: orgChain,
          });
          await recordAudit(tx, {
            actor,
            action: 'user.create',
            resourceType: 'user',
            resourceId: user.id,
            scope,
            details: { username: user.username, role: user.role },
          });
          return user;
        }),
      );
      return { user: userSummary(created, clock()), temporaryPassword: password };
    },

    async updateUser(actor: Actor, userId: string, change: AccountChange) {
      const user = await db.user.findUnique({ where: { id: userId }, include: orgChain });
      if (!user) throw new AppError('NOT_FOUND');
      const scope = scopeOfUser(user);
      if (userId === actor.userId && change.disabled) throw new AppError('SELF_CHANGE_REFUSED');
      if (!can(actor, 'user.manage', scope) || !outranks(actor, user.role)) throw forbidden();
      const after = {
        fullName: change.fullName ?? user.fullName,
        email: change.email === undefined ? user.email : change.email,
      };
      const toggled = change.disabled !== undefined && change.disabled !== user.disabled;
      const updated = await db.$transaction(async (tx) => {
        const saved = await tx.user.update({
          where: { id: userId },
          data: { ...after, ...(toggled ? { disabled: change.disabled } : {}) },
          include: orgChain,
        });
        if (toggled && change.disabled) await tx.session.deleteMany({ where: { userId } });
        const audit = (action: string, details: Record<string, string | null>) =>
          recordAudit(tx, { actor, action, resourceType: 'user', resourceId: userId, scope, details });
        if (after.fullName !== user.fullName || after.email !== user.email)
          await audit('user.update', {
            username: user.username,
            fullNameBefore: user.fullName,
            fullName: after.fullName,
            emailBefore: user.email,
            email: after.email,
          });
        if (toggled)
          await audit(change.disabled ? 'user.disable' : 'user.enable', { username: user.username });
        return saved;
      });
      return userSummary(updated, clock());
    },
  };
}
