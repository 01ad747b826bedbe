import type { RandomAccessSource } from '@hoclieu/media';
import type { BlobStore } from '@hoclieu/storage';

/** A stored blob as random-access bytes, read by HTTP-style ranges: nothing is loaded whole. */
export function blobSource(storage: BlobStore, key: string, size: number): RandomAccessSource {
  return {
    size,
    async read(position, length) {
      if (length <= 0 || position >= size) return new Uint8Array(0);
      const blob = await storage.get(key, { start: position, end: Math.min(size, position + length) - 1 });
      const parts: Buffer[] = [];
      for await (const chunk of blob.body) parts.push(chunk as Buffer);
      return Buffer.concat(parts);
    },
  };
}
