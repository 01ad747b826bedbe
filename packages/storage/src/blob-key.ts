import { InvalidBlobKeyError } from './errors.js';

// The S3 limit; local disk paths stay well below PATH_MAX with it too.
export const MAX_BLOB_KEY_LENGTH = 1024;
const KEY_CHARACTERS = /^[a-zA-Z0-9/_.-]+$/;

/**
 * Keys become file paths on local disk, so anything that could escape the root or
 * name the same file twice ("a//b", "a/./b") is refused for every adapter alike.
 */
export function assertBlobKey(key: string): void {
  const problem = keyProblem(key);
  if (problem) throw new InvalidBlobKeyError(key, problem);
}

function keyProblem(key: string): string | null {
  if (typeof key !== 'string' || key.length === 0) return 'it is empty';
  if (key.length > MAX_BLOB_KEY_LENGTH) return `it is longer than ${MAX_BLOB_KEY_LENGTH} characters`;
  if (!KEY_CHARACTERS.test(key)) return 'only letters, digits, "/", "_", "." and "-" are allowed';
  if (key.startsWith('/')) return 'it must not start with "/"';
  if (key.includes('..')) return 'it must not contain ".."';
  if (key.split('/').some((segment) => segment === '' || segment === '.')) {
    return 'it must not contain empty or "." path segments';
  }
  return null;
}
