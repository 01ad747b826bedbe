/**
 * A minimal valid one-page PDF (A6 landscape, so a card's thumbnail shows the title) whose text
 * layer holds `lines` (ASCII, Helvetica). Demo materials and tests use it (browser journeys through
 * `@hoclieu/api/simple-pdf`); real materials come from teachers' uploads. `padKb` pads it with comment
 * lines to about that many kilobytes, so that an upload takes long enough to watch its progress.
 */
export function simplePdf(lines: string[], { padKb = 0 } = {}): Buffer {
  const text = lines
    .map(
      (line, i) =>
        `BT /F1 ${i === 0 ? 18 : 11} Tf 24 ${250 - i * 26} Td (${line.replace(/[()\\]/g, '')}) Tj ET`,
    )
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 297] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
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
