import { bufferSource, inspectZip, openZipEntry, type ZipLimits } from '@hoclieu/media';
import { AppError } from '../../http/errors.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Whether the file is a zip (an .xlsx is one): the format is told by content, not by the file name. */
export const isZip = (file: Buffer) => file.subarray(0, 4).equals(ZIP_MAGIC);

/**
 * Refuses an unsafe zip (beyond `limits`) and any XML part with a DOCTYPE or ENTITY declaration:
 * Excel never writes one, and an XML parser would otherwise accept the declaration (entities are how
 * XML files reach local files and the network, or expand to gigabytes).
 */
export async function checkXlsxPackage(file: Buffer, limits: Partial<ZipLimits>): Promise<void> {
  const inspection = await inspectZip(file, limits, 'office').catch(() => null);
  if (!inspection?.ok) throw new AppError('IMPORT_FILE_UNREADABLE');
  for (const { path } of inspection.entries) {
    if (!/\.(xml|rels|vml)$/i.test(path)) continue;
    const part = await openZipEntry(bufferSource(file), path, limits.maxTotalUncompressedBytes ?? 0);
    if (!part) throw new AppError('IMPORT_FILE_UNREADABLE');
    let tail = '';
    for await (const chunk of part.stream) {
      // The tail of the previous chunk, so a declaration split across two chunks is still seen.
      const text = tail + (chunk as Buffer).toString('latin1');
      if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
        part.stream.destroy();
        throw new AppError('IMPORT_FILE_UNREADABLE');
      }
      tail = text.slice(-10);
    }
  }
}
