import type { Sql } from '@hoclieu/db/sql';
import type { AckedSave } from './student.js';

/** JSON with sorted keys: jsonb does not keep the order an answer was sent in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface LedgerCheck {
  acknowledged: number;
  found: number;
  lost: number;
  /** A few lost saves, to read when `lost` is not 0. */
  samples: { save: AckedSave; stored: { seq: number; answer: unknown } | null }[];
}

/**
 * Every acknowledged save against the database: the stored answer of its item must have a higher
 * seq (a later save replaced it) or the same seq and the same answer.
 */
export async function checkLedger(sql: Sql, ledger: AckedSave[]): Promise<LedgerCheck> {
  const attemptIds = [...new Set(ledger.map((save) => save.attemptId))];
  const { rows } = await sql.query<{ attemptId: string; key: string; seq: number; answer: unknown }>(
    `SELECT "attemptId", key, seq, answer FROM "AttemptAnswer" WHERE "attemptId" = ANY($1::uuid[])`,
    [attemptIds],
  );
  const stored = new Map(rows.map((row) => [`${row.attemptId}/${row.key}`, row]));
  const check: LedgerCheck = { acknowledged: ledger.length, found: 0, lost: 0, samples: [] };
  for (const save of ledger) {
    const row = stored.get(`${save.attemptId}/${save.key}`);
    const kept =
      !!row &&
      (row.seq > save.seq || (row.seq === save.seq && canonical(row.answer) === canonical(save.answer)));
    if (kept) {
      check.found++;
      continue;
    }
    check.lost++;
    if (check.samples.length < 10)
      check.samples.push({ save, stored: row ? { seq: row.seq, answer: row.answer } : null });
  }
  return check;
}
