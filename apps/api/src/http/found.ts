import type { ErrorCode } from '@hoclieu/contracts';
import { AppError } from './errors.js';

/** The row a lookup found, or AppError(`code`) (a "not found" code) when there is none. */
export async function foundOr<T>(lookup: Promise<T | null>, code: ErrorCode): Promise<T> {
  const row = await lookup;
  if (!row) throw new AppError(code);
  return row;
}
