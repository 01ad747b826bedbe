import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A valid one-page PDF whose text layer says `text` (ASCII), padded with comment lines to about
 * `padKb` kilobytes so that its upload takes long enough to watch the progress bar.
 * The same minimal writer as apps/api/test/material-files.ts (copied: apps do not import each other's tests).
 */
export function pdfWith(text: string, padKb = 0): Buffer {
  const stream = `BT /F1 18 Tf 40 120 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const padLine = `%${'0123456789abcdef'.repeat(4)}\n`;
  body += padLine.repeat(Math.ceil((padKb * 1024) / padLine.length));
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The 2-second H.264 clip (64×48) the media package's tests use; see its fixtures README. */
export function tinyMp4(): Buffer {
  const here = dirname(fileURLToPath(import.meta.url));
  return readFileSync(join(here, '../../../packages/media/test/fixtures/tiny.mp4'));
}
