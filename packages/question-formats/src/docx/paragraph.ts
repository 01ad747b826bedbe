import type { Element } from '@xmldom/xmldom';
import { attr, childElements, descendants, firstChild } from '../xml.js';
import { readEquationObject } from './mathtype/equation-segments.js';
import { ommlToLatex } from './omml.js';
import { drawingProps, markLink, runExtras } from './run-extras.js';
import { type RunStyles, readRunFormat } from './run-format.js';
import type { Segment } from './segments.js';

export interface ParagraphContext {
  /** A relationship id (`r:embed`) to an image id; null when the part is missing. */
  image(relationshipId: string): string | null;
  missingImage(relationshipId: string): void;
  /** An equation object's (MathType, `o:OLEObject` relationship id) LaTeX; null when it did not convert. */
  equation?(relationshipId: string): string | null;
  /** Character styles from `word/styles.xml`, for runs formatted by a style. */
  styles?: RunStyles;
  /** A hyperlink's relationship id to its web address (null: not a web link). */
  link?(relationshipId: string): string | null;
  /** An image's own pixel size, when its header tells. */
  imageSize?(imageId: string): { width: number; height: number } | null;
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
    else {
      const from = out.length;
      readChildren(child, context, out); // hyperlink, ins, smartTag, sdt, fldSimple...
      if (name === 'hyperlink') markLink(context.link?.(attr(child, 'id') ?? '') ?? null, out, from);
    }
  }
}

function readRun(run: Element, context: ParagraphContext, out: Segment[]): void {
  const format = {
    ...readRunFormat(firstChild(run, 'rPr'), context.styles),
    ...runExtras(firstChild(run, 'rPr')),
  };
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
      case 'object':
        if (!readEquationObject(child, context.equation, out)) readImages(child, context, out);
        break;
      case 'drawing':
      case 'pict':
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
    const props = ids.length === 1 ? drawingProps(container, context.imageSize?.(id ?? '') ?? null) : {};
    if (id) out.push({ kind: 'image', id, ...props });
    else context.missingImage(relationshipId);
  }
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
