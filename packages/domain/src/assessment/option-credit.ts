import type { QuestionOption } from '@hoclieu/contracts';

/** Sums of fractions such as 3 × 0.3333333 count as whole, as Moodle counts them. */
const SHARE_SLACK = 1e-6;

/** Held in [0, 1]: a question never earns less than nothing nor more than its points. */
export function clampShare(share: number): number {
  if (share >= 1 - SHARE_SLACK) return 1;
  if (share <= SHARE_SLACK) return 0;
  return share;
}

/** An option's share of the points: its credit, or 1 when correct and 0 otherwise. */
export const optionCredit = (option: Pick<QuestionOption, 'correct' | 'credit'>): number =>
  option.credit ?? (option.correct ? 1 : 0);

/** Whether any option carries its own credit (then credits, not the test's rule, grade it). */
export const hasOptionCredits = (options: readonly Pick<QuestionOption, 'credit'>[]): boolean =>
  options.some((o) => o.credit !== undefined);

/** Single choice: the chosen option's credit; an unknown label earns nothing. */
export function singleChoiceShare(options: readonly QuestionOption[], choice: string): number {
  const option = options.find((o) => o.label === choice);
  return option ? clampShare(optionCredit(option)) : 0;
}

/**
 * Multiple select with credits: the chosen options' credits summed (negative credits punish
 * wrong picks), held in [0, 1]. Each label counts once.
 */
export function creditedPicksShare(options: readonly QuestionOption[], picks: readonly string[]): number {
  const chosen = new Set(picks);
  const sum = options.filter((o) => chosen.has(o.label)).reduce((total, o) => total + optionCredit(o), 0);
  return clampShare(sum);
}
