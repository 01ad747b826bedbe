import type { Session } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { MIN_PASSWORD_LENGTH, type PasswordProblem, passwordProblems } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';
import type { PasswordHasher } from './passwords.js';
import { loadSessionUser } from './session-user.js';
import type { SessionStore } from './sessions.js';
import { unitDeactivated } from './unit-status.js';

export const MAX_FAILED_LOGINS = 5;

/** Why a new password was refused, listed in the error so the user knows what to fix. */
export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  no_letter: 'Mật khẩu cần có ít nhất một chữ cái.',
  no_digit: 'Mật khẩu cần có ít nhất một chữ số.',
};
export const LOCKOUT_MS = 15 * 60 * 1000;

interface Deps {
  db: Db;
  passwords: PasswordHasher;
  sessions: SessionStore;
  clock: () => Date;
}

export function createAuthService({ db, passwords, sessions, clock }: Deps) {
  // Verified against when the username is unknown, so both failures take the same time.
  const decoy = passwords.hash('decoy-password-for-timing');

  async function sessionFor(userId: string, csrfToken: string): Promise<Session> {
    const loaded = await loadSessionUser(db, userId);
    if (!loaded) throw new AppError('UNAUTHENTICATED');
    return { user: loaded.user, csrfToken };
  }

  return {
    async login(username: string, password: string, userAgent: string | undefined) {
      const user = await db.user.findUnique({ where: { username: username.trim().toLowerCase() } });
      if (!user) {
        await passwords.verify(await decoy, password);
        throw new AppError('INVALID_CREDENTIALS');
      }
      const now = clock();
      if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');
      if (!(await passwords.verify(user.passwordHash, password))) {
        const failures = user.failedLoginCount + 1;
        const lock = failures >= MAX_FAILED_LOGINS;
        await db.user.update({
          where: { id: user.id },
          data: lock
            ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) }
            : { failedLoginCount: failures },
        });
        throw new AppError(lock ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
      }
      if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
      if (await unitDeactivated(db, user)) throw new AppError('UNIT_DEACTIVATED');
      if (user.failedLoginCount > 0 || user.lockedUntil) {
        await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
      }
      const created = await sessions.create(user.id, userAgent);
      return {
        token: created.token,
        expiresAt: created.expiresAt,
        session: await sessionFor(user.id, created.csrfToken),
      };
    },

    logout: (token: string) => sessions.revoke(token),

    me: (userId: string, csrfToken: string) => sessionFor(userId, csrfToken),

    async changePassword(userId: string, token: string, csrfToken: string, current: string, next: string) {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
      if (!(await passwords.verify(user.passwordHash, current))) throw new AppError('CURRENT_PASSWORD_WRONG');
      if (current === next) throw new AppError('PASSWORD_REUSED');
      const problems = passwordProblems(next);
      if (problems.length > 0)
        throw new AppError(
          'PASSWORD_TOO_WEAK',
          problems.map((problem) => ({
            path: `newPassword.${problem}`,
            message: passwordProblemMessages[problem],
          })),
        );
      await db.user.update({
        where: { id: userId },
        data: { passwordHash: await passwords.hash(next), mustChangePassword: false },
      });
      // Anyone else holding this account's session loses it with the old password.
      await sessions.revokeOthers(userId, token);
      return sessionFor(userId, csrfToken);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
