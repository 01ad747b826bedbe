import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Hashes a download without holding it, for the multi-megabyte cases. */
export async function sha256OfStream(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function* generatedChunks(totalBytes: number, chunkBytes: number): Generator<Buffer> {
  for (let offset = 0, index = 0; offset < totalBytes; offset += chunkBytes, index++) {
    yield Buffer.alloc(Math.min(chunkBytes, totalBytes - offset), index % 251);
  }
}

/**
 * Bytes made on demand, so a test can upload megabytes without holding them, and can tell how
 * far the store read before giving up.
 */
export function generatedStream(totalBytes: number, chunkBytes = 64 * 1024) {
  let pulled = 0;
  const counted = function* () {
    for (const chunk of generatedChunks(totalBytes, chunkBytes)) {
      pulled += chunk.length;
      yield chunk;
    }
  };
  const body = Readable.from(counted(), { objectMode: false, highWaterMark: chunkBytes });
  const hash = createHash('sha256');
  for (const chunk of generatedChunks(totalBytes, chunkBytes)) hash.update(chunk);
  return { body, sha256: hash.digest('hex'), pulledBytes: () => pulled };
}
