import type { Session } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { AppError } from '../../http/errors.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { loadSessionUser } from '../auth/session-user.js';
import type { SessionStore } from '../auth/sessions.js';
import { createSystemAdmin, hashChosenPassword, hasSystemAdmin } from './system-admin.js';
import { isSetupToken } from './token.js';

interface Deps {
  db: Db;
  passwords: PasswordHasher;
  sessions: SessionStore;
  sessionSecret: string;
  /** Demo data loaded (SEED_DEMO): the sign-in page may list the demo accounts. */
  demo: boolean;
}

/**
 * First start without demo data: while no system administrator exists, whoever holds the token
 * printed in the server log creates the first one and is signed in. Afterwards the token opens
 * nothing (SETUP_DONE), whatever it is.
 */
export function createSetupService({ db, passwords, sessions, sessionSecret, demo }: Deps) {
  return {
    status: async () => ({ pending: !(await hasSystemAdmin(db)), demo }),

    async createFirstAdmin(
      body: { token: string; username: string; fullName: string; password: string },
      userAgent: string | undefined,
    ): Promise<{ token: string; session: Session }> {
      if (await hasSystemAdmin(db)) throw new AppError('SETUP_DONE');
      if (!isSetupToken(body.token, sessionSecret)) throw new AppError('SETUP_TOKEN_INVALID');
      const passwordHash = await hashChosenPassword(passwords, body.password);
      const admin = await db.$transaction(async (tx) => {
        // Two requests with the token at once: the second waits here, then finds the first's admin.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('hoclieu:first-admin-setup'))`;
        if (await hasSystemAdmin(tx)) throw new AppError('SETUP_DONE');
        return createSystemAdmin(tx, passwordHash, body, 'setup.first_admin', 'setup_page');
      });
      const created = await sessions.create(admin.id, userAgent);
      const loaded = await loadSessionUser(db, admin.id);
      if (!loaded) throw new AppError('UNAUTHENTICATED');
      return { token: created.token, session: { user: loaded.user, csrfToken: created.csrfToken } };
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
