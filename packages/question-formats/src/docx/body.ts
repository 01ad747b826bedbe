import type { Element } from '@xmldom/xmldom';
import { attr, childElements, firstChild } from '../xml.js';
import type { Numbering } from './numbering.js';
import { type ParagraphContext, readParagraph } from './paragraph.js';
import { plainText, type Segment } from './segments.js';
import { segmentsToHtml } from './segments-html.js';
import { cellSegments, readCellParagraphs } from './table-cells.js';

interface ParagraphBlock {
  kind: 'paragraph';
  /** 1-based among the document's paragraphs, for problem locations ("đoạn 27"). */
  index: number;
  segments: Segment[];
  text: string;
}

export interface TableBlock {
  kind: 'table';
  index: number;
  /** Cell texts by row, for answer tables. */
  cells: string[][];
  /** Cell contents by row, for options laid out in a table (table-cells.ts). */
  cellSegments: Segment[][][];
  html: string;
}

export type Block = ParagraphBlock | TableBlock;

/** The body of `word/document.xml` as a flat list of paragraphs and (top-level) tables. */
export function readBody(body: Element, context: ParagraphContext, numbering: Numbering): Block[] {
  const blocks: Block[] = [];
  let index = 0;
  const visit = (parent: Element): void => {
    for (const child of childElements(parent)) {
      if (child.localName === 'p') {
        index += 1;
        const segments = readParagraph(child, context);
        const label = numbering.label(child);
        if (label)
          segments.unshift({
            kind: 'text',
            text: `${label} `,
            bold: false,
            italic: false,
            underline: false,
            red: false,
          });
        blocks.push({ kind: 'paragraph', index, segments, text: plainText(segments).normalize('NFC') });
      } else if (child.localName === 'tbl') {
        index += 1;
        blocks.push(readTable(child, index, context));
      } else if (
        child.localName === 'sdt' ||
        child.localName === 'sdtContent' ||
        child.localName === 'customXml'
      ) {
        visit(child);
      }
    }
  };
  visit(body);
  return blocks;
}

function readTable(table: Element, index: number, context: ParagraphContext): TableBlock {
  const cells: string[][] = [];
  const cellSegmentRows: Segment[][][] = [];
  let html = '<table>';
  for (const row of childElements(table, 'tr')) {
    const texts: string[] = [];
    const segmentRow: Segment[][] = [];
    html += '<tr>';
    // A repeated header row (as our export writes `<th>` rows) reads back as header cells.
    const cellTag = firstChild(firstChild(row, 'trPr'), 'tblHeader') ? 'th' : 'td';
    for (const cell of childElements(row, 'tc')) {
      const span = Number(attr(firstChild(firstChild(cell, 'tcPr'), 'gridSpan'), 'val'));
      const paragraphs = readCellParagraphs(cell, context);
      segmentRow.push(cellSegments(cell, paragraphs));
      texts.push(
        paragraphs
          .map((segments) => plainText(segments))
          .join('\n')
          .normalize('NFC')
          .trim(),
      );
      html += `<${cellTag}${span > 1 && span <= 63 ? ` colspan="${span}"` : ''}>${paragraphs
        .map((segments) => segmentsToHtml(segments))
        .filter(Boolean)
        .join('<br>')}</${cellTag}>`;
    }
    cells.push(texts);
    cellSegmentRows.push(segmentRow);
    html += '</tr>';
  }
  return { kind: 'table', index, cells, cellSegments: cellSegmentRows, html: `${html}</table>` };
}
