import type { ExamDetail, keyCorrectionSchema, QuestionPartContent } from '@hoclieu/contracts';
import type { z } from 'zod';

type ExamItem = ExamDetail['items'][number];
type StatementLabel = 'a' | 'b' | 'c' | 'd';
const statementLabels: StatementLabel[] = ['a', 'b', 'c', 'd'];

/** One question whose key can be corrected: an item, or a child of a group ("3.2"). Essays have none. */
export interface CorrectionTarget {
  key: string;
  part: QuestionPartContent;
}

export function correctionTargets(item: ExamItem): CorrectionTarget[] {
  const { content } = item;
  if (content.type === 'group') {
    return content.children.flatMap((child, index) =>
      child.type === 'essay' ? [] : [{ key: `${item.key}.${index + 1}`, part: child }],
    );
  }
  if (content.type === 'essay') return [];
  return [{ key: item.key, part: { ...content, type: content.type } }];
}

/** The key being edited: every format's field, only the one of the question's type is sent. */
export interface KeyDraft {
  options: string[];
  statements: Record<StatementLabel, boolean>;
  accepted: string[];
}

export function currentKey(part: QuestionPartContent): KeyDraft {
  const statements = Object.fromEntries(
    statementLabels.map((label) => [label, part.statements.find((s) => s.label === label)?.correct ?? false]),
  ) as Record<StatementLabel, boolean>;
  return {
    options: part.options.filter((option) => option.correct).map((option) => option.label),
    statements,
    accepted: part.answer?.accepted ?? [],
  };
}

export function keyIsComplete(part: QuestionPartContent, key: KeyDraft): boolean {
  switch (part.type) {
    case 'single_choice':
      return key.options.length === 1;
    case 'multiple_select':
      return key.options.length > 0;
    case 'short_answer':
      return key.accepted.length > 0;
    default:
      return true;
  }
}

export function correctionBody(
  part: QuestionPartContent,
  key: KeyDraft,
  reason: string,
): z.input<typeof keyCorrectionSchema> {
  switch (part.type) {
    case 'single_choice':
    case 'multiple_select':
      return { options: key.options, reason };
    case 'true_false_group':
      return { statements: key.statements, reason };
    default:
      return { accepted: key.accepted, reason };
  }
}
