import type { Element } from '@xmldom/xmldom';
import { attr, childElements, descendants, firstChild } from '../xml.js';
import { ommlToLatex } from './omml.js';
import type { Segment } from './segments.js';

export interface ParagraphContext {
  /** A relationship id (`r:embed`) to an image id; null when the part is missing. */
  image(relationshipId: string): string | null;
  missingImage(relationshipId: string): void;
}

/** One `w:p` as segments: runs with formatting, tabs, breaks, equations, images. */
export function readParagraph(paragraph: Element, context: ParagraphContext): Segment[] {
  const out: Segment[] = [];
  readChildren(paragraph, context, out);
  return out;
}

const SKIPPED = new Set([
  'pPr',
  'rPr',
  'del',
  'moveFrom',
  'proofErr',
  'bookmarkStart',
  'bookmarkEnd',
  'commentRangeStart',
  'commentRangeEnd',
  'instrText',
  'fldChar',
]);

function readChildren(parent: Element, context: ParagraphContext, out: Segment[]): void {
  for (const child of childElements(parent)) {
    const name = child.localName ?? '';
    if (SKIPPED.has(name)) continue;
    if (name === 'r') readRun(child, context, out);
    else if (name === 'oMathPara') {
      for (const math of descendants(child, 'oMath'))
        out.push({ kind: 'math', latex: ommlToLatex(math), display: true });
    } else if (name === 'oMath') out.push({ kind: 'math', latex: ommlToLatex(child), display: false });
    else readChildren(child, context, out); // hyperlink, ins, smartTag, sdt, fldSimple...
  }
}

interface RunFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  red: boolean;
}

function readRun(run: Element, context: ParagraphContext, out: Segment[]): void {
  const format = runFormat(firstChild(run, 'rPr'));
  for (const child of childElements(run)) {
    switch (child.localName) {
      case 't':
        out.push({ kind: 'text', text: (child.textContent ?? '').normalize('NFC'), ...format });
        break;
      case 'tab':
        out.push({ kind: 'text', text: '\t', ...format });
        break;
      case 'br':
      case 'cr':
        out.push({ kind: 'break' });
        break;
      case 'sym':
        out.push({ kind: 'text', text: symbolChar(attr(child, 'char')), ...format });
        break;
      case 'drawing':
      case 'pict':
      case 'object':
        readImages(child, context, out);
        break;
      default:
        break;
    }
  }
}

function readImages(container: Element, context: ParagraphContext, out: Segment[]): void {
  const ids = [
    ...descendants(container, 'blip').map((blip) => attr(blip, 'embed')),
    ...descendants(container, 'imagedata').map((data) => attr(data, 'id')),
  ];
  for (const relationshipId of ids) {
    if (!relationshipId) continue;
    const id = context.image(relationshipId);
    if (id) out.push({ kind: 'image', id });
    else context.missingImage(relationshipId);
  }
}

function flag(element: Element | undefined): boolean {
  if (!element) return false;
  const value = attr(element, 'val');
  return value === null || !['0', 'false', 'off', 'none'].includes(value);
}

function runFormat(props: Element | undefined): RunFormat {
  return {
    bold: flag(firstChild(props, 'b')),
    italic: flag(firstChild(props, 'i')),
    underline: flag(firstChild(props, 'u')),
    red: isRed(attr(firstChild(props, 'color'), 'val')),
  };
}

/** FF0000 and the reds teachers pick from Word's palette (C00000, E60000, FF3333...). */
export function isRed(hex: string | null): boolean {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
  return r >= 0xb0 && g <= 0x66 && b <= 0x66 && r - Math.max(g, b) >= 0x80;
}

/** `w:sym` in the Symbol font uses private-use codes F0xx for the Symbol character xx. */
function symbolChar(code: string | null): string {
  if (!code) return '';
  const value = Number.parseInt(code, 16);
  if (Number.isNaN(value)) return '';
  const symbol = value >= 0xf000 ? value - 0xf000 : value;
  const SYMBOL_FONT: Record<number, string> = {
    179: '≥',
    163: '≤',
    185: '≠',
    180: '×',
    177: '±',
    174: '→',
    222: '⇒',
    219: '⇔',
    206: '∈',
    165: '∞',
    112: 'π',
    97: 'α',
    98: 'β',
    176: '°',
    68: 'Δ',
    106: 'φ',
  };
  return SYMBOL_FONT[symbol] ?? String.fromCodePoint(symbol);
}
