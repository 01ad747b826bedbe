import type { QuestionPart } from '@hoclieu/contracts';
import { type AnswerKeyEntry, interpretAnswer, parseAnswerText } from './answer-key.js';

const isNumber = (cell: string): boolean => /^(Câu\s*)?\d{1,3}$/iu.test(cell.trim());
const numberOf = (cell: string): number => Number(cell.replace(/\D/g, ''));
const blank = (cell: string | undefined): boolean => !cell?.trim();
/** A header row of question numbers runs upwards ("1 | 12 | 2 | 40" is pairs, not numbers). */
const numbersRow = (cells: string[]): boolean =>
  cells.length > 0 &&
  cells.every((cell, i) => isNumber(cell) && (i === 0 || numberOf(cell) > numberOf(cells[i - 1] ?? '')));
/** "1 | B | 11 | C": number and answer pairs side by side. */
const pairRow = (row: string[]): boolean =>
  row.length >= 4 &&
  row.length % 2 === 0 &&
  row.every((cell, i) => (i % 2 === 0 ? isNumber(cell) || blank(cell) : true)) &&
  isNumber(row[0] ?? '');

/**
 * An answer table in any of the usual layouts: a row of numbers over a row of answers (blank
 * padding cells allowed, as in our own export); rows "number | answer", or several such pairs side
 * by side ("1 | B | 11 | C"); a Đúng/Sai grid "number |
 * a | b | c | d"; one row per statement with the number merged down ("13 | a) | Đ" then " | b) |
 * S"); or cells holding "1-A" each.
 */
export function parseAnswerTable(cells: string[][], part: QuestionPart, location: string): AnswerKeyEntry[] {
  const entries: AnswerKeyEntry[] = [];
  let open: { number: number; raw: string[] } | null = null;
  const flush = (): void => {
    if (!open) return;
    const value = interpretAnswer(open.raw.join(' '));
    if (value) entries.push({ number: open.number, part, value, location });
    open = null;
  };
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] ?? [];
    const body = isNumber(row[0] ?? '') ? row : row.slice(1);
    const filled = body.filter((cell) => !blank(cell));
    const next = cells[r + 1];
    if (next && numbersRow(filled)) {
      flush();
      const offset = row.length - body.length;
      body.forEach((cell, i) => {
        if (blank(cell)) return;
        const value = interpretAnswer(next[i + offset] ?? '');
        if (value) entries.push({ number: numberOf(cell), part, value, location });
      });
      r += 1;
    } else if (pairRow(row)) {
      flush();
      for (let c = 0; c + 1 < row.length; c += 2) {
        const value = blank(row[c]) ? null : interpretAnswer(row[c + 1] ?? '');
        if (value) entries.push({ number: numberOf(row[c] ?? ''), part, value, location });
      }
    } else if (isNumber(row[0] ?? '') && row.length >= 2) {
      flush();
      open = { number: numberOf(row[0] ?? ''), raw: row.slice(1) };
    } else if (open && blank(row[0]) && row.length >= 2) {
      open.raw.push(...row.slice(1));
    } else {
      flush();
      for (const cell of row) entries.push(...parseAnswerText(cell, part, location).entries);
    }
  }
  flush();
  return entries;
}
