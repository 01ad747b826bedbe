import type { OrgSheetKind } from '@hoclieu/contracts';
import { orgSheetKind, type SheetRow } from '@hoclieu/domain';
import type { RandomAccessSource, ZipLimits } from '@hoclieu/media';
import { AppError } from '../../http/errors.js';
import { checkXlsxPackage, isZip } from '../imports/xlsx-package.js';
import { xlsxRows, xlsxSharedStrings, xlsxSheets } from './xlsx-stream.js';

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
  if (!isZip(file)) throw new AppError('IMPORT_FILE_UNREADABLE');
  await checkXlsxPackage(file, WORKBOOK_LIMITS);
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
