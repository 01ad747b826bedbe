import type { Readable } from 'node:stream';
import type { RandomAccessSource } from './source.js';
import { entryName, nextEntry, openZip } from './zip-open.js';

/**
 * One file of a zip (an HTML5 package's page, script or image) as a stream, found by its exact
 * path. The zip is read by ranges: only its central directory and that entry's bytes.
 */
export async function openZipEntry(
  source: RandomAccessSource,
  path: string,
  maxBytes: number,
): Promise<{ stream: Readable; size: number } | null> {
  const zip = await openZip(source);
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = entryName(entry);
      if (name !== path || name.endsWith('/')) continue;
      if (entry.uncompressedSize > maxBytes) return null;
      const stream = await zip.openReadStreamPromise(entry);
      stream.once('close', () => zip.close());
      return { stream, size: entry.uncompressedSize };
    }
    zip.close();
    return null;
  } catch (error) {
    zip.close();
    throw error;
  }
}
