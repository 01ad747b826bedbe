import { execute, type Queryable, queryOptionalRow } from '@hoclieu/db/sql';
import { z } from 'zod';
import { saveLimitReached } from './save-limit.js';

/**
 * Exam supervision's statements on the plain pool, beside the save's (attempt-sql.ts). The device
 * rule, in SQL so every API process applies it to the row as it is now: a request from device `d`
 * may use an open attempt unless its assignment is "one device", the attempt already has another
 * device and the teacher has not unlocked it (a request without a device never takes one over).
 */
export const DEVICE_ALLOWED = `(NOT cur."oneDevice" OR cur.device IS NULL
  OR cur.device IS NOT DISTINCT FROM $D::text OR (cur.unlocked AND $D::text IS NOT NULL))`;

/** The attempt row locked, with what the device rule reads. `$1` is the attempt. */
export const CURRENT_DEVICE = `cur AS (
  SELECT a.id, a.status, a."startedAt", a."deviceId" AS device, a."deviceUnlocked" AS unlocked, s."oneDevice"
  FROM "Attempt" a JOIN "Assignment" s ON s.id = a."assignmentId"
  WHERE a.id = $1 FOR UPDATE OF a
)`;

/** The device columns after a request from `$D` passed the rule: it is the attempt's device now. */
export const TAKE_DEVICE = `"deviceId" = COALESCE($D::text, cur.device),
  "deviceUnlocked" = cur.unlocked AND $D::text IS NULL`;

/**
 * Records "continued on another device" when the row passed in `from` (with the previous device as
 * `previous`) was taken over by `$D`; `$T` is the instant.
 */
export const DEVICE_CHANGED = (
  from: string,
) => `INSERT INTO "AttemptEvent" (id, "attemptId", kind, at, "deviceId")
  SELECT gen_random_uuid(), $1, 'device_changed', $T::timestamptz, $D::text FROM ${from}
  WHERE ${from}.previous IS NOT NULL AND $D::text IS NOT NULL AND ${from}.previous <> $D::text`;

/** Replaces `$D` and `$T` by the positional parameters given. */
export const bind = (text: string, device: number, at: number) =>
  text.replaceAll('$D', `$${device}`).replaceAll('$T', `$${at}`);

/**
 * A read or submit from device `$2` at `$3`: takes the attempt over when the rule lets it and the
 * device differs (or the teacher unlocked), writing nothing when nothing changes.
 */
const CLAIM_SQL = bind(
  `WITH ${CURRENT_DEVICE}, claimed AS (
  UPDATE "Attempt" t SET ${TAKE_DEVICE}
  FROM cur
  WHERE t.id = cur.id AND cur.status = 'open' AND ${DEVICE_ALLOWED}
    AND (cur.device IS DISTINCT FROM COALESCE($D::text, cur.device) OR (cur.unlocked AND $D::text IS NOT NULL))
  RETURNING cur.device AS previous
), moved AS (${DEVICE_CHANGED('claimed')})
SELECT cur.status = 'open' AND NOT ${DEVICE_ALLOWED} AS blocked FROM cur`,
  2,
  3,
);

/** False when "one device" refuses the device (the attempt is open on another one). */
const Claim = z.object({ blocked: z.boolean() });

export async function claimDevice(
  sql: Queryable,
  attemptId: string,
  device: string | null,
  now: Date,
): Promise<boolean> {
  const claim = await queryOptionalRow(
    sql,
    { name: 'attempt-claim-device', text: CLAIM_SQL },
    [attemptId, device, now],
    Claim,
  );
  return !claim?.blocked;
}

/**
 * Why a save was refused: the attempt is not open, or it is and its save limit was reached, or
 * else the device rule refused it.
 */
const Refusal = z.object({ open: z.boolean(), limited: z.boolean(), retryAfter: z.number().nullable() });

export async function refusalOf(
  sql: Queryable,
  attemptId: string,
  notBefore: Date,
  now: Date,
): Promise<'device' | 'closed' | { limitedForSeconds: number }> {
  const refusal = await queryOptionalRow(
    sql,
    {
      name: 'attempt-refusal',
      text: `SELECT status = 'open' AND "deadlineAt" >= $2::timestamptz AS open,
  ${saveLimitReached('a', '$3::timestamptz')} AS limited,
  ceil(extract(epoch FROM a."saveWindowAt" + interval '1 minute' - $3::timestamptz))::int AS "retryAfter"
FROM "Attempt" a WHERE id = $1`,
    },
    [attemptId, notBefore, now],
    Refusal,
  );
  if (!refusal?.open) return 'closed';
  return refusal.limited ? { limitedForSeconds: Math.max(1, refusal.retryAfter ?? 60) } : 'device';
}

/**
 * A refused device, recorded once per device until the attempt is unlocked or taken over, so a
 * student retrying does not fill the timeline.
 */
export async function recordBlocked(sql: Queryable, attemptId: string, device: string | null, now: Date) {
  await execute(
    sql,
    {
      name: 'attempt-device-blocked',
      text: `INSERT INTO "AttemptEvent" (id, "attemptId", kind, at, "deviceId")
  SELECT gen_random_uuid(), $1, 'device_blocked', $3::timestamptz, $2::text
  WHERE NOT EXISTS (
    SELECT FROM "AttemptEvent" b WHERE b."attemptId" = $1 AND b.kind = 'device_blocked'
      AND b."deviceId" IS NOT DISTINCT FROM $2::text
      AND b.at >= COALESCE((SELECT max(at) FROM "AttemptEvent"
        WHERE "attemptId" = $1 AND kind IN ('device_unlocked', 'device_changed')), '-infinity'))`,
    },
    [attemptId, device, now],
  );
}
