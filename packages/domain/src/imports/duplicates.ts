import type { ImportRowError } from '@hoclieu/contracts';

/**
 * Rows repeating an earlier row's natural key (same school code, same class, same username) are
 * reported and left out; the first occurrence is kept.
 */
export function withoutDuplicates<T extends { row: number }>(
  rows: T[],
  keyOf: (row: T) => string,
  column: string,
  describe: (row: T) => string,
): { kept: T[]; errors: ImportRowError[] } {
  const firstRow = new Map<string, number>();
  const kept: T[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row.row);
      kept.push(row);
    } else {
      errors.push({
        row: row.row,
        column,
        code: 'IMPORT_ROW_DUPLICATE',
        message: `Trùng với dòng ${first}: ${describe(row)}`,
      });
    }
  }
  return { kept, errors };
}
