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
/** Matrices are dense: 11 pt, as schools print them. */
export const MATRIX_TEXT = 22;
/** Cell padding of the narrow count columns, in twips. */
export const MATRIX_CELL_MARGIN = 28;

/** A cell in the matrices' text size. */
export const cell = (text: string, format: CellText = {}): TableCell =>
  textCell(text, { size: MATRIX_TEXT, ...format });

export function mergedCell(first: boolean, text: string, format: CellText = {}): TableCell {
  return first ? cell(text, { ...format, merge: 'restart' }) : continued(format.span ?? 1);
}

export const heading = (text: string, format: CellText = {}): TableCell =>
  cell(text, { bold: true, align: 'center', ...format });

export const centred = (text: string, format: CellText = {}): TableCell =>
  cell(text, { align: 'center', ...format });

/** Column widths: fixed leading and trailing columns, the rest shared equally by `shared` columns. */
export function columnWidths(
  total: number,
  leading: number[],
  shared: number,
  trailing: number[] = [],
): number[] {
  const used = [...leading, ...trailing].reduce((sum, width) => sum + width, 0);
  const each = Math.floor((total - used) / Math.max(1, shared));
  return [...leading, ...Array<number>(shared).fill(each), ...trailing];
}
