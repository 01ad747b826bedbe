import { execute, type Queryable, queryOptionalRow, queryRow } from '@hoclieu/db/sql';
import { z } from 'zod';
import { bind, CURRENT_DEVICE, DEVICE_ALLOWED, DEVICE_CHANGED, TAKE_DEVICE } from './attempt-events-sql.js';
import { saveLimitReached, saveWindowEnded } from './save-limit.js';

/** Page events kept per attempt at most: a script cannot fill the table through one attempt. */
const MAX_EVENTS_PER_ATTEMPT = 2000;

/**
 * The statements of the quiz's hot paths, on the plain pg pool: a district starting at once and
 * every student saving each answer. Times travel as instants (`timestamptz`).
 */

/** Enrolled in a class the exam is assigned to, the open attempt if any, and attempts used. */
const START_FACTS_SQL = `SELECT
  EXISTS (SELECT FROM "Enrollment" e JOIN "AssignmentClass" ac ON ac."classId" = e."classId"
          WHERE e."studentId" = $1 AND ac."assignmentId" = $2) AS enrolled,
  (SELECT id FROM "Attempt" WHERE "assignmentId" = $2 AND "studentId" = $1 AND status = 'open' LIMIT 1) AS "openId",
  (SELECT count(*)::int FROM "Attempt" WHERE "assignmentId" = $2 AND "studentId" = $1) AS used`;

const StartFacts = z.object({ enrolled: z.boolean(), openId: z.string().nullable(), used: z.number() });

export function startFacts(sql: Queryable, studentId: string, assignmentId: string) {
  return queryRow(
    sql,
    { name: 'attempt-start-facts', text: START_FACTS_SQL },
    [studentId, assignmentId],
    StartFacts,
  );
}

/** One insert is all a start costs; two taps racing meet the unique key (null: the other won). */
export async function insertAttempt(
  sql: Queryable,
  a: {
    id: string;
    assignmentId: string;
    studentId: string;
    number: number;
    versionId: string;
    startedAt: Date;
    deadlineAt: Date;
    maxScore: number;
    /** The device it is started on (exam supervision). */
    deviceId?: string | null;
  },
): Promise<boolean> {
  const inserted = await execute(
    sql,
    {
      name: 'attempt-insert',
      text: `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "versionId", "startedAt", "deadlineAt", "maxScore", "deviceId")
     VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz, $8, $9)
     ON CONFLICT ("assignmentId", "studentId", number) DO NOTHING`,
    },
    [
      a.id,
      a.assignmentId,
      a.studentId,
      a.number,
      a.versionId,
      a.startedAt,
      a.deadlineAt,
      a.maxScore,
      a.deviceId ?? null,
    ],
  );
  return inserted === 1;
}

/** Who owns an attempt and which paper version it answers: never change, so callers cache them. */
const AttemptOwner = z.object({ studentId: z.string(), versionId: z.string() });

export function attemptOwner(sql: Queryable, attemptId: string) {
  return queryOptionalRow(
    sql,
    { name: 'attempt-owner', text: `SELECT "studentId", "versionId" FROM "Attempt" WHERE id = $1` },
    [attemptId],
    AttemptOwner,
  );
}

/**
 * One statement saves a batch: the attempt row is locked (so a save lands before the submit's
 * grading or not at all), the device rule of exam supervision applied (attempt-events-sql.ts), and
 * per item only a higher seq replaces the stored answer, and the save counted against the attempt's
 * limit (save-limit.ts). No row back: the attempt is closed (or past its deadline and grace), the
 * device is refused or the limit reached (refusalOf tells which). Page events, when the save carries any,
 * go in the same statement: new ones inserted (at most `MAX_EVENTS_PER_ATTEMPT`), an absence still
 * open completed, replays ignored.
 */
const saveSql = (withEvents: boolean) =>
  bind(
    `WITH ${CURRENT_DEVICE}, open AS (
  UPDATE "Attempt" t SET "lastSeq" = GREATEST(t."lastSeq", $2), ${TAKE_DEVICE},
    "saveWindowAt" = CASE WHEN ${saveWindowEnded('t', '$4::timestamptz')} THEN $4::timestamptz ELSE t."saveWindowAt" END,
    "saveCount" = CASE WHEN ${saveWindowEnded('t', '$4::timestamptz')} THEN 1 ELSE t."saveCount" + 1 END
  FROM cur
  WHERE t.id = cur.id AND t.status = 'open' AND t."deadlineAt" >= $3::timestamptz AND ${DEVICE_ALLOWED}
    AND NOT ${saveLimitReached('t', '$4::timestamptz')}
  RETURNING t."lastSeq", cur.device AS previous, cur."startedAt"
), saved AS (
  INSERT INTO "AttemptAnswer" ("attemptId", key, answer, seq, "savedAt")
  SELECT $1, t.k, t.a::jsonb, $2, $4::timestamptz
  FROM unnest($5::text[], $6::text[]) AS t(k, a)
  WHERE EXISTS (SELECT FROM open)
  ON CONFLICT ("attemptId", key) DO UPDATE
    SET answer = EXCLUDED.answer, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
    WHERE "AttemptAnswer".seq < EXCLUDED.seq
), moved AS (${DEVICE_CHANGED('open')})${
      withEvents
        ? `, page AS (
  INSERT INTO "AttemptEvent" (id, "attemptId", kind, at, "durationMs", "deviceId", "clientId")
  SELECT gen_random_uuid(), $1, e.kind::"AttemptEventKind", GREATEST(e.at, open."startedAt"), e.ms, $7::text, e.id
  FROM unnest($8::text[], $9::text[], $10::timestamptz[], $11::int[]) AS e(id, kind, at, ms), open
  WHERE (SELECT count(*) FROM "AttemptEvent" WHERE "attemptId" = $1) < ${MAX_EVENTS_PER_ATTEMPT}
  ON CONFLICT ("attemptId", "clientId") DO UPDATE
    SET "durationMs" = EXCLUDED."durationMs", kind = EXCLUDED.kind
    WHERE "AttemptEvent"."durationMs" IS NULL AND EXCLUDED."durationMs" IS NOT NULL
)`
        : ''
    }
SELECT "lastSeq" FROM open`,
    7,
    4,
  );
const SAVE_SQL = saveSql(false);
const SAVE_WITH_EVENTS_SQL = saveSql(true);

/** A page event ready for the statement: bounded and deduplicated by the caller (supervision.ts). */
export interface StoredPageEvent {
  id: string;
  kind: 'hidden' | 'blur';
  at: Date;
  durationMs: number | null;
}

const Saved = z.object({ lastSeq: z.number() });

export async function saveAnswers(
  sql: Queryable,
  save: {
    attemptId: string;
    seq: number;
    notBefore: Date;
    now: Date;
    keys: string[];
    values: string[];
    /** The browser's device id (null: a client that sends none). */
    device?: string | null;
    events?: StoredPageEvent[];
  },
): Promise<number | null> {
  const events = save.events ?? [];
  const values: unknown[] = [
    save.attemptId,
    save.seq,
    save.notBefore,
    save.now,
    save.keys,
    save.values,
    save.device ?? null,
  ];
  if (events.length > 0)
    values.push(
      events.map((e) => e.id),
      events.map((e) => e.kind),
      events.map((e) => e.at),
      events.map((e) => e.durationMs),
    );
  const saved = await queryOptionalRow(
    sql,
    events.length > 0
      ? { name: 'attempt-save-events', text: SAVE_WITH_EVENTS_SQL }
      : { name: 'attempt-save', text: SAVE_SQL },
    values,
    Saved,
  );
  return saved?.lastSeq ?? null;
}
