import type { ThrottledAccount } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import { type Actor, can, GLOBAL_SCOPE, outranks } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { usersWithin } from '../org/scope.js';
import { orgChain, scopeOfUser } from '../org/users.js';
import { ACCOUNT_POLICY, accountKey, THROTTLE_WINDOW_MS } from './login-throttle.js';

/** What a unit's administrators see of slowed sign-ins, and how they end the slowing for one account. */
export function createThrottledAccounts(db: Db, clock: () => Date) {
  return {
    /** Accounts of the actor's unit, below the actor's rank, whose sign-ins are being slowed now. */
    async list(actor: Actor): Promise<{ items: ThrottledAccount[] }> {
      if (!can(actor, 'user.read', GLOBAL_SCOPE)) throw forbidden();
      const now = clock();
      const rows = await db.loginThrottle.findMany({
        where: {
          user: usersWithin(actor),
          failures: { gte: ACCOUNT_POLICY.freeFailures },
          lastFailedAt: { gt: new Date(now.getTime() - THROTTLE_WINDOW_MS) },
        },
        include: { user: { include: orgChain } },
        orderBy: { lastFailedAt: 'desc' },
        take: 500,
      });
      const items = rows.flatMap(({ user, failures, lastFailedAt, blockedUntil }) =>
        user && outranks(actor, user.role)
          ? [
              {
                userId: user.id,
                username: user.username,
                fullName: user.fullName,
                role: user.role,
                unitName: user.school?.name ?? user.district?.name ?? user.province?.name ?? null,
                failures,
                lastFailedAt: lastFailedAt.toISOString(),
                blockedUntil: blockedUntil.toISOString(),
              },
            ]
          : [],
      );
      return { items };
    },

    /** Forgets the account's failed sign-ins: its owner is judged at once from any client. */
    async clear(actor: Actor, userId: string) {
      const user = await db.user.findUnique({ where: { id: userId }, include: orgChain });
      if (!user) throw new AppError('NOT_FOUND');
      const scope = scopeOfUser(user);
      if (!can(actor, 'user.manage', scope) || !outranks(actor, user.role)) throw forbidden();
      await db.$transaction(async (tx) => {
        const { count } = await tx.loginThrottle.deleteMany({
          where: { OR: [{ userId }, { key: accountKey(user.username) }] },
        });
        await recordAudit(tx, {
          actor,
          action: 'user.login_throttle_cleared',
          resourceType: 'user',
          resourceId: userId,
          scope,
          details: { username: user.username, cleared: count },
        });
      });
      return { ok: true as const };
    },
  };
}
