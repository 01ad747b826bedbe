import type { Element, Node } from '@xmldom/xmldom';
import { escapeHtml, mathHtml } from '../html.js';
import { HEADINGS, LISTS, TABLE_PARTS, TEXT_MARKS } from '../html-elements.js';
import { attr, descendants, isElement } from '../xml.js';
import { mathMlToHtml } from './qti-mathml.js';

/** QTI 3 spells names in kebab case with a `qti-` prefix, QTI 2.1 in camel case. */
export function qtiName(v3: boolean, kebab: string): string {
  return v3 ? `qti-${kebab}` : kebab.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export function qtiAttr(element: Element | undefined, v3: boolean, kebab: string): string | null {
  return attr(element, v3 ? kebab : kebab.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()));
}

const KEEP = new Set(['p', 'br', 'pre', ...TEXT_MARKS, ...LISTS, ...TABLE_PARTS]);
const RENAME: Record<string, string> = {
  b: 'strong',
  i: 'em',
  ...Object.fromEntries(HEADINGS.map((heading) => [heading, 'p'])),
};
const DROP = new Set(['script', 'style', 'object', 'iframe', 'embed', 'audio', 'video', 'head', 'template']);
const BLOCK = new Set(['p', 'div', 'table', 'blockquote', 'pre', ...LISTS, ...HEADINGS]);

export interface SanitiseContext {
  /** An `<img src>` to an image id, or null when the image is not available (it is then dropped). */
  image: (src: string) => string | null;
  /** Elements (by local name) skipped entirely: interactions, feedback... */
  skip: (element: Element) => boolean;
  /** HTML put in place of an element (a text entry's visible blank), or undefined to read it. */
  replace?: (element: Element) => string | undefined;
}

/**
 * QTI item body content to the model's HTML fragment vocabulary: text, strong/em/u, br, p,
 * tables, `embedded:` images and `class="math"` with `data-latex`. Other markup is unwrapped
 * (its text kept), scripts and embedded objects dropped.
 */
function sanitiseChildren(parent: Element, context: SanitiseContext): string {
  let html = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) html += sanitiseNode(node, context);
  return html.normalize('NFC');
}

export function sanitise(parent: Element, context: SanitiseContext): string {
  return sanitiseChildren(parent, context).trim();
}

function sanitiseNode(node: Node, context: SanitiseContext): string {
  if (node.nodeType === 3 || node.nodeType === 4) {
    const text = node.nodeValue ?? '';
    if (!text.trim() && nextToBlock(node)) return '';
    return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  if (!isElement(node)) return '';
  const replaced = context.replace?.(node);
  if (replaced !== undefined) return replaced;
  if (context.skip(node)) return '';
  const name = (node.localName ?? '').toLowerCase();
  if (DROP.has(name) || name.includes('feedback') || name === 'rubric-block' || name === 'rubricblock')
    return '';
  if (name === 'img') {
    const id = context.image(attr(node, 'src') ?? '');
    return id === null ? '' : imageTag(node, id);
  }
  if (name === 'math') return mathMlToHtml(node);
  const latex = attr(node, 'data-latex');
  if ((name === 'span' || name === 'div') && latex !== null && /\bmath\b/.test(attr(node, 'class') ?? '')) {
    return mathHtml(latex, name === 'div');
  }
  const inner = sanitiseChildren(node, context);
  const tag = KEEP.has(name) || name === 'a' ? name : RENAME[name];
  if (!tag) return inner;
  if (tag === 'br') return '<br>';
  if (tag === 'a') return link(node, inner);
  const spans = ['colspan', 'rowspan']
    .map((key) => [key, attr(node, key)] as const)
    .filter(([, value]) => (tag === 'td' || tag === 'th') && value && /^\d+$/.test(value))
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return `<${tag}${spans}>${tag === 'pre' ? preText(node) : inner.trim()}</${tag}>`;
}

/** An image with its alt text and size (whole pixels), as the question HTML keeps them. */
function imageTag(node: Element, id: string): string {
  const size = ['width', 'height']
    .map((key) => [key, (attr(node, key) ?? '').trim()] as const)
    .filter(([, value]) => /^\d{1,5}$/.test(value))
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return `<img src="embedded:${escapeHtml(id)}" alt="${escapeHtml((attr(node, 'alt') ?? '').normalize('NFC'))}"${size}>`;
}

/** Web links are kept (http/https only); any other link keeps its text alone. */
function link(node: Element, inner: string): string {
  const href = (attr(node, 'href') ?? '').trim();
  return /^https?:\/\//i.test(href) ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
}

/** Preformatted text keeps its spaces and line breaks; markup inside is reduced to its text. */
function preText(node: Element): string {
  return escapeHtml(node.textContent ?? '').replace(/&quot;/g, '"');
}

function nextToBlock(node: Node): boolean {
  const around = [node.previousSibling, node.nextSibling];
  return around.some(
    (sibling) =>
      !sibling || (isElement(sibling) && (BLOCK.has(sibling.localName ?? '') || isQtiBlock(sibling))),
  );
}

function isQtiBlock(element: Element): boolean {
  const name = element.localName ?? '';
  return /interaction$/i.test(name) || /Interaction$/.test(name) || /feedback/i.test(name);
}

/** All `<img src>` values under an element. */
export function imageSources(element: Element): string[] {
  return descendants(element, 'img')
    .map((img) => attr(img, 'src') ?? '')
    .filter(Boolean);
}

/** A prompt or body fragment as a block: inline HTML is wrapped in `<p>` when joined to others. */
export function joinBlocks(parts: string[]): string {
  const kept = parts.filter((part) => part.trim() !== '');
  if (kept.length <= 1) return kept[0] ?? '';
  return kept.map((part) => (/^<(p|div|table|pre|ul|ol)[\s>]/.test(part) ? part : `<p>${part}</p>`)).join('');
}
