import type { ImportedQuestion, ImportProblem, ImportResult } from '@hoclieu/contracts';
import { textToHtml } from '../html.js';
import { problem } from '../problems.js';
import { emptyQuestion } from '../question.js';
import { checkQuestion } from '../validate.js';
import { numericAnswers, protectEscapes, restoreEscapes, splitAnswers } from './gift-answers.js';

const LABELS = 'ABCDEFGH';

/**
 * GIFT (Moodle's text format): `::title::`, `[html]` markup, `{=right ~wrong}`, `{TRUE}`,
 * numeric `{#0.5:0.01}`, essays `{}`, `####general feedback` as the solution, `//` comments,
 * `$CATEGORY:` lines. Matching and missing-word forms with text after the braces are kept as the
 * stem text around a blank.
 */
export function parseGift(text: string): ImportResult {
  const clean = protectEscapes(text.normalize('NFC').replace(/^\uFEFF/, ''))
    .split(/\r?\n/)
    .map((line) => (/^\s*\/\//.test(line) ? '' : line))
    .join('\n');
  const questions: ImportedQuestion[] = [];
  const problems: ImportProblem[] = [];
  let category: string | null = null;
  for (const chunk of clean.split(/\n\s*\n/)) {
    const source = chunk.trim();
    if (!source) continue;
    const categoryLine = /^\$CATEGORY:\s*(.+)$/m.exec(source);
    if (categoryLine && source.split('\n').length === 1) {
      category = restoreEscapes(categoryLine[1]?.trim() ?? '');
      continue;
    }
    const q = parseOne(source.replace(/^\$CATEGORY:.*$/m, '').trim(), String(questions.length + 1));
    if (category) q.metadata.category = category;
    questions.push(checkQuestion(q));
  }
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'gift', questions, images: [], problems };
}

function parseOne(source: string, number: string): ImportedQuestion {
  const q = emptyQuestion(number);
  let body = source;
  const title = /^::(.*?)::/s.exec(body);
  if (title) {
    q.metadata.title = restoreEscapes(title[1]?.trim() ?? '');
    body = body.slice(title[0].length).trim();
  }
  const markup = /^\[(html|moodle|plain|markdown)\]/i.exec(body);
  const isHtml = markup?.[1]?.toLowerCase() === 'html';
  if (markup) body = body.slice(markup[0].length);
  const render = (text: string): string => {
    const restored = restoreEscapes(text.trim());
    return isHtml ? restored.normalize('NFC') : textToHtml(restored);
  };
  const open = body.indexOf('{');
  const close = body.indexOf('}', open);
  if (open < 0 || close < 0) {
    q.problems.push(problem('SYNTAX', number, 'error', 'thiếu phần đáp án {...}'));
    q.stem = render(body);
    return q;
  }
  const before = body.slice(0, open).trim();
  const after = body.slice(close + 1).trim();
  q.stem = render(after ? `${before} _____ ${after}` : before);
  let block = body.slice(open + 1, close).trim();
  const feedback = /####(.*)$/s.exec(block);
  if (feedback) {
    q.solution = render(feedback[1] ?? '');
    block = block.slice(0, feedback.index).trim();
  }
  if (!block) q.type = 'essay';
  else if (/^(T|TRUE|F|FALSE)(\s*#.*)?$/is.test(block)) {
    const isTrue = /^T/i.test(block);
    q.type = 'single_choice';
    q.metadata.sourceType = 'truefalse';
    q.options = [
      { label: 'A', html: 'Đúng', correct: isTrue },
      { label: 'B', html: 'Sai', correct: !isTrue },
    ];
  } else if (block.startsWith('#')) numericAnswers(block.slice(1).trim(), q);
  else if (block.includes('->'))
    q.problems.push(problem('UNSUPPORTED_QUESTION', number, 'error', 'ghép đôi'));
  else {
    const answers = splitAnswers(block);
    if (!block.includes('~')) {
      q.type = 'short_answer';
      q.answer = { accepted: answers.map((a) => restoreEscapes(a.text)), tolerance: null };
    } else {
      const weighted = answers.some((a) => a.weight !== null && a.weight > 0);
      q.type = weighted ? 'multiple_select' : 'single_choice';
      if (answers.length > LABELS.length)
        q.problems.push(problem('SYNTAX', number, 'error', 'quá 8 phương án'));
      q.options = answers.slice(0, LABELS.length).map((a, i) => ({
        label: LABELS[i] as never,
        html: render(a.text),
        correct: a.correct,
      }));
    }
  }
  return q;
}
