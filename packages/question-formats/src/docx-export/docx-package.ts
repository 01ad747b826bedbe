import yazl from 'yazl';
import { xmlText } from '../xml.js';
import type { LinkPart, MediaPart } from './media.js';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const DOCUMENT_NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  `xmlns:r="${REL}"`,
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');

/** A4, 2 cm margins (the usual exam paper page); exam matrices are printed landscape. */
const PAGE_SIZE = {
  portrait: '<w:pgSz w:w="11906" w:h="16838"/>',
  landscape: '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
};
const MARGINS =
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>';
const FOOTER_ID = 'rIdFooter1';

/** Times New Roman 13 pt in Vietnamese: what schools print papers in. */
const STYLES = `${XML_HEAD}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>`;

/** Word 2013+ mode (equations stay editable) and Cambria Math for equations. */
const SETTINGS = `${XML_HEAD}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><m:mathPr><m:mathFont m:val="Cambria Math"/><m:dispDef/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr></w:settings>`;

export interface DocxContent {
  /** `w:p` / `w:tbl` elements of the body, in order. */
  body: string[];
  media: MediaPart[];
  /** Web links (external relationships). */
  links?: LinkPart[];
  title: string;
  orientation?: 'portrait' | 'landscape';
  /** Paragraphs printed at the foot of every page ("Trang 1/4 – Mã đề 101"). */
  footer?: string[];
}

/** The parts of a minimal, valid WordprocessingML package, zipped. */
export async function packDocx(content: DocxContent): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const add = (path: string, data: string | Buffer): void => zip.addBuffer(Buffer.from(data), path);
  add('[Content_Types].xml', contentTypes(content.media, Boolean(content.footer?.length)));
  add(
    '_rels/.rels',
    relationships([
      ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
      ['rId2', `${PACKAGE_REL}/metadata/core-properties`, 'docProps/core.xml'],
    ]),
  );
  const footer = content.footer?.length ? content.footer.join('') : null;
  const section = `<w:sectPr>${footer ? `<w:footerReference w:type="default" r:id="${FOOTER_ID}"/>` : ''}${PAGE_SIZE[content.orientation ?? 'portrait']}${MARGINS}</w:sectPr>`;
  add(
    'word/document.xml',
    `${XML_HEAD}<w:document ${DOCUMENT_NAMESPACES}><w:body>${content.body.join('')}${section}</w:body></w:document>`,
  );
  add(
    'word/_rels/document.xml.rels',
    relationships([
      ['rId1', `${REL}/styles`, 'styles.xml'],
      ['rId2', `${REL}/settings`, 'settings.xml'],
      ...(footer ? [[FOOTER_ID, `${REL}/footer`, 'footer1.xml'] as [string, string, string]] : []),
      ...content.media.map((part): [string, string, string] => [
        part.relationshipId,
        `${REL}/image`,
        `media/${part.name}`,
      ]),
      ...(content.links ?? []).map((link): [string, string, string, boolean] => [
        link.relationshipId,
        `${REL}/hyperlink`,
        link.target,
        true,
      ]),
    ]),
  );
  add('word/styles.xml', STYLES);
  add('word/settings.xml', SETTINGS);
  if (footer) add('word/footer1.xml', `${XML_HEAD}<w:ftr ${DOCUMENT_NAMESPACES}>${footer}</w:ftr>`);
  add('docProps/core.xml', coreProperties(content.title));
  for (const part of content.media) add(`word/media/${part.name}`, part.data);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function contentTypes(media: MediaPart[], footer: boolean): string {
  const overrides = [
    ['/word/document.xml', `${MAIN}.document.main+xml`],
    ...(footer ? [['/word/footer1.xml', `${MAIN}.footer+xml`]] : []),
    ['/word/styles.xml', `${MAIN}.styles+xml`],
    ['/word/settings.xml', `${MAIN}.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    // Images by part rather than by extension: names come from image ids and may lack one.
    ...media.map((part) => [`/word/media/${part.name}`, part.contentType]),
  ]
    .map(
      ([name, type]) =>
        `<Override PartName="${xmlText(name as string)}" ContentType="${xmlText(type as string)}"/>`,
    )
    .join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`;
}

function relationships(rows: ([string, string, string] | [string, string, string, boolean])[]): string {
  const items = rows
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"${external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('');
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${items}</Relationships>`;
}

function coreProperties(title: string): string {
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>`;
}
