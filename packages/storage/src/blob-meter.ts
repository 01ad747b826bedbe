import { createHash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { assertBlobKey } from './blob-key.js';
import type { PutBlobOptions } from './blob-store.js';
import { BlobTooLargeError } from './errors.js';

/**
 * Sits between the upload and the store: counts and hashes bytes as they pass, and fails
 * the stream on the first byte over the limit, so an oversized upload is never read to the end.
 */
export class BlobMeter extends Transform {
  bytes = 0;
  readonly #hash = createHash('sha256');
  #digest: string | undefined;

  constructor(private readonly maxBytes?: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.maxBytes !== undefined && this.bytes > this.maxBytes) {
      callback(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  /** Read once the stream has ended. */
  get sha256(): string {
    this.#digest ??= this.#hash.digest('hex');
    return this.#digest;
  }
}

/**
 * Refuses an upload before a byte is read: bad key, or a declared size already over the limit.
 * The body is destroyed then, as `put` owns it whatever happens.
 */
export function admitUpload(key: string, body: Readable, options: PutBlobOptions): void {
  try {
    assertBlobKey(key);
    const { size, maxBytes } = options;
    if (size !== undefined && maxBytes !== undefined && size > maxBytes)
      throw new BlobTooLargeError(maxBytes);
  } catch (error) {
    body.destroy();
    throw error;
  }
}
