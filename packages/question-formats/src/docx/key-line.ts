import { interpretAnswer } from './answer-key.js';

/**
 * A question's own key line, after its options or in its solution: "Đáp án: C", "Đáp án C.",
 * "Đáp án đúng là C", "Chọn C", "Chọn đáp án C", "→ Chọn C", "Đáp án: a) Đ, b) S, c) Đ, d) S",
 * "Đáp án: ĐSĐS", "Đáp số: 0,5".
 */
const KEY_LINE = new RegExp(
  '^(?:[→⇒]|=>|-+>)? ?(?:vậy )?' +
    '(?:(đáp án(?: đúng)?(?: là)?|đáp số|ĐS)|(chọn(?: (?:đáp án|phương án))?))' +
    '(?: ?(:))? ?(.+?)[.;]?$',
  'isu',
);

/** NFC, whitespace runs as one space (no run for a pattern to backtrack over), trimmed. */
const squeeze = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The answer of a key line, or null when the paragraph is no key line. Without a colon the answer
 * must read as one ("Đáp án nào sau đây đúng?" is a stem, "Chọn câu đúng" too); "Chọn" takes
 * option letters only.
 */
export function questionKeyLine(text: string): string | null {
  const match = KEY_LINE.exec(squeeze(text));
  if (!match) return null;
  const value = (match[4] ?? '').trim();
  const answer = interpretAnswer(value);
  if (match[2]) return answer?.kind === 'choice' ? value : null;
  if (match[3]) return value;
  if (!answer) return null;
  return answer.kind === 'tf' && answer.values.filter((v) => v !== undefined).length < 2 ? null : value;
}

const TRAILING_CHOICE =
  /(?:^|[.;:!?] |[→⇒] ?|=> ?)(?:vậy |do đó |nên )?chọn(?: (?:đáp án|phương án))?(?: ?:)? ?([A-H])\.?$/iu;

/**
 * A solution paragraph ending "… Vậy x = 2. Chọn B.": the letter becomes the question's key line
 * (a whole-paragraph key line is read by the classifier already).
 */
export function noteSolutionKey(draft: { answerLines: string[] } | null | undefined, text: string): void {
  if (!draft || questionKeyLine(text) !== null) return;
  const letter = TRAILING_CHOICE.exec(squeeze(text))?.[1];
  // Upper case only: "… nên chọn a." is about a variable, not option A.
  if (letter && /[A-H]/.test(letter)) draft.answerLines.push(letter);
}
