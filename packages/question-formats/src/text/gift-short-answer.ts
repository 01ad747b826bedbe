import type { CreditedAnswer, ImportedQuestion, OutcomeFeedback } from '@hoclieu/contracts';
import { problem, warning } from '../problems.js';
import { type GiftAnswer, share, splitAnswers } from './gift-answers.js';
import { restoreEscapes } from './gift-escapes.js';
import { type GiftFormat, readMarker, renderFragment } from './gift-markup.js';

type Locate = (offset: number) => string;

/** An answer read: its text, tolerance, weight and feedback, before sorting by credit. */
interface Scored {
  text: string;
  tolerance: number | null;
  weight: number;
  feedback: string | null;
  offset: number;
}

/**
 * Sorts answers by weight: 100 % -> accepted (those sharing the first one's tolerance; another
 * tolerance -> credited at 1), 0–100 % -> credited, `*` at 0 % -> the incorrect feedback (it never
 * accepts), `*` with credit -> refused (it would accept anything), other 0 % answers dropped.
 */
function storeAnswers(q: ImportedQuestion, scored: Scored[], at: Locate, format: GiftFormat): void {
  const accepted: string[] = [];
  const credited: CreditedAnswer[] = [];
  const correctFeedback: string[] = [];
  const feedback: OutcomeFeedback = {};
  let tolerance: number | null | undefined;
  for (const answer of scored) {
    const html = answer.feedback ? renderFragment(answer.feedback, format) : '';
    if (answer.weight < 0 || answer.weight > 100) {
      q.problems.push(
        problem('SYNTAX', at(answer.offset), 'error', `mức điểm ${answer.weight}% ngoài khoảng 0..100`),
      );
    } else if (answer.text === '*') {
      if (answer.weight > 0)
        q.problems.push(problem('CATCH_ALL_ANSWER', at(answer.offset), 'error', `được ${answer.weight}%`));
      else if (html) feedback.incorrect ??= html;
    } else if (answer.weight === 0) {
      if (html) q.problems.push(warning('ANSWER_FEEDBACK_DROPPED', at(answer.offset), answer.text));
    } else if (answer.weight === 100 && (tolerance === undefined || tolerance === answer.tolerance)) {
      tolerance = answer.tolerance;
      accepted.push(answer.text);
      if (html && !correctFeedback.includes(html)) correctFeedback.push(html);
    } else {
      credited.push({
        text: answer.text,
        credit: share(answer.weight),
        tolerance: answer.tolerance,
        ...(html ? { feedback: html } : {}),
      });
    }
  }
  if (correctFeedback.length) feedback.correct = correctFeedback.join('<br>');
  if (credited.length > 20)
    q.problems.push(problem('SYNTAX', at(0), 'error', 'quá 20 đáp án được điểm một phần'));
  q.type = 'short_answer';
  q.answer = {
    accepted,
    tolerance: tolerance ?? null,
    ...(credited.length ? { credited: credited.slice(0, 20) } : {}),
  };
  if (feedback.correct || feedback.incorrect) q.feedback = feedback;
}

/** Short answers `{=Hà Nội =%50%Huế#gần đúng =%0%*#sai}`: text kept as written, no HTML. */
export function readShortAnswer(
  q: ImportedQuestion,
  answers: GiftAnswer[],
  at: Locate,
  format: GiftFormat = 'moodle',
): void {
  const scored = answers.map((a) => {
    const text = restoreEscapes(readMarker(a.text, format).text).normalize('NFC').trim();
    if (text !== '*' && text.includes('*')) q.problems.push(warning('WILDCARD_ANSWER', at(a.offset), text));
    const weight = a.weight ?? (a.marker === '=' ? 100 : 0);
    return { text, tolerance: null, weight, feedback: a.feedback, offset: a.offset };
  });
  storeAnswers(q, scored, at, format);
}

const NUMBER = String.raw`[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?`;
const RANGE = new RegExp(`^(${NUMBER})\\s*\\.\\.\\s*(${NUMBER})$`);
const EXACT = new RegExp(`^(${NUMBER})(?:\\s*:\\s*(${NUMBER}))?$`);

const toNumber = (text: string): number => Number(text.replace(',', '.'));
const tidy = (value: number): number => Number(value.toPrecision(12));

/**
 * Numerical `{#3:0.5}`, `{#1..5}`, `{#=%100%3:0.5 =%50%3:1 ~#feedback}`: each answer keeps its
 * own weight, tolerance and feedback; the `~` part is the feedback for any other answer.
 */
export function readNumeric(q: ImportedQuestion, block: string, format: GiftFormat, at: Locate): void {
  const tilde = block.indexOf('~');
  const answersText = tilde < 0 ? block : block.slice(0, tilde);
  const scored: Scored[] = [];
  for (const answer of splitAnswers(answersText, '=', '=')) {
    const text = restoreEscapes(answer.text).trim();
    const weight = answer.weight ?? 100;
    const base = { weight, feedback: answer.feedback, offset: answer.offset };
    const range = RANGE.exec(text);
    const exact = EXACT.exec(text);
    if (text === '*') scored.push({ ...base, text, tolerance: null });
    else if (range) {
      const [low, high] = [toNumber(range[1] ?? ''), toNumber(range[2] ?? '')];
      if (low > high) q.problems.push(problem('SYNTAX', at(answer.offset), 'error', `khoảng ${text} ngược`));
      else
        scored.push({
          ...base,
          text: String(tidy((low + high) / 2)),
          tolerance: tidy((high - low) / 2) || null,
        });
    } else if (exact) {
      const margin = exact[2] === undefined ? 0 : Math.abs(toNumber(exact[2]));
      scored.push({ ...base, text: exact[1] ?? '', tolerance: margin || null });
    } else q.problems.push(problem('NOT_NUMERIC', at(answer.offset), 'error', text.slice(0, 40)));
  }
  if (tilde >= 0) {
    const other = block.slice(tilde + 1);
    const hash = other.indexOf('#');
    scored.push({
      text: '*',
      tolerance: null,
      weight: 0,
      feedback: hash < 0 ? null : other.slice(hash + 1).trim(),
      offset: tilde,
    });
  }
  storeAnswers(q, scored, at, format);
}
