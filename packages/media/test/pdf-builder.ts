/**
 * Writes a small valid PDF by hand: one page per string, the text drawn with a Type0 font
 * (Identity-H, two-byte codes) whose ToUnicode CMap maps each code to its Unicode character,
 * which is how real PDFs carry Vietnamese text. A red rectangle gives the renderer something
 * to draw whatever font it substitutes.
 */
export function buildPdf(pages: readonly string[]): Buffer {
  const characters = [...new Set([...pages.join('')])];
  const codeOf = new Map(characters.map((character, index) => [character, index + 1]));
  const hex = (value: number, digits: number) => value.toString(16).toUpperCase().padStart(digits, '0');
  const utf16Hex = (character: string) =>
    [...Buffer.from(character, 'utf16le').swap16()].map((byte) => hex(byte, 2)).join('');

  const bfchar: string[] = [];
  for (let start = 0; start < characters.length; start += 100) {
    const chunk = characters.slice(start, start + 100);
    bfchar.push(`${chunk.length} beginbfchar`);
    for (const character of chunk)
      bfchar.push(`<${hex(codeOf.get(character) ?? 0, 4)}> <${utf16Hex(character)}>`);
    bfchar.push('endbfchar');
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...bfchar,
    'endcmap CMapName currentdict /CMapResource defineresource pop end end',
  ].join('\n');

  const firstPage = 7;
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages.length} /Kids [${pages.map((_, index) => `${firstPage + index * 2} 0 R`).join(' ')}] >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 600 /CIDToGIDMap /Identity >>',
    stream(cmap),
    '<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [-665 -325 2000 1040] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>',
  ];
  for (const [index, text] of pages.entries()) {
    const codes = [...text].map((character) => hex(codeOf.get(character) ?? 0, 4)).join('');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${firstPage + index * 2 + 1} 0 R >>`,
      stream(`1 0 0 rg 72 500 300 150 re f\nBT /F1 24 Tf 72 700 Td <${codes}> Tj ET`),
    );
  }

  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}
