import type { QuestionContent, QuestionPartContent } from '@hoclieu/contracts';

/** A teacher's correction of one part's key after the exam was given. */
export interface KeyFix {
  options?: string[];
  statements?: Record<string, boolean>;
  accepted?: string[];
}

/** A corrected key over an item: the item's own fix and, for a group, its children's by number ("1"…). */
export type KeyOverride = KeyFix & { children?: Record<string, KeyFix> };

/**
 * A corrected key over one part: options, statements or accepted answers, whichever it names.
 * A corrected key grades as written: the part's option credits (or its credited short answers),
 * set for the old key, are dropped with it, so a 50 % distractor cannot outscore the new key.
 */
function applyFix<T extends QuestionPartContent | QuestionContent>(part: T, fix: KeyFix | undefined): T {
  if (!fix) return part;
  return {
    ...part,
    options: fix.options
      ? part.options.map(({ credit: _credit, ...o }) => ({
          ...o,
          correct: fix.options?.includes(o.label) ?? false,
        }))
      : part.options,
    statements: fix.statements
      ? part.statements.map((st) => ({ ...st, correct: fix.statements?.[st.label] ?? st.correct }))
      : part.statements,
    answer:
      fix.accepted && part.answer
        ? { accepted: fix.accepted, tolerance: part.answer.tolerance }
        : part.answer,
  };
}

/** Corrected keys applied over a question's content: what grading and the key documents use. */
export function correctedContent(content: QuestionContent, fix: KeyOverride | null): QuestionContent {
  if (!fix) return content;
  return {
    ...applyFix(content, fix),
    children: content.children.map((child, i) => applyFix(child, fix.children?.[String(i + 1)])),
  };
}
