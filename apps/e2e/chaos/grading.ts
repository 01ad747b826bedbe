import { examSettingsSchema, type LabelledAnswer, questionContentSchema } from '@hoclieu/contracts';
import type { Sql } from '@hoclieu/db/sql';
import { gradePart, type ScoringUnit, scoringUnits } from '@hoclieu/domain';

/** The test's answer key as the database holds it: what the harness grades with. */
export interface AnswerKey {
  units: ScoringUnit[];
  multipleSelect: ReturnType<typeof examSettingsSchema.parse>['multipleSelect'];
  /** Per mã đề: each item's original option letters in the order printed (the version's layout). */
  layouts: Map<string, Record<string, string[]>>;
}

export async function readAnswerKey(sql: Sql, examId: string): Promise<AnswerKey> {
  const { rows } = await sql.query<{
    key: string;
    points: number;
    keyOverride: unknown;
    content: unknown;
    subjectCode: string;
    settings: unknown;
  }>(
    `SELECT ti.key, ti.points, ti."keyOverride", qv.content, t."subjectCode", t.settings
     FROM "ExamItem" ti
     JOIN "QuestionVersion" qv ON qv.id = ti."questionVersionId"
     JOIN "Exam" t ON t.id = ti."examId"
     WHERE ti."examId" = $1 ORDER BY ti.position`,
    [examId],
  );
  if (rows.length === 0) throw new Error(`exam ${examId} has no items`);
  const versions = await sql.query<{ code: string; layout: { options?: Record<string, string[]> } }>(
    `SELECT code, layout FROM "ExamVersion" WHERE "examId" = $1`,
    [examId],
  );
  if (rows.some((row) => row.keyOverride !== null))
    throw new Error('the chaos harness grades exams without key corrections');
  return {
    units: rows.flatMap((row) =>
      scoringUnits(row.key, questionContentSchema.parse(row.content), row.points, row.subjectCode),
    ),
    multipleSelect: examSettingsSchema.parse(rows[0]?.settings ?? {}).multipleSelect,
    layouts: new Map(versions.rows.map((v) => [v.code, v.layout.options ?? {}])),
  };
}

const LETTERS = 'ABCDEFGH';

/**
 * An answer by the letters printed on a mã đề, as the test's own letters (what the server stores and
 * grades), worked out from the version's layout as the server prints it (papers.ts `orderedOptions`).
 */
export function asStored(
  key: AnswerKey,
  versionCode: string,
  unitKey: string,
  answer: LabelledAnswer | null,
): LabelledAnswer | null {
  if (!answer) return null;
  const unit = key.units.find((u) => u.key === unitKey);
  const labels = unit?.content.options.map((o) => o.label as string) ?? [];
  const order = key.layouts.get(versionCode)?.[unitKey];
  const printedOrder = order?.length === labels.length ? order : labels;
  const original = (letter: string) => printedOrder[LETTERS.indexOf(letter)] ?? letter;
  const { choice, choices, ...rest } = answer;
  return {
    ...rest,
    ...(choice !== undefined && { choice: original(choice) }),
    ...(choices !== undefined && { choices: choices.map(original).sort() }),
  };
}

/** The score the 2025 rules give these answers (essays count 0 until a teacher grades them). */
export function expectedScore(
  key: AnswerKey,
  versionCode: string,
  answers: Map<string, LabelledAnswer | null>,
): number {
  const total = key.units.reduce(
    (sum, unit) =>
      sum +
      gradePart(
        unit.content,
        asStored(key, versionCode, unit.key, answers.get(unit.key) ?? null) ?? undefined,
        unit.points,
        {
          multipleSelect: key.multipleSelect,
        },
      ).score,
    0,
  );
  return Math.round(total * 100) / 100;
}
