import type { ImportedQuestion, ImportProblem, ImportResult } from '@hoclieu/contracts';
import { problem } from '../problems.js';
import { checkQuestion } from '../validate.js';
import { splitGift } from './gift-blocks.js';
import { protectEscapes, restoreEscapes } from './gift-escapes.js';
import { parseGiftQuestion } from './gift-question.js';

/**
 * GIFT (Moodle's text format), read as Moodle reads it: `::title::`, `[html]`/`[markdown]`/
 * `[plain]`/`[moodle]` text, choices with `%weight%` credits and `#feedback`, `{T#…#…}`, short
 * and numerical answers (`{#3:2}`, `{#1..5}`) with their own credit and tolerance, essays `{}`,
 * `####general feedback` as the solution, `//` comments, `$CATEGORY:` lines. Syntax errors are
 * reported per question with their line; a broken question never swallows its neighbours.
 */
export function parseGift(text: string): ImportResult {
  const source = protectEscapes(text.normalize('NFC').replace(/^\uFEFF/, ''));
  const questions: ImportedQuestion[] = [];
  const problems: ImportProblem[] = [];
  let category: string | null = null;
  for (const item of splitGift(source)) {
    if (item.kind === 'category') {
      category = restoreEscapes(item.name).trim() || null;
      continue;
    }
    const q = parseGiftQuestion(item.segment, String(questions.length + 1));
    if (category) q.metadata.category = category;
    questions.push(checkQuestion(q));
  }
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'gift', questions, images: [], problems };
}
