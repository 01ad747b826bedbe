import type { ImportedImage, ImportedQuestion } from '@hoclieu/contracts';
import yazl from 'yazl';
import { escapeXml } from '../xml.js';
import { qtiXhtml } from './qti-export-html.js';
import { itemXml, stimulusXml } from './qti-export-item.js';
import { HOCLIEU_NS } from './qti-manifest.js';

const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM';
const EMBEDDED = /embedded:([^"'<>]+)/g;

/**
 * Questions as a QTI 3.0 content package (zip): one item per question under `items/`, images
 * under `images/`, `imsmanifest.xml` listing them. A group's shared stem is an assessment
 * stimulus under `stimuli/` that each of its children refers to. Level, part and other metadata travel in each resource's LOM:
 * tags as LOM keywords, the rest in our own namespace (which LOM allows).
 */
export async function exportQti3(
  questions: ImportedQuestion[],
  images: ImportedImage[] = [],
): Promise<Buffer> {
  const byId = new Map(images.map((image) => [image.id, image]));
  const zip = new yazl.ZipFile();
  const imagePaths = new Map<string, string>();
  const imagePath = (id: string): string | null => {
    const image = byId.get(id);
    if (!image) return null;
    let path = imagePaths.get(id);
    if (!path) {
      path = `images/${id.replace(/[/\\\0]/g, '_').replace(/^\.+/, '_')}`;
      imagePaths.set(id, path);
      zip.addBuffer(Buffer.from(image.dataBase64, 'base64'), path);
    }
    return path;
  };
  /** Writes one file (items and stimuli live one folder down from images/) and its resource. */
  const resources: string[] = [];
  const write = (
    href: string,
    identifier: string,
    type: string,
    q: ImportedQuestion,
    xml: (html: (fragment: string) => string) => string,
    dependency?: string,
  ) => {
    const used: string[] = [];
    const html = (fragment: string) =>
      qtiXhtml(fragment).replace(EMBEDDED, (whole, id: string) => {
        const path = imagePath(id);
        if (!path) return whole;
        used.push(path);
        return `../${encodeHref(path)}`;
      });
    zip.addBuffer(Buffer.from(xml(html), 'utf8'), href);
    const files = [href, ...new Set(used)].map((f) => `<file href="${escapeXml(encodeHref(f))}"/>`).join('');
    const depends = dependency ? `<dependency identifierref="${dependency}"/>` : '';
    resources.push(
      `<resource identifier="${identifier}" type="${type}" href="${href}">${metadataXml(q)}${files}${depends}</resource>`,
    );
  };
  let count = 0;
  const writeItem = (q: ImportedQuestion, stimulus?: string) => {
    const identifier = `Q${++count}`;
    const ref = stimulus ? { identifier: stimulus, href: `../stimuli/${stimulus}.xml` } : undefined;
    write(
      `items/${identifier}.xml`,
      identifier,
      'imsqti_item_xmlv3p0',
      q,
      (html) => itemXml(q, identifier, html, ref),
      stimulus,
    );
  };
  questions.forEach((q, i) => {
    if (q.type !== 'group') {
      writeItem(q);
      return;
    }
    const identifier = `G${i + 1}`;
    write(`stimuli/${identifier}.xml`, identifier, 'imsqti_stimulus_xmlv3p0', q, (html) =>
      stimulusXml(q, identifier, html),
    );
    for (const child of q.children) writeItem(child, identifier);
  });
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:lom="${LOM_NS}" xmlns:hl="${HOCLIEU_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="HOCLIEU-QTI-EXPORT">
<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
<organizations/>
<resources>
${resources.join('\n')}
</resources>
</manifest>
`;
  zip.addBuffer(Buffer.from(manifest, 'utf8'), 'imsmanifest.xml');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const encodeHref = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** Tags as LOM keywords (other tools read them); level, part and the rest in hl:question. */
function metadataXml(q: ImportedQuestion): string {
  const attrs = [q.level ? ` level="${q.level}"` : '', q.part ? ` part="${q.part}"` : ''].join('');
  const tags = Array.isArray(q.metadata.tags)
    ? q.metadata.tags.filter((t): t is string => typeof t === 'string')
    : [];
  const meta = Object.entries(q.metadata)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) =>
      typeof value === 'string'
        ? `<hl:meta key="${escapeXml(key)}">${escapeXml(value)}</hl:meta>`
        : `<hl:meta key="${escapeXml(key)}" type="json">${escapeXml(JSON.stringify(value))}</hl:meta>`,
    )
    .join('');
  if (!attrs && !meta) return '';
  const keywords = tags.length
    ? `<lom:general>${tags.map((t) => `<lom:keyword><lom:string language="vi">${escapeXml(t)}</lom:string></lom:keyword>`).join('')}</lom:general>`
    : '';
  return `<metadata><lom:lom>${keywords}<hl:question${attrs}>${meta}</hl:question></lom:lom></metadata>`;
}
