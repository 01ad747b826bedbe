import type yauzl from 'yauzl';
import {
  isAllowedInHtml5Package,
  isArchiveName,
  isExecutableInHtml5Package,
  isExecutableName,
} from './file-names.js';
import { isJunk } from './html5-entry.js';
import type { ZipLimits } from './zip-limits.js';
import { type ZipProblem, zipProblem } from './zip-problems.js';

export type ZipMode = 'archive' | 'html5-package' | 'office';

/** Unsafe for anyone who extracts to disk: escapes, absolute or drive paths, backslashes. */
export function isUnsafePath(path: string): boolean {
  if (path.length === 0 || path.includes('\\') || path.includes('\0')) return true;
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return true;
  return path.split('/').includes('..');
}

function isSymlink(entry: yauzl.Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

/** What the central directory alone says is wrong with an entry (metadata, not content). */
export function entryMetadataProblems(entry: yauzl.Entry, path: string, limits: ZipLimits): ZipProblem[] {
  const problems: ZipProblem[] = [];
  if (isUnsafePath(path)) problems.push(zipProblem('PATH_TRAVERSAL', path));
  if (isSymlink(entry)) problems.push(zipProblem('SYMLINK', path));
  if (entry.isEncrypted()) problems.push(zipProblem('ENCRYPTED', path));
  else if (!entry.canDecodeFileData()) problems.push(zipProblem('UNSUPPORTED_COMPRESSION', path));
  if (isBombRatio(entry.uncompressedSize, entry.compressedSize, limits))
    problems.push(zipProblem('ZIP_BOMB', path));
  return problems;
}

export function isBombRatio(uncompressed: number, compressed: number, limits: ZipLimits): boolean {
  return (
    uncompressed > limits.ratioCheckMinBytes &&
    uncompressed / Math.max(1, compressed) > limits.maxCompressionRatio
  );
}

/** What the name says an entry is, judged by what the zip claims to be. */
export function entryNameProblems(path: string, mode: ZipMode, limits: ZipLimits): ZipProblem[] {
  if (isJunk(path)) return [];
  if (!limits.allowNestedArchives && isArchiveName(path)) return [zipProblem('NESTED_ARCHIVE', path)];
  if (mode === 'html5-package') {
    if (isExecutableInHtml5Package(path)) return [zipProblem('EXECUTABLE_ENTRY', path)];
    if (!isAllowedInHtml5Package(path)) return [zipProblem('DISALLOWED_ENTRY', path)];
    return [];
  }
  // A VBA project makes a document run macros even when its content type hides it.
  const isMacroProject = path.toLowerCase().endsWith('vbaproject.bin');
  if (isExecutableName(path) || isMacroProject) return [zipProblem('EXECUTABLE_ENTRY', path)];
  return [];
}
