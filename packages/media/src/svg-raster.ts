import sharp from 'sharp';

/** Largest SVG read and pixels drawn: a picture in a question, not a poster. */
const MAX_SVG_BYTES = 2 * 1024 * 1024;
const MAX_PIXELS = 16_000_000;
/** Drawn at twice the CSS size, so equations stay sharp on phones' dense screens. */
const DENSITY = 144;

const looksLikeSvg = (text: string) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text);

/** References that would make the renderer read something else: files, URLs, entities. */
const OUTSIDE_REFERENCE = /<!DOCTYPE|<!ENTITY|(?:xlink:)?href\s*=\s*["'](?!#)|url\(\s*["']?(?!#)|@import/i;

/** Whether the bytes are an SVG document (by content, never by name). */
export function isSvg(bytes: Buffer): boolean {
  return looksLikeSvg(bytes.subarray(0, 1024).toString('utf8'));
}

/**
 * An SVG drawing (e.g. a Word equation's preview converted from WMF) as a PNG, or null when it is
 * not a self-contained SVG. Rasterising keeps scripts, links and fonts of the SVG out of the
 * pages that show it; anything that points outside the document is refused, not drawn.
 */
export async function svgToPng(bytes: Buffer): Promise<Buffer | null> {
  if (bytes.length > MAX_SVG_BYTES || !isSvg(bytes)) return null;
  if (OUTSIDE_REFERENCE.test(bytes.toString('utf8'))) return null;
  try {
    return await sharp(bytes, { density: DENSITY, limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .png()
      .toBuffer();
  } catch {
    return null;
  }
}
