import type { ShortAnswer } from '@hoclieu/contracts';
import { numericAnswer } from '../questions/numeric-answer.js';

/** Absorbs binary error so a tolerance of 0.05 accepts 1.55 against 1.5. */
const FLOAT_SLACK = 1e-9;

const normalText = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether a typed answer matches one written answer. Numbers compare as numbers ("0,5", "0.5",
 * " 0,50 " and "−1,5" are read by `numericAnswer`), within the tolerance when one is set; an
 * answer that is not a number is compared as text: trimmed, spaces collapsed, case and Unicode
 * composition ignored (phones type Vietnamese in either form).
 */
function matchesOne(written: string, tolerance: number | null, typed: string): boolean {
  const writtenNumber = numericAnswer(written);
  if (writtenNumber === null) return normalText(written) === normalText(typed);
  const typedNumber = numericAnswer(typed);
  return typedNumber !== null && Math.abs(typedNumber - writtenNumber) <= (tolerance ?? 0) + FLOAT_SLACK;
}

/** Whether a typed short answer matches one of the accepted (full-credit) answers. */
export function shortAnswerMatches(answer: ShortAnswer, typed: string): boolean {
  return answer.accepted.some((accepted) => matchesOne(accepted, answer.tolerance, typed));
}

/**
 * The share of the points a typed answer earns: 1 when an accepted answer matches, else the best
 * credit among the matching `credited` answers (each within its own tolerance), else 0.
 */
export function shortAnswerCredit(answer: ShortAnswer, typed: string): number {
  if (shortAnswerMatches(answer, typed)) return 1;
  let best = 0;
  for (const credited of answer.credited ?? []) {
    if (credited.credit > best && matchesOne(credited.text, credited.tolerance, typed))
      best = Math.min(credited.credit, 1);
  }
  return best;
}
