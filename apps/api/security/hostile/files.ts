import { constants, crc32, deflateRawSync } from 'node:zlib';
import { deflatedOf, type RawEntry, rawZip } from '@hoclieu/question-formats/testing';

// Hostile office and QTI packages on the hand-written zip of @hoclieu/question-formats/testing: zip
// libraries refuse traversal names and lying sizes, and a real 1 GB entry would take seconds to compress.

/**
 * A deflate stream that inflates to `megabytes` MB of `fill`: one sync-flushed block of 1 MB
 * repeated (each block stands alone, so copies concatenate), then an empty final block.
 */
export function deflateBomb(megabytes: number, prefix = '', fill = ' '): RawEntry['deflated'] {
  const mb = Buffer.alloc(1024 * 1024, fill);
  const head = Buffer.from(prefix, 'utf8');
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const blocks = [deflateRawSync(head, flush), ...Array(megabytes).fill(deflateRawSync(mb, flush))];
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc);
  return {
    bytes: Buffer.concat([...blocks, Buffer.from([0x03, 0x00])]),
    size: head.length + megabytes * mb.length,
    crc,
  };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** WordprocessingML of one paper: a question whose text may be an entity reference. */
export function documentXml(prolog = '', text = 'Thủ đô của Việt Nam là'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document ${W}><w:body><w:p><w:r><w:t>Câu 1. ${text}</w:t></w:r></w:p><w:p><w:r><w:t>A. Huế</w:t></w:r></w:p><w:p><w:r><w:t>*B. Hà Nội</w:t></w:r></w:p></w:body></w:document>`;
}

/** A small .docx made of the given parts (document.xml defaults to a plain paper). */
export function docx(parts: RawEntry[] = []): Buffer {
  const named = new Set(parts.map((p) => p.name));
  const base: RawEntry[] = [
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'word/document.xml', data: Buffer.from(documentXml()) },
  ].filter((p) => !named.has(p.name));
  return rawZip([...base, ...parts]);
}

export const entityPrologs = {
  file: '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  http: (url: string) => `<!DOCTYPE d [<!ENTITY xxe SYSTEM "${url}">]>`,
  parameter: (url: string) => `<!DOCTYPE d [<!ENTITY % remote SYSTEM "${url}"> %remote;]>`,
  laughs: `<!DOCTYPE d [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`,
};

/** A QTI 3 item (optionally with a prolog and an entity in its prompt) and a package holding it. */
export function qtiItem(prolog = '', text = 'Hình nào tròn?'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="i1" title="Câu 1"><qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>B</qti-value></qti-correct-response></qti-response-declaration><qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1"><qti-prompt>${text}</qti-prompt><qti-simple-choice identifier="A">Vuông</qti-simple-choice><qti-simple-choice identifier="B">Tròn</qti-simple-choice></qti-choice-interaction></qti-item-body></qti-assessment-item>`;
}

export function qtiManifest(hrefs: string[], prolog = ''): string {
  const resources = hrefs
    .map(
      (href, i) =>
        `<resource identifier="r${i}" type="imsqti_item_xmlv3p0" href="${href}"><file href="${href}"/></resource>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="m"><resources>${resources}</resources></manifest>`;
}

/** An .xlsx (first sheet only, inline strings) whose sheet XML may carry a prolog or be a bomb. */
export function xlsx(sheet: RawEntry | string, extra: RawEntry[] = []): Buffer {
  const sheetEntry: RawEntry =
    typeof sheet === 'string' ? { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) } : sheet;
  return rawZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lớp" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    sheetEntry,
    ...extra,
  ]);
}

/** Sheet XML with inline-string rows; `prolog` goes after the XML declaration. */
export function sheetXml(rows: string[][], prolog = ''): string {
  const cells = (row: string[], r: number) =>
    row
      .map(
        (value, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${value}</t></is></c>`,
      )
      .join('');
  const body = rows.map((row, i) => `<row r="${i + 1}">${cells(row, i + 1)}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A .docx of `count` one-line questions: about 10 KB zipped for 20,000 of them. */
export function manyQuestions(count: number): Buffer {
  const paragraph = (i: number) =>
    `<w:p><w:r><w:t>Câu ${i}. Thủ đô của Việt Nam là</w:t></w:r></w:p><w:p><w:r><w:t>A. Huế B. Hà Nội</w:t></w:r></w:p>`;
  const body = Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('');
  const xml = documentXml().replace(/<w:body>.*<\/w:body>/, `<w:body>${body}</w:body>`);
  return docx([{ name: 'word/document.xml', deflated: deflatedOf(Buffer.from(xml)) }]);
}
