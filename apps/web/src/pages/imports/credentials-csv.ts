import type { ImportReport } from '@hoclieu/contracts';
import { spreadsheetText } from '@hoclieu/domain';

const quote = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;

/**
 * The new accounts as CSV for the importer to hand out. Starts with a BOM so that Excel reads the
 * Vietnamese names as UTF-8.
 */
export function credentialsCsv(
  credentials: ImportReport['credentials'],
  headers: [string, string, string, string],
): Blob {
  const lines = [
    headers.map(quote).join(','),
    ...credentials.map((item) =>
      // Names come from the imported file: "=HYPERLINK(...)" must stay text in Excel (the password is
      // left exactly as generated).
      [item.row, spreadsheetText(item.username), spreadsheetText(item.fullName), item.temporaryPassword]
        .map(quote)
        .join(','),
    ),
  ];
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
