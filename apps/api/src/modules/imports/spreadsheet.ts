import type { SheetRow } from '@hoclieu/domain';
import type { ZipLimits } from '@hoclieu/media';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors.js';
import { checkXlsxPackage, isZip } from './xlsx-package.js';

/**
 * ExcelJS inflates every part of an .xlsx in memory before reading a cell, so the zip is checked
 * first: a 20,000-row sheet is a few MB of XML, far below these limits, while a zip bomb, thousands
 * of entries, traversal names or lying sizes are refused before ExcelJS sees them.
 */
const XLSX_LIMITS: Partial<ZipLimits> = {
  maxEntries: 500,
  maxTotalUncompressedBytes: 64 * 1024 ** 2,
  verifyContent: true,
  timeoutMs: 5_000,
};

/**
 * Reads the first sheet of an .xlsx or a .csv file into its non-empty rows, cells trimmed. The
 * format is told by content (an .xlsx is a zip), not by the file name; anything else is refused.
 */
export async function readSpreadsheet(file: Buffer): Promise<SheetRow[]> {
  try {
    const rows = isZip(file) ? await readXlsx(file) : readCsv(file);
    return rows.filter((row) => row.cells.some((cell) => cell !== ''));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_FILE_UNREADABLE');
  }
}

async function readXlsx(file: Buffer): Promise<SheetRow[]> {
  await checkXlsxPackage(file, XLSX_LIMITS);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(file).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_FILE_UNREADABLE');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text.trim();
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

function readCsv(file: Buffer): SheetRow[] {
  // Binary files (old .xls, UTF-16 text) hold NUL bytes; a legacy 8-bit encoding fails UTF-8 decoding.
  if (file.includes(0)) throw new AppError('IMPORT_FILE_UNREADABLE');
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
  const records: string[][] = parse(text, {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
  });
  // Each record is one spreadsheet row, even when a quoted cell spans lines.
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

/** Excel saves CSV with the locale's list separator: ";" in much of Vietnam, "," elsewhere. */
function delimiterOf(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && counts.has(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}
