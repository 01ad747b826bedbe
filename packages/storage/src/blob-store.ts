import type { Readable } from 'node:stream';
import type { HealthReport } from '@hoclieu/domain';

/** Inclusive byte positions, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

/** What a caller asks for; an open `end` means "to the end of the blob". */
export interface RequestedRange {
  start: number;
  end?: number;
}

export interface PutBlobOptions {
  contentType: string;
  /** Declared size, when the caller knows it (lets MinIO pick a single PUT). */
  size?: number;
  /** The upload is aborted with `BlobTooLargeError` as soon as more bytes arrive. */
  maxBytes?: number;
}

export interface StoredBlob {
  key: string;
  size: number;
  /** Hex SHA-256 of the bytes actually stored, computed while streaming. */
  sha256: string;
}

export interface BlobContent {
  body: Readable;
  /** Size of the whole blob, not of the returned range (needed for `Content-Range`). */
  size: number;
  contentType: string;
  /** Present when a range was asked for: the bytes `body` holds, end clamped to the blob. */
  range?: ByteRange;
}

export interface BlobInfo {
  size: number;
  contentType: string;
}

export type { HealthReport };

/**
 * Where uploaded files (teaching materials, imports, exports) live.
 * `put` takes ownership of `body`: it is consumed, or destroyed when the put fails.
 */
export interface BlobStore {
  readonly kind: 'local-disk' | 'minio';
  put(key: string, body: Readable, options: PutBlobOptions): Promise<StoredBlob>;
  /** Throws `BlobNotFoundError`, or `RangeNotSatisfiableError` for a range outside the blob. */
  get(key: string, range?: RequestedRange): Promise<BlobContent>;
  stat(key: string): Promise<BlobInfo | null>;
  /** Deleting a missing blob is not an error. */
  delete(key: string): Promise<void>;
  /** A URL the browser can upload to directly, or null when the API must stream the upload itself. */
  presignPut(key: string, options: { contentType: string; expiresSeconds: number }): Promise<string | null>;
  /** A URL the browser can download from directly, or null when the API must stream the download. */
  presignGet(key: string, options: { expiresSeconds: number; downloadName?: string }): Promise<string | null>;
  /** Never throws: an unreachable store is reported as `down` so the API stays up. */
  health(): Promise<HealthReport>;
}
