import type { TableBlock } from './body.js';
import { splitLabelled } from './classify.js';
import { type ItemDraft, type QuestionDraft, readItems } from './draft.js';
import { plainText, type Segment } from './segments.js';

const LABEL_ONLY = /^\s*\*?\s*([A-Ha-d])\s*([.):]?)\s*\*?\s*$/u;

const KINDS = [
  { kind: 'option', letters: /[A-H]/, punctuation: /[.)]/, first: 'A' },
  { kind: 'statement', letters: /[a-d]/, punctuation: /[).]/, first: 'a' },
] as const;

/**
 * Options laid out in a Word table (2×2, 1×4, 4×1...): each cell "A. …" (several per cell
 * allowed), or a label cell "A." followed by its content cell. Read in row order, they must run
 * A, B, C… (or a)–d) for Đúng/Sai statements) with every filled cell used; marks inside the cells
 * (underline, red, star, bold…, a shaded cell) count as in paragraphs. Returns false for any other
 * table (it stays in the stem).
 */
export function addOptionTable(draft: QuestionDraft, table: TableBlock): boolean {
  if (draft.target === 'solution' || draft.options.length || draft.statements.length) return false;
  const cells = table.cellSegments.flat().filter((segments) => plainText(segments).trim() !== '');
  for (const { kind, letters, punctuation, first } of KINDS) {
    const items = readTableItems(cells, kind, letters, punctuation);
    if (!items || items.length < 2 || !inSequence(items, first)) continue;
    if (kind === 'option') draft.options.push(...items);
    else draft.statements.push(...items);
    draft.target = kind;
    return true;
  }
  return false;
}

function readTableItems(
  cells: Segment[][],
  kind: 'option' | 'statement',
  letters: RegExp,
  punctuation: RegExp,
): ItemDraft[] | null {
  const items: ItemDraft[] = [];
  for (let i = 0; i < cells.length; i++) {
    let segments = cells[i] ?? [];
    const label = LABEL_ONLY.exec(plainText(segments));
    const next = cells[i + 1];
    if (label?.[1] && letters.test(label[1]) && next) {
      segments = joinLabel(segments, label[2] ? ' ' : '. ', next);
      i += 1;
    }
    const labelled = splitLabelled(plainText(segments), letters, punctuation);
    if (!labelled) return null;
    items.push(...readItems(segments, labelled, kind));
  }
  return items;
}

/** "A." | "x" -> "A. x", the glue formatted like the label so a marked label stays marked. */
function joinLabel(label: Segment[], glue: string, content: Segment[]): Segment[] {
  const last = [...label].reverse().find((s) => s.kind === 'text');
  const joint: Segment =
    last?.kind === 'text'
      ? { ...last, text: glue }
      : { kind: 'text', text: glue, bold: false, italic: false, underline: false, red: false };
  return [...label, joint, ...content];
}

function inSequence(items: ItemDraft[], first: string): boolean {
  return items.every((item, i) => item.label === String.fromCharCode(first.charCodeAt(0) + i));
}
