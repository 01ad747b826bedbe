import { PassThrough, type Readable } from 'node:stream';
import { describeFailure } from '@hoclieu/domain';
import { BlobNotFoundError, StorageError, StorageUnavailableError } from './errors.js';

// Socket-level failures and S3's "try again later" answers: MinIO is there in principle, not now.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ServiceUnavailable',
  'SlowDown',
  'InternalError',
  'XMinioServerNotInitialized',
]);
// HEAD answers carry no body, so a missing object there is plain `NotFound`.
const NOT_FOUND_CODES = new Set(['NoSuchKey', 'NotFound', 'NoSuchBucket']);

export function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

export function isNotFound(error: unknown): boolean {
  return NOT_FOUND_CODES.has(errorCode(error) ?? '');
}

/** Translates minio client errors into the port's typed errors; anything else is a bug and passes through. */
export function toStorageError(error: unknown, key: string): unknown {
  if (error instanceof StorageError) return error;
  if (isNotFound(error)) return new BlobNotFoundError(key);
  if (UNAVAILABLE_CODES.has(errorCode(error) ?? '')) {
    return new StorageUnavailableError(`MinIO is unreachable: ${describeFailure(error)}`, { cause: error });
  }
  return error;
}

/**
 * A download's body outlives the `get` that opened it: MinIO going away mid-stream surfaces later,
 * as a socket error on the body ("aborted", ECONNRESET). Any such error is the transport failing,
 * so the reader (a hash, an inspection) sees StorageUnavailableError rather than a raw socket error.
 */
export function unavailableOnBreak(body: Readable, key: string): Readable {
  const relay = new PassThrough();
  body.on('error', (error) => {
    const message = `MinIO broke off the download of "${key}": ${describeFailure(error)}`;
    relay.destroy(
      error instanceof StorageError ? error : new StorageUnavailableError(message, { cause: error }),
    );
  });
  // A reader that stops early (a client gone, a range read enough) releases the connection too.
  relay.once('close', () => body.destroy());
  return body.pipe(relay);
}
