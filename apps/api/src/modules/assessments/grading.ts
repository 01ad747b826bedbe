import type { ExamSettings } from '@hoclieu/contracts';
import { gradeAttempt as gradeItems, type SavedAnswer } from '@hoclieu/domain';
import { type ExamItemRow, itemContent } from './repository.js';

export type { ItemResult, SavedAnswer } from '@hoclieu/domain';

/** Grades an exam's stored items (keys corrected) with the domain's `gradeAttempt`. */
export function gradeAttempt(
  items: ExamItemRow[],
  subjectCode: string,
  settings: ExamSettings,
  answers: Map<string, SavedAnswer>,
) {
  const graded = items.map((item) => ({ key: item.key, points: item.points, content: itemContent(item) }));
  return gradeItems(graded, subjectCode, { multipleSelect: settings.multipleSelect }, answers);
}
