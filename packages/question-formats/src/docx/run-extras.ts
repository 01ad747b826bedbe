import type { Element } from '@xmldom/xmldom';
import { attr, descendants, firstChild } from '../xml.js';
import type { RunExtras, Segment } from './segments.js';

const MONOSPACE =
  /^(courier( new)?|consolas|lucida console|menlo|monaco|source code pro|cascadia (code|mono)|fira (code|mono)|jetbrains mono|roboto mono|dejavu sans mono|liberation mono)$/i;

export function runExtras(props: Element | undefined): RunExtras {
  const extras: RunExtras = {};
  const align = attr(firstChild(props, 'vertAlign'), 'val');
  if (align === 'subscript') extras.script = 'sub';
  else if (align === 'superscript') extras.script = 'sup';
  const fonts = firstChild(props, 'rFonts');
  if (MONOSPACE.test((attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi') ?? '').trim())) extras.mono = true;
  return extras;
}

/** Only web links are kept (as the question HTML vocabulary allows). */
export function webLink(target: string | null | undefined): string | null {
  const href = (target ?? '').trim();
  return /^https?:\/\/[^\s/?#]+/i.test(href) ? href : null;
}

/** The text segments read inside a `w:hyperlink` (from `from` on) link to its target. */
export function markLink(href: string | null, out: Segment[], from: number): void {
  if (!href) return;
  for (let i = from; i < out.length; i++) {
    const segment = out[i];
    if (segment?.kind === 'text') out[i] = { ...segment, href };
  }
}

const EMU_PER_PIXEL = 9525;

/**
 * A picture's alt text (`wp:docPr descr`) and its size in Word (`wp:extent`, in pixels), the size
 * only when it differs from the picture's own (so a picture placed at its size stays plain).
 */
export function drawingProps(
  drawing: Element,
  natural: { width: number; height: number } | null,
): { alt?: string; width?: number; height?: number } {
  const props: { alt?: string; width?: number; height?: number } = {};
  const alt = attr(descendants(drawing, 'docPr')[0], 'descr')?.normalize('NFC').trim();
  if (alt) props.alt = alt;
  const extent = descendants(drawing, 'extent')[0];
  const width = Math.round(Number(attr(extent, 'cx')) / EMU_PER_PIXEL);
  const height = Math.round(Number(attr(extent, 'cy')) / EMU_PER_PIXEL);
  const sized = width > 0 && height > 0 && width < 100_000 && height < 100_000;
  if (sized && (natural?.width !== width || natural?.height !== height)) {
    props.width = width;
    props.height = height;
  }
  return props;
}
