import type { ImportProblem } from '@hoclieu/contracts';
import { problem } from '../problems.js';

/** One question's source: its lines (comments left out) with their line numbers. */
export interface GiftSegment {
  text: string;
  /** The file line of each line of `text`. */
  lines: number[];
  /** Structural errors found while splitting, located "dòng N". */
  problems: ImportProblem[];
  /** Braces do not pair up: the answers cannot be read. */
  broken: boolean;
  /** Line of a second answer block after the first closed (several blanks). */
  extraBlock: number | null;
}

export type GiftItem = { kind: 'category'; name: string } | { kind: 'question'; segment: GiftSegment };

interface Draft extends GiftSegment {
  open: boolean;
  openLine: number;
  hasBlock: boolean;
}

const line = (n: number): string => `dòng ${n}`;
const isComment = (text: string): boolean => /^\s*\/\//.test(text);
const isBlank = (text: string): boolean => text.trim() === '';

/** Whether a line opens an answer block before closing one: a new question while a block is open. */
function opensFirst(text: string): boolean {
  const open = text.indexOf('{');
  const close = text.indexOf('}');
  return open >= 0 && (close < 0 || open < close);
}

/**
 * Cuts protected GIFT text (escapes already placeholders) into questions and `$CATEGORY:` lines.
 * Questions end at a blank line, as in Moodle; a question that starts right after a closed `}`
 * (a `::title::` or a line leading to a new `{`), a block running into the next question, and
 * braces that do not pair up are each reported with their line, and the next question is read
 * on its own instead of being merged into the broken one.
 */
export function splitGift(source: string): GiftItem[] {
  const lines = source.split(/\r?\n/);
  // braceAhead[i]: this line or a later one of the same paragraph holds a `{`.
  const braceAhead: boolean[] = new Array(lines.length + 1).fill(false);
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i] ?? '';
    if (isBlank(text)) braceAhead[i] = false;
    else braceAhead[i] = (!isComment(text) && text.includes('{')) || (braceAhead[i + 1] ?? false);
  }
  const items: GiftItem[] = [];
  let draft: Draft | null = null;
  const finish = (): void => {
    if (!draft) return;
    if (draft.open) {
      draft.problems.push(
        problem('SYNTAX', line(draft.openLine), 'error', 'khối đáp án mở bằng { chưa có dấu } đóng'),
      );
      draft.broken = true;
    }
    const { text, lines: numbers, problems, broken, extraBlock } = draft;
    items.push({ kind: 'question', segment: { text, lines: numbers, problems, broken, extraBlock } });
    draft = null;
  };
  for (const [i, raw] of lines.entries()) {
    const n = i + 1;
    if (isComment(raw)) continue;
    if (isBlank(raw)) {
      finish();
      continue;
    }
    const trimmed = raw.trim();
    if (!draft?.open && trimmed.startsWith('$CATEGORY:')) {
      finish();
      items.push({ kind: 'category', name: trimmed.slice('$CATEGORY:'.length).trim() });
      continue;
    }
    if (draft?.open && (trimmed.startsWith('::') || opensFirst(trimmed))) finish();
    else if (draft && (trimmed.startsWith('::') || (draft.hasBlock && braceAhead[i]))) {
      finish();
      draft = start();
      draft.problems.push(
        problem('SYNTAX', line(n), 'error', 'câu hỏi mới phải cách câu trước bằng một dòng trống'),
      );
    }
    draft ??= start();
    scanBraces(draft, raw, n);
    draft.text = draft.lines.length ? `${draft.text}\n${raw}` : raw;
    draft.lines.push(n);
  }
  finish();
  return items;
}

function start(): Draft {
  return {
    text: '',
    lines: [],
    problems: [],
    broken: false,
    extraBlock: null,
    open: false,
    openLine: 0,
    hasBlock: false,
  };
}

/** Reports a brace error once per kind and question (a file of 64 KB of "{" gives one line). */
function breakDraft(draft: Draft, n: number, detail: string): void {
  const found = problem('SYNTAX', line(n), 'error', detail);
  if (!draft.problems.some((p) => p.message === found.message)) draft.problems.push(found);
  draft.broken = true;
}

function scanBraces(draft: Draft, text: string, n: number): void {
  for (const char of text) {
    if (char === '{') {
      if (draft.open) {
        breakDraft(draft, n, 'dấu { nằm trong một khối đáp án chưa đóng');
      } else {
        if (draft.hasBlock) draft.extraBlock ??= n;
        Object.assign(draft, { open: true, hasBlock: true, openLine: n });
      }
    } else if (char === '}') {
      if (draft.open) draft.open = false;
      else {
        breakDraft(draft, n, 'dấu } không có dấu { tương ứng');
      }
    }
  }
}

/** "dòng N" of an offset in a segment's text (comment lines left out of the text are counted). */
export function locator(segment: GiftSegment): (offset: number) => string {
  const breaks = [...segment.text.matchAll(/\n/g)].map((m) => m.index);
  return (offset) => {
    let [low, high] = [0, breaks.length]; // the line index = line breaks before the offset
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((breaks[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return line(segment.lines[low] ?? segment.lines[0] ?? 1);
  };
}
