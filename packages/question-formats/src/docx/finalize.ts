import type { ImportedQuestion, ImportProblem } from '@hoclieu/contracts';
import { joinParagraphs } from '../html.js';
import { problem, warning } from '../problems.js';
import { checkNumericAnswers, checkQuestion } from '../validate.js';
import { type AnswerValue, interpretAnswer } from './answer-key.js';
import { itemHtml, type QuestionDraft } from './draft.js';
import { markByEmphasis } from './option-marks.js';
import { readShortAnswer } from './short-answer-line.js';

/** A draft becomes a question: type from its content and part, marks become answers. */
export function finalizeDraft(draft: QuestionDraft): ImportedQuestion {
  const q = draft.question;
  q.part = draft.part;
  q.level = draft.level;
  q.stem = joinParagraphs(draft.stem);
  q.solution = draft.solution.length ? joinParagraphs(draft.solution) : null;
  markByEmphasis(draft.options, q.problems, draft.location);
  q.options = draft.options.map((o) => ({
    label: o.label as never,
    html: itemHtml(o),
    correct: o.mark !== null,
    ...(o.credit !== undefined && { credit: o.credit }),
  }));
  q.statements = draft.statements.map((s) => ({
    label: s.label as never,
    html: itemHtml(s),
    correct: s.truth ?? s.mark !== null,
  }));
  if (draft.children.length) q.type = 'group';
  else if (q.statements.length) q.type = 'true_false_group';
  else if (q.options.length) q.type = draft.multiple ? 'multiple_select' : 'single_choice';
  else if (draft.part === 'I') q.type = 'single_choice';
  else if (draft.part === 'II') q.type = 'true_false_group';
  else if (draft.part === 'III' || draft.answerLines.length) q.type = 'short_answer';
  else q.type = 'essay';
  q.children = draft.children.map(finalizeDraft);
  answered.set(q, draft.options.some((o) => o.mark) || draft.statements.some((s) => s.mark));
  for (const line of draft.answerLines) {
    const value =
      interpretAnswer(line) ?? (q.type === 'short_answer' ? { kind: 'short' as const, text: line } : null);
    if (value) applyAnswer(q, value, q.problems, draft.location);
  }
  return q;
}

/** Whether a question has its answer marked in the text (a WeakMap: not part of the data). */
const answered = new WeakMap<ImportedQuestion, boolean>();

function isAnswered(question: ImportedQuestion): boolean {
  return answered.get(question) ?? false;
}

/**
 * An answer from an answer line or the answer table. A table answer that disagrees with the marks
 * in the text wins, with a warning.
 */
export function applyAnswer(
  q: ImportedQuestion,
  value: AnswerValue,
  problems: ImportProblem[],
  location: string,
): void {
  const before = isAnswered(q);
  if (value.kind === 'choice' && q.options.length) {
    const unknown = value.letters.filter((letter) => !q.options.some((o) => o.label === letter));
    if (unknown.length) problems.push(problem('ANSWER_LABEL_UNKNOWN', location, 'error', unknown.join(', ')));
    const same = q.options.every((o) => o.correct === value.letters.includes(o.label));
    if (before && !same) problems.push(warning('ANSWER_CONFLICT', location));
    for (const option of q.options) option.correct = value.letters.includes(option.label);
  } else if (value.kind === 'tf' && q.statements.length) {
    const same = q.statements.every((s, i) => value.values[i] === undefined || s.correct === value.values[i]);
    if (before && !same) problems.push(warning('ANSWER_CONFLICT', location));
    q.statements.forEach((s, i) => {
      if (value.values[i] !== undefined) s.correct = value.values[i]!;
    });
  } else if (q.type === 'short_answer' || (q.type === 'essay' && value.kind === 'short')) {
    q.type = 'short_answer';
    const text = value.kind === 'short' ? value.text : value.kind === 'choice' ? value.letters.join('') : '';
    q.answer = readShortAnswer(text, q.answer);
  } else {
    problems.push(warning('ANSWER_NOT_UNDERSTOOD', location));
    return;
  }
  answered.set(q, true);
}

/** Checks once every answer source has been applied. */
export function checkDocxQuestion(q: ImportedQuestion): void {
  if (q.type === 'true_false_group' && !isAnswered(q))
    q.problems.push(problem('NO_CORRECT_ANSWER', q.number));
  if (q.type === 'short_answer') checkNumericAnswers(q);
  for (const child of q.children) checkDocxQuestion(child);
  checkQuestion(q);
}
