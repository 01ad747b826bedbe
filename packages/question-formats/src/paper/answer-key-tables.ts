import { TEXT_WIDTH_TWIPS } from '../docx-export/wordml.js';
import type { AnswerKeyVersion, StatementLabel } from './paper-types.js';
import { continued, type TableCell, textCell, wordTable } from './word-table.js';

/** Questions per row pair of the Phần I table, as in the Ministry's keys. */
const CHOICES_PER_ROW = 10;
const LABEL_WIDTH = 1100;
const STATEMENTS: StatementLabel[] = ['a', 'b', 'c', 'd'];

const head = (text: string, more: Parameters<typeof textCell>[1] = {}): TableCell =>
  textCell(text, { bold: true, align: 'center', ...more });
const centred = (text: string): TableCell => textCell(text, { align: 'center' });

/** Phần I: "Câu | 1 | 2 | …" over "Chọn | A | C | …", wrapping every ten questions. */
export function multipleChoiceTable(entries: AnswerKeyVersion['multipleChoice']): string {
  const perRow = Math.min(CHOICES_PER_ROW, entries.length);
  // Columns as wide as in a full row, so a short key stays a short table.
  const width = Math.floor((TEXT_WIDTH_TWIPS - LABEL_WIDTH) / CHOICES_PER_ROW);
  const rows: TableCell[][] = [];
  for (let at = 0; at < entries.length; at += perRow) {
    const chunk = entries.slice(at, at + perRow);
    const pad = Array.from({ length: perRow - chunk.length }, () => centred(''));
    rows.push([head('Câu'), ...chunk.map((e) => head(String(e.number))), ...pad]);
    rows.push([head('Chọn'), ...chunk.map((e) => centred(e.answer.trim())), ...pad]);
  }
  return wordTable(rows, { widths: [LABEL_WIDTH, ...Array(perRow).fill(width)], borders: true });
}

/** Phần II: "Câu | Lệnh hỏi | Đáp án (Đ/S)", one row per statement, the question number merged. */
export function trueFalseTable(entries: AnswerKeyVersion['trueFalse']): string {
  const rows: TableCell[][] = [[head('Câu'), head('Lệnh hỏi'), head('Đáp án (Đ/S)')]];
  for (const entry of entries) {
    STATEMENTS.forEach((label, i) => {
      const number = i === 0 ? head(String(entry.number), { merge: 'restart' }) : continued();
      rows.push([number, centred(`${label})`), centred(entry.answers[label] ? 'Đ' : 'S')]);
    });
  }
  return wordTable(rows, { widths: [1600, 2400, 2400], borders: true, headerRows: 1 });
}

/** Phần III: "Câu | Đáp án", one row per question. */
export function shortAnswerTable(entries: AnswerKeyVersion['shortAnswer']): string {
  const rows = [
    [head('Câu'), head('Đáp án')],
    ...entries.map((e) => [head(String(e.number)), centred(e.answer.trim())]),
  ];
  return wordTable(rows, { widths: [1600, 4800], borders: true, headerRows: 1 });
}
