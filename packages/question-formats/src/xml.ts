import { DOMParser, type Element, MIME_TYPE, type Node } from '@xmldom/xmldom';

export type XmlResult =
  | { ok: true; root: Element }
  | { ok: false; code: 'XML_INVALID' | 'XML_DOCTYPE'; detail?: string };

/**
 * Deepest element nesting accepted. Real files stay far below (a Word table in a table with an
 * equation is about 20 levels); the readers walk the tree recursively, so a file of 50,000 nested
 * tags would otherwise end in a stack overflow instead of a clear error.
 */
export const MAX_XML_DEPTH = 200;

/**
 * Parses XML from an untrusted file. DOCTYPE and ENTITY declarations are refused before parsing
 * (no external entities, no entity expansion bombs); parse errors and over-deep nesting come back
 * as a result.
 */
export function parseXml(text: string): XmlResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, code: 'XML_DOCTYPE' };
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text.replace(/^\uFEFF/, ''), MIME_TYPE.XML_TEXT);
    const root = doc.documentElement;
    if (!root) return { ok: false, code: 'XML_INVALID' };
    if (depthOf(root) > MAX_XML_DEPTH)
      return { ok: false, code: 'XML_INVALID', detail: `lồng quá ${MAX_XML_DEPTH} cấp` };
    return { ok: true, root };
  } catch {
    return { ok: false, code: 'XML_INVALID' };
  }
}

/** Element nesting depth, walked without recursion (the tree may be arbitrarily deep). */
function depthOf(root: Element): number {
  let deepest = 1;
  const stack: [Node, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_XML_DEPTH) break;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isElement(child)) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

/** Child elements, optionally only those with the given local name. */
export function childElements(element: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && (!localName || node.localName === localName)) found.push(node);
  }
  return found;
}

export function firstChild(element: Element | undefined, localName: string): Element | undefined {
  return element ? childElements(element, localName)[0] : undefined;
}

/** Descendant elements with the local name, in document order. */
export function descendants(element: Element, localName: string): Element[] {
  const found: Element[] = [];
  const walk = (parent: Element): void => {
    for (const child of childElements(parent)) {
      if (child.localName === localName) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/** An attribute by local name whatever its prefix (`w:val`, `m:val`, `val`). */
export function attr(element: Element | undefined, localName: string): string | null {
  if (!element?.attributes) return null;
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (attribute && (attribute.localName ?? attribute.name) === localName) return attribute.value;
  }
  return null;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML text node or attribute we write: NFC (Vietnamese), legal characters, escaped. */
export function xmlText(text: string): string {
  return escapeXml(text.normalize('NFC').replace(NOT_XML, ''));
}
