import type { PaperPart, QuestionContent } from '@hoclieu/contracts';
import { defaultPoints, paperPartOfType } from '@hoclieu/domain';

/** The 2025 paper part a question belongs to; a group goes where its first child goes. */
export function partOf(content: QuestionContent): PaperPart {
  if (content.type !== 'group') return paperPartOfType[content.type];
  const first = content.children[0];
  return first ? paperPartOfType[first.type] : 'essay';
}

/** An item's default points: the type's 2025 default, or the sum of its children's. */
export function itemDefaultPoints(content: QuestionContent, subjectCode: string): number {
  if (content.type !== 'group') return defaultPoints(content.type, subjectCode);
  return content.children.reduce((sum, child) => sum + defaultPoints(child.type, subjectCode), 0);
}
