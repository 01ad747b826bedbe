import type { ErrorCode } from '@hoclieu/contracts';
import { AppError } from '../../http/errors.js';

/** Runs a write; a unique-constraint violation (a code or username taken meanwhile) becomes `code`. */
export async function uniqueOr<T>(code: ErrorCode, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') throw new AppError(code);
    throw error;
  }
}
