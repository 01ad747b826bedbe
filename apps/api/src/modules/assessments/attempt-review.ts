import type { AttemptResult, PaperQuestion, StudentAnswerInput } from '@hoclieu/contracts';
import { scoringUnits } from '@hoclieu/domain';
import type { ItemResult, SavedAnswer } from './grading.js';
import { itemContent, type TestItemRow } from './load.js';

/** An attempt's stored answers by key, with any hand-given (essay) score. */
export function answersOf(attempt: {
  answers: { key: string; answer: unknown; manualScore: number | null }[];
}): Map<string, SavedAnswer> {
  return new Map(
    attempt.answers.map((row) => [
      row.key,
      { answer: row.answer as StudentAnswerInput | null, manualScore: row.manualScore },
    ]),
  );
}

/**
 * One entry per graded unit in the student's paper order: a question, or each question of a
 * group with the group's shared text before its own.
 */
export function reviewOf(
  test: { items: TestItemRow[]; subjectCode: string },
  paper: PaperQuestion[],
  results: Record<string, ItemResult>,
  answers: Map<string, SavedAnswer>,
): NonNullable<AttemptResult['review']> {
  const byKey = new Map(test.items.map((i) => [i.key, i]));
  return paper.flatMap((q) => {
    const item = byKey.get(q.key);
    if (!item) return [];
    const content = itemContent(item);
    return scoringUnits(item.key, content, item.points, test.subjectCode).map((unit) => ({
      key: unit.key,
      number: content.type === 'group' ? `${q.number}.${unit.key.split('.')[1]}` : String(q.number),
      content:
        content.type === 'group'
          ? { ...unit.content, stem: `${content.stem}${unit.content.stem}`, children: [] }
          : content,
      answer: answers.get(unit.key)?.answer ?? null,
      result: {
        key: unit.key,
        ...(results[unit.key] ?? { score: 0, max: unit.points, status: 'blank' as const }),
      },
    }));
  });
}
