import type { RequestedRange } from './blob-store.js';

/** Storage failures carry a stable `code`; the API's error handler maps codes to HTTP responses. */
export abstract class StorageError extends Error {
  abstract readonly code: string;
}

export class BlobNotFoundError extends StorageError {
  override readonly name = 'BlobNotFoundError';
  readonly code = 'BLOB_NOT_FOUND';
  constructor(readonly key: string) {
    super(`No blob stored under "${key}"`);
  }
}

export class BlobTooLargeError extends StorageError {
  override readonly name = 'BlobTooLargeError';
  readonly code = 'BLOB_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`Upload exceeds the limit of ${maxBytes} bytes`);
  }
}

export class InvalidBlobKeyError extends StorageError {
  override readonly name = 'InvalidBlobKeyError';
  readonly code = 'INVALID_BLOB_KEY';
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid blob key "${key}": ${reason}`);
  }
}

export class RangeNotSatisfiableError extends StorageError {
  override readonly name = 'RangeNotSatisfiableError';
  readonly code = 'RANGE_NOT_SATISFIABLE';
  constructor(
    readonly range: RequestedRange,
    readonly size: number,
  ) {
    super(`Range ${range.start}-${range.end ?? ''} is outside a blob of ${size} bytes`);
  }
}

export class StorageUnavailableError extends StorageError {
  override readonly name = 'StorageUnavailableError';
  readonly code = 'STORAGE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
