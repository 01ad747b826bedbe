import type { ImportedQuestion } from '@hoclieu/contracts';
import { problem } from '../problems.js';

/** Escaped GIFT characters travel as private-use characters until the text is rendered. */
const ESCAPES: Record<string, string> = {
  '~': '\ue001',
  '=': '\ue002',
  '#': '\ue003',
  '{': '\ue004',
  '}': '\ue005',
  ':': '\ue006',
  n: '\ue007',
  '\\': '\ue008',
};
const UNESCAPES: Record<string, string> = {
  '\ue001': '~',
  '\ue002': '=',
  '\ue003': '#',
  '\ue004': '{',
  '\ue005': '}',
  '\ue006': ':',
  '\ue007': '\n',
  '\ue008': '\\',
};

export function protectEscapes(text: string): string {
  return text.replace(/\\([~=#{}:n\\])/g, (_m, char: string) => ESCAPES[char] ?? char);
}

export function restoreEscapes(text: string): string {
  return text.replace(/[\ue001-\ue008]/g, (char) => UNESCAPES[char] ?? char);
}

export interface GiftAnswer {
  correct: boolean;
  weight: number | null;
  text: string;
}

/** `=right ~wrong ~%50%half #feedback` -> answers; feedback is dropped. */
export function splitAnswers(block: string): GiftAnswer[] {
  const answers: GiftAnswer[] = [];
  for (const match of block.matchAll(/([=~])([^=~]*)/g)) {
    let body = (match[2] ?? '').replace(/#.*$/s, '').trim();
    let weight: number | null = null;
    const percent = /^%(-?\d+(?:\.\d+)?)%/.exec(body);
    if (percent) {
      weight = Number(percent[1]);
      body = body.slice(percent[0].length).trim();
    }
    answers.push({ correct: match[1] === '=' || (weight ?? 0) > 0, weight, text: body });
  }
  return answers;
}

/** `#3.14:0.01`, `#1..5`, `#=2:0 =2.5:0.5` -> accepted values and the largest tolerance. */
export function numericAnswers(block: string, q: ImportedQuestion): void {
  const parts = block.includes('=')
    ? splitAnswers(block)
        .filter((a) => a.correct)
        .map((a) => a.text)
    : [block];
  const accepted: string[] = [];
  let tolerance = 0;
  for (const part of parts) {
    const range = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(part.trim());
    const exact = /^(-?[\d.]+)(?::([\d.]+))?$/.exec(part.trim());
    if (range) {
      const [low, high] = [Number(range[1]), Number(range[2])];
      accepted.push(String((low + high) / 2));
      tolerance = Math.max(tolerance, (high - low) / 2);
    } else if (exact) {
      accepted.push(exact[1] ?? '');
      tolerance = Math.max(tolerance, Number(exact[2] ?? 0));
    } else q.problems.push(problem('SYNTAX', q.number, 'error', part.slice(0, 40)));
  }
  q.type = 'short_answer';
  q.answer = { accepted, tolerance: tolerance || null };
}
