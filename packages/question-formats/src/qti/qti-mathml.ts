import type { Element, Node } from '@xmldom/xmldom';
import { MathMLToLaTeX } from 'mathml-to-latex';
import { escapeHtml, mathHtml } from '../html.js';
import { attr, descendants, isElement } from '../xml.js';

const INLINE_PARENTS = new Set([
  'p',
  'span',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'sub',
  'sup',
  'li',
  'td',
  'th',
]);

/**
 * MathML to the model's math: its TeX annotation when it has one (what the author wrote), else
 * LaTeX converted by `mathml-to-latex`; when neither gives anything, the formula's text.
 */
export function mathMlToHtml(element: Element): string {
  // A block formula inside a paragraph stays inline: a <div> cannot sit in a <p>.
  const parent = element.parentNode as Element | null;
  const display = attr(element, 'display') === 'block' && !INLINE_PARENTS.has(parent?.localName ?? '');
  const annotation = descendants(element, 'annotation').find((a) => /tex/i.test(attr(a, 'encoding') ?? ''));
  if (annotation) return mathHtml((annotation.textContent ?? '').trim(), display);
  const latex = convert(element);
  if (latex) return mathHtml(latex, display);
  return escapeHtml((element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Real formulas are far smaller; the converter takes seconds on hundreds of kilobytes. */
const MAX_MATHML = 50_000;

function convert(element: Element): string {
  try {
    const mathMl = plainMathMl(element);
    if (mathMl.length > MAX_MATHML) return '';
    return MathMLToLaTeX.convert(mathMl).replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}

/**
 * The converter reads only unprefixed MathML (`<m:math>` gives nothing): the element written
 * again without prefixes, annotations or namespace declarations.
 */
function plainMathMl(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 4) return escapeHtml(node.nodeValue ?? '');
  if (!isElement(node)) return '';
  const name = node.localName ?? '';
  if (name === 'annotation' || name === 'annotation-xml') return '';
  let attributes = '';
  for (let i = 0; i < node.attributes.length; i++) {
    const attribute = node.attributes.item(i);
    if (!attribute || attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')) continue;
    attributes += ` ${attribute.localName ?? attribute.name}="${escapeHtml(attribute.value)}"`;
  }
  let inner = '';
  for (let child = node.firstChild; child; child = child.nextSibling) inner += plainMathMl(child);
  return `<${name}${attributes}>${inner}</${name}>`;
}
