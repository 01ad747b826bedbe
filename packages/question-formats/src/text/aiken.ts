import type { ImportedQuestion, ImportProblem, ImportResult } from '@hoclieu/contracts';
import { textToHtml } from '../html.js';
import { problem } from '../problems.js';
import { emptyQuestion } from '../question.js';
import { checkQuestion } from '../validate.js';

const OPTION = /^([A-H])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER\s*:\s*([A-H])\s*$/i;

/**
 * Aiken (Moodle's plain-text multiple choice): a question line, options "A." or "A)", then
 * "ANSWER: X"; questions separated by blank lines.
 */
export function parseAiken(text: string): ImportResult {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const questions: ImportedQuestion[] = [];
  const problems: ImportProblem[] = [];
  let current: { q: ImportedQuestion; stem: string[]; line: number } | null = null;
  const close = (): void => {
    if (!current) return;
    const { q } = current;
    q.stem = textToHtml(current.stem.join('\n'));
    if (!q.options.some((o) => o.correct) && !q.problems.length)
      q.problems.push(problem('NO_CORRECT_ANSWER', q.number));
    questions.push(checkQuestion(q));
    current = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const where = `dòng ${i + 1}`;
    if (!line) return;
    if (!current) {
      current = {
        q: emptyQuestion(String(questions.length + 1), 'single_choice'),
        stem: [line],
        line: i + 1,
      };
      return;
    }
    const option = OPTION.exec(line);
    const answer = ANSWER.exec(line);
    if (option) {
      const expected = String.fromCharCode(65 + current.q.options.length);
      if (option[1] !== expected) current.q.problems.push(problem('OPTION_OUT_OF_ORDER', where, 'warning'));
      current.q.options.push({
        label: option[1] as never,
        html: textToHtml(option[2] ?? ''),
        correct: false,
      });
    } else if (answer) {
      const letter = answer[1]?.toUpperCase();
      const target = current.q.options.find((o) => o.label === letter);
      if (target) target.correct = true;
      else current.q.problems.push(problem('ANSWER_LABEL_UNKNOWN', where, 'error', letter));
      close();
    } else if (current.q.options.length === 0) current.stem.push(line);
    else current.q.problems.push(problem('SYNTAX', where, 'error', line.slice(0, 60)));
  });
  close();
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'aiken', questions, images: [], problems };
}
