import type { Element } from '@xmldom/xmldom';
import { attr, descendants } from '../../xml.js';
import { resolvePart } from '../package-parts.js';
import { emfToSvg } from './emf-svg.js';
import { oleEquationLatex } from './ole-equation.js';
import { wmfToSvg } from './wmf-svg.js';

/** The MathType / Equation Editor objects of a document, converted before the body is walked. */
export interface MathTypeObjects {
  /** OLE relationship id -> LaTeX, for the equations that converted whole. */
  latex: Map<string, string>;
  /** Preview-picture relationship id -> why its equation stays a picture. */
  pictures: Map<string, string>;
  /** Preview-picture relationship ids of the equations that converted: not needed. */
  converted: Set<string>;
  /** Equations that neither converted nor have a preview picture. */
  lost: string[];
}

/** OLE objects whose ProgID names an equation: Equation.DSMT4 (MathType), Equation.3 (Word 97–2003). */
const EQUATION = /^Equation\./i;

/** Reads and converts every equation object (`w:object` with an `o:OLEObject`) of the document. */
export async function readMathTypeObjects(
  root: Element,
  relationships: Map<string, { target: string; external?: boolean }>,
  read: (path: string) => Promise<Buffer | null>,
): Promise<MathTypeObjects> {
  const found: MathTypeObjects = { latex: new Map(), pictures: new Map(), converted: new Set(), lost: [] };
  for (const object of descendants(root, 'object')) {
    const ole = descendants(object, 'OLEObject')[0];
    const oleId = attr(ole, 'id');
    if (!ole || !oleId || !EQUATION.test(attr(ole, 'ProgID') ?? '')) continue;
    if (found.latex.has(oleId)) continue;
    const target = relationships.get(oleId);
    const bytes = target && !target.external ? await read(resolvePart('word', target.target)) : null;
    const result = bytes ? oleEquationLatex(bytes) : { ok: false as const, reason: 'thiếu tệp đối tượng' };
    const preview = attr(descendants(object, 'imagedata')[0], 'id');
    if (result.ok) {
      found.latex.set(oleId, result.latex);
      if (preview) found.converted.add(preview);
      continue;
    }
    if (preview) found.pictures.set(preview, result.reason);
    else found.lost.push(result.reason);
  }
  return found;
}

/**
 * The preview picture of an equation kept as a picture: a WMF or EMF becomes an SVG (browsers
 * show neither; the API rasterises the SVG). Other pictures are returned unchanged; the
 * picture of an equation that converted is not needed (null).
 */
export function previewPicture(
  objects: MathTypeObjects,
  relationshipId: string,
  path: string,
  data: Buffer,
): { path: string; data: Buffer } | null {
  if (objects.converted.has(relationshipId) && !objects.pictures.has(relationshipId)) return null;
  if (!objects.pictures.has(relationshipId) || data.length > MAX_PICTURE_BYTES) return { path, data };
  const svg = metafileToSvg(data);
  return svg ? { path: path.replace(/(\.\w+)?$/, '.svg'), data: Buffer.from(svg, 'utf8') } : { path, data };
}

const MAX_PICTURE_BYTES = 2 * 1024 * 1024;

/** A WMF or EMF (known by its bytes, not its name) as SVG; null for anything else. */
function metafileToSvg(data: Buffer): string | null {
  const emf = data.length >= 44 && data.readUInt32LE(0) === 1 && data.readUInt32LE(40) === 0x464d4520;
  return emf ? emfToSvg(data) : wmfToSvg(data);
}
