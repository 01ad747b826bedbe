import type { ImportedImage, ImportedQuestion } from '@hoclieu/contracts';
import { numericAnswer } from '@hoclieu/domain';
import yazl from 'yazl';
import { htmlToXhtml } from '../html.js';
import { escapeXml } from '../xml.js';
import { HOCLIEU_NS, STEM_CLASS } from './qti-import.js';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const MATCH_CORRECT = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml';
const EMBEDDED = /embedded:([^"'<>]+)/g;

/**
 * Questions as a QTI 3.0 content package (zip): one item per question under `items/`, images
 * under `images/`, `imsmanifest.xml` listing them. Đúng/Sai groups become four two-choice
 * `qti-choice-interaction`s (Đúng/Sai); a group's children are exported one by one with the shared
 * stem in front. Level, part and string metadata travel in the manifest (own namespace).
 */
export async function exportQti3(
  questions: ImportedQuestion[],
  images: ImportedImage[] = [],
): Promise<Buffer> {
  const byId = new Map(images.map((image) => [image.id, image]));
  const flat = questions.flatMap((q) =>
    q.type === 'group' ? q.children.map((child) => ({ ...child, stem: `${q.stem}${child.stem}` })) : [q],
  );
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
  const resources: string[] = [];
  flat.forEach((q, i) => {
    const identifier = `Q${i + 1}`;
    const used: string[] = [];
    const html = (fragment: string) =>
      htmlToXhtml(fragment).replace(EMBEDDED, (whole, id: string) => {
        const path = imagePath(id);
        if (!path) return whole;
        used.push(path);
        // Items live in items/, images in images/.
        return `../${path.split('/').map(encodeURIComponent).join('/')}`;
      });
    const href = `items/${identifier}.xml`;
    zip.addBuffer(Buffer.from(itemXml(q, identifier, html), 'utf8'), href);
    const files = [href, ...new Set(used)].map((f) => `<file href="${escapeXml(encodeHref(f))}"/>`).join('');
    resources.push(
      `<resource identifier="${identifier}" type="imsqti_item_xmlv3p0" href="${href}">${metadataXml(q)}${files}</resource>`,
    );
  });
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:hl="${HOCLIEU_NS}" identifier="HOCLIEU-QTI-EXPORT">
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

function metadataXml(q: ImportedQuestion): string {
  const attrs = [q.level ? ` level="${q.level}"` : '', q.part ? ` part="${q.part}"` : ''].join('');
  const meta = Object.entries(q.metadata)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `<hl:meta key="${escapeXml(key)}">${escapeXml(value)}</hl:meta>`)
    .join('');
  if (!attrs && !meta) return '';
  return `<metadata><hl:question${attrs}>${meta}</hl:question></metadata>`;
}

function itemXml(q: ImportedQuestion, identifier: string, html: (fragment: string) => string): string {
  const declarations: string[] = [];
  const body: string[] = [`<div class="${STEM_CLASS}">${html(q.stem)}</div>`];
  let processing = `<qti-response-processing template="${MATCH_CORRECT}"/>`;
  const declare = (id: string, cardinality: string, baseType: string, values: string[]) =>
    declarations.push(
      `<qti-response-declaration identifier="${id}" cardinality="${cardinality}" base-type="${baseType}">` +
        (values.length
          ? `<qti-correct-response>${values.map((v) => `<qti-value>${escapeXml(v)}</qti-value>`).join('')}</qti-correct-response>`
          : '') +
        '</qti-response-declaration>',
    );
  switch (q.type) {
    case 'single_choice':
    case 'multiple_select': {
      const single = q.type === 'single_choice';
      declare(
        'RESPONSE',
        single ? 'single' : 'multiple',
        'identifier',
        q.options.filter((o) => o.correct).map((o) => o.label),
      );
      const choices = q.options.map(
        (o) => `<qti-simple-choice identifier="${o.label}">${html(o.html)}</qti-simple-choice>`,
      );
      body.push(
        `<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="${single ? 1 : 0}">${choices.join('')}</qti-choice-interaction>`,
      );
      break;
    }
    case 'true_false_group':
      for (const s of q.statements) {
        const id = `RESPONSE_${s.label}`;
        declare(id, 'single', 'identifier', [s.correct ? 'D' : 'S']);
        body.push(
          `<qti-choice-interaction response-identifier="${id}" shuffle="false" max-choices="1"><qti-prompt>${html(s.html)}</qti-prompt><qti-simple-choice identifier="D">Đúng</qti-simple-choice><qti-simple-choice identifier="S">Sai</qti-simple-choice></qti-choice-interaction>`,
        );
      }
      processing = statementProcessing(q.statements.map((s) => `RESPONSE_${s.label}`));
      break;
    case 'short_answer': {
      const accepted = q.answer?.accepted ?? [];
      const numeric = accepted.length > 0 && accepted.every((a) => /^-?\d+(\.\d+)?$/.test(a.trim()));
      declare(
        'RESPONSE',
        accepted.length > 1 ? 'multiple' : 'single',
        numeric ? 'float' : 'string',
        accepted,
      );
      body.push('<p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>');
      const tolerance = q.answer?.tolerance;
      if (numeric && tolerance && accepted.length === 1 && numericAnswer(accepted[0] ?? '') !== null) {
        processing = `<qti-response-processing><qti-response-condition><qti-response-if><qti-equal tolerance-mode="absolute" tolerance="${tolerance} ${tolerance}"><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-equal>${setScore('1')}</qti-response-if></qti-response-condition></qti-response-processing>`;
      }
      break;
    }
    default:
      declare('RESPONSE', 'single', 'string', []);
      body.push('<qti-extended-text-interaction response-identifier="RESPONSE"/>');
      processing = '';
  }
  const feedback = q.solution
    ? `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="SOLUTION" show-hide="show"><qti-content-body>${html(q.solution)}</qti-content-body></qti-modal-feedback>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_NS}" identifier="${identifier}" title="${escapeXml(q.number)}" adaptive="false" time-dependent="false" xml:lang="vi">
${declarations.join('\n')}
<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>
${q.solution ? '<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>\n' : ''}<qti-item-body>${body.join('')}</qti-item-body>
${processing}${feedback}
</qti-assessment-item>
`;
}

const setScore = (value: string) =>
  `<qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">${value}</qti-base-value></qti-set-outcome-value>`;

/** One point when every statement is answered correctly. */
function statementProcessing(ids: string[]): string {
  const matches = ids
    .map((id) => `<qti-match><qti-variable identifier="${id}"/><qti-correct identifier="${id}"/></qti-match>`)
    .join('');
  return `<qti-response-processing><qti-response-condition><qti-response-if><qti-and>${matches}</qti-and>${setScore('1')}</qti-response-if></qti-response-condition></qti-response-processing>`;
}
