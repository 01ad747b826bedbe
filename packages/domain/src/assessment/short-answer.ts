import type { ShortAnswer } from '@hoclieu/contracts';
import { numericAnswer } from '../questions/numeric-answer.js';

/** Absorbs binary error so a tolerance of 0.05 accepts 1.55 against 1.5. */
const FLOAT_SLACK = 1e-9;

const normalText = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether a typed short answer matches one of the accepted answers. Numbers compare as numbers
 * ("0,5", "0.5", " 0,50 " and "−1,5" are read by `numericAnswer`), within the tolerance when
 * one is set; an accepted answer that is not a number is compared as text: trimmed, spaces
 * collapsed, case and Unicode composition ignored (phones type Vietnamese in either form).
 */
export function shortAnswerMatches(answer: ShortAnswer, typed: string): boolean {
  const typedNumber = numericAnswer(typed);
  const tolerance = answer.tolerance ?? 0;
  return answer.accepted.some((accepted) => {
    const acceptedNumber = numericAnswer(accepted);
    if (acceptedNumber === null) return normalText(accepted) === normalText(typed);
    return typedNumber !== null && Math.abs(typedNumber - acceptedNumber) <= tolerance + FLOAT_SLACK;
  });
}
