import type { ImportedQuestion, ImportProblem, ImportResult } from '@hoclieu/contracts';
import { DEFAULT_DOCX_LIMITS, type DocxLimits, openPackage } from '../docx/package-parts.js';
import { problem } from '../problems.js';
import { emptyQuestion, failedResult } from '../question.js';
import { attr, parseXml } from '../xml.js';
import { readItem } from './qti-item.js';
import {
  applyMetadata,
  isTestRoot,
  itemsInOrder,
  readMetadata,
  resourcesByPath,
  testItemRefs,
} from './qti-manifest.js';
import { dirOf, PackageImages, resolveHref } from './qti-resources.js';
import { readStimulus } from './qti-stimulus.js';

/**
 * One QTI 2.x or 3.0 item file (no package: images it references are reported missing). A
 * manifest or an assessment test alone holds no question: it is reported, asking for the package.
 */
export async function parseQtiXml(text: string): Promise<ImportResult> {
  const parsed = parseXml(text);
  if (parsed.ok && parsed.root.localName === 'manifest') return failedResult('qti', 'QTI_MANIFEST_ONLY');
  if (parsed.ok && isTestRoot(parsed.root)) {
    const title = (attr(parsed.root, 'title') || attr(parsed.root, 'identifier') || '').normalize('NFC');
    const count = testItemRefs(parsed.root).length;
    return {
      format: 'qti',
      questions: [],
      images: [],
      problems: [
        problem('QTI_TEST_ONLY', title ? `bài kiểm tra “${title}”` : null, 'error', `${count} câu hỏi`),
      ],
    };
  }
  const images = new PackageImages();
  const result = await readItem({ text, pkg: null, where: null, metadata: { meta: {} }, index: 1 }, images);
  if (result.fatal) return failedResult('qti', result.fatal.code, result.fatal.detail);
  const problems = [...result.problems];
  if (!result.question) problems.push(problem('NO_QUESTIONS', null));
  // The shared passage lives in another file of the package: say it is missing.
  if (result.question && result.stimulus)
    result.question.problems.push(
      problem('MISSING_FILE', result.question.number, 'warning', result.stimulus),
    );
  return {
    format: 'qti',
    questions: result.question ? [result.question] : [],
    images: images.images,
    problems,
  };
}

/**
 * A QTI content package: `imsmanifest.xml` lists the item files (hrefs relative to it); the
 * items its assessment tests reference come first, in the tests' order.
 */
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
  const problems: ImportProblem[] = [];
  const questions: ImportedQuestion[] = [];
  const images = new PackageImages();
  const base = dirOf(manifestPath);
  const resources = resourcesByPath(manifest.root, base);
  /** Items in a row referring to one stimulus form one group, its stem the stimulus. */
  let lastStimulus: string | null = null;
  const readGroup = async (path: string, where: string): Promise<ImportedQuestion> => {
    const data = await pkg.read(path);
    const read = data
      ? await readStimulus(data.toString('utf8'), { dir: dirOf(path), read: pkg.read }, images, `tệp ${path}`)
      : { group: null, problems: [problem('MISSING_FILE', where, 'error', path)] };
    problems.push(...read.problems);
    const group = read.group ?? emptyQuestion('', 'group');
    applyMetadata(group, readMetadata(resources.get(path) ?? null));
    return group;
  };
  for (const entry of await itemsInOrder(manifest.root, base, pkg.read)) {
    const where = `tệp ${entry.href}`;
    if (!entry.path) {
      problems.push(problem('UNSAFE_HREF', where, 'error', entry.href));
      continue;
    }
    const data = await pkg.read(entry.path);
    if (!data) {
      problems.push(problem('MISSING_FILE', where, 'error', entry.href));
      continue;
    }
    const result = await readItem(
      {
        text: data.toString('utf8'),
        pkg: { dir: dirOf(entry.path), read: pkg.read },
        where,
        metadata: readMetadata(entry.resource),
        index: questions.length + 1,
      },
      images,
    );
    if (result.fatal) problems.push(problem(result.fatal.code, where, 'error', result.fatal.detail));
    problems.push(...result.problems);
    if (!result.question) continue;
    const stimulusPath = result.stimulus ? resolveHref(dirOf(entry.path), result.stimulus) : null;
    if (!stimulusPath) {
      questions.push(result.question);
      lastStimulus = null;
      continue;
    }
    const last = questions.at(-1);
    if (stimulusPath === lastStimulus && last?.type === 'group') {
      last.children.push(result.question);
      continue;
    }
    const group = await readGroup(stimulusPath, where);
    group.children.push(result.question);
    questions.push(group);
    lastStimulus = stimulusPath;
  }
  if (questions.length === 0) problems.push(problem('NO_QUESTIONS', null));
  return { format: 'qti', questions, images: images.images, problems };
}
