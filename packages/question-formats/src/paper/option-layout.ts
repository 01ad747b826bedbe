import type { QuestionOption } from '@hoclieu/contracts';
import { type HtmlNode, mathOf, parseHtml } from '../docx-export/html-tree.js';
import type { MediaRegistry } from '../docx-export/media.js';
import { labelled } from '../docx-export/question-xml.js';
import {
  htmlBlocks,
  paragraphXml,
  TEXT_WIDTH_TWIPS,
  textRun,
  type WordBlock,
} from '../docx-export/wordml.js';

export type OptionsPerLine = 1 | 2 | 4;

/**
 * Longest option text (characters; an equation counts its LaTeX) that fits a quarter or a half of
 * the line in Times New Roman 13 pt next to its "A. " label: about 18 and 37 characters per column.
 * LaTeX is longer than what it prints, so equations err towards fewer options per line.
 */
const QUARTER_LINE = 14;
const HALF_LINE = 32;

/** Options laid out compactly: 4 on a line when all are short, 2 when medium, else one each. */
export function optionLines(options: QuestionOption[], media: MediaRegistry): string[] {
  const blocks = options.map((option) => htmlBlocks(option.html, media));
  const label = (option: QuestionOption): string => textRun(`${option.label}.`, { bold: true });
  const perLine = optionsPerLine(options, blocks);
  if (perLine === 1) return options.flatMap((option, i) => labelled(label(option), blocks[i] ?? []));
  const column = Math.floor(TEXT_WIDTH_TWIPS / perLine);
  const stops = Array.from(
    { length: perLine - 1 },
    (_, i) => `<w:tab w:val="left" w:pos="${column * (i + 1)}"/>`,
  );
  const lines: string[] = [];
  for (let at = 0; at < options.length; at += perLine) {
    const runs = options.slice(at, at + perLine).map((option, i) => {
      const first = blocks[at + i]?.[0];
      const content = first?.kind === 'paragraph' ? first.runs : '';
      return `${i > 0 ? textRun('\t') : ''}${label(option)}${textRun(' ')}${content}`;
    });
    lines.push(paragraphXml(runs.join(''), `<w:tabs>${stops.join('')}</w:tabs>`));
  }
  return lines;
}

/** Only options of one paragraph each (no table, picture or line break) share a line. */
export function optionsPerLine(options: QuestionOption[], blocks: WordBlock[][]): OptionsPerLine {
  const single = blocks.every((b) => b.length === 0 || (b.length === 1 && b[0]?.kind === 'paragraph'));
  if (!single || options.length < 2) return 1;
  const longest = Math.max(...options.map((option) => printedLength(parseHtml(option.html))));
  if (longest <= QUARTER_LINE) return 4;
  return longest <= HALF_LINE ? 2 : 1;
}

/** Plain-text length, an equation by its LaTeX; pictures, tables and breaks never fit a column. */
function printedLength(nodes: HtmlNode[]): number {
  let length = 0;
  for (const node of nodes) {
    if (node.kind === 'text') {
      length += node.text.normalize('NFC').replace(/\s+/g, ' ').length;
      continue;
    }
    const math = mathOf(node);
    if (math) length += math.display ? Number.POSITIVE_INFINITY : math.latex.length;
    else if (['img', 'table', 'br'].includes(node.name)) return Number.POSITIVE_INFINITY;
    else length += printedLength(node.children);
  }
  return length;
}
