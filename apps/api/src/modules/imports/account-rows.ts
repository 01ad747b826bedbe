import type { ImportRowError } from '@hoclieu/contracts';
import type { Parsed } from '@hoclieu/domain';
import type { NewAccount } from './accounts-sql.js';
import { distinctRows, type RowWrite, rowWrite, type Tx } from './plan.js';

/** The good rows of an account sheet, each username once (a repeat is reported, not imported). */
export function accountRows<T extends { row: number; username: string }>(
  parsed: Parsed<T>[],
  errors: ImportRowError[],
): T[] {
  return distinctRows(parsed, errors, {
    of: (row) => row.username,
    column: 'Tên đăng nhập',
    describe: (row) => `tên đăng nhập "${row.username}"`,
  });
}

type AccountFields = Pick<NewAccount, 'email' | 'role'> & Partial<NewAccount>;

/** The write creating the account of a sheet row; units, classes and assignments are none unless given. */
export function newAccountWrite(
  { row, username, fullName }: { row: number; username: string; fullName: string },
  fields: AccountFields,
): RowWrite {
  return {
    row,
    outcome: 'created',
    account: { username, fullName },
    newAccount: {
      username,
      fullName,
      provinceId: null,
      districtId: null,
      schoolId: null,
      classIds: [],
      assignments: [],
      ...fields,
    },
  };
}

/**
 * The write for a row naming an existing account: its name and e-mail (kept when the row gives none)
 * brought in line with the row, then `more` (new teaching assignments); unchanged when nothing differs.
 */
export function accountUpdateWrite(
  row: { row: number; fullName: string; email: string | null },
  user: { id: string; fullName: string; email: string | null },
  more?: (tx: Tx) => Promise<void>,
): RowWrite {
  const email = row.email ?? user.email;
  if (user.fullName === row.fullName && user.email === email && !more) return rowWrite(row.row, 'unchanged');
  return rowWrite(row.row, 'updated', async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { fullName: row.fullName, email } });
    await more?.(tx);
  });
}
