import type { ImportProblem } from '@hoclieu/contracts';
import { warning } from '../problems.js';
import type { Segment } from './segments.js';

/**
 * Keys marked by emphasis: bold, italic, highlight or a non-black colour on an option's label or
 * its whole text. Teachers also use these for plain styling (every label bold, every option blue),
 * so a format marks the key only when exactly ONE option of the question has it.
 */
const FLAGS = ['bold', 'italic', 'highlight', 'coloured'] as const;
type Flag = (typeof FLAGS)[number];
/** "bold:label", "coloured:text"... */
export type Emphasis = `${Flag}:${'label' | 'text'}`;

const NOISE = /^[\s.):*]*$/u;

function allFlagged(segments: Segment[], flag: Flag): boolean {
  let seen = false;
  for (const segment of segments) {
    if (segment.kind !== 'text' || NOISE.test(segment.text)) continue;
    if (!segment[flag]) return false;
    seen = true;
  }
  return seen;
}

/** The emphasis of one option: which formats cover its whole label, which its whole text. */
export function emphasisOf(label: Segment[], content: Segment[]): Emphasis[] {
  return FLAGS.flatMap((flag) => [
    ...(allFlagged(label, flag) ? [`${flag}:label` as const] : []),
    ...(allFlagged(content, flag) ? [`${flag}:text` as const] : []),
  ]);
}

/** An option being read (draft.ts's MarkableOption). */
export interface MarkableOption {
  mark: string | null;
  html: string;
  more: string[];
  emphasis?: Emphasis[];
}

const TAGS: Partial<Record<Flag, RegExp>> = { bold: /<\/?strong>/g, italic: /<\/?em>/g };

/**
 * When no option carries a stronger mark (underline, red, star), the one option emphasised alone
 * becomes the key; its emphasis is taken out of its HTML (students must not see the key in bold).
 * Two options each emphasised alone in different ways mark nothing, with a warning.
 */
export function markByEmphasis(options: MarkableOption[], problems: ImportProblem[], location: string): void {
  if (options.length < 2 || options.some((o) => o.mark !== null)) return;
  const winners = new Map<MarkableOption, Flag[]>();
  for (const flag of FLAGS) {
    for (const place of ['label', 'text'] as const) {
      const holders = options.filter((o) => o.emphasis?.includes(`${flag}:${place}`));
      const [holder] = holders;
      if (holders.length !== 1 || !holder) continue;
      // Only an emphasis over the whole text is taken out of the HTML.
      winners.set(holder, [...(winners.get(holder) ?? []), ...(place === 'text' ? [flag] : [])]);
    }
  }
  if (winners.size > 1) {
    problems.push(warning('EMPHASIS_AMBIGUOUS', location));
    return;
  }
  for (const [option, flags] of winners) {
    option.mark = 'emphasis';
    for (const flag of flags) {
      const tag = TAGS[flag];
      if (!tag) continue;
      option.html = option.html.replace(tag, '');
      option.more = option.more.map((html) => html.replace(tag, ''));
    }
  }
}
