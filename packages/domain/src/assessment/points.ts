import type { QuestionContent, QuestionPartContent, QuestionType } from '@hoclieu/contracts';

/** Subject code of Mathematics, whose short answers weigh double on the 2025 paper. */
const MATHEMATICS = 'toan';

/**
 * Points a question carries on an exam unless the teacher sets others, after the Ministry's 2025
 * reference papers: Phần I 0.25, Phần II 1 per Đúng/Sai question, Phần III 0.25 (0.5 in Mathematics).
 * Essays have no national default; 1 is a starting value the teacher is expected to change.
 * A group carries nothing itself: its children are scored.
 */
export function defaultPoints(type: QuestionType, subjectCode: string | null): number {
  switch (type) {
    case 'single_choice':
    case 'multiple_select':
      return 0.25;
    case 'true_false_group':
      return 1;
    case 'short_answer':
      return subjectCode === MATHEMATICS ? 0.5 : 0.25;
    case 'essay':
      return 1;
    case 'group':
      return 0;
  }
}

export interface ScoringUnit {
  /** "3", or "3.1" for the first child of group item 3. */
  key: string;
  content: QuestionPartContent;
  points: number;
}

/** What is answered and graded: the item itself, or each child of a group sharing its points. */
export function scoringUnits(
  key: string,
  content: QuestionContent,
  points: number,
  subjectCode: string,
): ScoringUnit[] {
  if (content.type !== 'group') return [{ key, content: { ...content, type: content.type }, points }];
  const defaults = content.children.map((child) => defaultPoints(child.type, subjectCode));
  const total = defaults.reduce((a, b) => a + b, 0);
  return content.children.map((child, i) => ({
    key: `${key}.${i + 1}`,
    content: child,
    points: total > 0 ? (points * (defaults[i] ?? 0)) / total : points / content.children.length,
  }));
}
