import { createSql } from '@hoclieu/db/sql';

export { DEMO_PASSWORD as STUDENT_PASSWORD } from '@hoclieu/db/seed';

export interface ExamSetup {
  assignmentId: string;
  examId: string;
  usernames: string[];
}

/**
 * The demo test (assigned to 6A of the showcase school) taken by `count` extra students enrolled in
 * that class. The demo has four students a class, so the rest are written straight into the
 * database, sharing the demo student's password hash (hashing 500 passwords would take minutes).
 */
export async function seedExam(databaseUrl: string, count: number): Promise<ExamSetup> {
  const sql = createSql({ connectionString: databaseUrl, maxConnections: 1 });
  try {
    const { rows } = await sql.query<{
      assignmentId: string;
      examId: string;
      classId: string;
      schoolId: string;
      passwordHash: string;
    }>(
      `SELECT a.id AS "assignmentId", a."examId", ac."classId", u."schoolId", u."passwordHash"
       FROM "User" u
       JOIN "Enrollment" e ON e."studentId" = u.id
       JOIN "AssignmentClass" ac ON ac."classId" = e."classId"
       JOIN "Assignment" a ON a.id = ac."assignmentId"
       WHERE u.username = 'hocsinh'
       ORDER BY a."createdAt" LIMIT 1`,
    );
    const demo = rows[0];
    if (!demo) throw new Error('The demo exam assigned to the demo student is missing (SEED_DEMO).');
    const usernames = Array.from({ length: count }, (_, i) => `chaos.hs.${i + 1}`);
    await sql.query(
      `WITH created AS (
         INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "schoolId", "updatedAt")
         SELECT gen_random_uuid(), u, $2, 'Học sinh ' || u, 'student', $3, now()
         FROM unnest($1::text[]) AS u
         ON CONFLICT (username) DO NOTHING
         RETURNING id)
       INSERT INTO "Enrollment" ("studentId", "classId") SELECT id, $4 FROM created`,
      [usernames, demo.passwordHash, demo.schoolId, demo.classId],
    );
    return { assignmentId: demo.assignmentId, examId: demo.examId, usernames };
  } finally {
    await sql.end();
  }
}
