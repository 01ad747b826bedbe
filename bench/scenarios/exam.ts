import type { BenchContext } from '../lib/scenario.js';

/** Students of the classes the district exam is assigned to, the first `count` of them. */
export async function examStudents(ctx: BenchContext, count: number): Promise<string[]> {
  const { rows } = await ctx.pool.query<{ id: string }>(
    `SELECT e."studentId" AS id FROM "AssignmentClass" ac JOIN "Enrollment" e ON e."classId" = ac."classId"
     WHERE ac."assignmentId" = $1 ORDER BY e."studentId" LIMIT $2`,
    [ctx.facts.exam.assignmentId, count],
  );
  if (rows.length < count) ctx.log(`only ${rows.length} students sit the exam at this scale`);
  return rows.map((r) => r.id);
}

/** Removes the exam's attempts (and their answers), so every run starts from no attempt at all. */
export async function resetExam(ctx: BenchContext): Promise<void> {
  await ctx.pool.query(`DELETE FROM "Attempt" WHERE "assignmentId" = $1`, [ctx.facts.exam.assignmentId]);
  await ctx.pool.query('VACUUM ANALYZE "Attempt"');
  await ctx.pool.query('VACUUM ANALYZE "AttemptAnswer"');
}
