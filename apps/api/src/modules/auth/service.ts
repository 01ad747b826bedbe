import type { Session } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { MIN_PASSWORD_LENGTH, type PasswordProblem, passwordProblems } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';
import type { KnownDevices } from './known-devices.js';
import type { LoginThrottle } from './login-throttle.js';
import { isOneTimeHash, type PasswordHasher } from './passwords.js';
import { loadSessionUser } from './session-user.js';
import type { SessionStore } from './sessions.js';
import { unitDeactivated } from './unit-status.js';

/** Why a new password was refused, listed in the error so the user knows what to fix. */
export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  no_letter: 'Mật khẩu cần có ít nhất một chữ cái.',
  no_digit: 'Mật khẩu cần có ít nhất một chữ số.',
};

interface Deps {
  db: Db;
  passwords: PasswordHasher;
  sessions: SessionStore;
  throttle: LoginThrottle;
  devices: KnownDevices;
}

/** Where a sign-in comes from. */
export interface LoginClient {
  /** The client address (request.ip: the proxy's view only under TRUST_PROXY). */
  address: string;
  userAgent: string | undefined;
  /** The browser's known-device cookie, if any. */
  deviceCookie: string | undefined;
}

/** A sign-in refused for now: the client must wait (Retry-After) before it is judged. */
export class LoginThrottledError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('LOGIN_THROTTLED');
  }
}

export function createAuthService({ db, passwords, sessions, throttle, devices }: Deps) {
  // Verified against when no argon2id hash is at hand (unknown username, or a one-time password's
  // fast keyed hash), so every attempt costs one argon2id verification: timing names no account.
  const decoy = passwords.hash('decoy-password-for-timing');

  async function sessionFor(userId: string, csrfToken: string): Promise<Session> {
    const loaded = await loadSessionUser(db, userId);
    if (!loaded) throw new AppError('UNAUTHENTICATED');
    return { user: loaded.user, csrfToken };
  }

  return {
    async login(username: string, password: string, client: LoginClient) {
      const name = username.trim().toLowerCase();
      const device = devices.deviceOf(client.deviceCookie, name);
      const waitMs = await throttle.waitMs(name, client.address, device);
      if (waitMs > 0) throw new LoginThrottledError(Math.ceil(waitMs / 1000));
      const user = await db.user.findUnique({ where: { username: name } });
      const stored = user?.passwordHash;
      // Exactly one argon2id verification on every path: the decoy stands in for a missing one.
      const argon2 = stored !== undefined && !isOneTimeHash(stored) ? stored : await decoy;
      const argon2Matches = await passwords.verify(argon2, password);
      const valid =
        stored !== undefined &&
        (stored === argon2 ? argon2Matches : await passwords.verify(stored, password));
      if (!user || !valid) {
        await throttle.recordFailure(name, client.address, user?.id ?? null, device);
        throw new AppError('INVALID_CREDENTIALS');
      }
      await throttle.recordSuccess(name);
      if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
      if (await unitDeactivated(db, user)) throw new AppError('UNIT_DEACTIVATED');
      const created = await sessions.create(user.id, client.userAgent);
      return {
        token: created.token,
        expiresAt: created.expiresAt,
        deviceCookie: devices.remember(client.deviceCookie, name),
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
