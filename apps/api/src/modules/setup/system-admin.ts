import type { Db, Prisma } from '@hoclieu/db';
import { passwordProblems } from '@hoclieu/domain';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { passwordProblemMessages } from '../auth/service.js';

type Tx = Prisma.TransactionClient;

export interface NewSystemAdmin {
  /** Already normalised (lower case, trimmed) by usernameSchema. */
  username: string;
  fullName: string;
}

/** Refuses a password the domain policy refuses, listing what to fix (as a password change does). */
export function checkPassword(password: string, field = 'password'): void {
  const problems = passwordProblems(password);
  if (problems.length > 0)
    throw new AppError(
      'PASSWORD_TOO_WEAK',
      problems.map((problem) => ({ path: `${field}.${problem}`, message: passwordProblemMessages[problem] })),
    );
}

/** Whether any system administrator exists (disabled ones count: setup happens once). */
export async function hasSystemAdmin(db: Pick<Db, 'user'> | Tx): Promise<boolean> {
  return (await db.user.count({ where: { role: 'system_admin' } })) > 0;
}

/**
 * Creates a system administrator with a password they chose, in the caller's transaction, with
 * its audit entry (the new admin is its own actor: nobody else is signed in).
 */
export async function createSystemAdmin(
  tx: Tx,
  passwordHash: string,
  admin: NewSystemAdmin,
  action: 'setup.first_admin' | 'user.create',
  source: 'setup_page' | 'command_line',
) {
  if (await tx.user.findUnique({ where: { username: admin.username } })) throw new AppError('USERNAME_TAKEN');
  const user = await tx.user.create({
    data: { username: admin.username, fullName: admin.fullName, role: 'system_admin', passwordHash },
  });
  await recordAudit(tx, {
    actor: { userId: user.id, role: 'system_admin', provinceId: null, districtId: null, schoolId: null },
    action,
    resourceType: 'user',
    resourceId: user.id,
    scope: { provinceId: null },
    details: { username: user.username, role: user.role, source },
  });
  return user;
}

export const hashChosenPassword = (passwords: PasswordHasher, password: string) => {
  checkPassword(password);
  return passwords.hash(password);
};
