import type { ImportedImage, ImportProblem, ImportResult } from '@hoclieu/contracts';
import { imageSize } from '../docx-export/image-size.js';
import { problem, warning } from '../problems.js';
import { failedResult } from '../question.js';
import { attr, childElements, firstChild, parseXml } from '../xml.js';
import { assembleQuestions } from './assemble.js';
import { readBody } from './body.js';
import { previewPicture, readMathTypeObjects } from './mathtype/equation-objects.js';
import { mathTypeWarnings } from './mathtype/equation-segments.js';
import { NO_NUMBERING, readNumbering } from './numbering.js';
import {
  DEFAULT_DOCX_LIMITS,
  type DocxLimits,
  imageContentType,
  openPackage,
  resolvePart,
} from './package-parts.js';
import { webLink } from './run-extras.js';
import { readRunStyles } from './run-format.js';

const DOCUMENT = 'word/document.xml';

/**
 * A Word paper (.docx) to questions. Bad input (not a docx, zip bomb, broken XML) comes back as a
 * result with a file-level error, never as an exception.
 */
export async function parseDocx(
  bytes: Uint8Array,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): Promise<ImportResult> {
  const pkg = await openPackage(bytes, limits);
  if (!pkg.ok) return failedResult('docx', pkg.code, pkg.detail);
  const documentXml = await pkg.read(DOCUMENT);
  if (!documentXml) return failedResult('docx', 'NOT_A_DOCX');
  const document = parseXml(documentXml.toString('utf8'));
  if (!document.ok) return failedResult('docx', document.code, document.detail);
  const body = firstChild(document.root, 'body');
  if (!body) return failedResult('docx', 'NOT_A_DOCX');

  const relationships = await readRelationships(await pkg.read('word/_rels/document.xml.rels'));
  const numberingXml = await pkg.read('word/numbering.xml');
  const numberingDoc = numberingXml ? parseXml(numberingXml.toString('utf8')) : null;
  const numbering = numberingDoc?.ok ? readNumbering(numberingDoc.root) : NO_NUMBERING;
  const stylesXml = await pkg.read('word/styles.xml');
  const stylesDoc = stylesXml ? parseXml(stylesXml.toString('utf8')) : null;
  const styles = readRunStyles(stylesDoc?.ok ? stylesDoc.root : undefined);
  const mathType = await readMathTypeObjects(body, relationships, pkg.read);

  const images: ImportedImage[] = [];
  const fileProblems: ImportProblem[] = [];
  const imageIds = new Map<string, string | null>();
  const imageSizes = new Map<string, { width: number; height: number } | null>();
  // Images are read up front (readBody is synchronous): every image relationship of the document.
  for (const [id, target] of relationships) {
    if (!/\/image$/.test(target.type) || target.external) continue;
    const part = resolvePart('word', target.target);
    const original = await pkg.read(part);
    if (!original) {
      imageIds.set(id, null);
      continue;
    }
    // A MathType equation's picture: left out when the equation converted, else WMF/EMF drawn as SVG.
    const picture = previewPicture(mathType, id, part, original);
    if (!picture) continue;
    const { path, data } = picture;
    const imageId = path
      .split('/')
      .pop()!
      .replace(/[^\w.-]/g, '_');
    images.push({ id: imageId, contentType: imageContentType(path), dataBase64: data.toString('base64') });
    imageIds.set(id, imageId);
    imageSizes.set(imageId, imageSize(data));
  }
  const blocks = readBody(
    body,
    {
      image: (id) => imageIds.get(id) ?? null,
      missingImage: (id) => fileProblems.push(warning('MISSING_IMAGE', null, id)),
      equation: (id) => mathType.latex.get(id) ?? null,
      link: (id) => (relationships.get(id)?.external ? webLink(relationships.get(id)?.target) : null),
      imageSize: (id) => imageSizes.get(id) ?? null,
      styles,
    },
    numbering,
  );
  const { questions, problems } = assembleQuestions(blocks);
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  fileProblems.push(...mathTypeWarnings(questions, mathType, imageIds));
  return { format: 'docx', questions, images, problems: [...fileProblems, ...problems] };
}

type Relationship = { type: string; target: string; external: boolean };

async function readRelationships(xml: Buffer | null): Promise<Map<string, Relationship>> {
  const map = new Map<string, Relationship>();
  if (!xml) return map;
  const parsed = parseXml(xml.toString('utf8'));
  if (!parsed.ok) return map;
  for (const rel of childElements(parsed.root, 'Relationship')) {
    const external = attr(rel, 'TargetMode') === 'External';
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target) map.set(id, { type: attr(rel, 'Type') ?? '', target, external });
  }
  return map;
}
