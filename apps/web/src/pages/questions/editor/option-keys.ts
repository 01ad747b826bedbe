import type { ChoiceDraft } from './question-draft';

/** Quick keyboard entry of options (A–H): pure list operations the options editor binds to keys. */
export const MAX_OPTIONS = 8;
export const MIN_OPTIONS = 2;

/** Enter in option `index`: a blank option after it, or null when all eight are there. */
export function insertOptionAfter(options: ChoiceDraft[], index: number): ChoiceDraft[] | null {
  if (options.length >= MAX_OPTIONS) return null;
  return [...options.slice(0, index + 1), { text: '', correct: false }, ...options.slice(index + 1)];
}

/** Backspace in an empty option: removed, unless only two are left. */
export function removeOptionAt(options: ChoiceDraft[], index: number): ChoiceDraft[] | null {
  if (options.length <= MIN_OPTIONS || index < 0 || index >= options.length) return null;
  return options.filter((_, at) => at !== index);
}

/** Alt+N: the one correct option (single choice), or toggles option N (multiple select). */
export function markCorrect(options: ChoiceDraft[], index: number, multiple: boolean): ChoiceDraft[] {
  if (index < 0 || index >= options.length) return options;
  return options.map((option, at) =>
    multiple
      ? { ...option, correct: at === index ? !option.correct : option.correct }
      : { ...option, correct: at === index },
  );
}

/** Alt+1 … Alt+8 (by key position, so it works on every keyboard layout and on macOS): 0…7, else null. */
export function correctShortcutIndex(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  code: string;
}) {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const digit = /^(?:Digit|Numpad)([1-8])$/.exec(event.code)?.[1];
  return digit ? Number(digit) - 1 : null;
}

const marker = /(^|\s)([A-H])\s*[.)]\s*/g;

/**
 * A pasted "A. … B. … C. … D. …" block (on one line or several) as the options' texts, or null when
 * it is not one. Labels must follow each other from A, so "x. B" inside a text is not a cut.
 */
export function splitPastedOptions(text: string): string[] | null {
  const cuts: { start: number; end: number }[] = [];
  let expected = 'A';
  for (const match of text.matchAll(marker)) {
    if (match[2] !== expected) continue;
    const start = match.index + (match[1]?.length ?? 0);
    cuts.push({ start, end: match.index + match[0].length });
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (cuts.length < 2 || text.slice(0, cuts[0]?.start).trim() !== '') return null;
  return cuts
    .slice(0, MAX_OPTIONS)
    .map((cut, index) => text.slice(cut.end, cuts[index + 1]?.start ?? text.length).trim());
}

/** The options after pasting `parts` into option `index`: they replace it and the ones after it. */
export function pasteOptions(options: ChoiceDraft[], index: number, parts: string[]): ChoiceDraft[] {
  const pasted = parts.map((text) => ({ text, correct: false }));
  return [...options.slice(0, index), ...pasted].slice(0, MAX_OPTIONS);
}
