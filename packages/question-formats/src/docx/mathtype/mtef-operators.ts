import type { MtChar } from './mtef-tree.js';

/** `_{lower}^{upper}`, each only when the slot has something. */
export function limits(lower: string, upper: string): string {
  return `${lower ? `_{${lower}}` : ''}${upper ? `^{${upper}}` : ''}`;
}

const INTEGRALS = ['\\int', '\\iint', '\\iiint'];
const CONTOURS = ['\\oint', '\\oiint', '\\oiiint'];

/**
 * An integral: the variation gives the number of signs (1–3) and a loop (bits 0x0C); the limit
 * slots say themselves whether they are there (MathType's own glyphs for loops are not needed).
 */
export function integralLatex(variation: number, lower: string, upper: string, body: string): string {
  const count = Math.min(3, Math.max(1, variation & 0x03)) - 1;
  const sign = (variation & 0x0c ? CONTOURS : INTEGRALS)[count] ?? '\\int';
  return `${sign}${limits(lower, upper)} ${body}`;
}

const BIG_OPERATORS: Record<number, string> = {
  16: '\\sum',
  17: '\\prod',
  18: '\\coprod',
  19: '\\bigcup',
  20: '\\bigcap',
};

/** Sum, product, coproduct, union, intersection (selectors 16–20). */
export function bigOperatorLatex(selector: number, lower: string, upper: string, body: string): string {
  return `${BIG_OPERATORS[selector] ?? '\\sum'}${limits(lower, upper)} ${body}`;
}

/**
 * A big operator of the writer's choice (selectors 21 integral-style, 22 sum-style): its sign is
 * in the fourth slot, and MathType usually leaves the operand slot empty, the operand following.
 */
export function customOperatorLatex(
  selector: number,
  sign: string,
  lower: string,
  upper: string,
  body: string,
): string | null {
  if (!sign) return null;
  const command = /^\\[a-zA-Z]+$/.test(sign) ? sign : `\\mathop{${sign}}${selector === 22 ? '\\limits' : ''}`;
  return `${command}${limits(lower, upper)} ${body}`;
}

const ARROWS: Record<number, string> = {
  8594: '\\longrightarrow',
  8592: '\\longleftarrow',
  8596: '\\longleftrightarrow',
  8658: '\\Longrightarrow',
  8656: '\\Longleftarrow',
  8660: '\\Longleftrightarrow',
};

/**
 * An arrow with text over and/or under it (chemistry: conditions over the reaction arrow), as
 * `\overset{t^{\circ}}{\longrightarrow}`; a pair of arrows or harpoons is an equilibrium.
 */
export function arrowLatex(chars: MtChar[], top: string, bottom: string): string | null {
  const codes = chars.map((c) => c.code);
  let arrow: string | undefined;
  if (codes.length >= 2)
    arrow = codes.some((c) => c >= 0x21bc && c <= 0x21c3) ? '\\rightleftharpoons' : '\\rightleftarrows';
  else arrow = ARROWS[codes[0] ?? 0x2192];
  if (!arrow) return null;
  const over = top ? `\\overset{${top}}{${arrow}}` : arrow;
  return bottom ? `\\underset{${bottom}}{${over}}` : over;
}
