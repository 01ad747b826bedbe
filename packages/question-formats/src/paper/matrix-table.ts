import {
  cell,
  centred,
  columnWidths,
  heading,
  MATRIX_CELL_MARGIN,
  mergedCell,
  placeRows,
} from './matrix-layout.js';
import type { MatrixTotals } from './matrix-totals.js';
import { LANDSCAPE_TEXT_WIDTH_TWIPS } from './paper-header.js';
import { LEVEL_NAMES, MATRIX_LEVELS, type MatrixDoc, type MatrixKey, TYPE_NAMES } from './paper-types.js';
import { vietnameseNumber as vn } from './vietnamese-number.js';
import { continued, type TableCell, wordTable } from './word-table.js';

const LEADING = [450, 1600, 1800];
/** Tổng by level and Tỉ lệ % điểm. */
const TRAILING = [700, 700, 700, 700];

/**
 * The exam matrix in the Công văn 7991 layout: topic and unit rows; per question type the counts
 * at Biết, Hiểu, Vận dụng; the row's totals per level and share of points; then the question
 * count, points and percentage rows.
 */
export function matrixTable(doc: MatrixDoc, totals: MatrixTotals): string {
  const { keys } = totals;
  const widths = columnWidths(LANDSCAPE_TEXT_WIDTH_TWIPS, LEADING, keys.length, TRAILING);
  return wordTable([...headRows(doc, keys), ...bodyRows(doc, totals), ...footRows(totals)], {
    widths,
    borders: true,
    headerRows: 3,
    cellMargin: MATRIX_CELL_MARGIN,
  });
}

function headRows(doc: MatrixDoc, keys: MatrixKey[]): TableCell[][] {
  const levels = MATRIX_LEVELS.map((level) => LEVEL_NAMES[level]);
  return [
    [
      heading('TT', { merge: 'restart' }),
      heading('Chủ đề/Chương', { merge: 'restart' }),
      heading('Nội dung/đơn vị kiến thức', { merge: 'restart' }),
      heading('Mức độ đánh giá', { span: keys.length }),
      heading('Tổng', { span: 3 }),
      heading('Tỉ lệ % điểm', { merge: 'restart' }),
    ],
    [
      continued(),
      continued(),
      continued(),
      ...doc.types.map((type) => heading(TYPE_NAMES[type], { span: 3 })),
      ...levels.map((name) => heading(name, { merge: 'restart' })),
      continued(),
    ],
    [
      continued(),
      continued(),
      continued(),
      ...doc.types.flatMap(() => levels.map((name) => heading(name))),
      continued(),
      continued(),
      continued(),
      continued(),
    ],
  ];
}

function bodyRows(doc: MatrixDoc, totals: MatrixTotals): TableCell[][] {
  return placeRows(doc.rows).map(({ row, index, topicNumber, firstOfTopic }) => {
    const own = totals.rows[index];
    const count = (value: number | undefined): TableCell => centred(value ? vn(value) : '');
    return [
      mergedCell(firstOfTopic, String(topicNumber), { align: 'center' }),
      mergedCell(firstOfTopic, row.topic.trim(), { bold: true }),
      cell(row.unit?.trim() ?? ''),
      ...totals.keys.map((key) => count(row.cells[key])),
      ...MATRIX_LEVELS.map((level) => count(own?.levels[level])),
      centred(vn(own?.percent ?? 0)),
    ];
  });
}

function footRows(totals: MatrixTotals): TableCell[][] {
  const label = (text: string): TableCell => heading(text, { span: 3 });
  const cells = (values: number[]): TableCell[] => values.map((value) => heading(vn(value)));
  return [
    [
      label('Tổng số câu'),
      ...cells(totals.keys.map((key) => totals.columns[key])),
      ...cells(MATRIX_LEVELS.map((level) => totals.levels[level])),
      heading(vn(totals.count)),
    ],
    [
      label('Tổng số điểm'),
      ...cells(totals.keys.map((key) => totals.points.columns[key])),
      ...cells(MATRIX_LEVELS.map((level) => totals.points.levels[level])),
      heading(vn(totals.points.total)),
    ],
    [
      label('Tỉ lệ %'),
      ...cells(totals.keys.map((key) => totals.percent.columns[key])),
      ...cells(MATRIX_LEVELS.map((level) => totals.percent.levels[level])),
      heading(totals.points.total > 0 ? '100' : '0'),
    ],
  ];
}
