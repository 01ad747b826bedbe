import type { Element } from '@xmldom/xmldom';
import { attr, childElements, firstChild } from '../xml.js';
import { type ParagraphContext, readParagraph } from './paragraph.js';
import type { Segment } from './segments.js';

/**
 * One table cell as segments (its paragraphs joined by breaks), for options laid out in a table.
 * A shaded cell (`w:tcPr/w:shd` fill) counts as highlighted text: teachers mark keys that way too.
 */
export function cellSegments(cell: Element, paragraphs: Segment[][]): Segment[] {
  const shading = firstChild(firstChild(cell, 'tcPr'), 'shd');
  const fill = attr(shading, 'fill')?.toLowerCase();
  const shaded = fill !== undefined && fill !== 'auto' && fill !== 'ffffff';
  const out: Segment[] = [];
  paragraphs.forEach((segments, i) => {
    if (i > 0) out.push({ kind: 'break' });
    for (const segment of segments)
      out.push(shaded && segment.kind === 'text' ? { ...segment, highlight: true } : segment);
  });
  return out;
}

export function readCellParagraphs(cell: Element, context: ParagraphContext): Segment[][] {
  return childElements(cell, 'p').map((p) => readParagraph(p, context));
}
