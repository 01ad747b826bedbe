import type { Sql } from '@hoclieu/db';

/**
 * The statements of the quiz's hot paths, on the plain pg pool: a district starting at once and
 * every student saving each answer. Prisma's DateTime columns are `timestamp` holding UTC, so
 * times travel as UTC text and come back converted with AT TIME ZONE.
 */
const utc = (date: Date) => date.toISOString().slice(0, -1);

/** Enrolled in one of the classes, the open attempt if any, and how many attempts were used. */
const START_FACTS_SQL = `SELECT
  EXISTS (SELECT FROM "Enrollment" WHERE "studentId" = $1 AND "classId" = ANY($2::uuid[])) AS enrolled,
  (SELECT id FROM "Attempt" WHERE "assignmentId" = $3 AND "studentId" = $1 AND status = 'open' LIMIT 1) AS "openId",
  (SELECT count(*)::int FROM "Attempt" WHERE "assignmentId" = $3 AND "studentId" = $1) AS used`;

export async function startFacts(sql: Sql, studentId: string, classIds: string[], assignmentId: string) {
  const { rows } = await sql.query<{ enrolled: boolean; openId: string | null; used: number }>(
    START_FACTS_SQL,
    [studentId, classIds, assignmentId],
  );
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
  const { rowCount } = await sql.query(
    `INSERT INTO "Attempt" (id, "assignmentId", "studentId", number, "versionId", "startedAt", "deadlineAt", "maxScore")
     VALUES ($1, $2, $3, $4, $5, $6::timestamp, $7::timestamp, $8)
     ON CONFLICT ("assignmentId", "studentId", number) DO NOTHING`,
    [
      a.id,
      a.assignmentId,
      a.studentId,
      a.number,
      a.versionId,
      utc(a.startedAt),
      utc(a.deadlineAt),
      a.maxScore,
    ],
  );
  return rowCount === 1;
}

/** Who owns an attempt and which paper version it answers: never change, so callers cache them. */
export async function attemptOwner(sql: Sql, attemptId: string) {
  const { rows } = await sql.query<{ studentId: string; versionId: string }>(
    `SELECT "studentId", "versionId" FROM "Attempt" WHERE id = $1`,
    [attemptId],
  );
  return rows[0] ?? null;
}

/**
 * One statement saves a batch: the guarded update locks the open attempt row (so a save lands
 * before the submit's grading or not at all) and per item only a higher seq replaces the stored
 * answer. No row back: the attempt is closed (or past its deadline and grace).
 */
const SAVE_SQL = `WITH open AS (
  UPDATE "Attempt" SET "lastSeq" = GREATEST("lastSeq", $2)
  WHERE id = $1 AND status = 'open' AND "deadlineAt" >= $3::timestamp
  RETURNING "lastSeq"
), saved AS (
  INSERT INTO "AttemptAnswer" ("attemptId", key, answer, seq, "savedAt")
  SELECT $1, t.k, t.a::jsonb, $2, $4::timestamp
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
  const { rows } = await sql.query<{ lastSeq: number }>(SAVE_SQL, [
    save.attemptId,
    save.seq,
    utc(save.notBefore),
    utc(save.now),
    save.keys,
    save.values,
  ]);
  return rows[0]?.lastSeq ?? null;
}
