import type { TestSettings } from '@hoclieu/contracts';
import { gradeAttempt as gradeItems, type SavedAnswer } from '@hoclieu/domain';
import { itemContent, type TestItemRow } from './repository.js';

export type { ItemResult, SavedAnswer } from '@hoclieu/domain';

/** Grades a test's stored items (keys corrected) with the domain's `gradeAttempt`. */
export function gradeAttempt(
  items: TestItemRow[],
  subjectCode: string,
  settings: TestSettings,
  answers: Map<string, SavedAnswer>,
) {
  const graded = items.map((item) => ({ key: item.key, points: item.points, content: itemContent(item) }));
  return gradeItems(graded, subjectCode, { multipleSelect: settings.multipleSelect }, answers);
}
