import type { ImportReport, ImportRowError } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { FastifyBaseLogger } from 'fastify';
import type { PasswordHasher } from '../auth/passwords.js';
import { temporaryPassword } from '../auth/passwords.js';
import { insertAccounts } from './accounts-sql.js';
import type { RowWrite, Tx } from './plan.js';

/** Rows per transaction: a failure rolls back whole rows, and no transaction holds locks for long. */
const CHUNK_ROWS = 100;
/**
 * One-time passwords get a keyed fast hash (passwords.hashOneTime); without a key they fall back to
 * argon2id, which runs on libuv's 4 worker threads: 4 at a time keep them busy.
 */
const HASH_CONCURRENCY = 4;

type Outcome = Pick<ImportReport, 'created' | 'updated' | 'unchanged' | 'credentials'> & {
  errors: ImportRowError[];
};

/**
 * Writes the planned rows in chunked transactions. If a chunk fails (the database went away, a
 * concurrent import took a username), its rows and those after it are reported as not saved, and the
 * credentials of the chunks already committed are still returned: they are shown only once.
 */
export async function applyWrites(
  db: Db,
  passwords: PasswordHasher,
  writes: RowWrite[],
  log: FastifyBaseLogger,
  chunkRows = CHUNK_ROWS,
): Promise<Outcome> {
  const outcome: Outcome = { created: 0, updated: 0, unchanged: 0, credentials: [], errors: [] };
  let failed = false;
  for (let start = 0; start < writes.length; start += chunkRows) {
    const chunk = writes.slice(start, start + chunkRows);
    const pending = chunk.filter((planned) => planned.write || planned.newAccount);
    if (failed) {
      outcome.errors.push(...pending.map(notSaved));
      outcome.unchanged += chunk.length - pending.length;
      continue;
    }
    const accounts = await hashPasswords(passwords, pending);
    try {
      if (pending.length > 0) {
        await db.$transaction((tx) => writeChunk(tx, pending, accounts), { timeout: 60_000 });
      }
    } catch (error) {
      log.error({ err: error, firstRow: chunk[0]?.row }, 'import chunk failed');
      failed = true;
      outcome.errors.push(...pending.map(notSaved));
      outcome.unchanged += chunk.length - pending.length;
      continue;
    }
    for (const planned of chunk) {
      outcome[planned.outcome] += 1;
      const account = accounts.get(planned);
      if (planned.account && account) {
        outcome.credentials.push({
          row: planned.row,
          ...planned.account,
          temporaryPassword: account.password,
        });
      }
    }
  }
  return outcome;
}

const notSaved = (planned: RowWrite): ImportRowError => ({
  row: planned.row,
  code: 'IMPORT_ROW_NOT_SAVED',
  message: 'Chưa lưu được dòng này do lỗi hệ thống; hãy nhập lại tệp (các dòng đã lưu không bị nhập trùng).',
});

export type ChunkAccounts = Map<RowWrite, { password: string; hash: string }>;

/** Writes a chunk's planned rows in the caller's transaction: new accounts together, then the rest row by row. */
export async function writeChunk(tx: Tx, pending: RowWrite[], accounts: ChunkAccounts): Promise<void> {
  const created = pending.flatMap((planned) => {
    const hash = accounts.get(planned)?.hash;
    return planned.newAccount && hash ? [{ ...planned.newAccount, passwordHash: hash }] : [];
  });
  await insertAccounts(tx, created);
  for (const planned of pending) await planned.write?.(tx, accounts.get(planned)?.hash ?? null);
}

/** A one-time password and its hash for every planned new account. */
export async function hashPasswords(passwords: PasswordHasher, writes: RowWrite[]): Promise<ChunkAccounts> {
  const accounts: ChunkAccounts = new Map();
  // One shared iterator: each worker takes the next account when its hash is done.
  const queue = writes.filter((planned) => planned.account).values();
  const worker = async () => {
    for (const planned of queue) {
      const password = temporaryPassword();
      accounts.set(planned, { password, hash: await passwords.hashOneTime(password) });
    }
  };
  await Promise.all(Array.from({ length: HASH_CONCURRENCY }, worker));
  return accounts;
}
