import type { QuestionOption, ShortAnswer } from '@hoclieu/contracts';

/**
 * Moodle's refusals for credited questions, as codes of `checkQuestionContent`. Questions none of
 * whose options carries a credit are not checked here: `correct` alone grades them.
 */
export type CreditCode =
  | 'FULL_CREDIT_NOT_CORRECT'
  | 'CORRECT_WITHOUT_FULL_CREDIT'
  | 'CREDITS_NOT_WHOLE'
  | 'CORRECT_WITHOUT_CREDIT'
  | 'CREDITED_NOT_NUMERIC';

/** Moodle accepts positive fractions summing to 1 within this. */
const SUM_SLACK = 0.001;
const WHOLE = 1 - 1e-9;

/**
 * Single choice: the options carrying full credit are exactly the correct ones (one of them,
 * which MULTIPLE_CORRECT / NO_CORRECT_ANSWER check), so the key printed is the answer that earns
 * everything.
 */
export function singleChoiceCreditCodes(options: readonly QuestionOption[]): CreditCode[] {
  if (!options.some((o) => o.credit !== undefined)) return [];
  const codes: CreditCode[] = [];
  if (options.some((o) => !o.correct && o.credit !== undefined && o.credit >= WHOLE))
    codes.push('FULL_CREDIT_NOT_CORRECT');
  if (options.some((o) => o.correct && o.credit !== undefined && o.credit < WHOLE))
    codes.push('CORRECT_WITHOUT_FULL_CREDIT');
  return codes;
}

/**
 * Multiple select with credits: the positive credits add up to the whole question, and the
 * options marked correct (the printed key) are those with a positive credit.
 */
export function multipleSelectCreditCodes(options: readonly QuestionOption[]): CreditCode[] {
  if (!options.some((o) => o.credit !== undefined)) return [];
  const credit = (o: QuestionOption) => o.credit ?? (o.correct ? 1 : 0);
  const positive = options.map(credit).filter((c) => c > 0);
  const codes: CreditCode[] = [];
  if (Math.abs(positive.reduce((sum, c) => sum + c, 0) - 1) > SUM_SLACK) codes.push('CREDITS_NOT_WHOLE');
  if (options.some((o) => o.correct !== credit(o) > 0)) codes.push('CORRECT_WITHOUT_CREDIT');
  return codes;
}

/** Credited short answers are numbers like the accepted ones (the paper's Phần III). */
export function shortAnswerCreditCodes(
  answer: ShortAnswer | null,
  isNumber: (text: string) => boolean,
): CreditCode[] {
  return (answer?.credited ?? []).some((a) => !isNumber(a.text)) ? ['CREDITED_NOT_NUMERIC'] : [];
}
