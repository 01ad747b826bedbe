import type { ImportedQuestion, ImportProblem, ImportResult } from '@hoclieu/contracts';
import { textToHtml } from '../html.js';
import { problem, warning } from '../problems.js';
import { emptyQuestion } from '../question.js';
import { checkQuestion } from '../validate.js';
import { MAX_OPTIONS, OPTION_LABELS, tooManyOptions } from './option-limit.js';

/** "A. text", "A) text", "A)text", "A)" (Moodle: a capital, ")" or ".", an optional space). */
const OPTION = /^([A-Z])[.)][ \t]*(.*)$/;
/** "ANSWER: B", "ANSWER: b", "Answer: B." (one token: "Answer: the following" is text). */
const ANSWER = /^ANSWER\s*:\s*(\S*)\s*$/i;

interface Draft {
  q: ImportedQuestion;
  stem: string[];
  line: number;
  /** Options as written, beyond 8 too, so that the count can be reported. */
  written: { letter: string; text: string }[];
}

/**
 * Aiken (Moodle's plain-text multiple choice): a question line, options "A." or "A)", then
 * "ANSWER: X". Recovers as Moodle does: lines outside a question are reported with their line; a
 * question without its ANSWER line is reported and closed when the next question starts (a text
 * line after a blank line, or followed by options), so it never takes the next question's answer.
 */
export function parseAiken(text: string): ImportResult {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((line) => line.trim());
  const questions: ImportedQuestion[] = [];
  const problems: ImportProblem[] = [];
  let current: Draft | null = null;
  let afterBlank = false;
  const close = (answered: boolean): void => {
    if (!current) return;
    const { q, written, line } = current;
    q.stem = textToHtml(current.stem.join('\n'));
    if (written.length > MAX_OPTIONS) q.problems.push(tooManyOptions(written.length, `dòng ${line}`));
    if (!answered) q.problems.push(problem('SYNTAX', `dòng ${line}`, 'error', 'câu hỏi thiếu dòng ANSWER:'));
    questions.push(checkQuestion(q));
    current = null;
  };
  // optionNext[i]: the first non-blank line from i on is an option (one backward pass, linear).
  const optionNext: boolean[] = new Array(lines.length + 1).fill(false);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    optionNext[i] = line === '' ? (optionNext[i + 1] ?? false) : OPTION.test(line);
  }
  const nextIsOption = (from: number): boolean => optionNext[from] ?? false;
  lines.forEach((line, i) => {
    const where = `dòng ${i + 1}`;
    const blankBefore = afterBlank;
    afterBlank = line === '';
    if (line === '') return;
    const answer = ANSWER.exec(line);
    const option = answer ? null : OPTION.exec(line);
    if ((answer || option) && !current) {
      problems.push(problem('SYNTAX', where, 'error', `dòng không thuộc câu hỏi nào: ${line.slice(0, 60)}`));
    } else if (answer && current) {
      markAnswer(current, (answer[1] ?? '').trim(), where);
      close(true);
    } else if (option && current) {
      addOption(current, option[1] ?? 'A', option[2] ?? '', where);
    } else if (!current) {
      current = start(questions.length + 1, line, i + 1);
    } else if (current.written.length === 0 && !blankBefore) {
      current.stem.push(line);
    } else if (current.written.length === 0) {
      // Text, a blank line, more text: the first is no question (no options, no ANSWER).
      const stray = current.stem.join(' ').slice(0, 60);
      problems.push(
        problem('SYNTAX', `dòng ${current.line}`, 'error', `dòng không thuộc câu hỏi nào: ${stray}`),
      );
      current = start(questions.length + 1, line, i + 1);
    } else if (blankBefore || nextIsOption(i + 1)) {
      close(false);
      current = start(questions.length + 1, line, i + 1);
    } else current.q.problems.push(problem('SYNTAX', where, 'error', line.slice(0, 60)));
  });
  const last = current as Draft | null;
  if (last && last.written.length === 0) {
    const stray = last.stem.join(' ').slice(0, 60);
    problems.push(problem('SYNTAX', `dòng ${last.line}`, 'error', `dòng không thuộc câu hỏi nào: ${stray}`));
  } else close(false);
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'aiken', questions, images: [], problems };
}

function start(number: number, line: string, lineNumber: number): Draft {
  return { q: emptyQuestion(String(number), 'single_choice'), stem: [line], line: lineNumber, written: [] };
}

function addOption(draft: Draft, letter: string, text: string, where: string): void {
  const index = draft.written.length;
  draft.written.push({ letter, text });
  if (letter !== String.fromCharCode(65 + index))
    draft.q.problems.push(warning('OPTION_OUT_OF_ORDER', where));
  if (index >= MAX_OPTIONS) return;
  const label = OPTION_LABELS.find((l) => l === letter) ?? OPTION_LABELS[index] ?? 'H';
  draft.q.options.push({ label, html: textToHtml(text), correct: false });
}

/** "ANSWER: B", "ANSWER: b": the option written with that letter. */
function markAnswer(draft: Draft, value: string, where: string): void {
  const letter = /^[A-Za-z]\b/.test(value) ? value[0]?.toUpperCase() : undefined;
  const index = draft.written.findIndex((o) => o.letter === letter);
  if (index < 0) draft.q.problems.push(problem('ANSWER_LABEL_UNKNOWN', where, 'error', value.slice(0, 20)));
  else if (index < MAX_OPTIONS) {
    const target = draft.q.options[index];
    if (target) target.correct = true;
  }
}
