import type { QuestionPart } from '@hoclieu/contracts';
import { numericAnswer } from '@hoclieu/domain';
import { KEY_ENTRY, KEY_SHORT, readTruths } from './key-values.js';

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

/** One answer as written ("B", "A, C", "ĐSĐS", "a) Đ b) S c) Đ d) S", "0,5"). */
export function interpretAnswer(raw: string): AnswerValue | null {
  const text = raw.normalize('NFC').trim().replace(/\.$/, '');
  if (!text) return null;
  if (/^[A-H](\s*[,;&]?\s*[A-H])*$/u.test(text))
    return { kind: 'choice', letters: text.match(/[A-H]/g) ?? [] };
  const truths = readTruths(text);
  if (truths) return { kind: 'tf', values: truths };
  if (numericAnswer(text) !== null) return { kind: 'short', text };
  return null;
}

const ENTRY = KEY_ENTRY;
const SHORT = KEY_SHORT;

/** Answer-key entries in running text ("1-A 2.B 3C", "1: a) Đ b) S c) Đ d) S", "Câu 17: 0,5"). */
export function parseAnswerText(
  raw: string,
  part: QuestionPart,
  location: string,
): { entries: AnswerKeyEntry[]; unparsed: string[] } {
  // One space per whitespace run: the entry patterns never backtrack over a long run.
  const text = raw.replace(/\s+/g, ' ');
  const entries: AnswerKeyEntry[] = [];
  const unparsed: string[] = [];
  let at = 0;
  while (at < text.length) {
    const skip = /[\s,;|.]+/y;
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
