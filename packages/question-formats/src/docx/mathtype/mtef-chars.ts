import { SYMBOLS } from '../omml-symbols.js';
import type { MtChar } from './mtef-tree.js';

/** MathType styles (typefaces) that change how a character is written. */
export const TYPEFACE = {
  text: 1,
  function: 2,
  lcGreek: 4,
  ucGreek: 5,
  symbol: 6,
  vector: 7,
  expand: 22,
  marker: 23,
  space: 24,
} as const;

/** Characters Office Math's table lacks, as MathType writes them (Unicode MTCode). */
const MORE: Record<string, string> = {
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': "''",
  '~': '\\sim ',
  '^': '\\hat{}',
  '\u2206': '\\Delta ',
  '\u2205': '\\emptyset ',
  '\u2216': '\\setminus ',
  '\u2284': '\\not\\subset ',
  '\u2286': '\\subseteq ',
  '\u226a': '\\ll ',
  '\u226b': '\\gg ',
  '\u221d': '\\propto ',
  '\u2191': '\\uparrow ',
  '\u2193': '\\downarrow ',
  '\u21cc': '\\rightleftharpoons ',
  '\u2261': '\\equiv ',
  '\u2220': '\\angle ',
  '\u2221': '\\measuredangle ',
  '\u22a5': '\\perp ',
  '\u2225': '\\parallel ',
  '\u2026': '\\ldots ',
  '\u22ef': '\\cdots ',
  '\u22ee': '\\vdots ',
  '\u22f1': '\\ddots ',
  '\u00b0': '^{\\circ}',
  '\u2218': '^{\\circ}',
  '\u2016': '\\| ',
  '\u2192': '\\to ',
  '\u2329': '\\langle ',
  '\u232a': '\\rangle ',
  '\u27e8': '\\langle ',
  '\u27e9': '\\rangle ',
  '\u211d': '\\mathbb{R}',
};

/** Symbol-font letters (Equation Editor 3.0 may write Greek as the Symbol font's Latin codes). */
const SYMBOL_LETTERS = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';
const SYMBOL_CAPITALS = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';

/** A Greek letter written with its Symbol-font Latin code, as Unicode; other codes unchanged. */
function greek(char: MtChar): string {
  const code = char.code;
  const greekFace =
    char.typeface === TYPEFACE.lcGreek ||
    char.typeface === TYPEFACE.ucGreek ||
    char.typeface === TYPEFACE.symbol;
  if (greekFace && code >= 0x61 && code <= 0x7a) return SYMBOL_LETTERS.charAt(code - 0x61);
  if (greekFace && code >= 0x41 && code <= 0x5a) return SYMBOL_CAPITALS.charAt(code - 0x41);
  return String.fromCodePoint(code);
}

/** MathType's spaces (style "space", codes EF00–EF08). */
const SPACES: Record<number, string> = {
  61186: '\\,',
  61187: '\\;',
  61188: '\\quad ',
  61189: '\\qquad ',
  61192: '\\:',
};

/** Whether the code is in a private-use area (MathType's own glyphs) and so unknown to LaTeX. */
function privateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

/** A character as LaTeX; null when it cannot be written (the caller falls back to the picture). */
export function charLatex(char: MtChar): string | null {
  if (char.typeface === TYPEFACE.marker) return '';
  if (char.code < 0) return null;
  if (char.typeface === TYPEFACE.space || (char.code >= 0xef00 && char.code <= 0xef0f))
    return SPACES[char.code] ?? '';
  if (privateUse(char.code)) return null;
  const text = greek(char);
  if (text === ' ') return '';
  const mapped = MORE[text] ?? SYMBOLS[text];
  let latex = mapped === undefined ? text : /^\\[a-zA-Z]+$/.test(mapped) ? `${mapped} ` : mapped;
  if (char.typeface === TYPEFACE.vector && /^[A-Za-z0-9]$/.test(text)) latex = `\\mathbf{${text}}`;
  return embellish(latex, char.embellishments);
}

/** Embellishments that wrap the character (dot, hat, arrow...) or follow it (primes). */
const WRAPS: Record<number, string> = {
  2: '\\dot',
  3: '\\ddot',
  4: '\\dddot',
  8: '\\tilde',
  9: '\\hat',
  11: '\\overrightarrow',
  12: '\\overleftarrow',
  13: '\\overleftrightarrow',
  14: '\\overrightharpoon',
  15: '\\overleftharpoon',
  17: '\\overline',
  29: '\\underline',
  30: '\\utilde',
  33: '\\underrightarrow',
  34: '\\underleftarrow',
  35: '\\underleftrightarrow',
};
const FOLLOWS: Record<number, string> = { 5: "'", 6: "''", 18: "'''" };

function embellish(latex: string, types: number[]): string | null {
  let out = latex.trim();
  for (const type of types) {
    const wrap = WRAPS[type];
    const follow = FOLLOWS[type];
    if (wrap) out = `${wrap}{${out}}`;
    else if (follow) out = `${out}${follow}`;
    else if (type === 10) out = out === '=' ? '\\ne ' : `\\not${out}`;
    else if (type === 19) out = `\\overset{\\frown}{${out}}`;
    else if (type === 20) out = `\\overset{\\smile}{${out}}`;
    else return null;
  }
  return types.length ? out : latex;
}

/** `\text{}` content: TeX's special characters escaped. */
export function textLatex(text: string): string {
  return text.normalize('NFC').replace(/[\\{}$&#^_%~]/g, (c) => {
    if (c === '\\') return '\\textbackslash ';
    if (c === '~') return '\\textasciitilde ';
    if (c === '^') return '\\textasciicircum ';
    return `\\${c}`;
  });
}
