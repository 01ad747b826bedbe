import type { ImportedQuestion } from '@hoclieu/contracts';
import { problem } from '../problems.js';
import { emptyQuestion } from '../question.js';
import { splitAnswers } from './gift-answers.js';
import { type GiftSegment, locator } from './gift-blocks.js';
import { readChoice, readTrueFalse } from './gift-choice.js';
import { restoreEscapes } from './gift-escapes.js';
import { readMarker, renderGift } from './gift-markup.js';
import { readNumeric, readShortAnswer } from './gift-short-answer.js';

const TRUE_FALSE = /^(T|TRUE|F|FALSE)$/;

/**
 * One GIFT question, typed as Moodle types it: `{}` essay, `{#...}` numerical, a `~` multiple
 * choice, `=` with `->` matching (unsupported), `{T}`/`{FALSE}` true/false, else short answer.
 * Text after the block makes a missing-word question: the block becomes a visible blank.
 */
export function parseGiftQuestion(segment: GiftSegment, number: string): ImportedQuestion {
  const q = emptyQuestion(number);
  q.problems.push(...segment.problems);
  const where = locator(segment);
  const source = segment.text;
  let start = source.length - source.trimStart().length;
  if (source.startsWith('::', start)) {
    const end = source.indexOf('::', start + 2);
    if (end < 0) q.problems.push(problem('SYNTAX', where(start), 'error', 'tên câu hỏi ::…:: chưa đóng'));
    else
      q.metadata.title = restoreEscapes(source.slice(start + 2, end))
        .normalize('NFC')
        .trim();
    start = end < 0 ? start + 2 : end + 2;
  }
  const open = source.indexOf('{', start);
  const close = open < 0 ? -1 : source.indexOf('}', open);
  if (open < 0 || close < 0 || segment.broken) {
    const stem = readMarker(source.slice(start, open < 0 ? undefined : open), 'moodle');
    q.stem = renderGift(stem.text, stem.format);
    if (open < 0 && !segment.broken && !source.includes('}'))
      q.problems.push(
        problem('UNSUPPORTED_QUESTION', where(start), 'error', 'đoạn mô tả (description) không có đáp án'),
      );
    return q;
  }
  const after = source.slice(close + 1).trim();
  const text = after
    ? `${source.slice(start, open)}_____${source.slice(close + 1)}`
    : source.slice(start, open);
  const stem = readMarker(text, 'moodle');
  const format = stem.format;
  q.stem = renderGift(stem.text, format);
  if (segment.extraBlock !== null)
    q.problems.push(
      problem(
        'UNSUPPORTED_QUESTION',
        `dòng ${segment.extraBlock}`,
        'error',
        'nhiều chỗ trống trong một câu (cloze)',
      ),
    );

  let block = source.slice(open + 1, close);
  const at = (offset: number): string => where(open + 1 + offset);
  const general = block.lastIndexOf('####');
  if (general >= 0) {
    const solution = readMarker(block.slice(general + 4), format);
    q.solution = renderGift(solution.text, solution.format) || null;
    block = block.slice(0, general);
  }
  const answers = block.trim();
  const lead = block.length - block.trimStart().length;
  if (!answers) q.type = 'essay';
  else if (answers.startsWith('#')) readNumeric(q, block.slice(lead + 1), format, (o) => at(lead + 1 + o));
  else if (answers.includes('~')) readChoice(q, block, format, at);
  else if (answers.includes('=') && answers.includes('->'))
    q.problems.push(problem('UNSUPPORTED_QUESTION', at(lead), 'error', 'ghép đôi (matching)'));
  else if (TRUE_FALSE.test(answers.split('#')[0]?.trim() ?? '')) readTrueFalse(q, answers, format);
  else readShortAnswer(q, splitAnswers(block, '=', '='), at, format);
  return q;
}
