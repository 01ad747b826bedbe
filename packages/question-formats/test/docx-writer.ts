import yazl from 'yazl';

/** A tiny .docx writer for tests: hand-written WordprocessingML, zipped with yazl. */
export interface RunStyle {
  b?: boolean;
  i?: boolean;
  u?: boolean;
  color?: string;
}

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function r(text: string, style: RunStyle = {}): string {
  const props = [
    style.b ? '<w:b/>' : '',
    style.i ? '<w:i/>' : '',
    style.u ? '<w:u w:val="single"/>' : '',
    style.color ? `<w:color w:val="${style.color}"/>` : '',
  ].join('');
  const pieces = text.split('\t').map((piece) => `<w:t xml:space="preserve">${esc(piece)}</w:t>`);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${pieces.join('<w:tab/>')}</w:r>`;
}

/** A paragraph from runs; plain strings become unformatted runs. */
export function p(...runs: string[]): string {
  return `<w:p>${runs.map((run) => (run.startsWith('<') ? run : r(run))).join('')}</w:p>`;
}

export function table(rows: string[][]): string {
  const tr = rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr>`);
  return `<w:tbl>${tr.join('')}</w:tbl>`;
}

export function image(relationshipId: string): string {
  return `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="${relationshipId}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}

/** OMML builders. */
export const m = {
  math: (...parts: string[]) => `<m:oMath>${parts.join('')}</m:oMath>`,
  para: (...parts: string[]) => `<m:oMathPara><m:oMath>${parts.join('')}</m:oMath></m:oMathPara>`,
  t: (text: string) => `<m:r><m:t>${esc(text)}</m:t></m:r>`,
  f: (num: string, den: string) => `<m:f><m:num>${num}</m:num><m:den>${den}</m:den></m:f>`,
  sup: (base: string, sup: string) => `<m:sSup><m:e>${base}</m:e><m:sup>${sup}</m:sup></m:sSup>`,
  sub: (base: string, sub: string) => `<m:sSub><m:e>${base}</m:e><m:sub>${sub}</m:sub></m:sSub>`,
  sqrt: (body: string) =>
    `<m:rad><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e>${body}</m:e></m:rad>`,
  root: (degree: string, body: string) => `<m:rad><m:deg>${degree}</m:deg><m:e>${body}</m:e></m:rad>`,
  sum: (sub: string, sup: string, body: string) =>
    `<m:nary><m:naryPr><m:chr m:val="∑"/></m:naryPr><m:sub>${sub}</m:sub><m:sup>${sup}</m:sup><m:e>${body}</m:e></m:nary>`,
  int: (sub: string, sup: string, body: string) =>
    `<m:nary><m:sub>${sub}</m:sub><m:sup>${sup}</m:sup><m:e>${body}</m:e></m:nary>`,
  d: (body: string, beg?: string, end?: string) =>
    `<m:d><m:dPr>${beg !== undefined ? `<m:begChr m:val="${beg}"/>` : ''}${end !== undefined ? `<m:endChr m:val="${end}"/>` : ''}</m:dPr><m:e>${body}</m:e></m:d>`,
  matrix: (rows: string[][]) =>
    `<m:m>${rows.map((row) => `<m:mr>${row.map((cell) => `<m:e>${cell}</m:e>`).join('')}</m:mr>`).join('')}</m:m>`,
  func: (name: string, body: string) =>
    `<m:func><m:fName><m:r><m:rPr><m:sty m:val="p"/></m:rPr><m:t>${name}</m:t></m:r></m:fName><m:e>${body}</m:e></m:func>`,
  acc: (chr: string, body: string) =>
    `<m:acc><m:accPr><m:chr m:val="${chr}"/></m:accPr><m:e>${body}</m:e></m:acc>`,
  bar: (body: string) => `<m:bar><m:barPr><m:pos m:val="top"/></m:barPr><m:e>${body}</m:e></m:bar>`,
  limLow: (base: string, lim: string) => `<m:limLow><m:e>${base}</m:e><m:lim>${lim}</m:lim></m:limLow>`,
  eqArr: (...rows: string[]) => `<m:eqArr>${rows.map((row) => `<m:e>${row}</m:e>`).join('')}</m:eqArr>`,
};

/** A 1x1 transparent PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

export function documentXml(body: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body.join('')}</w:body></w:document>`;
}

export async function zip(files: Record<string, Buffer | string>): Promise<Buffer> {
  const archive = new yazl.ZipFile();
  for (const [name, data] of Object.entries(files)) archive.addBuffer(Buffer.from(data), name);
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function docx(body: string[], extra: Record<string, Buffer | string> = {}): Promise<Buffer> {
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`;
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': documentXml(body),
    'word/_rels/document.xml.rels': rels,
    'word/media/image1.png': PNG,
    ...extra,
  });
}
