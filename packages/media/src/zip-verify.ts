import type yauzl from 'yauzl';
import { hasExecutableMagic } from './executable-magic.js';
import type { ZipLimits } from './zip-limits.js';
import { type ZipProblem, zipProblem } from './zip-problems.js';

export interface ZipFileEntry {
  path: string;
  entry: yauzl.Entry;
}

/**
 * Inflates every entry and counts the bytes that really come out, instead of trusting the
 * central directory: yauzl fails a stream that yields more (or fewer) bytes than declared,
 * and the running total is capped by `maxTotalUncompressedBytes`. The first bytes of each
 * entry are checked for native-executable magic. Nothing is kept in memory.
 */
export async function verifyZipContent(
  zip: yauzl.ZipFile,
  files: readonly ZipFileEntry[],
  limits: ZipLimits,
  isCancelled: () => boolean,
): Promise<ZipProblem[]> {
  const problems: ZipProblem[] = [];
  let inflated = 0;
  for (const { path, entry } of files) {
    if (isCancelled()) break;
    if (!entry.canDecodeFileData()) continue;
    try {
      const stream = await zip.openReadStreamPromise(entry);
      let head: Buffer | undefined;
      for await (const chunk of stream) {
        const bytes = chunk as Buffer;
        head ??= bytes.subarray(0, 16);
        inflated += bytes.byteLength;
        if (inflated > limits.maxTotalUncompressedBytes || isCancelled()) {
          stream.destroy();
          break;
        }
      }
      if (head && hasExecutableMagic(head)) problems.push(zipProblem('EXECUTABLE_ENTRY', path));
    } catch {
      problems.push(zipProblem('SIZE_MISMATCH', path));
    }
    if (inflated > limits.maxTotalUncompressedBytes) {
      problems.push(zipProblem('TOO_LARGE'));
      break;
    }
  }
  return problems;
}
