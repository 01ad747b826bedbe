import type { ImportedQuestion, QuestionOption } from '@hoclieu/contracts';
import { problem } from '../problems.js';
import { type GiftAnswer, share, splitAnswers } from './gift-answers.js';
import { type GiftFormat, renderFragment } from './gift-markup.js';
import { readShortAnswer } from './gift-short-answer.js';
import { MAX_OPTIONS, OPTION_LABELS, tooManyOptions } from './option-limit.js';

/** Where an offset of the answer block is in the file: "dòng N". */
export type Locate = (offset: number) => string;

/**
 * Multiple choice as Moodle reads it: with a `=` answer it is single choice (`=` full credit,
 * `~%50%` a credited distractor, `~%-50%` a penalty); without, multiple select whose positive
 * weights must add up to 100 %. `{=a ~*#feedback}` (only catch-alls after `~`) is a short answer.
 */
export function readChoice(q: ImportedQuestion, block: string, format: GiftFormat, at: Locate): void {
  const answers = splitAnswers(block, '=~', '~');
  const tildes = answers.filter((a) => a.marker === '~');
  if (tildes.length > 0 && tildes.every((a) => a.text === '*')) {
    readShortAnswer(q, answers, at);
    return;
  }
  const single = answers.some((a) => a.marker === '=');
  q.type = single ? 'single_choice' : 'multiple_select';
  if (answers.length > MAX_OPTIONS) q.problems.push(tooManyOptions(answers.length, at(0)));
  q.options = answers.slice(0, MAX_OPTIONS).map((a, i) => toOption(q, a, i, single, format, at));
  if (!single) checkCreditsSum(q, answers, at(0));
}

function toOption(
  q: ImportedQuestion,
  answer: GiftAnswer,
  index: number,
  single: boolean,
  format: GiftFormat,
  at: Locate,
): QuestionOption {
  let weight = answer.weight ?? (answer.marker === '=' ? 100 : 0);
  if (weight < -100 || weight > 100) {
    q.problems.push(
      problem('SYNTAX', at(answer.offset), 'error', `mức điểm ${weight}% ngoài khoảng -100..100`),
    );
    weight = 0;
  }
  const option: QuestionOption = {
    label: OPTION_LABELS[index] ?? 'H',
    html: renderFragment(answer.text, format),
    correct: single ? weight === 100 : weight > 0,
  };
  // Single choice: the default credit (1 correct, 0 otherwise) is written only when it differs.
  // Multiple select: every option carries its credit, so Moodle's sum is graded, not our rule.
  if (!single || (weight !== 100 && weight !== 0)) option.credit = share(weight);
  if (answer.feedback) option.feedback = renderFragment(answer.feedback, format);
  return option;
}

function checkCreditsSum(q: ImportedQuestion, answers: GiftAnswer[], location: string): void {
  const positive = answers.map((a) => a.weight ?? 0).filter((w) => w > 0);
  const sum = positive.reduce((total, w) => total + w, 0);
  if (positive.length > 0 && Math.abs(sum - 100) > 0.01)
    q.problems.push(problem('CREDITS_NOT_FULL', location, 'error', `tổng ${Number(sum.toFixed(4))}%`));
}

/** `{T}`, `{FALSE#feedback if wrong#feedback if right}` (Moodle's order), as a two-option choice. */
export function readTrueFalse(q: ImportedQuestion, block: string, format: GiftFormat): void {
  const [key = '', wrong, ...rest] = block.split('#').map((part) => part.trim());
  const right = rest.join('#');
  const isTrue = key === 'T' || key === 'TRUE';
  const fb = (text: string | undefined) => (text ? { feedback: renderFragment(text, format) } : {});
  q.type = 'single_choice';
  q.metadata.sourceType = 'truefalse';
  q.options = [
    { label: 'A', html: 'Đúng', correct: isTrue, ...fb(isTrue ? right : wrong) },
    { label: 'B', html: 'Sai', correct: !isTrue, ...fb(isTrue ? wrong : right) },
  ];
}
