import type { QuestionContent, QuestionOption, QuestionPartContent } from '@hoclieu/contracts';
import type { GradingRules } from '../src/assessment/index.js';

/** A question part stating only what a test needs: a single choice with nothing set by default. */
export const part = (overrides: Partial<QuestionPartContent>): QuestionPartContent => ({
  type: 'single_choice',
  stem: '<p>Câu hỏi</p>',
  options: [],
  statements: [],
  answer: null,
  solution: null,
  rubric: null,
  ...overrides,
});

/** A whole question: a part without children unless given. */
export const question = (overrides: Partial<QuestionContent>): QuestionContent => ({
  ...part({}),
  children: [],
  ...overrides,
});

/** An option, with a partial credit when given. */
export const option = (label: string, correct: boolean, credit?: number): QuestionOption => ({
  label: label as 'A',
  html: `Phương án ${label}`,
  correct,
  ...(credit !== undefined && { credit }),
});

export const allOrNothing: GradingRules = { multipleSelect: 'all_or_nothing' };
export const proportional: GradingRules = { multipleSelect: 'proportional' };
