import { DOMParser, type Element } from '@xmldom/xmldom';
import { expect } from 'vitest';
import { openPackage } from '../src/docx/package-parts.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Every XML part of a package, each checked by a strict parser (warnings count as errors). */
export async function xmlParts(bytes: Buffer): Promise<Map<string, string>> {
  const pkg = await openPackage(bytes);
  if (!pkg.ok) throw new Error(`not a package: ${pkg.code}`);
  const parts = new Map<string, string>();
  for (const path of pkg.paths.filter((p) => /\.(xml|rels)$/.test(p))) {
    const text = (await pkg.read(path))?.toString('utf8') ?? '';
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
      text,
      'text/xml',
    );
    expect(errors, path).toEqual([]);
    parts.set(path, text);
  }
  return parts;
}

export async function documentXml(bytes: Buffer): Promise<string> {
  return (await xmlParts(bytes)).get('word/document.xml') ?? '';
}

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );

/** A paragraph's text, tabs as "\t". */
function paragraphText(p: Element): string {
  return Array.from(p.getElementsByTagNameNS(W, '*'))
    .map((node) => {
      if (node.localName === 't') return node.textContent ?? '';
      // A tab in a run, not a tab stop in the paragraph's properties.
      return node.localName === 'tab' && (node.parentNode as Element | null)?.localName === 'r' ? '\t' : '';
    })
    .join('');
}

/** The body's top-level tables as rows of cell texts (a cell's paragraphs joined by "\n"). */
export function tables(document: string): string[][][] {
  const doc = new DOMParser().parseFromString(document, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0] as Element;
  return children(body, 'tbl').map((table) =>
    children(table, 'tr').map((row) =>
      children(row, 'tc').map((cell) => children(cell, 'p').map(paragraphText).join('\n')),
    ),
  );
}

/** A table row as one line, cells joined by " | ", so a wide table reads one row a line. */
export const rowText = (row: string[]): string => row.join(' | ');

/** The body's top-level paragraphs as text. */
export function paragraphs(document: string): string[] {
  const doc = new DOMParser().parseFromString(document, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0] as Element;
  return children(body, 'p').map(paragraphText);
}
