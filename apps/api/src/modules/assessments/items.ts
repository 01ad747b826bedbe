import type { PaperPart, QuestionContent, QuestionType } from '@hoclieu/contracts';
import { defaultPoints } from '@hoclieu/domain';

const PART_OF: Record<Exclude<QuestionType, 'group'>, PaperPart> = {
  single_choice: 'I',
  multiple_select: 'I',
  true_false_group: 'II',
  short_answer: 'III',
  essay: 'essay',
};

/** The 2025 paper part a question belongs to; a group goes where its first child goes. */
export function partOf(content: QuestionContent): PaperPart {
  if (content.type !== 'group') return PART_OF[content.type];
  const first = content.children[0];
  return first ? PART_OF[first.type] : 'essay';
}

/** An item's default points: the type's 2025 default, or the sum of its children's. */
export function itemDefaultPoints(content: QuestionContent, subjectCode: string): number {
  if (content.type !== 'group') return defaultPoints(content.type, subjectCode);
  return content.children.reduce((sum, child) => sum + defaultPoints(child.type, subjectCode), 0);
}
