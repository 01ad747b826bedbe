import type { ImportKind } from '@hoclieu/contracts';
import { headerKey } from '../text.js';
import { type ImportColumn, importColumns } from './columns.js';

/** One non-empty row of a sheet as read from the file, with the row number the spreadsheet shows. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A data row keyed by column key ("ma_truong"); absent and blank cells are "". */
export interface ImportRecord {
  row: number;
  values: Record<string, string>;
}

export type TableResult = { ok: true; records: ImportRecord[] } | { ok: false; missing: ImportColumn[] };

/**
 * Matches the first row's headers to the kind's columns, diacritics- and case-insensitively
 * ("MÃ TRƯỜNG", "ma truong" and "Mã trường (*)" all work), then keys the data rows by column.
 * Unknown columns are ignored; a missing required column fails the whole file.
 */
export function readTable(kind: ImportKind, rows: SheetRow[]): TableResult {
  const columns = importColumns[kind];
  const [header, ...data] = rows;
  const positions = new Map<string, number>();
  for (const [index, cell] of (header?.cells ?? []).entries()) {
    const key = headerKey(cell.replace(/\*/g, ''));
    if (key && !positions.has(key)) positions.set(key, index);
  }
  const missing = columns.filter((column) => column.required && !positions.has(column.key));
  if (missing.length > 0) return { ok: false, missing };
  const records = data
    .map((sheetRow) => ({
      row: sheetRow.row,
      values: Object.fromEntries(
        columns.map((column) => {
          const position = positions.get(column.key);
          return [column.key, position === undefined ? '' : (sheetRow.cells[position] ?? '').trim()];
        }),
      ),
    }))
    .filter((record) => Object.values(record.values).some((value) => value !== ''));
  return { ok: true, records };
}
