import type {
  ImportedImage,
  ImportedQuestion,
  ImportProblem,
  ImportResult,
  QuestionPart,
} from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import {
  DEFAULT_DOCX_LIMITS,
  type DocxLimits,
  imageContentType,
  openPackage,
} from '../docx/package-parts.js';
import { problem, warning } from '../problems.js';
import { emptyQuestion, failedResult, levelFromLabel } from '../question.js';
import { checkQuestion } from '../validate.js';
import { attr, childElements, descendants, firstChild, parseXml } from '../xml.js';
import { imageSources, joinBlocks, qtiAttr, qtiName, type SanitiseContext, sanitise } from './qti-html.js';

const LABELS = 'ABCDEFGH';
const STATEMENTS = 'abcd';
/** Our export keeps the stem in this div so it reads back exactly. */
export const STEM_CLASS = 'hoclieu-stem';

type Reader = (path: string) => Promise<Buffer | null>;

interface ItemMetadata {
  level?: string;
  part?: string;
  meta: Record<string, string>;
}

class Images {
  readonly images: ImportedImage[] = [];

  add(path: string, data: Buffer): string {
    const name = path.split('/').pop() || 'image';
    const base64 = data.toString('base64');
    let id = name;
    for (let n = 2; this.images.some((i) => i.id === id && i.dataBase64 !== base64); n++) id = `${n}-${name}`;
    if (!this.images.some((i) => i.id === id)) {
      this.images.push({ id, contentType: imageContentType(name), dataBase64: base64 });
    }
    return id;
  }
}

/**
 * A package path relative to a directory of the package; null when it escapes the package, is
 * absolute, has a scheme (http:, file:, data:) or is not decodable.
 */
