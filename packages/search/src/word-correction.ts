import { WORD_TABLE } from './postgres-index-sql.js';
import type { SqlQuery } from './search-engine.js';
import {
  correctionRowSchema,
  correctionStatement,
  corrections,
  twoEditStatement,
  wordsNeedingTwoEdits,
} from './word-corrector.js';

/**
 * Alternatives per query word from the index's vocabulary (see word-corrector.ts), or undefined
 * when nothing would change. One edit and trigrams first; a second, wider probe only for the
 * words of five letters or more (four with a transposition) that are still nowhere near a known word.
 */
export async function correctWords(query: SqlQuery, indexName: string, words: string[]) {
  const first = correctionStatement(WORD_TABLE, indexName, words);
  const rows = await query(first.sql, first.params, correctionRowSchema);
  const far = wordsNeedingTwoEdits(words, rows);
  if (far.length > 0) {
    const second = twoEditStatement(WORD_TABLE, indexName, words, far);
    rows.push(...(await query(second.sql, second.params, correctionRowSchema)));
  }
  return corrections(words, rows);
}
