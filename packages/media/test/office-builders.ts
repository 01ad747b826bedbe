import { buildZip, type ZipEntrySpec } from '../testing/index.js';

const CONTENT_TYPES_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>';

function rootRels(target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/>` +
    '</Relationships>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A minimal Word document, one paragraph per string, plus any `extra` parts. */
export function buildDocx(
  paragraphs: readonly string[],
  extra: readonly ZipEntrySpec[] = [],
): Promise<Buffer> {
  const body = paragraphs.map(
    (text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
  );
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: `${CONTENT_TYPES_START}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: rootRels('word/document.xml') },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`,
    },
    ...extra,
  ]);
}

/**
 * A minimal PowerPoint file. `slides[i]` is written as `slide{i+1}.xml`, but shown in `order`
 * (1-based file numbers), as after moving slides around in PowerPoint. Each slide's text is
 * given as raw XML run content, so tests can put entities in it.
 */
export function buildPptx(
  slides: readonly string[][],
  order = slides.map((_, index) => index + 1),
): Promise<Buffer> {
  const ns =
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
  const slideXml = (paragraphs: readonly string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld ${ns}><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>` +
    paragraphs.map((runs) => `<a:p><a:pPr algn="l"/><a:r><a:rPr lang="vi-VN"/>${runs}</a:r></a:p>`).join('') +
    '</p:txBody></p:sp></p:spTree></p:cSld></p:sld>';
  const overrides = slides.map(
    (_, index) =>
      `<Override PartName="/ppt/slides/slide${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`,
  );
  const ids = order.map((number, index) => `<p:sldId id="${256 + index}" r:id="rId${number + 10}"/>`);
  const rels = slides.map(
    (_, index) =>
      `<Relationship Id="rId${index + 11}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${index + 1}.xml"/>`,
  );
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: `${CONTENT_TYPES_START}<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>${overrides.join('')}</Types>`,
    },
    { name: '_rels/.rels', data: rootRels('ppt/presentation.xml') },
    {
      name: 'ppt/presentation.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation ${ns}><p:sldIdLst>${ids.join('')}</p:sldIdLst></p:presentation>`,
    },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    ...slides.map((paragraphs, index) => ({
      name: `ppt/slides/slide${index + 1}.xml`,
      data: slideXml(paragraphs),
    })),
  ]);
}

/** `<a:t>` runs for plain text (escaped). */
export function run(text: string): string {
  return `<a:t>${escapeXml(text)}</a:t>`;
}
