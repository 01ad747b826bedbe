import type yauzl from 'yauzl';
import { findEntryPage, isJunk } from './html5-entry.js';
import { findScormManifest } from './scorm-manifest.js';
import {
  type ClosableSource,
  type MediaInput,
  openFileSource,
  type RandomAccessSource,
  toSource,
} from './source.js';
import { TimeoutError, withTimeout } from './timeout.js';
import { entryMetadataProblems, entryNameProblems, isBombRatio, type ZipMode } from './zip-entry-rules.js';
import { type ZipLimits, zipLimits } from './zip-limits.js';
import { entryName, nextEntry, openZip } from './zip-open.js';
import { findOverlappingEntry } from './zip-overlap.js';
import { type ZipProblem, zipProblem } from './zip-problems.js';
import { verifyZipContent, type ZipFileEntry } from './zip-verify.js';

export interface ZipEntryInfo {
  path: string;
  size: number;
  compressedSize: number;
}

export interface ZipInspection {
  ok: boolean;
  /** `html5-package` when an entry page was found (mode `auto`) or required (mode `html5-package`). */
  kind: 'zip' | 'html5-package' | 'office';
  /** Files only (folders left out), sizes as declared in the central directory. */
  entries: ZipEntryInfo[];
  entryPage?: string;
  /** A SCORM lecture's `imsmanifest.xml` (an HTML5 package whose launch file the manifest names). */
  scormManifest?: string;
  problems: ZipProblem[];
}

export type InspectMode = ZipMode | 'auto';

/** At most this many problems are listed: enough to explain, small enough to store. */
const MAX_PROBLEMS = 50;

/**
 * The source, remembering whether a read of it failed: a store that went away mid-inspection is the
 * store's error to report (e.g. "storage unavailable"), not a broken zip to reject and delete.
 */
function watchReads(inner: RandomAccessSource) {
  let failure: { error: unknown } | undefined;
  const source: RandomAccessSource = {
    size: inner.size,
    read: (position, length) =>
      inner.read(position, length).catch((error: unknown) => {
        failure ??= { error };
        throw error;
      }),
  };
  return {
    source,
    rethrowFailure() {
      if (failure) throw failure.error;
    },
  };
}

/**
 * Checks a zip without extracting it: names, symlinks, encryption, entry count, declared sizes,
 * compression ratios and overlapping entries. With `verifyContent` the entries are inflated
 * (and discarded) too, so lying headers are caught (see zip-verify.ts).
 */
export async function inspectZip(
  input: MediaInput,
  limitOverrides: Partial<ZipLimits> = {},
  mode: InspectMode = 'auto',
): Promise<ZipInspection> {
  const limits = zipLimits(limitOverrides);
  const reads = watchReads(toSource(input));
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(reads.source);
  } catch {
    reads.rethrowFailure();
    return result('zip', [], [zipProblem('ZIP_INVALID')]);
  }
  let cancelled = false;
  try {
    const inspection = await withTimeout(
      inspectOpenZip(zip, limits, mode, () => cancelled),
      limits.timeoutMs,
      () => {
        cancelled = true;
      },
    );
    reads.rethrowFailure();
    return inspection;
  } catch (error) {
    reads.rethrowFailure();
    const code = error instanceof TimeoutError ? 'TIMEOUT' : 'ZIP_INVALID';
    return result('zip', [], [zipProblem(code)]);
  } finally {
    zip.close();
  }
}

export async function inspectZipFile(
  path: string,
  limits: Partial<ZipLimits> = {},
  mode: InspectMode = 'auto',
): Promise<ZipInspection> {
  const source: ClosableSource = await openFileSource(path);
  try {
    return await inspectZip(source, limits, mode);
  } finally {
    await source.close();
  }
}

async function inspectOpenZip(
  zip: yauzl.ZipFile,
  limits: ZipLimits,
  mode: InspectMode,
  isCancelled: () => boolean,
): Promise<ZipInspection> {
  if (zip.entryCount > limits.maxEntries) return result('zip', [], [zipProblem('TOO_MANY_ENTRIES')]);
  const problems: ZipProblem[] = [];
  const files: ZipFileEntry[] = [];
  let declared = 0;
  let compressed = 0;
  for (let entry = await nextEntry(zip); entry && !isCancelled(); entry = await nextEntry(zip)) {
    const path = entryName(entry);
    problems.push(...entryMetadataProblems(entry, path, limits));
    if (path.endsWith('/')) continue;
    files.push({ path, entry });
    declared += entry.uncompressedSize;
    compressed += entry.compressedSize;
    if (declared > limits.maxTotalUncompressedBytes) {
      problems.push(zipProblem('TOO_LARGE'));
      break;
    }
  }
  if (isCancelled()) throw new TimeoutError(limits.timeoutMs);
  // Many small entries can add up to a bomb that no single entry gives away.
  const entryBomb = problems.some((problem) => problem.code === 'ZIP_BOMB');
  if (!entryBomb && isBombRatio(declared, compressed, limits)) problems.push(zipProblem('ZIP_BOMB'));
  const overlapping = findOverlappingEntry(files);
  if (overlapping) problems.push(zipProblem('ZIP_BOMB', overlapping));

  const paths = files.map((file) => file.path);
  const packaged = mode === 'auto' || mode === 'html5-package';
  const scormManifest = packaged ? findScormManifest(paths) : undefined;
  const entryPage = packaged ? findEntryPage(paths) : undefined;
  const kind = entryPage || scormManifest ? 'html5-package' : mode === 'office' ? 'office' : 'zip';
  if (mode === 'html5-package' && !entryPage && !scormManifest) problems.push(zipProblem('NO_ENTRY_PAGE'));
  const nameMode: ZipMode = mode === 'auto' ? (kind === 'html5-package' ? 'html5-package' : 'archive') : mode;
  for (const path of paths) problems.push(...entryNameProblems(path, nameMode, limits));

  if (limits.verifyContent && problems.length === 0) {
    const contentFiles = files.filter((file) => !isJunk(file.path));
    problems.push(...(await verifyZipContent(zip, contentFiles, limits, isCancelled)));
  }
  const entries = files.map(({ path, entry }) => ({
    path,
    size: entry.uncompressedSize,
    compressedSize: entry.compressedSize,
  }));
  const inspection = result(kind, entries, problems, entryPage);
  return scormManifest ? { ...inspection, scormManifest } : inspection;
}

function result(
  kind: ZipInspection['kind'],
  entries: ZipEntryInfo[],
  problems: ZipProblem[],
  entryPage?: string,
): ZipInspection {
  const listed = problems.slice(0, MAX_PROBLEMS);
  const base = { ok: problems.length === 0, kind, entries, problems: listed };
  return entryPage ? { ...base, entryPage } : base;
}
