import type { ImportedQuestion, ImportProblem } from '@hoclieu/contracts';
import { warning } from '../problems.js';
import { emptyQuestion } from '../question.js';
import { attr, firstChild, parseXml } from '../xml.js';
import { imageSources, qtiName, sanitise } from './qti-html.js';
import { allElements } from './qti-interactions.js';
import { STEM_CLASS } from './qti-item.js';
import type { PackageImages, PackageReader } from './qti-resources.js';

/**
 * An assessment stimulus (QTI 3.0, 2.2): the passage several items share. Read as a `group`
 * question holding only its stem; the items that refer to it become its children.
 */
export async function readStimulus(
  text: string,
  pkg: PackageReader,
  images: PackageImages,
  where: string,
): Promise<{ group: ImportedQuestion | null; problems: ImportProblem[] }> {
  const parsed = parseXml(text);
  const v3 = parsed.ok && parsed.root.localName === 'qti-assessment-stimulus';
  if (!parsed.ok || (!v3 && parsed.root.localName !== 'assessmentStimulus'))
    return { group: null, problems: [warning('MISSING_FILE', where, 'assessmentStimulus')] };
  const body = firstChild(parsed.root, qtiName(v3, 'stimulus-body'));
  const problems: ImportProblem[] = [];
  const ids = new Map<string, string | null>();
  for (const src of body ? imageSources(body) : []) {
    if (ids.has(src)) continue;
    const id = await images.read(pkg, src);
    ids.set(src, id);
    if (id === null) problems.push(warning('MISSING_IMAGE', where, src));
  }
  const group = emptyQuestion(
    (attr(parsed.root, 'title') || attr(parsed.root, 'identifier') || '').normalize('NFC'),
    'group',
  );
  if (body) {
    const stemDiv = allElements(body).find((e) => (attr(e, 'class') ?? '').split(/\s+/).includes(STEM_CLASS));
    group.stem = sanitise(stemDiv ?? body, { image: (src) => ids.get(src) ?? null, skip: () => false });
  }
  return { group, problems };
}
