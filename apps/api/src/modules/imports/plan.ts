import type { ImportRowError, ImportRowErrorCode } from '@hoclieu/contracts';
import type { Prisma, Role } from '@hoclieu/db';
import { type Actor, type ImportRecord, type Parsed, withoutDuplicates } from '@hoclieu/domain';
import type { NewAccount } from './accounts-sql.js';

export type Tx = Prisma.TransactionClient;

/** What importing one good row does: decided against the database first, written later in a chunk. */
export interface RowWrite {
  row: number;
  outcome: 'created' | 'updated' | 'unchanged';
  /** A new account: a one-time password is made and hashed before the write gets it. */
  account?: { username: string; fullName: string };
  /** A new account written with the chunk's other new accounts in one statement (with `account`). */
  newAccount?: NewAccount;
  write?: (tx: Tx, passwordHash: string | null) => Promise<void>;
}

interface ImportPlan {
  errors: ImportRowError[];
  writes: RowWrite[];
}

/** Reads the rows of one kind, checks them against the database and the actor's rights, and plans the writes. */
export type Planner = (actor: Actor, records: ImportRecord[]) => Promise<ImportPlan>;

/** Splits parsed rows into the good ones and the errors of the bad ones. */
function goodRows<T>(results: Parsed<T>[], errors: ImportRowError[]): T[] {
  const good: T[] = [];
  for (const result of results) {
    if (result.ok) good.push(result.value);
    else errors.push(...result.errors);
  }
  return good;
}

/**
 * The rows that parsed, each key once: the parse errors and every repeat of a key (described by
 * `key.describe`, reported in `key.column`) go to `errors`, and the repeats are not imported.
 */
export function distinctRows<T extends { row: number }>(
  parsed: Parsed<T>[],
  errors: ImportRowError[],
  key: { of: (row: T) => string; column: string; describe: (row: T) => string },
): T[] {
  const deduped = withoutDuplicates(goodRows(parsed, errors), key.of, key.column, key.describe);
  errors.push(...deduped.errors);
  return deduped.kept;
}

/** A good row's outcome, and what it writes in its chunk's transaction (nothing when unchanged). */
export function rowWrite(
  row: number,
  outcome: RowWrite['outcome'],
  write?: (tx: Tx) => Promise<unknown>,
): RowWrite {
  if (!write) return { row, outcome };
  return {
    row,
    outcome,
    write: async (tx) => {
      await write(tx);
    },
  };
}

export const rowError = (
  row: number,
  column: string,
  code: ImportRowErrorCode,
  message: string,
): ImportRowError => ({
  row,
  column,
  code,
  message,
});

export const roleLabels: Record<Role, string> = {
  student: 'học sinh',
  teacher: 'giáo viên',
  school_admin: 'quản trị trường',
  district_officer: 'cán bộ Phòng GDĐT',
  province_officer: 'cán bộ Sở GDĐT',
  system_admin: 'quản trị hệ thống',
};

export const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** A new account's hash, made by applyWrites for every write that declares an `account`. */
export function requireHash(passwordHash: string | null): string {
  if (!passwordHash) throw new Error('a new account was planned without a password hash');
  return passwordHash;
}