export function resolveHref(dir: string, href: string): string | null {
  if (!href || /^[a-z][\w+.-]*:/i.test(href) || href.startsWith('/') || href.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(href.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = dir.split('/').filter(Boolean);
  for (const piece of decoded.split('/')) {
    if (piece === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.length ? parts.join('/') : null;
}

const dirOf = (path: string): string => path.split('/').slice(0, -1).join('/');

/** One QTI 2.1 or 3.0 item file (no package: images it references are reported missing). */
export async function parseQtiXml(text: string): Promise<ImportResult> {
  const images = new Images();
  const result = await readItem(text, null, null, images, { meta: {} }, 1);
  if (result.fatal) return failedResult('qti', result.fatal.code, result.fatal.detail);
  const problems = [...result.problems];
  if (!result.question) problems.push(problem('NO_QUESTIONS', null));
  return {
    format: 'qti',
    questions: result.question ? [result.question] : [],
    images: images.images,
    problems,
  };
}

/** A QTI content package: `imsmanifest.xml` lists the item files (hrefs relative to it). */
export async function parseQtiPackage(
  bytes: Uint8Array,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): Promise<ImportResult> {
  const pkg = await openPackage(bytes, limits);
  if (!pkg.ok) return failedResult('qti', pkg.code === 'NOT_A_DOCX' ? 'UNSAFE_ZIP' : pkg.code, pkg.detail);
  const manifestPath = pkg.paths
    .filter((path) => path === 'imsmanifest.xml' || path.endsWith('/imsmanifest.xml'))
    .sort((a, b) => a.length - b.length)[0];
  if (!manifestPath) return failedResult('qti', 'NO_MANIFEST');
  const manifestXml = await pkg.read(manifestPath);
  const manifest = manifestXml ? parseXml(manifestXml.toString('utf8')) : null;
  if (!manifest) return failedResult('qti', 'NO_MANIFEST');
  if (!manifest.ok) return failedResult('qti', manifest.code, manifestPath);
  const base = dirOf(manifestPath);
  const problems: ImportProblem[] = [];
  const questions: ImportedQuestion[] = [];
  const images = new Images();
  const resources = descendants(manifest.root, 'resource').filter((resource) =>
    /^imsqti_item/i.test(attr(resource, 'type') ?? ''),
  );
  const seen = new Set<string>();
  for (const resource of resources) {
    const href = attr(resource, 'href') ?? '';
    const where = `tệp ${href || attr(resource, 'identifier') || '?'}`;
    const path = resolveHref(base, href);
    if (!path) {
      problems.push(problem('UNSAFE_HREF', where, 'error', href));
      continue;
    }
    if (seen.has(path)) continue;
    seen.add(path);
    const data = await pkg.read(path);
    if (!data) {
      problems.push(problem('MISSING_FILE', where, 'error', href));
      continue;
    }
    const read = { dir: dirOf(path), read: pkg.read };
    const result = await readItem(
      data.toString('utf8'),
      read,
      where,
      images,
      readMetadata(resource),
      questions.length + 1,
    );
    if (result.fatal) problems.push(problem(result.fatal.code, where, 'error', result.fatal.detail));
    problems.push(...result.problems);
    if (result.question) questions.push(result.question);
  }
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'qti', questions, images: images.images, problems };
}

/** Our own metadata (level, part, string metadata) from a manifest resource. */
function readMetadata(resource: Element): ItemMetadata {
  const found: ItemMetadata = { meta: {} };
  const question = descendants(resource, 'question').find((e) => e.namespaceURI === HOCLIEU_NS);
  if (!question) return found;
  found.level = attr(question, 'level') ?? undefined;
  found.part = attr(question, 'part') ?? undefined;
  for (const meta of childElements(question, 'meta')) {
    const key = attr(meta, 'key');
    if (key) found.meta[key] = meta.textContent ?? '';
  }
  return found;
}

export const HOCLIEU_NS = 'urn:hoclieu:question-metadata';

interface ItemResult {
  question: ImportedQuestion | null;
  problems: ImportProblem[];
  fatal?: { code: 'XML_INVALID' | 'XML_DOCTYPE' | 'NOT_A_QTI_ITEM'; detail?: string };
}

interface Declaration {
  cardinality: string;
  baseType: string;
  correct: string[];
  mapped: string[];
}

async function readItem(
  text: string,
  pkg: { dir: string; read: Reader } | null,
  where: string | null,
  images: Images,
  metadata: ItemMetadata,
  index: number,
): Promise<ItemResult> {
  const parsed = parseXml(text);
  if (!parsed.ok)
    return { question: null, problems: [], fatal: { code: parsed.code, detail: parsed.detail } };
  const root = parsed.root;
  const v3 = root.localName === 'qti-assessment-item';
  if (!v3 && root.localName !== 'assessmentItem') {
    return { question: null, problems: [], fatal: { code: 'NOT_A_QTI_ITEM', detail: root.localName ?? '' } };
  }
  const name = (attr(root, 'title') || attr(root, 'identifier') || String(index)).normalize('NFC');
  const location = where ?? name;
  const problems: ImportProblem[] = [];
  const n = (kebab: string) => qtiName(v3, kebab);

  const declarations = new Map<string, Declaration>();
  for (const element of childElements(root, n('response-declaration'))) {
    const values = (parent: Element | undefined) =>
      childElements(parent ?? element, n('value')).map((v) => (v.textContent ?? '').trim());
    const correctResponse = firstChild(element, n('correct-response'));
    const mapping = firstChild(element, n('mapping'));
    declarations.set(attr(element, 'identifier') ?? '', {
      cardinality: attr(element, 'cardinality') ?? 'single',
      baseType: qtiAttr(element, v3, 'base-type') ?? '',
      correct: correctResponse ? values(correctResponse) : [],
      mapped: mapping
        ? childElements(mapping, n('map-entry'))
            .filter((entry) => Number(qtiAttr(entry, v3, 'mapped-value') ?? '0') > 0)
            .map((entry) => qtiAttr(entry, v3, 'map-key') ?? '')
        : [],
    });
  }
  const body = firstChild(root, n('item-body'));
  if (!body) return { question: null, problems: [warning('EMPTY_STEM', location)] };

  // Images first (reading is asynchronous, sanitising is not).
  const feedback = childElements(root, n('modal-feedback'));
  const imageIds = new Map<string, string | null>();
  for (const src of [...imageSources(body), ...feedback.flatMap(imageSources)]) {
    if (imageIds.has(src)) continue;
    const path = pkg ? resolveHref(pkg.dir, src) : null;
    const data = path && pkg ? await pkg.read(path) : null;
    imageIds.set(src, data && path ? images.add(path, data) : null);
    if (!data) problems.push(warning('MISSING_IMAGE', location, src));
  }
  const interactionNames = ['choice-interaction', 'text-entry-interaction', 'extended-text-interaction'].map(
    n,
  );
  const isInteraction = (e: Element) => /interaction$/i.test(e.localName ?? '');
  const context = (skip: (e: Element) => boolean): SanitiseContext => ({
    image: (src) => imageIds.get(src) ?? null,
    skip,
  });
  const skipInteractions = context(isInteraction);

  const interactions = allElements(body).filter(isInteraction);
  const unknown = interactions.filter((e) => !interactionNames.includes(e.localName ?? ''));
  const kinds = new Set(interactions.map((e) => e.localName));
  if (unknown.length || kinds.size !== 1) {
    const detail = unknown[0]?.localName ?? (kinds.size ? [...kinds].join(', ') : 'không có tương tác');
    return { question: null, problems: [...problems, warning('UNSUPPORTED_QUESTION', location, detail)] };
  }

  const q = emptyQuestion(name);
  const prompt = (interaction: Element) => {
    const element = firstChild(interaction, n('prompt'));
    return element ? sanitise(element, skipInteractions) : '';
  };
  const stemDiv = allElements(body).find((e) => (attr(e, 'class') ?? '').split(/\s+/).includes(STEM_CLASS));
  const bodyStem = stemDiv ? sanitise(stemDiv, skipInteractions) : sanitise(body, skipInteractions);
  const kind = [...kinds][0] ?? '';
  const declarationOf = (interaction: Element) =>
    declarations.get(qtiAttr(interaction, v3, 'response-identifier') ?? '');

  if (kind === n('choice-interaction')) {
    const trueFalse = interactions.length > 1 && interactions.every((i) => trueFalseChoices(i, n) !== null);
    if (trueFalse) {
      q.type = 'true_false_group';
      q.stem = bodyStem;
      if (interactions.length > 4) problems.push(warning('STATEMENT_COUNT', location));
      q.statements = interactions.slice(0, 4).map((interaction, i) => {
        const choices = trueFalseChoices(interaction, n);
        const correct = declarationOf(interaction)?.correct ?? [];
        return {
          label: STATEMENTS[i] as never,
          html: prompt(interaction),
          correct: choices !== null && correct.includes(choices.trueId),
        };
      });
      if (interactions.some((i) => !(declarationOf(i)?.correct.length ?? 0))) {
        problems.push(problem('NO_CORRECT_ANSWER', location));
      }
    } else {
      if (interactions.length > 1) {
        return {
          question: null,
          problems: [...problems, warning('UNSUPPORTED_QUESTION', location, 'nhiều tương tác')],
        };
      }
      const interaction = interactions[0] as Element;
      const declaration = declarationOf(interaction);
      const maxChoices = Number(qtiAttr(interaction, v3, 'max-choices') ?? '1');
      const multiple = declaration ? declaration.cardinality !== 'single' : maxChoices !== 1;
      q.type = multiple ? 'multiple_select' : 'single_choice';
      q.stem = stemDiv ? bodyStem : joinBlocks([bodyStem, prompt(interaction)]);
      const choices = childElements(interaction, n('simple-choice'));
      if (choices.length > LABELS.length)
        problems.push(warning('UNSUPPORTED_QUESTION', location, 'quá 8 phương án'));
      const correct = new Set([...(declaration?.correct ?? []), ...(declaration?.mapped ?? [])]);
      q.options = choices.slice(0, LABELS.length).map((choice, i) => ({
        label: LABELS[i] as never,
        html: sanitise(choice, skipInteractions),
        correct: correct.has(attr(choice, 'identifier') ?? ''),
      }));
    }
  } else if (kind === n('text-entry-interaction')) {
    q.type = 'short_answer';
    q.stem = bodyStem;
    const accepted: string[] = [];
    for (const interaction of interactions) {
      const declaration = declarationOf(interaction);
      for (const value of [...(declaration?.correct ?? []), ...(declaration?.mapped ?? [])]) {
        if (value && !accepted.includes(value)) accepted.push(value.normalize('NFC'));
      }
    }
    const tolerance = allElements(root)
      .filter((e) => e.localName === n('equal'))
      .map((e) => Number((attr(e, 'tolerance') ?? '').trim().split(/\s+/)[0]))
      .find((value) => Number.isFinite(value) && value > 0);
    q.answer = { accepted, tolerance: tolerance ?? null };
    if (interactions.length > 1)
      problems.push(warning('UNSUPPORTED_QUESTION', location, 'nhiều ô trả lời; đã gộp đáp án'));
  } else {
    q.type = 'essay';
    q.stem = stemDiv ? bodyStem : joinBlocks([bodyStem, ...interactions.map(prompt)]);
  }

  const solution = joinBlocks(
    feedback.map((element) => sanitise(firstChild(element, 'qti-content-body') ?? element, skipInteractions)),
  );
  q.solution = solution || null;
  if (metadata.level) q.level = levelFromLabel(metadata.level);
  if (metadata.part && ['I', 'II', 'III'].includes(metadata.part)) q.part = metadata.part as QuestionPart;
  Object.assign(q.metadata, metadata.meta);
  q.problems.push(...problems);
  checkQuestion(q, location);
  return { question: q, problems: [] };
}

/** The identifiers of a two-choice Đúng/Sai interaction, or null when it is not one. */
function trueFalseChoices(interaction: Element, n: (kebab: string) => string): { trueId: string } | null {
  const choices = childElements(interaction, n('simple-choice'));
  if (choices.length !== 2) return null;
  const text = choices.map((c) => (c.textContent ?? '').trim().normalize('NFC').toLowerCase());
  const isTrue = (t: string) => ['đúng', 'đ', 'true', 't', 'yes'].includes(t);
  const isFalse = (t: string) => ['sai', 's', 'false', 'f', 'no'].includes(t);
  const [a, b] = [text[0] ?? '', text[1] ?? ''];
  if (isTrue(a) && isFalse(b)) return { trueId: attr(choices[0], 'identifier') ?? '' };
  if (isFalse(a) && isTrue(b)) return { trueId: attr(choices[1], 'identifier') ?? '' };
  return null;
}

function allElements(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (parent: Element): void => {
    for (const child of childElements(parent)) {
      found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}
