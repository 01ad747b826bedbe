import {
  bufferSource,
  DEFAULT_ZIP_LIMITS,
  inspectZip,
  openZipEntry,
  type ZipLimits,
} from '@hoclieu/media/zip';

export interface DocxLimits {
  /** The .docx file itself. */
  maxFileBytes: number;
  /** Any one part (document.xml, an image) after inflating. */
  maxPartBytes: number;
  zip: Partial<ZipLimits>;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 50 * 1024 ** 2,
  maxPartBytes: 100 * 1024 ** 2,
  zip: {
    maxEntries: 2_000,
    maxTotalUncompressedBytes: 300 * 1024 ** 2,
    verifyContent: true,
    timeoutMs: 30_000,
  },
};

export type PackageOpen =
  | { ok: true; paths: string[]; read: (path: string) => Promise<Buffer | null> }
  | { ok: false; code: 'FILE_TOO_LARGE' | 'UNSAFE_ZIP' | 'NOT_A_DOCX'; detail?: string };

/**
 * A zip package (docx, QTI) checked by @hoclieu/media (bombs, traversal, lying sizes) before any
 * part is read; parts are then inflated one by one, each capped.
 */
export async function openPackage(
  bytes: Uint8Array,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): Promise<PackageOpen> {
  if (bytes.byteLength > limits.maxFileBytes) return { ok: false, code: 'FILE_TOO_LARGE' };
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return { ok: false, code: 'NOT_A_DOCX' };
  const inspection = await inspectZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...limits.zip }, 'office');
  if (!inspection.ok) {
    const first = inspection.problems[0];
    if (first?.code === 'ZIP_INVALID') return { ok: false, code: 'NOT_A_DOCX' };
    return { ok: false, code: 'UNSAFE_ZIP', detail: first?.message };
  }
  const source = bufferSource(bytes);
  const paths = inspection.entries.map((entry) => entry.path);
  const read = async (path: string): Promise<Buffer | null> => {
    if (!paths.includes(path)) return null;
    const entry = await openZipEntry(source, path, limits.maxPartBytes);
    if (!entry) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of entry.stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  return { ok: true, paths, read };
}

/** `../media/image1.png` relative to `word/` -> `word/media/image1.png`. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

export const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  emf: 'image/emf',
  wmf: 'image/wmf',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

export function imageContentType(path: string): string {
  return IMAGE_TYPES[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}
