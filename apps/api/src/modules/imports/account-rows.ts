import type { ImportRowError } from '@hoclieu/contracts';
import { type Parsed, withoutDuplicates } from '@hoclieu/domain';
import type { NewAccount } from './accounts-sql.js';
import { goodRows, type RowWrite } from './plan.js';

/** The good rows of an account sheet, each username once (a repeat is reported, not imported). */
export function accountRows<T extends { row: number; username: string }>(
  parsed: Parsed<T>[],
  errors: ImportRowError[],
): T[] {
  const deduped = withoutDuplicates(
    goodRows(parsed, errors),
    (row) => row.username,
    'Tên đăng nhập',
    (row) => `tên đăng nhập "${row.username}"`,
  );
  errors.push(...deduped.errors);
  return deduped.kept;
}

type AccountFields = Pick<NewAccount, 'username' | 'fullName' | 'email' | 'role'> & Partial<NewAccount>;

/** The write creating an account of row `row`; units, classes and assignments are none unless given. */
export function newAccountWrite(row: number, fields: AccountFields): RowWrite {
  return {
    row,
    outcome: 'created',
    account: { username: fields.username, fullName: fields.fullName },
    newAccount: {
      provinceId: null,
      districtId: null,
      schoolId: null,
      classIds: [],
      assignments: [],
      ...fields,
    },
  };
}
