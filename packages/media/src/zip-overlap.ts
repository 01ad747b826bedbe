import type { ZipFileEntry } from './zip-verify.js';

/** Smallest local file header: signature, versions, flags, sizes, name and extra lengths. */
const LOCAL_HEADER_BYTES = 30;

/**
 * Finds an entry whose data overlaps the next one's: the "overlapping files" zip bomb points
 * thousands of central directory entries at one compressed kernel, so every extraction inflates
 * it again. Legitimate zips never share bytes between entries.
 */
export function findOverlappingEntry(files: readonly ZipFileEntry[]): string | undefined {
  const byOffset = [...files].sort(
    (a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader,
  );
  for (let index = 1; index < byOffset.length; index += 1) {
    const previous = byOffset[index - 1];
    const current = byOffset[index];
    if (!previous || !current) continue;
    const previousEnd =
      previous.entry.relativeOffsetOfLocalHeader +
      LOCAL_HEADER_BYTES +
      previous.entry.fileNameLength +
      previous.entry.compressedSize;
    if (current.entry.relativeOffsetOfLocalHeader < previousEnd) return current.path;
  }
  return undefined;
}
