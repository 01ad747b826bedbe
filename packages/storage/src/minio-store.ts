import { pipeline } from 'node:stream';
import { probeHealth } from '@hoclieu/domain';
import { Client } from 'minio';
import { assertBlobKey } from './blob-key.js';
import { admitUpload, BlobMeter } from './blob-meter.js';
import type { BlobStore } from './blob-store.js';
import { resolveByteRange } from './byte-range.js';
import { attachmentDisposition } from './content-disposition.js';
import { withDeadline } from './deadline.js';
import { errorCode, isNotFound, toStorageError, unavailableOnBreak } from './minio-errors.js';
import { readHead } from './stream-head.js';

export interface MinioStoreOptions {
  endPoint: string;
  port?: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  bucket: string;
  /** Fixed so presigning never asks the server for the bucket's location. */
  region?: string;
  healthTimeoutMs?: number;
  /** Deadline for one request-response exchange (stat, delete, bucket checks, opening a download). */
  requestTimeoutMs?: number;
  /**
   * The address browsers use to reach the store (e.g. https://files.example.edu.vn), when it
   * differs from the API's own (`minio:9000` inside docker compose). Presigned URLs carry it.
   */
  publicUrl?: string;
  /** Uploads above this go multipart; one part is held in memory at a time. */
  partSize?: number;
}

const DEFAULT_PART_SIZE = 64 * 1024 * 1024;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** A single-PUT upload gets the request deadline plus one second per MB (a slow link, 1 MB/s). */
const UPLOAD_MS_PER_MB = 1000;
const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

export function createMinioStore(options: MinioStoreOptions): BlobStore {
  const { bucket } = options;
  const region = options.region ?? 'us-east-1';
  const partSize = options.partSize ?? DEFAULT_PART_SIZE;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const client = new Client({
    endPoint: options.endPoint,
    port: options.port,
    useSSL: options.useSSL,
    accessKey: options.accessKey,
    secretKey: options.secretKey,
    region,
    partSize,
  });

  // Presigning is computed locally (the region is fixed), so a client configured with the public
  // address signs URLs the browser can reach without ever connecting to it.
  const signer = options.publicUrl ? publicClient(options, region) : client;

  // Created on first write rather than at start-up, so the API boots while MinIO is still down;
  // a failed attempt is forgotten so the next write tries again.
  let bucketReady: Promise<void> | undefined;
  function ensureBucket(): Promise<void> {
    bucketReady ??= withDeadline(createBucketIfMissing(), requestTimeoutMs, 'the bucket check').catch(
      (error: unknown) => {
        bucketReady = undefined;
        throw error;
      },
    );
    return bucketReady;
  }
  async function createBucketIfMissing(): Promise<void> {
    if (await client.bucketExists(bucket)) return;
    await client.makeBucket(bucket, region).catch((error: unknown) => {
      if (errorCode(error) !== 'BucketAlreadyOwnedByYou') throw error;
    });
  }

  /** One exchange with MinIO under the request deadline, its errors translated to the port's. */
  async function mapped<T>(key: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await withDeadline(operation(), requestTimeoutMs, `for "${key}"`);
    } catch (error) {
      throw toStorageError(error, key);
    }
  }

  return {
    kind: 'minio',

    async put(key, body, putOptions) {
      admitUpload(key, body, putOptions);
      const meter = new BlobMeter(putOptions.maxBytes);
      const upstream = new Promise<void>((resolve, reject) => {
        pipeline(body, meter, (error) => (error ? reject(error) : resolve()));
      });
      // Marked handled here: when an earlier step fails, nothing else awaits it.
      upstream.catch(() => undefined);
      const metadata = { 'Content-Type': putOptions.contentType };
      let multipart = false;
      try {
        await ensureBucket();
        // The client holds a whole part in memory before sending it anyway, so read that much
        // first: a blob that fits goes up in one PUT with its exact size, declared or not.
        const head = await readHead(meter, partSize);
        if (head.complete) {
          const allowance = requestTimeoutMs + Math.ceil(head.bytes.length / 1024 / 1024) * UPLOAD_MS_PER_MB;
          await withDeadline(
            client.putObject(bucket, key, head.bytes, head.bytes.length, metadata),
            allowance,
            `the upload of "${key}"`,
          );
        } else {
          multipart = true;
          // The client only uses the size to plan its parts (it counts bytes itself). Unknown,
          // it would plan for 5 TiB, i.e. parts of about 550 MB held in memory.
          const partPlan = Math.max(putOptions.size ?? 0, putOptions.maxBytes ?? 0, partSize + 1);
          // Its multipart path never notices a failing source, so the upstream is awaited alongside.
          await Promise.all([client.putObject(bucket, key, head.stream, partPlan, metadata), upstream]);
        }
      } catch (error) {
        meter.destroy();
        // Best effort: parts of an aborted multipart upload would otherwise linger on MinIO.
        if (multipart) client.removeIncompleteUpload(bucket, key).catch(() => undefined);
        throw toStorageError(error, key);
      }
      return { key, size: meter.bytes, sha256: meter.sha256 };
    },

    async get(key, requested) {
      assertBlobKey(key);
      return mapped(key, async () => {
        const info = await client.statObject(bucket, key);
        const range = resolveByteRange(requested, info.size);
        const body = range
          ? await client.getPartialObject(bucket, key, range.start, range.end - range.start + 1)
          : await client.getObject(bucket, key);
        const contentType = String(info.metaData['content-type'] ?? FALLBACK_CONTENT_TYPE);
        return { body: unavailableOnBreak(body, key), size: info.size, contentType, ...(range && { range }) };
      });
    },

    async stat(key) {
      assertBlobKey(key);
      return mapped(key, async () => {
        const info = await client.statObject(bucket, key).catch((error: unknown) => {
          if (isNotFound(error)) return null;
          throw error;
        });
        if (!info) return null;
        return {
          size: info.size,
          contentType: String(info.metaData['content-type'] ?? FALLBACK_CONTENT_TYPE),
        };
      });
    },

    async delete(key) {
      assertBlobKey(key);
      return mapped(key, async () => {
        // S3 answers 204 for a missing key; a missing bucket means there is nothing to delete either.
        await client.removeObject(bucket, key).catch((error: unknown) => {
          if (errorCode(error) !== 'NoSuchBucket') throw error;
        });
      });
    },

    async presignPut(key, { expiresSeconds }) {
      assertBlobKey(key);
      // The browser must send the same Content-Type header; the signature does not cover it.
      return mapped(key, async () => {
        await ensureBucket();
        return signer.presignedPutObject(bucket, key, expiresSeconds);
      });
    },

    async presignGet(key, { expiresSeconds, downloadName }) {
      assertBlobKey(key);
      const responseHeaders: Record<string, string> = downloadName
        ? { 'response-content-disposition': attachmentDisposition(downloadName) }
        : {};
      return mapped(key, () => signer.presignedGetObject(bucket, key, expiresSeconds, responseHeaders));
    },

    health() {
      // A missing bucket is still healthy: it is created on the first write.
      return probeHealth(() => client.bucketExists(bucket), options.healthTimeoutMs ?? 2000);
    },
  };
}

function publicClient(options: MinioStoreOptions, region: string): Client {
  const url = new URL(options.publicUrl as string);
  const useSSL = url.protocol === 'https:';
  return new Client({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey: options.accessKey,
    secretKey: options.secretKey,
    region,
  });
}
