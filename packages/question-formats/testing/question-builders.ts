import type {
  CreditedAnswer,
  ImportedQuestion,
  QuestionOption,
  QuestionStatement,
  ShortAnswer,
} from '@hoclieu/contracts';
import { mathHtml } from '../src/html.js';
import { emptyQuestion } from '../src/question.js';

/**
 * Builders for questions as the importers give them back, so fixtures state only what they are about
 * and compare with `toEqual` after a round trip.
 */

/** The empty question numbered `number` ("Câu 1"), with the given fields. */
export const question = (number: string, fields: Partial<ImportedQuestion> = {}): ImportedQuestion => ({
  ...emptyQuestion(number),
  ...fields,
});

const OPTION_LABELS = 'ABCDEFGH';
const STATEMENT_LABELS = 'abcd';

/** Options A, B, C… with the given HTML; `correct` names the right ones ("B", "AC"). */
export const choices = (correct: string, ...html: string[]): QuestionOption[] =>
  html.map((item, i) => {
    const label = OPTION_LABELS.charAt(i) as QuestionOption['label'];
    return { label, html: item, correct: correct.includes(label) };
  });

/** The options with their credits, in order: a share of the points for choosing each. */
export const withCredits = (options: QuestionOption[], ...credits: number[]): QuestionOption[] =>
  options.map((option, i) => ({ ...option, credit: credits[i] }));

/** The statements a), b), c), d) of a true/false group; `truth` reads "ĐSĐS" (Đúng / Sai). */
export const statements = (truth: string, ...html: string[]): QuestionStatement[] =>
  html.map((item, i) => ({
    label: STATEMENT_LABELS.charAt(i) as QuestionStatement['label'],
    html: item,
    correct: truth.charAt(i) === 'Đ',
  }));

/** One more answer of a short-answer question, scored `credit` (a share of the points). */
export const credited = (text: string, credit: number, tolerance: number | null = null): CreditedAnswer => ({
  text,
  credit,
  tolerance,
});

/** A short answer's key: the accepted answers, their tolerance, and answers worth part of the points. */
export const shortAnswer = (
  accepted: string[],
  tolerance: number | null = null,
  ...partly: CreditedAnswer[]
): ShortAnswer => ({ accepted, tolerance, ...(partly.length > 0 && { credited: partly }) });

/** An inline formula as the importers write it. */
export const math = (latex: string): string => mathHtml(latex, false);
