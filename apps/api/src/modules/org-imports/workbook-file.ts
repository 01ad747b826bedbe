import type { OrgSheetKind } from '@hoclieu/contracts';
import { orgSheetKind, type SheetRow } from '@hoclieu/domain';
import {
  bufferSource,
  inspectZip,
  openZipEntry,
  type RandomAccessSource,
  type ZipLimits,
} from '@hoclieu/media';
import { AppError } from '../../http/errors.js';
import { xlsxRows, xlsxSharedStrings, xlsxSheets } from './xlsx-stream.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * A province's workbook is streamed, never held whole in memory, so it may inflate much further than
 * a one-kind import file; still bounded, so a zip bomb cannot keep the job inflating forever.
 */
const WORKBOOK_LIMITS: Partial<ZipLimits> = {
  maxEntries: 500,
  maxTotalUncompressedBytes: 1024 ** 3,
  verifyContent: true,
  timeoutMs: 60_000,
};

/**
 * Refuses anything but a safe .xlsx before it is stored: a zip within the limits, no XML part with
 * a DOCTYPE or ENTITY declaration (Excel never writes one).
 */
export async function checkOrgWorkbook(file: Buffer): Promise<void> {
  if (!file.subarray(0, 4).equals(ZIP_MAGIC)) throw new AppError('IMPORT_FILE_UNREADABLE');
  const inspection = await inspectZip(file, WORKBOOK_LIMITS, 'office').catch(() => null);
  if (!inspection?.ok) throw new AppError('IMPORT_FILE_UNREADABLE');
  for (const { path } of inspection.entries) {
    if (!/\.(xml|rels|vml)$/i.test(path)) continue;
    const part = await openZipEntry(bufferSource(file), path, WORKBOOK_LIMITS.maxTotalUncompressedBytes ?? 0);
    if (!part) throw new AppError('IMPORT_FILE_UNREADABLE');
    let tail = '';
    for await (const chunk of part.stream) {
      const text = tail + (chunk as Buffer).toString('latin1');
      if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
        part.stream.destroy();
        throw new AppError('IMPORT_FILE_UNREADABLE');
      }
      tail = text.slice(-10);
    }
  }
}

/**
 * The non-empty rows of the sheets of one kind (or of every kind), streamed from the stored
 * workbook: memory stays bounded whatever the sheet's size.
 */
export async function* sheetRows(
  source: RandomAccessSource,
  kind: OrgSheetKind | null,
): AsyncGenerator<{ kind: OrgSheetKind; row: SheetRow }> {
  const sheets = (await xlsxSheets(source))
    .map((sheet) => ({ ...sheet, kind: orgSheetKind(sheet.name) }))
    .filter((sheet) => sheet.kind && (!kind || sheet.kind === kind));
  if (sheets.length === 0) return;
  const strings = await xlsxSharedStrings(source);
  for (const sheet of sheets) {
    for await (const row of xlsxRows(source, sheet.path, strings))
      yield { kind: sheet.kind as OrgSheetKind, row };
  }
}
