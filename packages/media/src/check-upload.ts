import { isZipBased, type SniffResult } from './category.js';
import { isCompoundFile, readCompoundFileDirectory } from './cfb.js';
import { officeTypeFromPaths } from './office-entries.js';
import { parseScormManifest, type ScormPackage } from './scorm-manifest.js';
import { sniffFile } from './sniff.js';
import { classifyCompoundFile } from './sniff-compound.js';
import { type MediaInput, type RandomAccessSource, readRange, toSource } from './source.js';
import { openZipEntry } from './zip-entry-stream.js';
import type { ZipEntryInfo, ZipInspection } from './zip-inspect.js';
import { inspectZip } from './zip-inspect.js';
import type { ZipLimits } from './zip-limits.js';
import type { ZipProblem } from './zip-problems.js';

export type UploadCheck =
  | (SniffResult & { ok: true; entries?: ZipEntryInfo[]; entryPage?: string; scorm?: ScormPackage })
  | (SniffResult & {
      ok: false;
      code: RefusalCode;
      /** Vietnamese, shown to the teacher as is. */
      reason: string;
      problems: ZipProblem[];
    });

type RefusalCode = 'FILE_TYPE_REFUSED' | 'FILE_TYPE_UNKNOWN' | 'SCORM_MANIFEST_INVALID';

const MANIFEST_MAX_BYTES = 2 * 1024 * 1024;

export interface UploadCheckOptions {
  /** Limits for zip-based files; content is verified by default (see zip-verify.ts). */
  zipLimits?: Partial<ZipLimits>;
  sniffBytes?: number;
}

const OTHER_ARCHIVES = new Set([
  'rar',
  '7z',
  'tar',
  'gz',
  'bz2',
  'xz',
  'zst',
  'lz',
  'lzh',
  'arj',
  'ace',
  'cpio',
]);

/**
 * The gate for an upload: decides the category by content, refuses executables and unknown
 * content, and inspects zip-based files (an HTML5 package must have an entry page).
 */
export async function checkUpload(
  input: MediaInput,
  fileName: string,
  options: UploadCheckOptions = {},
): Promise<UploadCheck> {
  const source = toSource(input);
  const head = await readRange(source, 0, options.sniffBytes ?? 4 * 1024 * 1024);
  let sniffed = await sniffFile(head, fileName);
  if (isCompoundFile(head) && head.byteLength < source.size) {
    sniffed = classifyCompoundFile(await readCompoundFileDirectory(source), fileName);
  }
  if (sniffed.category === 'executable') {
    return refused(
      sniffed,
      'FILE_TYPE_REFUSED',
      'Không cho phép tải lên tệp thực thi (chương trình, bộ cài, tập lệnh).',
    );
  }
  if (sniffed.category === 'unknown') {
    const reason = OTHER_ARCHIVES.has(sniffed.extension)
      ? 'Chỉ hỗ trợ tệp nén định dạng .zip.'
      : 'Không nhận diện được định dạng tệp, hoặc định dạng này chưa được hỗ trợ.';
    return refused(sniffed, 'FILE_TYPE_UNKNOWN', reason);
  }
  return isZipBased(sniffed.category) ? checkZipBased(source, sniffed, options) : { ...sniffed, ok: true };
}

async function checkZipBased(
  source: RandomAccessSource,
  sniffed: SniffResult,
  options: UploadCheckOptions,
): Promise<UploadCheck> {
  const isOffice = sniffed.category !== 'zip';
  const inspection = await inspectZip(
    source,
    { verifyContent: true, ...options.zipLimits },
    isOffice ? 'office' : 'auto',
  );
  const paths = inspection.entries.map((entry) => entry.path);
  const office = isOffice ? undefined : officeTypeFromPaths(paths);
  const html5 = inspection.kind === 'html5-package';
  const refined: SniffResult = office ?? (html5 ? { ...sniffed, category: 'html5-package' } : sniffed);
  const [problem] = inspection.problems;
  if (problem) {
    return { ...refused(refined, 'FILE_TYPE_REFUSED', problem.message), problems: inspection.problems };
  }
  const checked = { ...refined, ok: true as const, entries: inspection.entries };
  if (inspection.scormManifest) return withScorm(source, checked, inspection, inspection.scormManifest);
  return inspection.entryPage ? { ...checked, entryPage: inspection.entryPage } : checked;
}

/** A SCORM lecture opens at the launch file its manifest names, not at `index.html`. */
async function withScorm(
  source: RandomAccessSource,
  checked: Extract<UploadCheck, { ok: true }>,
  inspection: ZipInspection,
  manifestPath: string,
): Promise<UploadCheck> {
  const entry = await openZipEntry(source, manifestPath, MANIFEST_MAX_BYTES);
  const chunks: Buffer[] = [];
  if (entry) for await (const chunk of entry.stream) chunks.push(chunk as Buffer);
  const folder = manifestPath.slice(0, manifestPath.lastIndexOf('/') + 1);
  const paths = inspection.entries.map((e) => e.path);
  const parsed = entry
    ? parseScormManifest(Buffer.concat(chunks).toString('utf8'), folder, paths)
    : { ok: false as const, reason: 'Tệp imsmanifest.xml quá lớn.' };
  if (!parsed.ok) return refused(checked, 'SCORM_MANIFEST_INVALID', parsed.reason);
  return { ...checked, entryPage: parsed.scorm.launch, scorm: parsed.scorm };
}

function refused(
  sniffed: SniffResult,
  code: RefusalCode,
  reason: string,
): Extract<UploadCheck, { ok: false }> {
  return { ...sniffed, ok: false, code, reason, problems: [] };
}
