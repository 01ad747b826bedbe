import { DOMParser, type Element, MIME_TYPE, type Node } from '@xmldom/xmldom';

export type XmlResult = { ok: true; root: Element } | { ok: false; code: 'XML_INVALID' | 'XML_DOCTYPE' };

/**
 * Parses XML from an untrusted file. DOCTYPE and ENTITY declarations are refused before parsing
 * (no external entities, no entity expansion bombs); parse errors come back as a result.
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
    return root ? { ok: true, root } : { ok: false, code: 'XML_INVALID' };
  } catch {
    return { ok: false, code: 'XML_INVALID' };
  }
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

export function textContent(element: Element | undefined): string {
  return element?.textContent ?? '';
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
