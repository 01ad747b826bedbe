import type { Sql } from '@hoclieu/db';

/**
 * The statements of the quiz's hot paths, on the plain pg pool: a district starting at once and
 * every student saving each answer. Times travel as instants (`timestamptz`).
 */

/** Enrolled in a class the test is assigned to, the open attempt if any, and attempts used. */
const START_FACTS_SQL = `SELECT
  EXISTS (SELECT FROM "Enrollment" e JOIN "AssignmentClass" ac ON ac."classId" = e."classId"
          WHERE e."studentId" = $1 AND ac."assignmentId" = $2) AS enrolled,
  (SELECT id FROM "Attempt" WHERE "assignmentId" = $2 AND "studentId" = $1 AND status = 'open' LIMIT 1) AS "openId",
  (SELECT count(*)::int FROM "Attempt" WHERE "assignmentId" = $2 AND "studentId" = $1) AS used`;

export async function startFacts(sql: Sql, studentId: string, assignmentId: string) {
  const { rows } = await sql.query<{ enrolled: boolean; openId: string | null; used: number }>({
    name: 'attempt-start-facts',
    text: START_FACTS_SQL,
    values: [studentId, assignmentId],
  });
  return rows[0] ?? { enrolled: false, openId: null, used: 0 };
}

/** One insert is all a start costs; two taps racing meet the unique key (null: the other won). */
export async function insertAttempt(
  sql: Sql,
  a: {
    id: string;
    assignmentId: string;
    studentId: string;
    number: number;
    versionId: string;
    startedAt: Date;
    deadlineAt: Date;
    maxScore: number;
  },
): Promise<boolean> {
  const { rowCount } = await sql.query({
    name: 'attempt-insert',
    text: `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "versionId", "startedAt", "deadlineAt", "maxScore")
     VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz, $8)
     ON CONFLICT ("assignmentId", "studentId", number) DO NOTHING`,
    values: [a.id, a.assignmentId, a.studentId, a.number, a.versionId, a.startedAt, a.deadlineAt, a.maxScore],
  });
  return rowCount === 1;
}

/** Who owns an attempt and which paper version it answers: never change, so callers cache them. */
export async function attemptOwner(sql: Sql, attemptId: string) {
  const { rows } = await sql.query<{ studentId: string; versionId: string }>({
    name: 'attempt-owner',
    text: `SELECT "studentId", "versionId" FROM "Attempt" WHERE id = $1`,
    values: [attemptId],
  });
  return rows[0] ?? null;
}

/**
 * One statement saves a batch: the guarded update locks the open attempt row (so a save lands
 * before the submit's grading or not at all) and per item only a higher seq replaces the stored
 * answer. No row back: the attempt is closed (or past its deadline and grace).
 */
const SAVE_SQL = `WITH open AS (
  UPDATE "Attempt" SET "lastSeq" = GREATEST("lastSeq", $2)
  WHERE id = $1 AND status = 'open' AND "deadlineAt" >= $3::timestamptz
  RETURNING "lastSeq"
), saved AS (
  INSERT INTO "AttemptAnswer" ("attemptId", key, answer, seq, "savedAt")
  SELECT $1, t.k, t.a::jsonb, $2, $4::timestamptz
  FROM unnest($5::text[], $6::text[]) AS t(k, a)
  WHERE EXISTS (SELECT FROM open)
  ON CONFLICT ("attemptId", key) DO UPDATE
    SET answer = EXCLUDED.answer, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
    WHERE "AttemptAnswer".seq < EXCLUDED.seq
)
SELECT "lastSeq" FROM open`;

export async function saveAnswers(
  sql: Sql,
  save: { attemptId: string; seq: number; notBefore: Date; now: Date; keys: string[]; values: string[] },
): Promise<number | null> {
  const { rows } = await sql.query<{ lastSeq: number }>({
    name: 'attempt-save',
    text: SAVE_SQL,
    values: [save.attemptId, save.seq, save.notBefore, save.now, save.keys, save.values],
  });
  return rows[0]?.lastSeq ?? null;
}
