import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { probeHealth } from '@hoclieu/domain';
import { z } from 'zod';
import { assertBlobKey } from './blob-key.js';
import { admitUpload, BlobMeter } from './blob-meter.js';
import type { BlobInfo, BlobStore } from './blob-store.js';
import { resolveByteRange } from './byte-range.js';
import { BlobNotFoundError } from './errors.js';

export interface LocalDiskStoreOptions {
  /** Folder that holds everything; created on first write. */
  root: string;
  healthTimeoutMs?: number;
}

const FALLBACK_CONTENT_TYPE = 'application/octet-stream';
const blobMetaSchema = z.object({ contentType: z.string().min(1) });
type BlobMeta = z.infer<typeof blobMetaSchema>;

/**
 * Blobs on the local file system, for single-machine installs and development.
 * Layout: `blobs/<key>` holds the bytes, `meta/<key>.json` the content type, and `tmp/` the
 * uploads in progress. Keeping the three apart means no key can collide with a sidecar, and
 * `tmp/` sits on the same file system as `blobs/`, so the final rename is atomic.
 */
export function createLocalDiskStore(options: LocalDiskStoreOptions): BlobStore {
  const tmpDir = join(options.root, 'tmp');
  const blobPath = (key: string) => join(options.root, 'blobs', key);
  const metaPath = (key: string) => join(options.root, 'meta', `${key}.json`);
  const tmpPath = () => join(tmpDir, randomUUID());

  async function replaceAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
    const tmp = tmpPath();
    try {
      await write(tmp);
      await mkdir(dirname(target), { recursive: true });
      await rename(tmp, target);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async function readMeta(key: string): Promise<BlobMeta> {
    try {
      return blobMetaSchema.parse(JSON.parse(await readFile(metaPath(key), 'utf8')));
    } catch {
      // The blob is the source of truth; a lost sidecar only costs the content type.
      return { contentType: FALLBACK_CONTENT_TYPE };
    }
  }

  async function statBlob(key: string): Promise<BlobInfo | null> {
    const info = await stat(blobPath(key)).catch(nullWhenMissing);
    if (!info?.isFile()) return null;
    return { size: info.size, contentType: (await readMeta(key)).contentType };
  }

  return {
    kind: 'local-disk',

    async put(key, body, putOptions) {
      admitUpload(key, body, putOptions);
      const meter = new BlobMeter(putOptions.maxBytes);
      await mkdir(tmpDir, { recursive: true });
      // Bytes first, then the sidecar: a reader in between sees the new bytes with the fallback type.
      await replaceAtomically(blobPath(key), (tmp) =>
        pipeline(body, meter, createWriteStream(tmp, { flags: 'wx' })),
      );
      const meta: BlobMeta = { contentType: putOptions.contentType };
      await replaceAtomically(metaPath(key), (tmp) => writeFile(tmp, JSON.stringify(meta), { flag: 'wx' }));
      return { key, size: meter.bytes, sha256: meter.sha256 };
    },

    async get(key, requested) {
      assertBlobKey(key);
      // Open before stat so a concurrent overwrite (a rename) cannot mix two versions.
      const handle = await open(blobPath(key), 'r').catch(nullWhenMissing);
      if (!handle) throw new BlobNotFoundError(key);
      try {
        const info = await handle.stat();
        if (!info.isFile()) throw new BlobNotFoundError(key);
        const range = resolveByteRange(requested, info.size);
        const { contentType } = await readMeta(key);
        const body = handle.createReadStream(range ? { start: range.start, end: range.end } : {});
        return { body, size: info.size, contentType, ...(range && { range }) };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async stat(key) {
      assertBlobKey(key);
      return statBlob(key);
    },

    async delete(key) {
      assertBlobKey(key);
      await removeFile(blobPath(key));
      await removeFile(metaPath(key));
    },

    async presignPut(key) {
      assertBlobKey(key);
      return null;
    },

    async presignGet(key) {
      assertBlobKey(key);
      return null;
    },

    health() {
      return probeHealth(async () => {
        await mkdir(tmpDir, { recursive: true });
        const probe = tmpPath();
        await writeFile(probe, 'ok');
        await rm(probe);
      }, options.healthTimeoutMs ?? 2000);
    },
  };
}

const MISSING_CODES = new Set(['ENOENT', 'ENOTDIR']);

function nullWhenMissing(error: unknown): null {
  if (error instanceof Error && 'code' in error && MISSING_CODES.has(String(error.code))) return null;
  throw error;
}

/** Idempotent delete; a folder under the key's name (another key's prefix) is not this blob. */
async function removeFile(path: string): Promise<void> {
  await rm(path).catch((error: unknown) => {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (!MISSING_CODES.has(code) && code !== 'ERR_FS_EISDIR') throw error;
  });
}
