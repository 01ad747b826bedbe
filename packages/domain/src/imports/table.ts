import type { OrgSheetKind } from '@hoclieu/contracts';
import { headerKey } from '../text.js';
import { type ImportColumn, sheetColumns } from './columns.js';

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
export function readTable(kind: OrgSheetKind, rows: SheetRow[]): TableResult {
  const [header, ...data] = rows;
  const table = tableHeader(kind, header);
  if (!table.ok) return table;
  return { ok: true, records: data.map(table.record).filter((record) => record !== null) };
}

export type TableHeader =
  | { ok: true; record: (row: SheetRow) => ImportRecord | null }
  | { ok: false; missing: ImportColumn[] };

/**
 * Reads a sheet's header row; `record` then keys each data row by column (null for a blank row).
 * Split from readTable so a sheet can be read row by row (the organisation workbook is streamed).
 */
export function tableHeader(kind: OrgSheetKind, header: SheetRow | undefined): TableHeader {
  const columns = sheetColumns[kind];
  const positions = headerPositions(header);
  const missing = columns.filter((column) => column.required && !positions.has(column.key));
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    record: (sheetRow) => {
      const values = Object.fromEntries(
        columns.map((column) => {
          const position = positions.get(column.key);
          return [column.key, position === undefined ? '' : (sheetRow.cells[position] ?? '').trim()];
        }),
      );
      return Object.values(values).some((value) => value !== '') ? { row: sheetRow.row, values } : null;
    },
  };
}

/**
 * Where each column of a header row stands, by its key (diacritics, case and the `*` of required
 * columns aside); when two cells give the same key, the first counts.
 */
export function headerPositions(header: SheetRow | undefined): Map<string, number> {
  const positions = new Map<string, number>();
  for (const [index, cell] of (header?.cells ?? []).entries()) {
    const key = headerKey(cell.replace(/\*/g, ''));
    if (key && !positions.has(key)) positions.set(key, index);
  }
  return positions;
}
