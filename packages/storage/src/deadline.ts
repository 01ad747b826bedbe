import { StorageUnavailableError } from './errors.js';

/**
 * Settles with the operation or fails with StorageUnavailableError after `ms`: a store that accepts
 * connections but never answers (a hung MinIO, a dropped route) must not hold an API request open.
 * The abandoned request is left to the socket; its late result is ignored.
 */
export function withDeadline<T>(operation: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StorageUnavailableError(`MinIO did not answer ${what} within ${ms} ms`)),
      ms,
    );
  });
  operation.catch(() => undefined);
  return Promise.race([operation, deadline]).finally(() => clearTimeout(timer));
}
