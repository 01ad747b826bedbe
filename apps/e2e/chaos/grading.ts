import { questionContentSchema, type StudentAnswerInput, testSettingsSchema } from '@hoclieu/contracts';
import type { Sql } from '@hoclieu/db';
import { gradePart, type ScoringUnit, scoringUnits } from '@hoclieu/domain';

/** The test's answer key as the database holds it: what the harness grades with. */
export interface AnswerKey {
  units: ScoringUnit[];
  multipleSelect: ReturnType<typeof testSettingsSchema.parse>['multipleSelect'];
}

export async function readAnswerKey(sql: Sql, testId: string): Promise<AnswerKey> {
  const { rows } = await sql.query<{
    key: string;
    points: number;
    keyOverride: unknown;
    content: unknown;
    subjectCode: string;
    settings: unknown;
  }>(
    `SELECT ti.key, ti.points, ti."keyOverride", qv.content, t."subjectCode", t.settings
     FROM "TestItem" ti
     JOIN "QuestionVersion" qv ON qv.id = ti."questionVersionId"
     JOIN "Test" t ON t.id = ti."testId"
     WHERE ti."testId" = $1 ORDER BY ti.position`,
    [testId],
  );
  if (rows.length === 0) throw new Error(`test ${testId} has no items`);
  if (rows.some((row) => row.keyOverride !== null))
    throw new Error('the chaos harness grades tests without key corrections');
  return {
    units: rows.flatMap((row) =>
      scoringUnits(row.key, questionContentSchema.parse(row.content), row.points, row.subjectCode),
    ),
    multipleSelect: testSettingsSchema.parse(rows[0]?.settings ?? {}).multipleSelect,
  };
}

/** The score the 2025 rules give these answers (essays count 0 until a teacher grades them). */
export function expectedScore(key: AnswerKey, answers: Map<string, StudentAnswerInput | null>): number {
  const total = key.units.reduce(
    (sum, unit) =>
      sum +
      gradePart(unit.content, answers.get(unit.key) ?? undefined, unit.points, {
        multipleSelect: key.multipleSelect,
      }).score,
    0,
  );
  return Math.round(total * 100) / 100;
}
