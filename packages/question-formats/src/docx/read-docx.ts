import type { ImportedImage, ImportProblem, ImportResult } from '@hoclieu/contracts';
import { problem, warning } from '../problems.js';
import { failedResult } from '../question.js';
import { attr, childElements, firstChild, parseXml } from '../xml.js';
import { assembleQuestions } from './assemble.js';
import { readBody } from './body.js';
import { NO_NUMBERING, readNumbering } from './numbering.js';
import {
  DEFAULT_DOCX_LIMITS,
  type DocxLimits,
  imageContentType,
  openPackage,
  resolvePart,
} from './package-parts.js';

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

  const images: ImportedImage[] = [];
  const fileProblems: ImportProblem[] = [];
  const imageIds = new Map<string, string | null>();
  // Images are read up front (readBody is synchronous): every image relationship of the document.
  for (const [id, target] of relationships) {
    if (!/\/image$/.test(target.type)) continue;
    const path = resolvePart('word', target.target);
    const data = await pkg.read(path);
    if (!data) {
      imageIds.set(id, null);
      continue;
    }
    const imageId = path
      .split('/')
      .pop()!
      .replace(/[^\w.-]/g, '_');
    images.push({ id: imageId, contentType: imageContentType(path), dataBase64: data.toString('base64') });
    imageIds.set(id, imageId);
  }
  const blocks = readBody(
    body,
    {
      image: (id) => imageIds.get(id) ?? null,
      missingImage: (id) => fileProblems.push(warning('MISSING_IMAGE', null, id)),
    },
    numbering,
  );
  const { questions, problems } = assembleQuestions(blocks);
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'docx', questions, images, problems: [...fileProblems, ...problems] };
}

async function readRelationships(xml: Buffer | null): Promise<Map<string, { type: string; target: string }>> {
  const map = new Map<string, { type: string; target: string }>();
  if (!xml) return map;
  const parsed = parseXml(xml.toString('utf8'));
  if (!parsed.ok) return map;
  for (const rel of childElements(parsed.root, 'Relationship')) {
    if (attr(rel, 'TargetMode') === 'External') continue;
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target) map.set(id, { type: attr(rel, 'Type') ?? '', target });
  }
  return map;
}
