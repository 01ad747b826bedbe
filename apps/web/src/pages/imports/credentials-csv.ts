import type { ImportReport } from '@hoclieu/contracts';

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
      [item.row, item.username, item.fullName, item.temporaryPassword].map(quote).join(','),
    ),
  ];
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
