import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Cell = string | number | boolean | null | string[];
/** One row to copy: its cells by column name (every row of one COPY has the same columns). */
export type CopyRow = Record<string, Cell>;

/** COPY's text format: \N for null, backslash escapes, arrays as {"a","b"}. */
function cell(value: Cell): string {
  if (value === null) return '\\N';
  if (Array.isArray(value)) {
    const items = value.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
    return copyText(`{${items.join(',')}}`);
  }
  return copyText(String(value));
}

function copyText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Streams rows into a table with COPY FROM STDIN: the fastest way in, far ahead of INSERTs. */
export async function copyRows(pool: pg.Pool, table: string, rows: CopyRow[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  if (!columns.length) return;
  const client = await pool.connect();
  try {
    const quoted = columns.map((c) => `"${c}"`).join(', ');
    const stream = client.query(copyFrom(`COPY ${table} (${quoted}) FROM STDIN`));
    async function* lines() {
      for (const row of rows) yield `${columns.map((column) => cell(row[column] ?? null)).join('\t')}\n`;
    }
    await pipeline(lines, stream);
  } finally {
    client.release();
  }
}
