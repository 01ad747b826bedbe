import type { QuestionPart } from '@hoclieu/contracts';
import { numericAnswer } from '@hoclieu/domain';

export type AnswerValue =
  | { kind: 'choice'; letters: string[] }
  | { kind: 'tf'; values: boolean[] }
  | { kind: 'short'; text: string };

export interface AnswerKeyEntry {
  number: number;
  part: QuestionPart;
  value: AnswerValue;
  location: string;
}

const TRUTH = /(Đúng|Sai|Đ|S|T|F)(?![\p{L}])/giu;

/** One answer as written ("B", "A, C", "ĐSĐS", "a) Đ b) S c) Đ d) S", "0,5"). */
export function interpretAnswer(raw: string): AnswerValue | null {
  const text = raw.normalize('NFC').trim().replace(/\.$/, '');
  if (!text) return null;
  if (/^[A-H](\s*[,;&]?\s*[A-H])*$/u.test(text))
    return { kind: 'choice', letters: text.match(/[A-H]/g) ?? [] };
  if (/^(?:[a-d]\s*[).:-]?\s*)?(?:(?:Đúng|Sai|Đ|S)[\s,;/|]*(?:[a-d]\s*[).:-]?\s*)?){1,4}$/iu.test(text)) {
    const values = [...text.replace(/(^|[\s,;])[a-d]\s*[).:-]/giu, '$1').matchAll(TRUTH)].map((m) =>
      /^(Đúng|Đ|T)$/iu.test(m[1]!),
    );
    if (values.length > 0) return { kind: 'tf', values };
  }
  if (numericAnswer(text) !== null) return { kind: 'short', text };
  return null;
}

const ENTRY =
  /(?:Câu\s*)?(\d{1,3})\s*(?:[-.:=)]\s*)?((?:[a-d]\s*[).:]?\s*(?:Đúng|Sai|Đ|S)(?![\p{L}])[\s,;]*){2,4}|(?:Đ|S){4}(?![\p{L}])|[A-H](?![\p{L}\d]))/iuy;
const SHORT = /(?:Câu\s*)?(\d{1,3})\s*[:=)]\s*([-+−]?\d+(?:[.,]\d+)?)(?![\d\p{L}])/iuy;

/** Answer-key entries in running text ("1-A 2.B 3C", "1: a) Đ b) S c) Đ d) S", "Câu 17: 0,5"). */
export function parseAnswerText(
  text: string,
  part: QuestionPart,
  location: string,
): { entries: AnswerKeyEntry[]; unparsed: string[] } {
  const entries: AnswerKeyEntry[] = [];
  const unparsed: string[] = [];
  let at = 0;
  while (at < text.length) {
    const skip = /[\s,;|]+/y;
    skip.lastIndex = at;
    if (skip.exec(text)) at = skip.lastIndex;
    if (at >= text.length) break;
    const match = matchAt(SHORT, text, at) ?? matchAt(ENTRY, text, at);
    const value = match ? interpretAnswer(match[2]!) : null;
    if (match && value) {
      entries.push({ number: Number(match[1]), part, value, location });
      at += match[0].length;
    } else {
      const word = /\S+/y;
      word.lastIndex = at;
      unparsed.push(word.exec(text)?.[0] ?? '');
      at = word.lastIndex || text.length;
    }
  }
  return { entries, unparsed };
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const isNumber = (cell: string): boolean => /^(Câu\s*)?\d{1,3}$/iu.test(cell.trim());
const numberOf = (cell: string): number => Number(cell.replace(/\D/g, ''));

/**
 * An answer table in any of the usual layouts: a row of numbers over a row of answers; rows
 * "number | answer"; a Đúng/Sai grid "number | a | b | c | d"; or cells holding "1-A" each.
 */
export function parseAnswerTable(cells: string[][], part: QuestionPart, location: string): AnswerKeyEntry[] {
  const entries: AnswerKeyEntry[] = [];
  const add = (number: number, raw: string): void => {
    const value = interpretAnswer(raw);
    if (value) entries.push({ number, part, value, location });
  };
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r]!;
    const body = isNumber(row[0] ?? '') ? row : row.slice(1);
    const next = cells[r + 1];
    if (next && body.length > 0 && body.every(isNumber)) {
      const offset = row.length - body.length;
      body.forEach((cell, i) => {
        add(numberOf(cell), next[i + offset] ?? '');
      });
      r += 1;
    } else if (isNumber(row[0] ?? '') && row.length >= 2) {
      add(numberOf(row[0]!), row.slice(1).join(' '));
    } else {
      for (const cell of row) entries.push(...parseAnswerText(cell, part, location).entries);
    }
  }
  return entries;
}
