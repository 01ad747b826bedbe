import type { MatrixRow } from './paper-types.js';
import { type CellText, continued, type TableCell, textCell } from './word-table.js';

/** A matrix row with where it stands in its topic (consecutive rows of one topic share its cells). */
export interface PlacedRow {
  row: MatrixRow;
  index: number;
  /** TT of the topic, from 1. */
  topicNumber: number;
  firstOfTopic: boolean;
}

export function placeRows(rows: MatrixRow[]): PlacedRow[] {
  let topicNumber = 0;
  return rows.map((row, index) => {
    const firstOfTopic = index === 0 || rows[index - 1]?.topic.trim() !== row.topic.trim();
    if (firstOfTopic) topicNumber += 1;
    return { row, index, topicNumber, firstOfTopic };
  });
}

/** The top cell of a vertical merge, or a continuation under it. */
export function mergedCell(first: boolean, text: string, format: CellText = {}): TableCell {
  return first ? textCell(text, { ...format, merge: 'restart' }) : continued(format.span ?? 1);
}

export const heading = (text: string, format: CellText = {}): TableCell =>
  textCell(text, { bold: true, align: 'center', ...format });

export const centred = (text: string, format: CellText = {}): TableCell =>
  textCell(text, { align: 'center', ...format });

/** Column widths: fixed leading columns, the rest shared equally by `shared` columns. */
export function columnWidths(total: number, fixed: number[], shared: number): number[] {
  const used = fixed.reduce((sum, width) => sum + width, 0);
  const each = Math.floor((total - used) / Math.max(1, shared));
  return [...fixed, ...Array<number>(shared).fill(each)];
}
