import type { Db } from '@hoclieu/db';
import { z } from 'zod';

/**
 * Failed sign-ins slow further guessing instead of locking the account (OWASP Authentication Cheat
 * Sheet): after a few failures each further attempt must wait 1 s, 2 s, 4 s … up to a cap, counted
 * per account name (known or not, so the answers cannot tell which exist) and per client address.
 * Neither holds the account's own browser (known-devices.ts) while that browser does not fail
 * itself, and the account's delay only holds addresses that have failed recently themselves: an
 * attacker hammering a student's account never stops the student signing in from their own browser
 * or another address, and a new browser behind the attacker's address (one school NAT) waits at most
 * ACCOUNT_POLICY.maxDelayMs (CLIENT_POLICY's for the address's own delay). State lives in the
 * database (LoginThrottle), shared by every API process.
 */
export interface ThrottlePolicy {
  /** Failures before the first delay. */
  freeFailures: number;
  /** The longest delay. */
  maxDelayMs: number;
}

/** Failures older than this are forgotten: the count starts again. */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, maxDelayMs: 30_000 };
/** A classroom signs in through one address and mistypes too: more failures before delays start. */
const CLIENT_POLICY: ThrottlePolicy = { freeFailures: 30, maxDelayMs: 60_000 };

/** The wait after `failures` failures in a row: none at first, then doubling from 1 s to the cap. */
function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(1000 * 2 ** Math.min(failures - policy.freeFailures, 30), policy.maxDelayMs);
}

/** The columns that tell whether an account's sign-ins are being slowed. */
export const throttleCount = { failures: true, lastFailedAt: true } as const;
export type ThrottleCount = { failures: number; lastFailedAt: Date };

/** Whether an account's recent failures (its LoginThrottle rows) slow its sign-ins now. */
export function slowed(rows: ThrottleCount[], now: Date): boolean {
  const windowStart = now.getTime() - THROTTLE_WINDOW_MS;
  return rows.some(
    (row) => row.failures >= ACCOUNT_POLICY.freeFailures && row.lastFailedAt.getTime() > windowStart,
  );
}

export const accountKey = (username: string) => `account:${username}`;
const clientKey = (address: string) => `client:${address}`;
const deviceKey = (device: string) => `device:${device}`;

const failuresRow = z.object({ failures: z.number().int() });

export function createLoginThrottle(db: Db, clock: () => Date) {
  async function fail(key: string, userId: string | null, policy: ThrottlePolicy, now: Date) {
    const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    // One atomic statement: parallel failures from many processes all count.
    const rows = await db.$queryRaw`
      INSERT INTO "LoginThrottle" ("key", "userId", "failures", "lastFailedAt", "blockedUntil")
      VALUES (${key}, ${userId}::uuid, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."lastFailedAt" > ${windowStart}
                          THEN "LoginThrottle"."failures" + 1 ELSE 1 END,
        "lastFailedAt" = EXCLUDED."lastFailedAt",
        "userId" = EXCLUDED."userId"
      RETURNING "failures"`;
    const { failures } = failuresRow.parse(z.array(z.unknown()).parse(rows)[0]);
    const delay = delayAfter(failures, policy);
    if (delay > 0)
      await db.loginThrottle.update({
        where: { key },
        data: { blockedUntil: new Date(now.getTime() + delay) },
      });
  }

  return {
    /**
     * How long this attempt must wait (0: judge it now), the same for a known and an unknown name.
     * A browser the account signed in on before (`device`, known-devices.ts) is never held, unless
     * that device itself has failed ACCOUNT_POLICY.freeFailures times: then it is judged as any other.
     */
    async waitMs(username: string, address: string, device: string | null): Promise<number> {
      const now = clock().getTime();
      const keys = [accountKey(username), clientKey(address), ...(device ? [deviceKey(device)] : [])];
      const rows = await db.loginThrottle.findMany({
        where: { key: { in: keys }, lastFailedAt: { gt: new Date(now - THROTTLE_WINDOW_MS) } },
      });
      const deviceRow = device ? rows.find((row) => row.key === deviceKey(device)) : undefined;
      if (device && (deviceRow?.failures ?? 0) < ACCOUNT_POLICY.freeFailures) return 0;
      const client = rows.find((row) => row.key === clientKey(address));
      // A client without a recent failure of its own is never held, whatever others did to the account.
      if (!client) return 0;
      const account = rows.find((row) => row.key === accountKey(username));
      const until = Math.max(client.blockedUntil.getTime(), account?.blockedUntil.getTime() ?? 0);
      return Math.max(0, until - now);
    },

    /** Counts a wrong password (or unknown name) against the account name, the client and its device. */
    async recordFailure(username: string, address: string, userId: string | null, device: string | null) {
      const now = clock();
      await fail(accountKey(username), userId, ACCOUNT_POLICY, now);
      await fail(clientKey(address), null, CLIENT_POLICY, now);
      if (device) await fail(deviceKey(device), null, ACCOUNT_POLICY, now);
      // Forgotten failures go with the writes that make new ones: the table stays small.
      await db.loginThrottle.deleteMany({
        where: { lastFailedAt: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) } },
      });
    },

    /** The owner signed in: the account's count starts again (the client's does not). */
    async recordSuccess(username: string) {
      await db.loginThrottle.deleteMany({ where: { key: accountKey(username) } });
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
