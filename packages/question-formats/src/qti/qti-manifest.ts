import type { ImportedQuestion, QuestionPart } from '@hoclieu/contracts';
import type { Element } from '@xmldom/xmldom';
import { levelFromLabel } from '../question.js';
import { attr, childElements, descendants, parseXml } from '../xml.js';
import { dirOf, resolveHref } from './qti-resources.js';

/** Our own metadata namespace (level, part, tags...), inside the resource's LOM. */
export const HOCLIEU_NS = 'urn:hoclieu:question-metadata';
const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM';

export interface ItemMetadata {
  level?: string;
  part?: string;
  meta: Record<string, unknown>;
}

/** One item to read: its package path (null when its href leaves the package), its resource. */
export interface ItemEntry {
  path: string | null;
  href: string;
  resource: Element | null;
}

/** Our metadata (hl:question, wherever in the resource's metadata), else LOM keywords as tags. */
export function readMetadata(resource: Element | null): ItemMetadata {
  const found: ItemMetadata = { meta: {} };
  if (!resource) return found;
  const question = descendants(resource, 'question').find((e) => e.namespaceURI === HOCLIEU_NS);
  if (question) {
    found.level = attr(question, 'level') ?? undefined;
    found.part = attr(question, 'part') ?? undefined;
    for (const meta of childElements(question, 'meta')) {
      const key = attr(meta, 'key');
      if (key) found.meta[key] = metaValue(meta);
    }
  }
  const keywords = descendants(resource, 'keyword')
    .filter((e) => e.namespaceURI === LOM_NS)
    .flatMap((keyword) =>
      childElements(keyword, 'string').map((s) => (s.textContent ?? '').trim().normalize('NFC')),
    )
    .filter(Boolean);
  if (keywords.length && found.meta.tags === undefined) found.meta.tags = [...new Set(keywords)];
  return found;
}

/** Level, part and metadata from the manifest onto the question read from the item. */
export function applyMetadata(q: ImportedQuestion, metadata: ItemMetadata): void {
  if (metadata.level) q.level = levelFromLabel(metadata.level);
  if (metadata.part && ['I', 'II', 'III'].includes(metadata.part)) q.part = metadata.part as QuestionPart;
  Object.assign(q.metadata, metadata.meta);
}

/** Every resource of the manifest by its package path. */
export function resourcesByPath(manifest: Element, base: string): Map<string, Element> {
  const found = new Map<string, Element>();
  for (const resource of descendants(manifest, 'resource')) {
    const path = resolveHref(base, attr(resource, 'href') ?? '');
    if (path && !found.has(path)) found.set(path, resource);
  }
  return found;
}

/** `type="json"` carries numbers and lists (points, tags); other values are text. */
function metaValue(meta: Element): unknown {
  const text = meta.textContent ?? '';
  if (attr(meta, 'type') !== 'json') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const isItemResource = (e: Element) => /^imsqti_item/i.test(attr(e, 'type') ?? '');
const isTestResource = (e: Element) => /^imsqti_test/i.test(attr(e, 'type') ?? '');

/**
 * The items of a package in order: those the package's tests reference (in the tests' order),
 * then the item resources no test names. A test file that is absent or unreadable is passed over
 * (its items are still read from the resources).
 */
export async function itemsInOrder(
  manifest: Element,
  base: string,
  read: (path: string) => Promise<Buffer | null>,
): Promise<ItemEntry[]> {
  const resources = descendants(manifest, 'resource');
  const byPath = new Map<string, Element>();
  for (const resource of resources.filter(isItemResource)) {
    const path = resolveHref(base, attr(resource, 'href') ?? '');
    if (path && !byPath.has(path)) byPath.set(path, resource);
  }
  const items: ItemEntry[] = [];
  const seen = new Set<string>();
  const push = (path: string | null, href: string, resource: Element | null) => {
    if (path && seen.has(path)) return;
    if (path) seen.add(path);
    items.push({ path, href, resource: resource ?? (path ? (byPath.get(path) ?? null) : null) });
  };
  for (const test of resources.filter(isTestResource)) {
    const path = resolveHref(base, attr(test, 'href') ?? '');
    const data = path ? await read(path) : null;
    const parsed = data ? parseXml(data.toString('utf8')) : null;
    if (!path || !parsed?.ok || !isTestRoot(parsed.root)) continue;
    for (const ref of testItemRefs(parsed.root)) push(resolveHref(dirOf(path), ref), ref, null);
  }
  for (const resource of resources.filter(isItemResource)) {
    const href = attr(resource, 'href') ?? '';
    push(resolveHref(base, href), href || (attr(resource, 'identifier') ?? '?'), resource);
  }
  return items;
}

/** The item hrefs an assessment test references, in order (QTI 2.x and 3.0). */
export function testItemRefs(test: Element): string[] {
  const refs: string[] = [];
  const walk = (parent: Element) => {
    for (const child of childElements(parent)) {
      if (child.localName === 'assessmentItemRef' || child.localName === 'qti-assessment-item-ref') {
        const href = attr(child, 'href');
        if (href) refs.push(href);
      } else walk(child);
    }
  };
  walk(test);
  return refs;
}

export const isTestRoot = (root: Element) =>
  root.localName === 'assessmentTest' || root.localName === 'qti-assessment-test';
