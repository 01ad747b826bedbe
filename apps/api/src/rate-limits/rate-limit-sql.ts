import { execute, type Queryable, queryRow } from '@hoclieu/db/sql';
import { z } from 'zod';

/**
 * Counts one request against `key` in the current window (started by the key's first request, `$2`
 * milliseconds long), in one atomic statement: every API process counts in the same row. Instants
 * are the database's, one clock for all processes.
 */
const HIT_SQL = `INSERT INTO "RateLimitHit" (key, count, "resetAt")
VALUES ($1, 1, now() + $2::int * interval '1 millisecond')
ON CONFLICT (key) DO UPDATE SET
  count = CASE WHEN "RateLimitHit"."resetAt" <= now() THEN 1 ELSE "RateLimitHit".count + 1 END,
  "resetAt" = CASE WHEN "RateLimitHit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitHit"."resetAt" END
RETURNING count AS current, GREATEST(0, ceil(extract(epoch FROM "resetAt" - now()) * 1000))::int AS ttl`;

const Hit = z.object({ current: z.number().int(), ttl: z.number().int() });

export function countHit(sql: Queryable, key: string, windowMs: number) {
  return queryRow(sql, { name: 'rate-limit-hit', text: HIT_SQL }, [key, windowMs], Hit);
}

/** Forgets windows that ended a while ago: the table holds only recent clients. */
export function forgetEndedWindows(sql: Queryable) {
  return execute(sql, `DELETE FROM "RateLimitHit" WHERE "resetAt" < now() - interval '10 minutes'`);
}
