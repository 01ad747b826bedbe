import type { Element } from '@xmldom/xmldom';
import { attr, childElements, firstChild } from '../xml.js';

/** The formatting of a run that can mark a correct answer. */
export interface RunFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  red: boolean;
  /** `w:highlight` or a shading fill (`w:shd`). */
  highlight: boolean;
  /** Any colour but black/automatic (red included), theme colours too. */
  coloured: boolean;
}

/** Character styles (`w:rStyle`) by id: their run properties, base style first. */
export type RunStyles = Map<string, Element[]>;

/** `word/styles.xml`: each style's run-property chain through `w:basedOn`. */
export function readRunStyles(root: Element | undefined): RunStyles {
  const own = new Map<string, { rPr?: Element; basedOn: string | null }>();
  for (const style of root ? childElements(root, 'style') : []) {
    const id = attr(style, 'styleId');
    // A link's blue underline is the link's look, not an answer mark.
    if (id && !/hyperlink/i.test(id))
      own.set(id, { rPr: firstChild(style, 'rPr'), basedOn: attr(firstChild(style, 'basedOn'), 'val') });
  }
  const styles: RunStyles = new Map();
  for (const id of own.keys()) {
    const chain: Element[] = [];
    const seen = new Set<string>();
    for (let at: string | null = id; at && !seen.has(at); at = own.get(at)?.basedOn ?? null) {
      seen.add(at);
      const rPr = own.get(at)?.rPr;
      if (rPr) chain.unshift(rPr);
    }
    styles.set(id, chain);
  }
  return styles;
}

/** A run's formatting: its character style's chain, then its own properties. */
export function readRunFormat(props: Element | undefined, styles?: RunStyles): RunFormat {
  const styleId = attr(firstChild(props, 'rStyle'), 'val');
  const layers = [...(styleId ? (styles?.get(styleId) ?? []) : []), ...(props ? [props] : [])];
  const format: RunFormat = {
    bold: false,
    italic: false,
    underline: false,
    red: false,
    highlight: false,
    coloured: false,
  };
  for (const layer of layers) {
    const bold = flag(firstChild(layer, 'b'));
    if (bold !== null) format.bold = bold;
    const italic = flag(firstChild(layer, 'i'));
    if (italic !== null) format.italic = italic;
    const underline = flag(firstChild(layer, 'u'));
    if (underline !== null) format.underline = underline;
    const color = firstChild(layer, 'color');
    if (color) {
      format.red = isRed(attr(color, 'val'));
      format.coloured = isColoured(attr(color, 'val'), attr(color, 'themeColor'));
    }
    const highlight = firstChild(layer, 'highlight');
    if (highlight) format.highlight = (attr(highlight, 'val') ?? 'none') !== 'none';
    const shading = firstChild(layer, 'shd');
    if (shading) format.highlight = isShaded(shading);
  }
  return format;
}

/** true / false when the property is set, null when it is not. */
function flag(element: Element | undefined): boolean | null {
  if (!element) return null;
  const value = attr(element, 'val');
  return value === null || !['0', 'false', 'off', 'none'].includes(value);
}

/** FF0000 and the reds teachers pick from Word's palette (C00000, E60000, FF3333...). */
function isRed(hex: string | null): boolean {
  const rgb = channels(hex);
  if (!rgb) return false;
  const [r, g, b] = rgb;
  return r >= 0xb0 && g <= 0x66 && b <= 0x66 && r - Math.max(g, b) >= 0x80;
}

const BLACK_THEMES = new Set(['text1', 'dark1']);
const WHITE_THEMES = new Set(['background1', 'light1']);

/** Not black: a theme colour other than the text colour, or an RGB away from black and dark greys. */
function isColoured(hex: string | null, theme: string | null): boolean {
  if (theme) return !BLACK_THEMES.has(theme) && !WHITE_THEMES.has(theme);
  const rgb = channels(hex);
  if (!rgb) return false;
  return Math.max(...rgb) > 0x40 || Math.max(...rgb) - Math.min(...rgb) > 0x20;
}

/** A shading that shows: a fill, or a solid/patterned colour, other than white or automatic. */
function isShaded(shading: Element): boolean {
  const visible = (value: string | null): boolean =>
    value !== null && !['auto', 'ffffff'].includes(value.toLowerCase());
  const pattern = attr(shading, 'val') ?? 'clear';
  return (
    visible(attr(shading, 'fill')) || (!['clear', 'nil'].includes(pattern) && visible(attr(shading, 'color')))
  );
}

function channels(hex: string | null): [number, number, number] | null {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return null;
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}
